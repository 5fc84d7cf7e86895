import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import LevelCard from '../../components/LevelCard.vue'
import { getLevel } from '../../data'

describe('LevelCard', () => {
  it('says what the level asks and lists every factor with its country in words', () => {
    const level = getLevel('state')
    const wrapper = mount(LevelCard, { props: { id: 'state' } })
    expect(wrapper.get('h2').text()).toBe(level.name.en)
    expect(wrapper.text()).toContain(level.question.en)
    for (const factor of level.factors)
      expect(wrapper.text()).toContain(factor.text.en)
    expect(wrapper.text()).toContain('Indonesia')
    expect(wrapper.text()).toContain('South Korea')
  })

  it('keeps the paper\'s findings and the context in separate, labelled groups', () => {
    const wrapper = mount(LevelCard, { props: { id: 'individual' } })
    const groups = wrapper.findAll('section')
    expect(groups[0]!.text()).toContain('The paper finds')
    if (groups.length > 1)
      expect(groups[1]!.text()).toContain('Context')
  })
})

describe('LevelCard context', () => {
  it('keeps the context one click away, behind a button that opens it', async () => {
    const wrapper = mount(LevelCard, { props: { id: 'system' }, attachTo: document.body })
    const button = wrapper.get('button')
    expect(button.attributes('aria-expanded')).toBe('false')
    const context = wrapper.get(`[id="${button.attributes('aria-controls')}"]`)
    expect(context.isVisible()).toBe(false)
    await button.trigger('click')
    expect(context.isVisible()).toBe(true)
    expect(context.text()).toContain('Context')
    wrapper.unmount()
  })

  it('tags the system-level findings as concerning all states, and the minister as of no stated country', () => {
    expect(mount(LevelCard, { props: { id: 'system' } }).findAll('.card li').every(item => item.text().includes('All states'))).toBe(true)
    expect(mount(LevelCard, { props: { id: 'individual' } }).get('.card li').text()).toContain('Country not stated')
  })
})
