import { mount } from '@vue/test-utils'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import ChartBars from '../../components/ChartBars.vue'
import ChartIndicators from '../../components/ChartIndicators.vue'
import { useLocale } from '../../composables/useLocale'
import { charts, drawn } from './chart-mock'

vi.mock('chart.js', () => import('./chart-mock'))

const ids = ['deaths-per-million-2021', 'deaths-per-million-2022', 'fully-vaccinated']

describe('ChartIndicators', () => {
  beforeEach(() => {
    charts.length = 0
  })

  it('draws one bar panel per indicator, in order, sharing a scale where it should', async () => {
    const wrapper = mount(ChartIndicators, { props: { ids, active: true } })
    await drawn()
    const panels = wrapper.findAllComponents(ChartBars)
    expect(panels.map(panel => panel.props('title'))).toEqual([
      'COVID-19 deaths, end of 2021',
      'COVID-19 deaths, end of 2022',
      'Fully vaccinated against COVID-19',
    ])
    expect(panels.map(panel => panel.props('max'))).toEqual([800, 800, 100])
    expect(charts).toHaveLength(3)
    expect(wrapper.text()).toContain('Neighbouring charts with the same unit share one scale')
  })

  it('says on the panel when the two countries\' dates differ', () => {
    const wrapper = mount(ChartIndicators, { props: { ids } })
    const subtitles = wrapper.findAll('.chart-indicators__subtitle').map(line => line.text())
    expect(subtitles).toEqual(['⚠ Dates differ: see each bar', '31 Dec 2022', '⚠ Dates differ: see each bar'])
  })

  it('tabulates the exact values with their dates, sources and inputs', () => {
    const wrapper = mount(ChartIndicators, { props: { ids } })
    const rows = wrapper.findAll('tbody tr')
    expect(rows).toHaveLength(3)
    const cells = rows[1]!.findAll('td').map(cell => cell.text())
    expect(cells[0]).toContain('≈ 587')
    expect(cells[0]).toContain('as of 31 Dec 2022')
    expect(cells[0]).toContain('[tirto.id')
    expect(cells[0]).toContain('Cumulative COVID-19 deaths 160,612')
    expect(cells[0]).toContain('Population 273,523,621')
    expect(cells[1]).toContain('≈ 627')
    expect(rows[1]!.get('th').text()).toContain('How it was computed')
    expect(rows[2]!.findAll('td')[1]!.text()).toContain('86.9 % as of 22 May 2022')
  })

  it('hides the table until asked, yet keeps it for screen readers', async () => {
    const wrapper = mount(ChartIndicators, { props: { ids } })
    const button = wrapper.get('button[aria-expanded]')
    const region = wrapper.get(`#${button.attributes('aria-controls')}`)
    expect(region.classes()).toContain('sr-only')
    expect(region.find('table').exists()).toBe(true)
    await button.trigger('click')
    expect(button.attributes('aria-expanded')).toBe('true')
    expect(region.classes()).not.toContain('sr-only')
    // The open table lies over the charts.
    expect(wrapper.get('figure').classes()).toContain('chart-indicators--open')
  })

  it('opens the table from the start when told, follows the value, and still closes by its button', async () => {
    const wrapper = mount(ChartIndicators, { props: { ids, showTable: true } })
    const button = wrapper.get('button[aria-expanded]')
    expect(button.attributes('aria-expanded')).toBe('true')
    expect(wrapper.get('figure').classes()).toContain('chart-indicators--open')
    await button.trigger('click')
    expect(button.attributes('aria-expanded')).toBe('false')
    expect(wrapper.get('figure').classes()).not.toContain('chart-indicators--open')
    await wrapper.setProps({ showTable: false })
    await wrapper.setProps({ showTable: true })
    expect(button.attributes('aria-expanded')).toBe('true')
  })

  it('prints the charts at once, unanimated, with the table and no button', async () => {
    const wrapper = mount(ChartIndicators, { props: { ids, print: true } })
    await drawn()
    expect(wrapper.find('button').exists()).toBe(false)
    expect(wrapper.get('.chart-indicators__table').classes()).not.toContain('sr-only')
    expect(charts.map(chart => chart.config.options.animation)).toEqual([false, false, false])
  })

  it('follows the language', async () => {
    const wrapper = mount(ChartIndicators, { props: { ids: ['physicians'], active: true } })
    await drawn()
    useLocale().lang.value = 'id'
    await drawn()
    await drawn()
    expect(wrapper.findComponent(ChartBars).props('title')).toBe('Dokter')
    expect(charts[0]!.update).toHaveBeenCalled()
    expect(charts[0]!.data).toMatchObject({ labels: [['Indonesia', '2019'], ['Korea Selatan', '2020']] })
    expect(wrapper.get('button').text()).toContain('Tampilkan tabel data')
  })
})
