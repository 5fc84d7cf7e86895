import type { Quiz } from '../../data/schema'
import type { QuizMode } from '../../utils/quiz-mode'
import { fireEvent, render, screen, within } from '@testing-library/vue'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import QuizQuestion from '../../components/QuizQuestion.vue'
import { useQuizProgress } from '../../composables/useQuizProgress'
import { getQuiz } from '../../data'
import { STORAGE_KEY } from '../../utils/quiz-storage'
import { classify, fixtures, multiple, order, single, trueFalse } from '../quiz-fixtures'
import { slidesFor, slidev } from '../slidev-client'
import { LinkStub } from './link-stub'

// The fixtures join the deck's own questions.
vi.mock('../../data', async (original) => {
  const real = await original<typeof import('../../data')>()
  const { fixtures } = await import('../quiz-fixtures')
  return { ...real, getQuiz: (id: string): Quiz => fixtures.find(quiz => quiz.id === id) ?? real.getQuiz(id) }
})

function question(id: string, props: { mode?: QuizMode, print?: boolean, revealed?: boolean, copy?: 'student' | 'lecturer' } = {}) {
  return render(QuizQuestion, { props: { id, ...props }, global: { stubs: { Link: LinkStub } } })
}

/** Every text of a question that gives its answer away. */
function answerTexts(quiz: Quiz): string[] {
  const texts = [quiz.explanation.en, quiz.followUp.en, 'Correct answer', 'Belongs to', 'The right order']
  if (quiz.type === 'single' || quiz.type === 'multiple')
    texts.push(...quiz.options.flatMap(option => [option.feedback.en, ...(option.misconception ? [option.misconception.en] : [])]))
  if (quiz.type === 'true-false')
    texts.push(quiz.feedback.true.en, quiz.feedback.false.en, quiz.misconception.en)
  if (quiz.type === 'classify' || quiz.type === 'order')
    texts.push(...quiz.items.map(item => item.feedback.en))
  return texts
}

/** The text a reader (or a screen reader) gets: hidden parts left out. */
function shownText(element: Element): string {
  const copy = element.cloneNode(true) as Element
  copy.querySelectorAll('[hidden]').forEach(hidden => hidden.remove())
  return copy.textContent!.replace(/\s+/g, ' ')
}

const status = () => screen.getByRole('status').textContent!.replace(/\s+/g, ' ').trim()
const flush = () => new Promise(resolve => setTimeout(resolve))

beforeEach(() => {
  useQuizProgress().reset()
  localStorage.clear()
  slidesFor(fixtures.flatMap(quiz => quiz.reread))
})
afterEach(() => {
  document.body.innerHTML = ''
})

