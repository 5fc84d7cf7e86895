import { mount } from '@vue/test-utils'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import LiveControls from '../../components/LiveControls.vue'
import LiveResults from '../../components/LiveResults.vue'
import { liveEntryOf } from '../../utils/live'
import { single } from '../quiz-fixtures'
import { charts } from './chart-mock'
import { getByRole } from './quiz-helpers'

vi.mock('chart.js', () => import('./chart-mock'))

const question = liveEntryOf(single, 'en')!.question

describe('LiveResults', () => {
  beforeEach(() => {
    charts.length = 0
  })

  it('says in a live region where the question stands and how many answered', () => {
    const wrapper = mount(LiveResults, { props: { question, tally: { status: 'open', counts: { a: 1, b: 2, c: 0 }, voters: 3 } } })
    expect(wrapper.find('[role="status"]').text().replace(/\s+/g, ' ')).toBe('Answering open · 3 answered')
    expect(wrapper.find('canvas').exists()).toBe(false)
  })

  it('draws the histogram with a data table, and marks the answer in text once revealed', () => {
    const wrapper = mount(LiveResults, { props: { question, tally: { status: 'revealed', counts: { a: 1, b: 2, c: 0 }, voters: 3 }, correct: ['b'], chart: true } })
    const rows = wrapper.findAll('tbody tr').map(row => row.findAll('th, td').map(cell => cell.text()).join(' | '))
    expect(rows).toEqual(['A | 1 (33 %)', 'B ✓ | 2 (67 %)', 'C | 0 (0 %)'])
    expect(wrapper.find('canvas').attributes('aria-label')).toContain('B ✓')
  })
})

describe('LiveControls', () => {
  it('offers to open a question not yet asked, and emits the verb', async () => {
    const wrapper = mount(LiveControls, { props: { status: 'idle' } })
    await getByRole(wrapper, 'button', 'Open answering').trigger('click')
    expect(wrapper.emitted('command')).toEqual([['open']])
    expect(getByRole(wrapper, 'button', 'Reset answers').attributes('disabled')).toBeDefined()
  })

  it('turns the first button into "close" while answering is open, and disables all while offline', () => {
    expect(getByRole(mount(LiveControls, { props: { status: 'open', voters: 2 } }), 'button', 'Close answering').attributes('disabled')).toBeUndefined()
    const offline = mount(LiveControls, { props: { status: 'open', voters: 2, connected: false } })
    expect(offline.findAll('button').every(button => button.attributes('disabled') !== undefined)).toBe(true)
  })
})
