import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import TimelineList from '../../components/TimelineList.vue'
import { timeline } from '../../data'

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
})
