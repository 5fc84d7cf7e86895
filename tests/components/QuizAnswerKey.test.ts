import { render, screen } from '@testing-library/vue'
import { afterEach, describe, expect, it, vi } from 'vitest'
import QuizAnswerKey from '../../components/QuizAnswerKey.vue'
import { quizzes } from '../../data'

afterEach(() => {
  document.body.innerHTML = ''
})

describe('QuizAnswerKey', () => {
  it('gives the lecturer every question\'s answer and why, across its pages', () => {
    for (const page of [1, 2, 3])
      render(QuizAnswerKey, { props: { page, pages: 3, copy: 'lecturer' } })
    expect(screen.getAllByRole('listitem')).toHaveLength(quizzes.length)
    const text = document.body.textContent!
    for (const quiz of quizzes)
      expect(text, quiz.id).toContain(quiz.explanation.en)
    expect(text).toContain('Answer: B: "No: a disease can shake a state\'s stability')
  })

  it('gives the student copy a note and nothing of the answers', () => {
    const { container } = render(QuizAnswerKey, { props: { page: 1, pages: 3, copy: 'student' } })
    expect(screen.getByText(/printed in the lecturer copy only/)).toBeTruthy()
    expect(screen.queryAllByRole('listitem')).toHaveLength(0)
    for (const quiz of quizzes)
      expect(container.innerHTML).not.toContain(quiz.explanation.en)
  })

  it('follows VITE_DECK_COPY when no copy is given', () => {
    vi.stubEnv('VITE_DECK_COPY', 'lecturer')
    const lecturer = render(QuizAnswerKey)
    expect(screen.getAllByRole('listitem')).toHaveLength(quizzes.length)
    lecturer.unmount()
    vi.stubEnv('VITE_DECK_COPY', '')
    render(QuizAnswerKey)
    expect(screen.queryAllByRole('listitem')).toHaveLength(0)
    vi.unstubAllEnvs()
  })
})