describe('QuizQuestion in self-study', () => {
  it('renders each type of question from its id, with its objective', () => {
    expect(within(question(single.id).container as HTMLElement).getAllByRole('radio')).toHaveLength(3)
    expect(within(question(multiple.id).container as HTMLElement).getAllByRole('checkbox')).toHaveLength(4)
    expect(within(question(trueFalse.id).container as HTMLElement).getAllByRole('radio')).toHaveLength(2)
    expect(within(question(classify.id).container as HTMLElement).getAllByRole('radio')).toHaveLength(9)
    expect(within(question(order.id).container as HTMLElement).getAllByRole('button', { name: /^Move/ })).toHaveLength(8)
    expect(question('nts-reply').container.textContent).toContain(getQuiz('nts-reply').prompt.en)
    expect(question(single.id).container.textContent).toContain('Objective 1')
  })

  it('shows nothing of the answer before a check: what is rendered ahead is hidden, out of the accessibility tree', () => {
    for (const quiz of fixtures) {
      const { container, unmount } = question(quiz.id)
      const shown = shownText(container)
      for (const text of answerTexts(quiz))
        expect(shown, `${quiz.id}: ${text}`).not.toContain(text)
      expect(container.innerHTML).not.toMatch(/data-(?:correct|answer)|is-right|is-wrong/)
      for (const hidden of container.querySelectorAll<HTMLElement>('.quiz-feedback, .quiz__footer'))
        expect(hidden.closest('[hidden]'), quiz.id).not.toBeNull()
      unmount()
    }
  })

  it('asks for an answer before checking, in the live region', async () => {
    const first = question(single.id)
    await fireEvent.click(screen.getByRole('button', { name: 'Check my answer' }))
    expect(status()).toContain('Choose an answer first.')
    first.unmount()
    question(classify.id)
    await fireEvent.click(screen.getByRole('button', { name: 'Check my answer' }))
    expect(status()).toContain('Place every statement first: 0 of 3 placed.')
  })

  it('checks an answer, announces the result by icon and words, then offers a retry and the solution', async () => {
    const { container } = question(single.id)
    expect(screen.getAllByRole('button').map(button => button.textContent!.trim())).toEqual(['Check my answer'])
    await fireEvent.click(screen.getByRole('radio', { name: /Only armies count/ }))
    await fireEvent.click(screen.getByRole('button', { name: 'Check my answer' }))
    expect(status()).toBe('✗ Not yet. Read the feedback, then try again or show the solution.')
    expect(within(screen.getByRole('status')).getByText('✗').getAttribute('aria-hidden')).toBe('true')
    expect(shownText(container)).toContain('The traditional view.')
    expect(shownText(container)).toContain('Reread: Slide health-security [Alman et al.]')
    // The focus stays on a button, never on the page, where an arrow key would change the slide.
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Try again' }))
    expect(shownText(container)).not.toContain(single.explanation.en)

    await fireEvent.click(screen.getByRole('button', { name: 'Try again' }))
    await flush()
    expect(document.activeElement).toBe(screen.getByRole('radio', { name: /Only armies count/ }))
    expect(shownText(container)).not.toContain('The traditional view.')

    await fireEvent.click(screen.getByRole('button', { name: 'Show the solution' }))
    expect(shownText(container)).toContain(single.explanation.en)
    expect(shownText(container)).toContain('✓ Correct answer. Right: stability is at stake.')
    expect(status()).toContain('The solution is shown')
    await fireEvent.click(screen.getByRole('button', { name: 'Hide the solution' }))
    expect(shownText(container)).not.toContain(single.explanation.en)
  })

  it('says "Correct" with counts for a question of several parts', async () => {
    question(multiple.id)
    await fireEvent.click(screen.getByRole('checkbox', { name: /A plasma plant/ }))
    await fireEvent.click(screen.getByRole('checkbox', { name: /Hospital links/ }))
    await fireEvent.click(screen.getByRole('button', { name: 'Check my answer' }))
    expect(status()).toBe('✓ Correct: 2 of 2 right answers chosen, 0 wrong.')
  })

  it('keeps the answer and its check after a reload', async () => {
    const first = question(trueFalse.id)
    await fireEvent.click(screen.getByRole('radio', { name: /False/ }))
    await fireEvent.click(screen.getByRole('button', { name: 'Check my answer' }))
    await flush()
    // The deck writes its progress a moment after a change, or as the page is left (a reload).
    window.dispatchEvent(new Event('pagehide'))
    await flush()
    expect(JSON.parse(localStorage.getItem(STORAGE_KEY)!).entries[trueFalse.id]).toMatchObject({ answer: { selected: ['false'] }, checked: true })
    first.unmount()
    question(trueFalse.id)
    expect((screen.getByRole('radio', { name: /False/ }) as HTMLInputElement).checked).toBe(true)
    expect(status()).toBe('✓ Correct.')
  })

  it('on the slide\'s click, shows the solution only after a first try', async () => {
    const { container } = question(single.id, { revealed: true })
    expect(shownText(container)).not.toContain(single.explanation.en)
    expect(status()).toContain('Check an answer first: the solution opens after your first try.')
    await fireEvent.click(screen.getByRole('radio', { name: /Only armies count/ }))
    await fireEvent.click(screen.getByRole('button', { name: 'Check my answer' }))
    expect(shownText(container)).toContain(single.explanation.en)
    expect(screen.getAllByRole('radio')).toHaveLength(3)
  })
})

