import { cleanup, render, screen } from '@testing-library/vue'
import { afterEach, describe, expect, it } from 'vitest'
import CoverTitle from '../../components/CoverTitle.vue'
import { useLocale } from '../../composables/useLocale'
import { paper } from '../../data/paper'

afterEach(() => {
  cleanup()
})

describe('CoverTitle', () => {
  it('titles the deck with the paper, and gives its original Indonesian title, marked as Indonesian', () => {
    render(CoverTitle)
    expect(screen.getByRole('heading', { level: 1, name: paper.title.en })).toBeTruthy()
    expect(screen.getByText(paper.originalTitle).getAttribute('lang')).toBe('id')
    expect(screen.getByText('A teaching module on one paper')).toBeTruthy()
  })

  it('names every author, the journal and the institution', () => {
    render(CoverTitle)
    expect(screen.getByText(paper.authors.join(' · '))).toBeTruthy()
    expect(screen.getByText(`${paper.journal}, ${paper.institution}`)).toBeTruthy()
  })

  it('in the Indonesian edition, titles it in Indonesian and does not repeat the original', () => {
    useLocale().lang.value = 'id'
    render(CoverTitle)
    expect(screen.getByRole('heading', { level: 1, name: paper.title.id })).toBeTruthy()
    expect(screen.getAllByText(paper.originalTitle)).toHaveLength(1)
    expect(screen.getByText('Modul ajar untuk satu artikel')).toBeTruthy()
  })
})
