import { fireEvent, render, screen, within } from '@testing-library/vue'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import QuizSummary from '../../components/QuizSummary.vue'
import { useQuizProgress } from '../../composables/useQuizProgress'
import { getQuiz, paper, quizzes } from '../../data'
import { solutionOf } from '../../utils/scoring'
import { slidesFor } from '../slidev-client'
import { charts } from './chart-mock'
import { LinkStub } from './link-stub'

vi.mock('chart.js', () => import('./chart-mock'))

const summary = (props: { print?: boolean } = {}) => render(QuizSummary, { props, global: { stubs: { Link: LinkStub } } })
/** The body rows of the chart's data table (or the printed table), cell by cell. */
const tableRows = () => [...document.querySelectorAll('tbody tr')].map(row => [...row.querySelectorAll('th, td')].map(cell => cell.textContent!.trim()))

beforeEach(() => {
  charts.length = 0
  useQuizProgress().reset()
  slidesFor(quizzes.flatMap(quiz => quiz.reread))
})
afterEach(() => {
  document.body.innerHTML = ''
})

describe('QuizSummary', () => {
  it('charts the score of each objective in %, one bar per objective, with the count answered', async () => {
    const quiz = getQuiz('nts-reply')
    useQuizProgress().record(quiz, solutionOf(quiz))
    const { container } = summary()
    const lo1 = quizzes.filter(q => q.objective === 'lo1').length
    const table = tableRows()
    expect(table).toHaveLength(paper.objectives.length)
    expect(table[0]).toEqual([`Health as security, 1 of ${lo1} answered`, `${Math.round(100 / lo1)} %`])
    expect(table[1]![1]).toBe('0 %')
    expect(container.querySelector('canvas')!.getAttribute('aria-label')).toContain('Your score (%)')
  })

  it('links to the slides to reread for each question answered wrong, and to nothing before any answer', () => {
    const empty = summary()
    expect(screen.getByText(/No question answered yet/)).toBeTruthy()
    expect(empty.container.querySelector('.quiz-summary__reread')).toBeNull()
    empty.unmount()

    const quiz = getQuiz('nts-reply')
    const wrong = quiz.type === 'single' ? quiz.options.find(option => !option.correct)!.id : ''
    useQuizProgress().record(quiz, { kind: 'choice', selected: [wrong] })
    const { container } = summary()
    const reread = container.querySelectorAll('.quiz-summary__reread > li')
    expect(reread).toHaveLength(1)
    expect(reread[0]!.textContent).toContain('Objective 1')
    for (const alias of quiz.reread)
      expect(screen.getByRole('link', { name: `Slide ${alias}` }).getAttribute('href')).toBe(`/${alias}`)
  })

  it('keeps its chart as it is while its slide is off screen, and catches up when it is shown', async () => {
    const { slidev } = await import('../slidev-client')
    slidev.page.value = 2
    summary()
    const quiz = getQuiz('nts-reply')
    useQuizProgress().record(quiz, solutionOf(quiz))
    await new Promise(resolve => setTimeout(resolve))
    expect(tableRows()[0]![1]).toBe('0 %')
    slidev.currentSlideNo.value = 2
    await new Promise(resolve => setTimeout(resolve))
    expect(tableRows()[0]![1]).not.toBe('0 %')
  })

  it('resets the progress only after a confirmation, announced, with the focus on the safe answer', async () => {
    const quiz = getQuiz('nts-reply')
    useQuizProgress().record(quiz, solutionOf(quiz))
    summary()
    await fireEvent.click(screen.getByRole('button', { name: 'Reset my progress' }))
    // The question names the group the two answers sit in.
    const group = screen.getByRole('group', { name: 'Delete every saved answer on this device? This cannot be undone.' })
    expect(within(group).getAllByRole('button').map(button => button.textContent!.trim())).toEqual(['No, keep them', 'Yes, delete my answers'])
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'No, keep them' }))
    expect(screen.queryByRole('button', { name: 'Reset my progress' })).toBeNull()

    await fireEvent.click(screen.getByRole('button', { name: 'No, keep them' }))
    await new Promise(resolve => setTimeout(resolve))
    expect(useQuizProgress().answered.value).toBe(1)
    expect(screen.getByRole('status').textContent!.trim()).toBe('Nothing was deleted.')
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Reset my progress' }))

    await fireEvent.click(screen.getByRole('button', { name: 'Reset my progress' }))
    await fireEvent.click(screen.getByRole('button', { name: 'Yes, delete my answers' }))
    expect(useQuizProgress().answered.value).toBe(0)
    expect(screen.getByRole('status').textContent!.trim()).toBe('Your progress has been reset.')
  })

  it('prints a table to fill in by hand, with no chart and no button', () => {
    const { container } = summary({ print: true })
    expect(container.querySelector('canvas')).toBeNull()
    expect(screen.queryAllByRole('button')).toHaveLength(0)
    expect(tableRows()).toHaveLength(paper.objectives.length)
    expect(container.textContent).toContain('Score: ____ of')
  })
})
