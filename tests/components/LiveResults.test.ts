import { fireEvent, render, screen } from '@testing-library/vue'
import { mount } from '@vue/test-utils'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import LiveControls from '../../components/LiveControls.vue'
import LiveResults from '../../components/LiveResults.vue'
import { liveEntryOf } from '../../utils/live'
import { liveMisconceptions } from '../../utils/live-results'
import { classify, single } from '../quiz-fixtures'
import { charts } from './chart-mock'

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

  it('shows a classify tally as a table of statements by category, marking the right cells once revealed', () => {
    const entry = liveEntryOf(classify, 'en')!
    const counts = { 'minister=individual': 2, 'minister=state': 1, 'minister=system': 0, 'imports=individual': 0, 'imports=state': 3, 'imports=system': 0, 'shortage=individual': 0, 'shortage=state': 1, 'shortage=system': 2 }
    const tally = { status: 'revealed' as const, counts, voters: 3, right: 1 }
    const wrapper = mount(LiveResults, { props: { question: entry.question, tally, correct: entry.correct, chart: true } })
    expect(wrapper.find('canvas').exists()).toBe(false)
    const rows = wrapper.findAll('tbody tr').map(row => row.findAll('th, td').map(cell => cell.text().replace(/\s+/g, ' ')))
    expect(rows).toHaveLength(3)
    // Each statement keeps the letter the slide and the phones give it.
    expect(rows.map(row => row[0])).toEqual(['A. A minister\'s drive', 'B. A policy to cut imports', 'C. A global shortage'])
    expect(rows[0]!.slice(1)).toEqual(['2 ✓Correct answer', '1', '0'])
    expect(wrapper.text()).toContain('1 of 3 wholly right')
  })
})

describe('LiveControls', () => {
  it('offers to open a question not yet asked, and emits the verb', async () => {
    const { emitted, unmount } = render(LiveControls, { props: { status: 'idle' } })
    await fireEvent.click(screen.getByRole('button', { name: 'Open answering' }))
    expect(emitted('command')).toEqual([['open']])
    expect((screen.getByRole('button', { name: 'Reset answers' }) as HTMLButtonElement).disabled).toBe(true)
    unmount()
  })

  it('turns the first button into "close" while answering is open, and disables all while offline', () => {
    const open = render(LiveControls, { props: { status: 'open', voters: 2 } })
    expect((screen.getByRole('button', { name: 'Close answering' }) as HTMLButtonElement).disabled).toBe(false)
    open.unmount()
    const offline = mount(LiveControls, { props: { status: 'open', voters: 2, connected: false } })
    expect(offline.findAll('button').every(button => button.attributes('disabled') !== undefined)).toBe(true)
  })
})

describe('LiveResults: what the wrong answers reveal', () => {
  it('lists each wrong answer chosen with its share, letter and misconception, most chosen first', () => {
    const tally = { status: 'open' as const, counts: { a: 1, b: 2, c: 3 }, voters: 6 }
    const wrapper = mount(LiveResults, { props: { question, tally, misconceptions: liveMisconceptions(single, 'en', tally) } })
    // The list is named by the heading above it.
    const list = wrapper.get('ul')
    expect(wrapper.get(`#${list.attributes('aria-labelledby')}`).text()).toBe('What the wrong answers reveal')
    expect(list.findAll('li').map(item => item.text())).toEqual([
      '50 % chose C (3): Non-traditional means not security.',
      '17 % chose A (1): Security means only military threats.',
    ])
  })

  it('shows no list when nobody chose a wrong answer', () => {
    const tally = { status: 'open' as const, counts: { a: 0, b: 2, c: 0 }, voters: 2 }
    const wrapper = mount(LiveResults, { props: { question, tally, misconceptions: liveMisconceptions(single, 'en', tally) } })
    expect(wrapper.find('ul').exists()).toBe(false)
  })
})
