import { cleanup, fireEvent, render, screen, within } from '@testing-library/vue'
import { afterEach, describe, expect, it } from 'vitest'
import TheoryCard from '../../components/TheoryCard.vue'
import { useLocale } from '../../composables/useLocale'
import { getTheory } from '../../data'
import { slidev } from '../slidev-client'

afterEach(() => {
  cleanup()
})

describe('TheoryCard', () => {
  it('names the theory, its thinkers and that the paper uses it, then its idea and sources', () => {
    const theory = getTheory('neoliberalism')
    render(TheoryCard, { props: { id: theory.id } })
    expect(screen.getByRole('heading', { level: 2, name: theory.name.en })).toBeTruthy()
    expect(screen.getByText(theory.thinkers, { exact: false })).toBeTruthy()
    expect(screen.getByText('Used by the paper')).toBeTruthy()
    expect(screen.getByText(theory.summary.en)).toBeTruthy()
    expect(screen.getByLabelText('Sources').textContent).toMatch(/^\[.+\]$/)
  })

  it('says so when a theory is context the deck adds', () => {
    render(TheoryCard, { props: { id: 'complex-interdependence' } })
    expect(screen.getByText('Context: not named in the abstract')).toBeTruthy()
    expect(screen.queryByText('Used by the paper')).toBeNull()
  })

  it('keeps the key points behind a button that one click opens', async () => {
    const theory = getTheory('keohane-cooperation')
    render(TheoryCard, { props: { id: theory.id } })
    const button = screen.getByRole('button', { name: `Key points (${theory.points.length})` })
    expect(screen.queryAllByRole('listitem')).toHaveLength(0)
    await fireEvent.click(button)
    const points = within(document.getElementById(button.getAttribute('aria-controls')!)!).getAllByRole('listitem')
    expect(points.map(point => point.textContent!.trim())).toEqual(theory.points.map(point => point.en))
  })

  it('prints the key points whole, with nothing to press', () => {
    slidev.isPrintMode.value = true
    const theory = getTheory('levels-of-analysis')
    render(TheoryCard, { props: { id: theory.id } })
    expect(screen.queryByRole('button')).toBeNull()
    expect(screen.getAllByRole('listitem')).toHaveLength(theory.points.length)
  })

  it('sets a long card a step smaller, by the length of its text in the deck\'s language', () => {
    const card = (id: string) => render(TheoryCard, { props: { id } }).getByRole('article')
    expect(card('neoliberalism').className).not.toMatch(/theory--dense/)
    cleanup()
    expect(card('complex-interdependence').classList.contains('theory--dense')).toBe(true)
    cleanup()
    useLocale().lang.value = 'id'
    expect(card('complex-interdependence').classList.contains('theory--denser')).toBe(true)
  })

  it('speaks the deck\'s language', () => {
    useLocale().lang.value = 'id'
    const theory = getTheory('neoliberalism')
    render(TheoryCard, { props: { id: theory.id } })
    expect(screen.getByRole('heading', { level: 2, name: theory.name.id })).toBeTruthy()
    expect(screen.getByText('Dipakai dalam artikel')).toBeTruthy()
    expect(screen.getByRole('button', { name: /Pokok-pokoknya/ })).toBeTruthy()
  })

  it('refuses an unknown theory with the ids it knows', () => {
    expect(() => render(TheoryCard, { props: { id: 'realism' } })).toThrow(/Unknown theory id "realism". Known: /)
  })
})
