import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import MoreContext from '../../components/MoreContext.vue'

function mountMore(props: Record<string, unknown> = {}) {
  return mount(MoreContext, {
    props,
    slots: { default: '<p>Dated, sourced detail.</p>' },
    attachTo: document.body,
  })
}

describe('MoreContext', () => {
  it('starts collapsed behind a button that says so', () => {
    const wrapper = mountMore({ count: 3 })
    const button = wrapper.get('button')
    expect(button.text()).toContain('More context (3)')
    expect(button.attributes('aria-expanded')).toBe('false')
    expect(wrapper.get(`[id="${button.attributes('aria-controls')}"]`).isVisible()).toBe(false)
    wrapper.unmount()
  })

  it('opens with one click and closes with the next', async () => {
    const wrapper = mountMore()
    const button = wrapper.get('button')
    await button.trigger('click')
    expect(button.attributes('aria-expanded')).toBe('true')
    expect(wrapper.get('p').isVisible()).toBe(true)
    await button.trigger('click')
    expect(button.attributes('aria-expanded')).toBe('false')
    expect(wrapper.get('p').isVisible()).toBe(false)
    wrapper.unmount()
  })

  it('prints the detail whole, with no button', () => {
    const wrapper = mountMore({ print: true, label: 'How to use' })
    expect(wrapper.find('button').exists()).toBe(false)
    expect(wrapper.get('p').isVisible()).toBe(true)
    wrapper.unmount()
  })
})
