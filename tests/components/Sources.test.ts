import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import Sources from '../../components/Sources.vue'
import { useLocale } from '../../composables/useLocale'
import { getReference } from '../../data'

const marks = (ids: string[]) => mount(Sources, { props: { ids } }).findAll('cite')

describe('Sources', () => {
  it('marks each source briefly, with the full entry on hover', () => {
    const [paper, book] = marks(['alman-et-al', 'waltz-1959'])
    expect(paper!.text()).toBe('[Alman et al.]')
    expect(book!.text()).toBe('[Waltz 1959]')
    expect(book!.attributes('title')).toContain('Man, the State, and War: A Theoretical Analysis')
  })

  it('gives a described source in the deck\'s language, a real title as it is', async () => {
    useLocale().lang.value = 'id'
    const described = getReference('antara-1039056').title as { en: string, id: string }
    const [news, book] = marks(['antara-1039056', 'zed-2004'])
    expect(news!.text()).toBe('[Antara]')
    expect(news!.attributes('title')).toContain(described.id)
    expect(news!.attributes('title')).not.toContain(described.en)
    expect(book!.attributes('title')).toContain('Metode Penelitian Kepustakaan')
  })

  it('shortens the description itself when nothing else names the source', async () => {
    const wrapper = mount(Sources, { props: { ids: ['population-denominators'] } })
    expect(wrapper.get('cite').text()).toBe('[Population figures used for…]')
    useLocale().lang.value = 'id'
    await wrapper.vm.$nextTick()
    expect(wrapper.get('cite').text()).toBe('[Angka penduduk yang dipakai…]')
  })
})
