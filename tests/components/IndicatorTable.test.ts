import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import IndicatorTable from '../../components/IndicatorTable.vue'
import { getIndicator } from '../../data'

describe('IndicatorTable', () => {
  const ids = ['hospital-beds', 'deaths-per-million-2022']

  it('has a row per indicator, in the order asked', () => {
    const wrapper = mount(IndicatorTable, { props: { ids } })
    const rows = wrapper.findAll('tbody th[scope="row"]').map(th => th.text())
    expect(rows).toHaveLength(2)
    expect(rows[0]).toContain(getIndicator(ids[0]!).label.en)
    expect(rows[1]).toContain(getIndicator(ids[1]!).label.en)
  })

  it('prints each value with the date it held for', () => {
    const wrapper = mount(IndicatorTable, { props: { ids: ['deaths-2022'] } })
    const indicator = getIndicator('deaths-2022')
    const cells = wrapper.findAll('tbody td').map(td => td.text())
    const indonesia = indicator.values.find(value => value.country === 'indonesia')!
    expect(cells[0]).toContain(indonesia.display ?? indonesia.value.toLocaleString('en-GB'))
    expect(cells[0]).toMatch(/as of \S/)
  })

  it('marks computed values as computed', () => {
    const wrapper = mount(IndicatorTable, { props: { ids: ['deaths-per-million-2022'] } })
    expect(wrapper.findAll('tbody td').every(td => td.text().includes('computed'))).toBe(true)
  })
})
