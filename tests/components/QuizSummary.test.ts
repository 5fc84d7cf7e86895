import { flushPromises, mount } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { computed } from 'vue'
import QuizAnswerKey from '../../components/QuizAnswerKey.vue'
import QuizSummary from '../../components/QuizSummary.vue'
import { useQuizProgress } from '../../composables/useQuizProgress'
import { getQuiz, paper, quizzes } from '../../data'
import { solutionOf } from '../../utils/scoring'
import { charts } from './chart-mock'
import { getByRole, LinkStub, queryByRole } from './quiz-helpers'

vi.mock('chart.js', () => import('./chart-mock'))
vi.mock('../../composables/useQuizStage', () => ({
  useQuizStage: () => ({
    mode: computed(() => 'self-study'),
    revealed: computed(() => false),
    current: computed(() => true),
    title: computed(() => 'Check yourself'),
    slideLink: (alias: string) => ({ to: alias, title: `Slide ${alias}` }),
  }),
}))

const summary = (props: { print?: boolean } = {}) => mount(QuizSummary, { props, attachTo: document.body, global: { stubs: { Link: LinkStub } } })

beforeEach(() => {
  charts.length = 0
  useQuizProgress().reset()
})
afterEach(() => {
  document.body.innerHTML = ''
})

describe('QuizSummary', () => {
  it('charts the score of each objective in %, one bar per objective, with the count answered', async () => {
    const quiz = getQuiz('nts-reply')
    useQuizProgress().record(quiz, solutionOf(quiz))
    const wrapper = summary()
    await flushPromises()
    const lo1 = quizzes.filter(q => q.objective === 'lo1').length
    const table = wrapper.findAll('tbody tr').map(row => row.findAll('th, td').map(cell => cell.text()))
    expect(table).toHaveLength(paper.objectives.length)
    expect(table[0]).toEqual([`Health as security, 1 of ${lo1} answered`, `${Math.round(100 / lo1)} %`])
    expect(table[1]![1]).toBe('0 %')
    expect(wrapper.get('canvas').attributes('aria-label')).toContain('Your score (%)')
  })

  it('links to the slides to reread for each question answered wrong, and to nothing before any answer', () => {
    const empty = summary()
    expect(empty.text()).toContain('No question answered yet')
    expect(empty.find('.quiz-summary__reread').exists()).toBe(false)
    empty.unmount()

    const quiz = getQuiz('nts-reply')
    const wrong = quiz.type === 'single' ? quiz.options.find(option => !option.correct)!.id : ''
    useQuizProgress().record(quiz, { kind: 'choice', selected: [wrong] })
    const wrapper = summary()
    expect(wrapper.findAll('.quiz-summary__reread > li')).toHaveLength(1)
    expect(wrapper.get('.quiz-summary__reread > li').text()).toContain('Objective 1')
    for (const alias of quiz.reread)
      expect(getByRole(wrapper, 'link', `Slide ${alias}`).attributes('href')).toBe(`/${alias}`)
  })

  it('resets the progress only after a confirmation, announced, with the focus on the safe answer', async () => {
    const quiz = getQuiz('nts-reply')
    useQuizProgress().record(quiz, solutionOf(quiz))
    const wrapper = summary()
    await getByRole(wrapper, 'button', 'Reset my progress').trigger('click')
    await flushPromises()
    // The question names the group the two answers sit in.
    const group = getByRole(wrapper, 'group', 'Delete every saved answer on this device? This cannot be undone.')
    expect(group.findAll('button').map(button => button.text())).toEqual(['No, keep them', 'Yes, delete my answers'])
    expect(document.activeElement?.textContent?.trim()).toBe('No, keep them')
    expect(queryByRole(wrapper, 'button', 'Reset my progress')).toBeUndefined()

    await getByRole(wrapper, 'button', 'No, keep them').trigger('click')
    await flushPromises()
    expect(useQuizProgress().answered.value).toBe(1)
    expect(wrapper.get('[role="status"]').text()).toBe('Nothing was deleted.')
    expect(document.activeElement?.textContent?.trim()).toBe('Reset my progress')

    await getByRole(wrapper, 'button', 'Reset my progress').trigger('click')
    await getByRole(wrapper, 'button', 'Yes, delete my answers').trigger('click')
    await flushPromises()
    expect(useQuizProgress().answered.value).toBe(0)
    expect(wrapper.get('[role="status"]').text()).toBe('Your progress has been reset.')
  })

  it('prints a table to fill in by hand, with no chart and no button', () => {
    const wrapper = summary({ print: true })
    expect(wrapper.find('canvas').exists()).toBe(false)
    expect(wrapper.find('button').exists()).toBe(false)
    expect(wrapper.findAll('tbody tr')).toHaveLength(paper.objectives.length)
    expect(wrapper.text()).toContain('Score: ____ of')
  })
})

describe('QuizAnswerKey', () => {
  it('gives the lecturer every question\'s answer and why, across its pages', () => {
    const pages = [1, 2, 3].map(page => mount(QuizAnswerKey, { props: { page, pages: 3, copy: 'lecturer' } }))
    const text = pages.map(page => page.text()).join('\n')
    expect(pages.flatMap(page => page.findAll('li')).length).toBe(quizzes.length)
    for (const quiz of quizzes)
      expect(text, quiz.id).toContain(quiz.explanation.en)
    expect(text).toContain('Answer: B: "No: a disease can shake a state\'s stability')
  })

  it('gives the student copy a note and nothing of the answers', () => {
    const wrapper = mount(QuizAnswerKey, { props: { page: 1, pages: 3, copy: 'student' } })
    expect(wrapper.text()).toContain('printed in the lecturer copy only')
    for (const quiz of quizzes)
      expect(wrapper.html()).not.toContain(quiz.explanation.en)
  })

  it('follows VITE_DECK_COPY when no copy is given', () => {
    vi.stubEnv('VITE_DECK_COPY', 'lecturer')
    expect(mount(QuizAnswerKey).findAll('li').length).toBe(quizzes.length)
    vi.stubEnv('VITE_DECK_COPY', '')
    expect(mount(QuizAnswerKey).findAll('li').length).toBe(0)
    vi.unstubAllEnvs()
  })
})
