import type { Quiz } from '../../data/schema'
import type { QuizMode } from '../../utils/quiz-mode'
import { flushPromises, mount } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { computed, nextTick } from 'vue'
import QuizQuestion from '../../components/QuizQuestion.vue'
import { useQuizProgress } from '../../composables/useQuizProgress'
import { getQuiz } from '../../data'
import { STORAGE_KEY } from '../../utils/quiz-storage'
import { classify, fixtures, multiple, order, single, trueFalse } from '../quiz-fixtures'
import { allByRole, getByRole, LinkStub } from './quiz-helpers'

// The question reads Slidev's state through this one composable; here the
// tests pass mode and reveal as props instead.
const stageAllowsReveal = vi.hoisted(() => ({ value: true }))
vi.mock('../../composables/useQuizStage', () => ({
  useQuizStage: () => ({
    mode: computed(() => 'self-study'),
    revealed: computed(() => false),
    mayReveal: computed(() => stageAllowsReveal.value),
    current: computed(() => true),
    title: computed(() => 'Check yourself'),
    slideLink: (alias: string) => ({ to: alias, title: `Slide ${alias}` }),
  }),
}))
// The fixtures join the deck's own questions.
vi.mock('../../data', async (original) => {
  const real = await original<typeof import('../../data')>()
  const { fixtures } = await import('../quiz-fixtures')
  return { ...real, getQuiz: (id: string): Quiz => fixtures.find(quiz => quiz.id === id) ?? real.getQuiz(id) }
})

