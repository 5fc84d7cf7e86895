import type { BarSeries } from '../../utils/chart-config'
import { mount } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import ChartBars from '../../components/ChartBars.vue'
import { charts, drawn } from './chart-mock'

vi.mock('chart.js', () => import('./chart-mock'))

const series: BarSeries[] = [
  { id: 'score', label: 'Your score', values: [80, 45.5], display: ['80 %', '45.5 %'], tone: 'accent' },
]
const props = { title: 'Score by objective', labels: ['Explain\nLO1', 'Describe'], series, unit: '%', max: 100, active: true }

describe('ChartBars', () => {
  beforeEach(() => {
    charts.length = 0
  })
  afterEach(() => {
    document.documentElement.classList.remove('dark')
    vi.restoreAllMocks()
  })

  /** happy-dom does not inherit CSS variables: serve the theme's tokens by hand. */
  function theme(tokens: Record<string, string>) {
    vi.spyOn(window, 'getComputedStyle').mockImplementation(() => ({ getPropertyValue: (name: string) => tokens[name] ?? '' }) as CSSStyleDeclaration)
  }

  it('draws once on a canvas named for screen readers by its values', async () => {
    const wrapper = mount(ChartBars, { props })
    await drawn()
    expect(charts).toHaveLength(1)
    const canvas = wrapper.get('canvas')
    expect(canvas.attributes('role')).toBe('img')
    expect(canvas.attributes('aria-label')).toBe('Score by objective (%). Explain, LO1: 80 %; Describe: 45.5 %.')
    expect(charts[0]!.config.data).toMatchObject({ labels: [['Explain', 'LO1'], 'Describe'], datasets: [{ data: [80, 45.5] }] })
  })

  it('waits while its slide is hidden', async () => {
    mount(ChartBars, { props: { ...props, active: false } })
    await drawn()
    expect(charts).toHaveLength(0)
  })

  it('keeps its data table for screen readers and shows it on demand', async () => {
    const wrapper = mount(ChartBars, { props })
    const button = wrapper.get('button')
    const region = wrapper.get(`#${button.attributes('aria-controls')}`)
    expect(button.attributes('aria-expanded')).toBe('false')
    expect(button.text()).toContain('Show the data table')
    expect(region.classes()).toContain('sr-only')
    expect(region.get('caption').text()).toBe('Data for the chart: Score by objective, %')
    expect(region.findAll('tbody tr').map(row => row.findAll('th, td').map(cell => cell.text()))).toEqual([['Explain, LO1', '80 %'], ['Describe', '45.5 %']])
    await button.trigger('click')
    expect(button.attributes('aria-expanded')).toBe('true')
    expect(region.classes()).not.toContain('sr-only')
  })

  it('prints the table with no button, and draws without animation', async () => {
    const wrapper = mount(ChartBars, { props: { ...props, active: false, print: true } })
    await drawn()
    expect(wrapper.find('button').exists()).toBe(false)
    expect(wrapper.get('table').element.parentElement!.classList).not.toContain('sr-only')
    expect(charts[0]!.config.options.animation).toBe(false)
  })

  it('leaves the table to its parent when told', () => {
    const wrapper = mount(ChartBars, { props: { ...props, externalTable: true } })
    expect(wrapper.find('table').exists()).toBe(false)
    expect(wrapper.find('button').exists()).toBe(false)
  })

  it('shows a legend in words when there are several series', () => {
    const two: BarSeries[] = [{ id: 'indonesia', label: 'Indonesia', values: [1], tone: 'indonesia' }, { id: 'korea', label: 'South Korea', values: [2], tone: 'korea' }]
    const wrapper = mount(ChartBars, { props: { ...props, labels: ['x'], series: two } })
    expect(wrapper.findAll('.chart-bars__legend li').map(item => item.text())).toEqual(['Indonesia', 'South Korea'])
  })

  it('re-reads the theme\'s colours and updates the chart when the theme changes', async () => {
    const tokens = { '--deck-accent': '#0b5d6b' }
    theme(tokens)
    const wrapper = mount(ChartBars, { props: { ...props, dark: false }, attachTo: document.body })
    await drawn()
    expect(charts[0]!.config.data).toMatchObject({ datasets: [{ backgroundColor: '#0b5d6b' }] })
    tokens['--deck-accent'] = '#5cc3d1'
    await wrapper.setProps({ dark: true })
    await drawn()
    expect(charts).toHaveLength(1)
    expect(charts[0]!.update).toHaveBeenCalled()
    expect(charts[0]!.data).toMatchObject({ datasets: [{ backgroundColor: '#5cc3d1' }] })
    wrapper.unmount()
  })

  it('follows the dark class on <html> when no dark prop is given', async () => {
    const tokens = { '--deck-accent': '#0b5d6b' }
    theme(tokens)
    const wrapper = mount(ChartBars, { props, attachTo: document.body })
    await drawn()
    tokens['--deck-accent'] = '#5cc3d1'
    document.documentElement.classList.add('dark')
    await vi.waitFor(() => expect(charts[0]!.data).toMatchObject({ datasets: [{ backgroundColor: '#5cc3d1' }] }))
    wrapper.unmount()
  })

  it('destroys its chart on unmount', async () => {
    const wrapper = mount(ChartBars, { props })
    await drawn()
    wrapper.unmount()
    expect(charts[0]!.destroy).toHaveBeenCalledTimes(1)
  })
})