describe('QuizQuestion on a slide', () => {
  it('reads the reveal from the slide\'s click when the markdown passes none', async () => {
    question(single.id, { mode: 'present' })
    expect(status()).toBe('')
    slidev.clicks.value = 1
    await flush()
    expect(status()).toBe('✓ Answer revealed: B')
  })

  it('turns to the room\'s view in the presenter view, and to print in an export', async () => {
    slidev.isPresenter.value = true
    const presenting = question(single.id)
    expect(presenting.container.querySelector('.quiz--present')).not.toBeNull()
    expect(screen.queryAllByRole('radio')).toHaveLength(0)
    presenting.unmount()
    slidev.isPresenter.value = false
    slidev.isPrintMode.value = true
    expect(question(single.id).container.querySelector('.quiz--print')).not.toBeNull()
  })

  it('ignores a reveal where the slide is not the current one, or drawn as a thumbnail of the overview', () => {
    slidev.renderContext.value = 'overview'
    const thumbnail = question(single.id, { mode: 'present', revealed: true })
    for (const text of answerTexts(single))
      expect(thumbnail.container.innerHTML).not.toContain(text)
    thumbnail.unmount()
    slidev.renderContext.value = 'slide'
    slidev.page.value = 2
    const offScreen = question(single.id, { mode: 'present', revealed: true })
    for (const text of answerTexts(single))
      expect(offScreen.container.innerHTML).not.toContain(text)
    expect(status()).toBe('')
  })

  it('links the slides to reread by their titles', async () => {
    question(single.id)
    await fireEvent.click(screen.getByRole('radio', { name: /Only armies count/ }))
    await fireEvent.click(screen.getByRole('button', { name: 'Check my answer' }))
    expect(screen.getByRole('link', { name: 'Slide health-security' }).getAttribute('href')).toBe('/health-security')
  })
})

describe('QuizQuestion in present mode', () => {
  it('shows the room the question with lettered options and no controls, and nothing of the answer, not even hidden', () => {
    for (const quiz of fixtures) {
      const { container, unmount } = question(quiz.id, { mode: 'present' })
      expect(container.querySelectorAll('input, button')).toHaveLength(0)
      for (const text of answerTexts(quiz))
        expect(container.innerHTML, `${quiz.id}: ${text}`).not.toContain(text)
      unmount()
    }
    question(single.id, { mode: 'present' })
    expect(screen.getAllByRole('listitem').map(li => li.textContent!.replace(/\s+/g, ' ').trim())).toEqual(['A Only armies count', 'B Disease shakes stability', 'C It is welfare policy'])
  })

  it('reveals the answer and why on the presenter\'s click, and announces it', () => {
    const { container } = question(single.id, { mode: 'present', revealed: true })
    expect(container.textContent).toContain('✓ Correct answer.')
    expect(container.textContent).toContain(single.explanation.en)
    expect(status()).toBe('✓ Answer revealed: B')
  })

  it('never shows or changes the answers saved on this device', () => {
    useQuizProgress().record(single, { kind: 'choice', selected: ['b'] })
    const { container } = question(single.id, { mode: 'present' })
    expect(container.textContent).not.toContain('Correct')
    expect(container.innerHTML).not.toContain('is-chosen')
  })
})

describe('QuizQuestion in print', () => {
  it('prints the student copy with lettered options and no answer', () => {
    for (const quiz of fixtures) {
      const { container, unmount } = question(quiz.id, { mode: 'print', copy: 'student', revealed: true })
      expect(container.querySelectorAll('input, button')).toHaveLength(0)
      for (const text of answerTexts(quiz))
        expect(container.innerHTML, `${quiz.id}: ${text}`).not.toContain(text)
      expect(container.textContent).toContain('Reread:')
      unmount()
    }
  })

  it('prints with the `print` prop that the markdown sets inside <RenderWhen context="print">', () => {
    const { container } = question(classify.id, { print: true, copy: 'student', revealed: true })
    expect(container.querySelector('.quiz--print')).not.toBeNull()
    expect(container.querySelectorAll('input, button')).toHaveLength(0)
    expect(container.querySelector('.quiz-letter')!.textContent).toBe('A')
    for (const text of answerTexts(classify))
      expect(container.innerHTML).not.toContain(text)
  })

  it('prints the lecturer copy with the answer marked and why', () => {
    const { container } = question(single.id, { mode: 'print', copy: 'lecturer' })
    expect(container.textContent).toContain('✓ Correct answer.')
    expect(container.textContent).toContain(single.explanation.en)
    expect(screen.queryByRole('status')).toBeNull()
  })
})
