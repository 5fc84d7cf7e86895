import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import Badge from '../../components/Badge.vue'
import ObjectiveList from '../../components/ObjectiveList.vue'
import { paper } from '../../data'

describe('Badge', () => {
  it('says its kind in words, with the icon hidden from screen readers', () => {
    const wrapper = mount(Badge, { props: { kind: 'context' } })
    expect(wrapper.text()).toContain('Context')
    expect(wrapper.get('[aria-hidden="true"]').text()).toBe('◇')
  })
})

describe('ObjectiveList', () => {
  it('lists every learning objective in order', () => {
    const items = mount(ObjectiveList).findAll('li')
    expect(items).toHaveLength(paper.objectives.length)
    expect(items[0]!.text()).toContain(paper.objectives[0]!.text.en)
  })
})
