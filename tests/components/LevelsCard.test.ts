import { cleanup, fireEvent, render, screen, within } from '@testing-library/vue'
import { afterEach, describe, expect, it } from 'vitest'
import LevelsCard from '../../components/LevelsCard.vue'
import { useLocale } from '../../composables/useLocale'
import { getLevel } from '../../data'
import { formatPartialDate } from '../../utils/format'
import { slidev } from '../slidev-client'

afterEach(() => {
  cleanup()
})

/** The items a reader can see now: hidden context is not among them. */
const items = (): string[] => screen.getAllByRole('listitem').map(item => item.textContent!.replace(/\s+/g, ' ').trim())

describe('LevelsCard', () => {
  it('names the level, Waltz\'s image and what the level asks', () => {
    const level = getLevel('state')
    render(LevelsCard, { props: { id: 'state' } })
    expect(screen.getByRole('heading', { level: 2, name: level.name.en })).toBeTruthy()
    expect(screen.getByText(level.image.en)).toBeTruthy()
    expect(screen.getByText('Asks:').parentElement!.textContent).toContain(level.question.en)
  })

  it('lists the paper\'s findings under their badge, each with its country in words, Indonesia first', () => {
    const level = getLevel('state')
    render(LevelsCard, { props: { id: 'state' } })
    const findings = level.factors.filter(factor => factor.kind === 'finding')
    const shown = items()
    expect(shown).toHaveLength(findings.length)
    expect(shown[0]).toContain('Indonesia')
    expect(shown[0]).toContain(level.factors.find(factor => factor.id === 'indonesia-health-resilience')!.text.en)
    expect(shown.slice(1).every(item => item.includes('South Korea'))).toBe(true)
    expect(screen.getByText('The paper finds')).toBeTruthy()
  })

  it('keeps the context behind a button, and one click shows it labelled as context, Indonesia before all states', async () => {
    const level = getLevel('system')
    const context = level.factors.filter(factor => factor.kind === 'context')
    render(LevelsCard, { props: { id: 'system' } })
    const button = screen.getByRole('button', { name: `More context (${context.length})` })
    expect(button.getAttribute('aria-expanded')).toBe('false')
    expect(items().some(item => item.includes(context[0]!.text.en))).toBe(false)

    await fireEvent.click(button)
    expect(button.getAttribute('aria-expanded')).toBe('true')
    const region = document.getElementById(button.getAttribute('aria-controls')!)!
    expect(within(region).getByText('Context')).toBeTruthy()
    const shown = within(region).getAllByRole('listitem').map(item => item.textContent!)
    expect(shown).toHaveLength(context.length)
    expect(shown[0]).toContain('Indonesia')
    expect(shown[0]).toContain(level.factors.find(factor => factor.id === 'acpheed-request')!.text.en)
  })

  it('dates each dated context note in words', async () => {
    render(LevelsCard, { props: { id: 'individual' } })
    await fireEvent.click(screen.getByRole('button', { name: /More context/ }))
    const dated = getLevel('individual').factors.filter(factor => factor.kind === 'context' && factor.date)
    expect(dated.length).toBeGreaterThan(0)
    for (const factor of dated)
      expect(screen.getByText(formatPartialDate(factor.date!, 'en')).getAttribute('datetime')).toBe(factor.date)
  })

  it('prints the context whole, with nothing to press', () => {
    slidev.isPrintMode.value = true
    const level = getLevel('system')
    render(LevelsCard, { props: { id: 'system' } })
    expect(screen.queryByRole('button')).toBeNull()
    expect(items()).toHaveLength(level.factors.length)
  })

  it('tags the system-level findings as concerning all states, and the minister as of no stated country', () => {
    render(LevelsCard, { props: { id: 'system' } })
    expect(items().every(item => item.includes('All states'))).toBe(true)
    cleanup()
    render(LevelsCard, { props: { id: 'individual' } })
    expect(items()[0]).toContain('Country not stated')
  })

  it('follows the deck\'s language', async () => {
    const level = getLevel('state')
    render(LevelsCard, { props: { id: 'state' } })
    useLocale().lang.value = 'id'
    expect(await screen.findByRole('heading', { level: 2, name: level.name.id })).toBeTruthy()
    expect(screen.getByText('Temuan artikel')).toBeTruthy()
    expect(screen.getByRole('button', { name: /Konteks selengkapnya/ })).toBeTruthy()
  })
})
