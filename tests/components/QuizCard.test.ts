import type { Answer } from '../../utils/scoring'
import { fireEvent, render, screen } from '@testing-library/vue'
import { afterEach, describe, expect, it } from 'vitest'
import QuizCard from '../../components/QuizCard.vue'
import { grade } from '../../utils/scoring'
import { single } from '../quiz-fixtures'
import { LinkStub } from './link-stub'

const links = [{ to: 'health-security', title: 'Health as a security issue' }]
const wrong: Answer = { kind: 'choice', selected: ['a'] }

function card(props: Record<string, unknown> = {}) {
  return render(QuizCard, { props: { quiz: single, mode: 'self-study', links, ...props }, global: { stubs: { Link: LinkStub } } })
}

afterEach(() => {
  document.body.innerHTML = ''
})

describe('QuizCard', () => {
  it('asks to check only a complete answer, and says what is missing', async () => {
    const { emitted } = card()
    await fireEvent.click(screen.getByRole('button', { name: 'Check my answer' }))
    expect(emitted('check')).toBeUndefined()
    expect(screen.getByRole('status').textContent).toContain('Choose an answer first.')
  })

  it('emits check for a complete answer, and the answer through v-model', async () => {
    const { emitted, rerender } = card()
    await fireEvent.click(screen.getByRole('radio', { name: /Only armies count/ }))
    expect(emitted('update:answer')).toEqual([[wrong]])
    await rerender({ quiz: single, mode: 'self-study', links, answer: wrong })
    await fireEvent.click(screen.getByRole('button', { name: 'Check my answer' }))
    expect(emitted('check')).toHaveLength(1)
  })

  it('shows the grade it is given: verdict, feedback, links to reread, and the same button turned to "Try again"', async () => {
    const { container, emitted } = card({ answer: wrong, grade: grade(single, wrong), attempts: 1 })
    expect(screen.getByRole('status').textContent).toContain('✗ Not yet.')
    expect(screen.getByText(/The traditional view/).closest('[hidden]')).toBeNull()
    expect(screen.getByRole('link', { name: 'Health as a security issue' })).toBeTruthy()
    expect(container.querySelector('.quiz__explanation')!.closest('[hidden]')).not.toBeNull()
    await fireEvent.click(screen.getByRole('button', { name: 'Try again' }))
    expect(emitted('retry')).toHaveLength(1)
    await fireEvent.click(screen.getByRole('button', { name: 'Show the solution' }))
    expect(emitted('toggleSolution')).toHaveLength(1)
  })

  it('renders the feedback and footer ahead in self-study, hidden, so a check only uncovers them', async () => {
    const { container, rerender } = card({ answer: wrong })
    const ahead = [...container.querySelectorAll('.quiz-feedback, .quiz__footer, .quiz__explanation')]
    expect(ahead.length).toBeGreaterThan(3)
    expect(ahead.every(element => element.closest('[hidden]'))).toBe(true)
    expect(screen.queryByRole('button', { name: 'Show the solution' })).toBeNull()
    await rerender({ quiz: single, mode: 'self-study', links, answer: wrong, grade: grade(single, wrong), attempts: 1 })
    expect([...container.querySelectorAll('.quiz-feedback, .quiz__footer, .quiz__explanation')]).toEqual(ahead)
  })

  it('gives the room nothing of the answer before the reveal, not even hidden, and all of it after', async () => {
    const { container, rerender } = card({ mode: 'present' })
    for (const text of [single.explanation.en, ...single.options.map(option => option.feedback.en)])
      expect(container.innerHTML).not.toContain(text)
    await rerender({ quiz: single, mode: 'present', links, revealed: true })
    expect(container.textContent).toContain(single.explanation.en)
    expect(screen.getByRole('status').textContent).toContain('Answer revealed: B')
  })

  it('prints the answer only in the lecturer copy', async () => {
    const { container, rerender } = card({ mode: 'print', copy: 'student' })
    expect(container.innerHTML).not.toContain(single.explanation.en)
    await rerender({ quiz: single, mode: 'print', links, copy: 'lecturer' })
    expect(container.textContent).toContain(single.explanation.en)
  })
})
