import { cleanup, fireEvent, render, screen, within } from '@testing-library/vue'
import { afterEach, describe, expect, it } from 'vitest'
import StudyQuestion from '../../components/StudyQuestion.vue'
import { useLocale } from '../../composables/useLocale'
import { paper } from '../../data'
import { slidev } from '../slidev-client'

afterEach(() => {
  cleanup()
})

const { background } = paper

describe('StudyQuestion', () => {
  it('gives the research question and the aim under their headings, once marked as what the abstract says', () => {
    render(StudyQuestion)
    expect(screen.getByRole('heading', { level: 3, name: 'Research question' })).toBeTruthy()
    expect(screen.getByRole('heading', { level: 3, name: 'Aim' })).toBeTruthy()
    expect(screen.getByText(paper.question.text.en)).toBeTruthy()
    expect(screen.getByText(paper.aim.text.en)).toBeTruthy()
    const card = screen.getByRole('heading', { level: 3, name: 'Research question' }).closest('section')!
    expect(within(card).getAllByText('From the abstract')).toHaveLength(1)
  })

  it('keeps where the paper starts behind a button, and one click shows every premise, marked once', async () => {
    render(StudyQuestion)
    const button = screen.getByRole('button', { name: `Where the paper starts (${background.length})` })
    expect(button.getAttribute('aria-expanded')).toBe('false')
    await fireEvent.click(button)
    expect(button.getAttribute('aria-expanded')).toBe('true')
    const region = document.getElementById(button.getAttribute('aria-controls')!)!
    for (const claim of background)
      expect(within(region).getByText(claim.text.en)).toBeTruthy()
    expect(within(region).getAllByText('From the abstract')).toHaveLength(1)
  })

  it('prints the premises whole, with nothing to press', () => {
    slidev.isPrintMode.value = true
    render(StudyQuestion)
    expect(screen.queryByRole('button')).toBeNull()
    expect(screen.getByText(background[0]!.text.en).closest('[style*="display: none"]')).toBeNull()
  })

  it('speaks the deck\'s language', () => {
    useLocale().lang.value = 'id'
    render(StudyQuestion)
    expect(screen.getByRole('heading', { level: 3, name: 'Pertanyaan penelitian' })).toBeTruthy()
    expect(screen.getByText(paper.question.text.id)).toBeTruthy()
    expect(screen.getByRole('button', { name: /Titik tolak artikel/ })).toBeTruthy()
  })
})
