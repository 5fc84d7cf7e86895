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
