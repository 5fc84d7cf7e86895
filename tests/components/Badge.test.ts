import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import Badge from '../../components/Badge.vue'

describe('Badge', () => {
  it('says its kind in words, with the icon hidden from screen readers', () => {
    const wrapper = mount(Badge, { props: { kind: 'context' } })
    expect(wrapper.text()).toContain('Context')
    expect(wrapper.get('[aria-hidden="true"]').text()).toBe('◇')
  })
})
