import { cleanup, fireEvent, render, screen } from '@testing-library/vue'
import { afterEach, describe, expect, it } from 'vitest'
import ChartTable from '../../components/ChartTable.vue'
import { useLocale } from '../../composables/useLocale'

afterEach(() => {
  cleanup()
})

const slots = { default: '<caption>Scores</caption><tbody><tr><th scope="row">LO1</th><td>80 %</td></tr></tbody>' }

/** The box the button controls, which holds the table. */
function box(button: HTMLElement): HTMLElement {
  return document.getElementById(button.getAttribute('aria-controls')!)!
}

describe('ChartTable', () => {
  it('keeps the table for screen readers behind a closed button', () => {
    render(ChartTable, { slots })
    const button = screen.getByRole('button', { name: 'Show the data table' })
    expect(button.getAttribute('aria-expanded')).toBe('false')
    const table = screen.getByRole('table', { name: 'Scores' })
    expect(box(button).contains(table)).toBe(true)
    expect(box(button).classList).toContain('sr-only')
    expect(screen.getByRole('cell', { name: '80 %' })).toBeTruthy()
  })

  it('shows the table with one click and hides it with the next', async () => {
    const { emitted } = render(ChartTable, { slots })
    const button = screen.getByRole('button', { name: 'Show the data table' })
    await fireEvent.click(button)
    expect(button.getAttribute('aria-expanded')).toBe('true')
    expect(button.textContent).toContain('Hide the data table')
    expect(box(button).classList).not.toContain('sr-only')
    await fireEvent.click(button)
    expect(button.getAttribute('aria-expanded')).toBe('false')
    expect(box(button).classList).toContain('sr-only')
    expect(emitted('update:open')).toEqual([[true], [false]])
  })

  it('starts open when told, and follows the value it is given', async () => {
    const { rerender } = render(ChartTable, { slots, props: { open: true } })
    const button = screen.getByRole('button', { name: 'Hide the data table' })
    expect(button.getAttribute('aria-expanded')).toBe('true')
    expect(box(button).classList).not.toContain('sr-only')
    await rerender({ open: false })
    expect(button.getAttribute('aria-expanded')).toBe('false')
    expect(box(button).classList).toContain('sr-only')
  })

  it('prints the table shown, with no button', () => {
    render(ChartTable, { slots, props: { print: true } })
    expect(screen.queryByRole('button')).toBeNull()
    const table = screen.getByRole('table', { name: 'Scores' })
    expect(table.parentElement!.classList).not.toContain('sr-only')
  })

  it('gives its class to the table\'s box, not to the button', () => {
    render(ChartTable, { slots, attrs: { class: 'chart-bars__table' } })
    const button = screen.getByRole('button')
    expect(box(button).classList).toContain('chart-bars__table')
    expect(button.classList).not.toContain('chart-bars__table')
  })

  it('names its button in the deck\'s language', () => {
    useLocale().lang.value = 'id'
    render(ChartTable, { slots })
    expect(screen.getByRole('button', { name: 'Tampilkan tabel data' })).toBeTruthy()
  })
})
