import type { ChoiceAnswer } from '../../utils/scoring'
import { fireEvent, render, screen } from '@testing-library/vue'
import { afterEach, describe, expect, it } from 'vitest'
import QuizChoice from '../../components/QuizChoice.vue'
import { grade } from '../../utils/scoring'
import { multiple, single, trueFalse } from '../quiz-fixtures'

const feedbackTexts = [...single.options.map(option => option.feedback.en), ...single.options.flatMap(option => option.misconception ? [option.misconception.en] : [])]
const names = (elements: HTMLElement[]) => elements.map(element => element.closest('label')!.textContent!.replace(/\s+/g, ' ').trim())

afterEach(() => {
  document.body.innerHTML = ''
})

describe('QuizChoice', () => {
  it('asks a single choice as a group of native radio buttons named by the prompt, with lettered options', () => {
    render(QuizChoice, { props: { quiz: single, interactive: true } })
    expect(screen.getByRole('group', { name: 'Which reply is strongest?' })).toBeTruthy()
    expect(names(screen.getAllByRole('radio'))).toEqual(['A Only armies count', 'B Disease shakes stability', 'C It is welfare policy'])
    expect(screen.getByText('Choose one answer.')).toBeTruthy()
  })

  it('holds nothing of the answer before a check, in text or attributes', () => {
    const { container } = render(QuizChoice, { props: { quiz: single, interactive: true, answer: { kind: 'choice', selected: ['b'] } } })
    for (const text of [...feedbackTexts, 'Correct', 'Right', 'Wrong', 'correct', 'is-right', 'is-wrong'])
      expect(container.innerHTML, text).not.toContain(text)
  })

  it('rendered ahead, keeps every option\'s feedback hidden (out of the accessibility tree) until a grade shows it', async () => {
    const answer = { kind: 'choice', selected: ['a'] } as const
    const { container, rerender } = render(QuizChoice, { props: { quiz: single, interactive: true, ahead: true, answer } })
    const blocks = [...container.querySelectorAll<HTMLElement>('.quiz-feedback')]
    expect(blocks).toHaveLength(3)
    expect(blocks.every(block => block.hidden)).toBe(true)
    expect(container.innerHTML).not.toMatch(/is-right|is-wrong/)
    await rerender({ quiz: single, interactive: true, ahead: true, answer, grade: grade(single, answer) })
    // The same nodes, uncovered: a check creates nothing.
    expect([...container.querySelectorAll('.quiz-feedback')]).toEqual(blocks)
    expect(blocks.map(block => block.hidden)).toEqual([false, true, true])
    expect(blocks[0]!.textContent).toContain('✗ Wrong.')
    expect(screen.getByRole('radio', { name: /Only armies count/ }).closest('li')!.className).toContain('is-wrong')
  })

  it('sends the option chosen', async () => {
    const { emitted } = render(QuizChoice, { props: { quiz: single, interactive: true } })
    await fireEvent.click(screen.getByRole('radio', { name: /Disease shakes stability/ }))
    expect(emitted('update:answer')).toEqual([[{ kind: 'choice', selected: ['b'] }]])
  })

  it('uses checkboxes for a multiple select and keeps both of two quick changes', async () => {
    const { emitted } = render(QuizChoice, { props: { quiz: multiple, interactive: true } })
    expect(screen.getAllByRole('checkbox')).toHaveLength(4)
    expect(screen.getByText('Choose every answer that applies.')).toBeTruthy()
    await Promise.all([
      fireEvent.click(screen.getByRole('checkbox', { name: /A plasma plant/ })),
      fireEvent.click(screen.getByRole('checkbox', { name: /Hospital links/ })),
    ])
    const sent = emitted<[ChoiceAnswer]>('update:answer')
    expect(sent.at(-1)![0].selected).toEqual(['a', 'b'])
  })

  it('offers "True" and "False" for a true-false question', () => {
    render(QuizChoice, { props: { quiz: trueFalse, interactive: true } })
    expect(names(screen.getAllByRole('radio'))).toEqual(['A True', 'B False'])
  })

  it('after a check, says right or wrong by icon and word for the option chosen, with why and the misconception', () => {
    const answer = { kind: 'choice', selected: ['a'] } as const
    const { container } = render(QuizChoice, { props: { quiz: single, interactive: true, answer, grade: grade(single, answer) } })
    const feedback = [...container.querySelectorAll<HTMLElement>('.quiz-feedback')]
    expect(feedback).toHaveLength(1)
    expect(feedback[0]!.textContent).toContain('✗ Wrong.')
    expect(feedback[0]!.querySelector('[aria-hidden="true"]')!.textContent!.trim()).toBe('✗')
    expect(feedback[0]!.textContent).toContain('The traditional view.')
    expect(feedback[0]!.textContent).toContain('Security means only military threats.')
    // The right option is not given away by the check.
    expect(container.textContent).not.toContain('Right: stability is at stake.')
  })

  it('shows the solution on every option, or only the right one marked in compact form', () => {
    const full = render(QuizChoice, { props: { quiz: single, interactive: true, solution: true } })
    expect([...full.container.querySelectorAll('.quiz-feedback')].map(block => block.textContent!.trim().split('.')[0])).toEqual(['✗ Not this one', '✓ Correct answer', '✗ Not this one'])
    const compact = render(QuizChoice, { props: { quiz: single, solution: true, compact: true } })
    expect([...compact.container.querySelectorAll('.quiz-feedback')].map(block => block.textContent!.trim())).toEqual(['✓ Correct answer.'])
  })

  it('prints lettered options with no input and no answer', () => {
    const { container } = render(QuizChoice, { props: { quiz: multiple, print: true } })
    expect(screen.queryAllByRole('checkbox')).toHaveLength(0)
    expect(screen.getAllByRole('listitem').map(item => item.textContent!.replace(/\s+/g, ' ').trim())).toEqual(['A A plasma plant', 'B Hospital links', 'C Buying vaccines', 'D An ASEAN stockpile'])
    expect(screen.getByText('Circle every letter that applies.')).toBeTruthy()
    expect(container.innerHTML).not.toContain('quiz-feedback')
  })
})