function question(id: string, props: { mode?: QuizMode, print?: boolean, revealed?: boolean, copy?: 'student' | 'lecturer' } = {}) {
  return mount(QuizQuestion, { props: { id, ...props }, attachTo: document.body, global: { stubs: { Link: LinkStub } } })
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

const status = (wrapper: ReturnType<typeof question>) => wrapper.get('[role="status"]').text()

beforeEach(() => {
  useQuizProgress().reset()
  localStorage.clear()
})
afterEach(() => {
  document.body.innerHTML = ''
})

describe('QuizQuestion in self-study', () => {
  it('renders each type of question from its id, with its objective', () => {
    expect(allByRole(question(single.id), 'radio')).toHaveLength(3)
    expect(allByRole(question(multiple.id), 'checkbox')).toHaveLength(4)
    expect(allByRole(question(trueFalse.id), 'radio')).toHaveLength(2)
    expect(allByRole(question(classify.id), 'radio')).toHaveLength(9)
    expect(allByRole(question(order.id), 'button').filter(b => b.attributes('aria-label')?.startsWith('Move'))).toHaveLength(8)
    expect(question('nts-reply').text()).toContain(getQuiz('nts-reply').prompt.en)
    expect(question(single.id).text()).toContain('Objective 1')
  })

  it('holds nothing of the answer before a check, in text or attributes', () => {
    for (const quiz of fixtures) {
      const html = question(quiz.id).html()
      for (const text of answerTexts(quiz))
        expect(html, `${quiz.id}: ${text}`).not.toContain(text)
      expect(html).not.toMatch(/data-(?:correct|answer)|is-right|is-wrong/)
    }
  })

  it('asks for an answer before checking, in the live region', async () => {
    const wrapper = question(single.id)
    await getByRole(wrapper, 'button', 'Check my answer').trigger('submit')
    expect(status(wrapper)).toContain('Choose an answer first.')
    const sorting = question(classify.id)
    await getByRole(sorting, 'button', 'Check my answer').trigger('click')
    await sorting.get('form').trigger('submit')
    expect(status(sorting)).toContain('Place every statement first: 0 of 3 placed.')
  })

  it('checks an answer, announces the result by icon and words, then offers a retry and the solution', async () => {
    const wrapper = question(single.id)
    expect(allByRole(wrapper, 'button').map(button => button.text())).toEqual(['Check my answer'])
    await getByRole(wrapper, 'radio', 'Only armies count').setValue(true)
    await wrapper.get('form').trigger('submit')
    await flushPromises()
    expect(status(wrapper)).toBe('✗ Not yet. Read the feedback, then try again or show the solution.')
    expect(wrapper.get('[role="status"] [aria-hidden="true"]').text()).toBe('✗')
    expect(wrapper.text()).toContain('The traditional view.')
    expect(wrapper.text().replace(/\s+/g, ' ')).toContain('Reread: Slide health-security [Alman et al.]')
    // The focus moves to the new button, never to the page, where an arrow key would change the slide.
    expect(document.activeElement?.textContent?.trim()).toBe('Try again')
    expect(wrapper.text()).not.toContain(single.explanation.en)

    await getByRole(wrapper, 'button', 'Try again').trigger('click')
    await flushPromises()
    expect(document.activeElement).toBe(getByRole(wrapper, 'radio', 'Only armies count').element)
    expect(wrapper.text()).not.toContain('The traditional view.')

    await getByRole(wrapper, 'button', 'Show the solution').trigger('click')
    expect(wrapper.text()).toContain(single.explanation.en)
    expect(wrapper.text()).toContain('✓ Correct answer. Right: stability is at stake.')
    expect(status(wrapper)).toContain('The solution is shown')
    await getByRole(wrapper, 'button', 'Hide the solution').trigger('click')
    expect(wrapper.text()).not.toContain(single.explanation.en)
  })

  it('says "Correct" with counts for a question of several parts', async () => {
    const wrapper = question(multiple.id)
    await getByRole(wrapper, 'checkbox', 'A plasma plant').setValue(true)
    await getByRole(wrapper, 'checkbox', 'Hospital links').setValue(true)
    await wrapper.get('form').trigger('submit')
    expect(status(wrapper)).toBe('✓ Correct: 2 of 2 right answers chosen, 0 wrong.')
  })

  it('keeps the answer and its check after a reload', async () => {
    const first = question(trueFalse.id)
    await getByRole(first, 'radio', 'False').setValue(true)
    await first.get('form').trigger('submit')
    await nextTick()
    expect(JSON.parse(localStorage.getItem(STORAGE_KEY)!).entries[trueFalse.id]).toMatchObject({ answer: { selected: ['false'] }, checked: true })
    first.unmount()
    const again = question(trueFalse.id)
    expect((getByRole(again, 'radio', 'False').element as HTMLInputElement).checked).toBe(true)
    expect(status(again)).toBe('✓ Correct.')
  })

  it('on the slide\'s click, shows the solution only after a first try', async () => {
    const wrapper = question(single.id, { revealed: true })
    expect(wrapper.text()).not.toContain(single.explanation.en)
    expect(status(wrapper)).toContain('Check an answer first: the solution opens after your first try.')
    await getByRole(wrapper, 'radio', 'Only armies count').setValue(true)
    await wrapper.get('form').trigger('submit')
    expect(wrapper.text()).toContain(single.explanation.en)
    expect(allByRole(wrapper, 'radio')).toHaveLength(3)
  })
})

describe('QuizQuestion in present mode', () => {
  it('shows the room the question with lettered options and no controls, and nothing of the answer', () => {
    for (const quiz of fixtures) {
      const wrapper = question(quiz.id, { mode: 'present' })
      expect(wrapper.findAll('input')).toHaveLength(0)
      expect(wrapper.findAll('button')).toHaveLength(0)
      for (const text of answerTexts(quiz))
        expect(wrapper.html(), `${quiz.id}: ${text}`).not.toContain(text)
    }
    expect(question(single.id, { mode: 'present' }).findAll('ol > li').map(li => li.text().replace(/\s+/g, ' '))).toEqual(['A Only armies count', 'B Disease shakes stability', 'C It is welfare policy'])
  })

  it('reveals the answer and why on the presenter\'s click, and announces it', () => {
    const wrapper = question(single.id, { mode: 'present', revealed: true })
    expect(wrapper.text()).toContain('✓ Correct answer.')
    expect(wrapper.text()).toContain(single.explanation.en)
    expect(status(wrapper)).toBe('✓ Answer revealed: B')
  })

  it('ignores a reveal where the slide is not the current one, shown big (an overview thumbnail)', () => {
    stageAllowsReveal.value = false
    try {
      const wrapper = question(single.id, { mode: 'present', revealed: true })
      for (const text of answerTexts(single))
        expect(wrapper.html()).not.toContain(text)
      expect(status(wrapper)).toBe('')
    }
    finally {
      stageAllowsReveal.value = true
    }
  })

  it('never shows or changes the answers saved on this device', async () => {
    useQuizProgress().record(single, { kind: 'choice', selected: ['b'] })
    const wrapper = question(single.id, { mode: 'present' })
    expect(wrapper.text()).not.toContain('Correct')
    expect(wrapper.html()).not.toContain('is-chosen')
  })
})

describe('QuizQuestion in print', () => {
  it('prints the student copy with lettered options and no answer', () => {
    for (const quiz of fixtures) {
      const wrapper = question(quiz.id, { mode: 'print', copy: 'student', revealed: true })
      expect(wrapper.findAll('input, button')).toHaveLength(0)
      for (const text of answerTexts(quiz))
        expect(wrapper.html(), `${quiz.id}: ${text}`).not.toContain(text)
      expect(wrapper.text()).toContain('Reread:')
    }
  })

  it('prints with the `print` prop that the markdown sets inside <RenderWhen context="print">', () => {
    const wrapper = question(classify.id, { print: true, copy: 'student', revealed: true })
    expect(wrapper.find('.quiz--print').exists()).toBe(true)
    expect(wrapper.findAll('input, button')).toHaveLength(0)
    expect(wrapper.findAll('.quiz-letter').map(letter => letter.text())[0]).toBe('A')
    for (const text of answerTexts(classify))
      expect(wrapper.html()).not.toContain(text)
  })

  it('prints the lecturer copy with the answer marked and why', () => {
    const wrapper = question(single.id, { mode: 'print', copy: 'lecturer' })
    expect(wrapper.text()).toContain('✓ Correct answer.')
    expect(wrapper.text()).toContain(single.explanation.en)
    expect(wrapper.find('[role="status"]').exists()).toBe(false)
  })
})
