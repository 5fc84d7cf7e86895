import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import TimelineList from '../../components/TimelineList.vue'
import { timeline } from '../../data'

const pandemic2020 = timeline.filter(event => event.track === 'pandemic' && event.date < '2021')
/** Whether `v-show` hides an element. */
const shown = (element: { attributes: (name: string) => string | undefined }): boolean => !(element.attributes('style') ?? '').includes('display: none')

describe('TimelineList', () => {
  it('lists one track\'s events in date order', () => {
    const wrapper = mount(TimelineList, { props: { track: 'pandemic' } })
    const dates = wrapper.findAll('time').map(time => time.attributes('datetime')!)
    expect(dates).toEqual(timeline.filter(event => event.track === 'pandemic').map(event => event.date))
    expect([...dates].sort()).toEqual(dates)
  })

  it('keeps to the years asked for', () => {
    const wrapper = mount(TimelineList, { props: { track: 'cooperation', from: 2017, to: 2020 } })
    const years = wrapper.findAll('time').map(time => Number(time.attributes('datetime')!.slice(0, 4)))
    expect(years.length).toBeGreaterThan(0)
    expect(years.every(year => year >= 2017 && year <= 2020)).toBe(true)
  })

  it('opens an event for its details and sources with a native button', async () => {
    const wrapper = mount(TimelineList, { props: { track: 'pandemic', to: 2020 } })
    const button = wrapper.findAll('button')[0]!
    const details = wrapper.get(`[id="${button.attributes('aria-controls')}"]`)
    expect(button.attributes('aria-expanded')).toBe('false')
    expect(shown(details)).toBe(false)
    await button.trigger('click')
    expect(button.attributes('aria-expanded')).toBe('true')
    expect(shown(details)).toBe(true)
    expect(details.text()).toContain(pandemic2020[0]!.detail.en)
    expect(details.find('.sources').exists()).toBe(true)
    await button.trigger('click')
    expect(button.attributes('aria-expanded')).toBe('false')
  })

  it('reveals one event per step, the newest open and marked as current', () => {
    const wrapper = mount(TimelineList, { props: { track: 'pandemic', to: 2020, step: 2 } })
    const items = wrapper.findAll('li')
    expect(items.map(item => item.classes('is-pending'))).toEqual(pandemic2020.map((_, i) => i >= 2))
    expect(items[1]!.attributes('aria-current')).toBe('step')
    expect(items[1]!.get('button').attributes('aria-expanded')).toBe('true')
    expect(items[0]!.get('button').attributes('aria-expanded')).toBe('false')
  })

  it('moves the current event with the presenter\'s clicks', async () => {
    const wrapper = mount(TimelineList, { props: { track: 'pandemic', to: 2020, step: 0 } })
    expect(wrapper.findAll('li.is-pending')).toHaveLength(pandemic2020.length)
    expect(wrapper.find('[aria-current]').exists()).toBe(false)
    await wrapper.setProps({ step: pandemic2020.length })
    expect(wrapper.findAll('li.is-pending')).toHaveLength(0)
    expect(wrapper.findAll('li').at(-1)!.attributes('aria-current')).toBe('step')
  })

  it('keeps an event the reader opened open as the steps move on', async () => {
    const wrapper = mount(TimelineList, { props: { track: 'pandemic', to: 2020, step: 2 } })
    await wrapper.findAll('button')[0]!.trigger('click')
    await wrapper.setProps({ step: 3 })
    const expanded = wrapper.findAll('button').map(button => button.attributes('aria-expanded'))
    expect(expanded.slice(0, 3)).toEqual(['true', 'false', 'true'])
  })

  it('prints every event in full, whatever the step', () => {
    const wrapper = mount(TimelineList, { props: { track: 'pandemic', to: 2020, step: 0, print: true } })
    expect(wrapper.find('button').exists()).toBe(false)
    expect(wrapper.findAll('li.is-pending')).toHaveLength(0)
    const details = wrapper.findAll('.timeline__detail')
    expect(details).toHaveLength(pandemic2020.length)
    expect(details.every(shown)).toBe(true)
    expect(wrapper.text()).toContain(pandemic2020.at(-1)!.detail.en)
  })
})
