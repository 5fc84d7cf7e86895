import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import FindingCard from '../../components/FindingCard.vue'
import { useLocale } from '../../composables/useLocale'
import { getForm } from '../../data'
import { formatPartialDate } from '../../utils/format'

describe('FindingCard', () => {
  it('shows the form, what the paper finds and the context apart', () => {
    const form = getForm('plasma-fractionation')
    const wrapper = mount(FindingCard, { props: { id: form.id } })
    expect(wrapper.get('h2').text()).toContain(form.title.en)
    expect(wrapper.text()).toContain('The paper finds')
    expect(wrapper.text()).toContain(form.finding.text.en)
    expect(wrapper.get('[aria-label="Context"]').text()).toContain(form.context[0]!.text.en)
    expect(wrapper.text()).toContain('[Alman et al.]')
  })

  it('dates each context note in words', () => {
    const form = getForm('plasma-fractionation')
    const dated = form.context.filter(note => note.date)
    expect(dated.length).toBeGreaterThan(0)
    const wrapper = mount(FindingCard, { props: { id: form.id } })
    for (const note of dated)
      expect(wrapper.get(`time[datetime="${note.date}"]`).text()).toBe(formatPartialDate(note.date!, 'en'))
  })

  it('follows the deck\'s language', async () => {
    const form = getForm('joint-research')
    const wrapper = mount(FindingCard, { props: { id: form.id } })
    useLocale().lang.value = 'id'
    await wrapper.vm.$nextTick()
    expect(wrapper.get('h2').text()).toContain(form.title.id)
    expect(wrapper.text()).toContain('Temuan artikel')
  })

  it('refuses an unknown form id with the ids it knows', () => {
    expect(() => mount(FindingCard, { props: { id: 'vaccines' } })).toThrow(/Unknown form id "vaccines". Known: plasma-fractionation/)
  })
})
