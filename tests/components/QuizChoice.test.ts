import type { ChoiceAnswer } from '../../utils/scoring'
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import QuizChoice from '../../components/QuizChoice.vue'
import { grade } from '../../utils/scoring'
import { multiple, single, trueFalse } from '../quiz-fixtures'
import { allByRole, getByRole } from './quiz-helpers'

const feedbackTexts = [...single.options.map(option => option.feedback.en), ...single.options.flatMap(option => option.misconception ? [option.misconception.en] : [])]

describe('QuizChoice', () => {
  it('asks a single choice as a group of native radio buttons named by the prompt, with lettered options', () => {
    const wrapper = mount(QuizChoice, { props: { quiz: single, interactive: true } })
    expect(getByRole(wrapper, 'group', 'Which reply is strongest?').exists()).toBe(true)
    expect(allByRole(wrapper, 'radio').map(radio => radio.element.closest('label')!.textContent!.replace(/\s+/g, ' ').trim()))
      .toEqual(['A Only armies count', 'B Disease shakes stability', 'C It is welfare policy'])
    expect(wrapper.text()).toContain('Choose one answer.')
  })

  it('holds nothing of the answer before a check, in text or attributes', () => {
    const html = mount(QuizChoice, { props: { quiz: single, interactive: true, answer: { kind: 'choice', selected: ['b'] } } }).html()
    for (const text of [...feedbackTexts, 'Correct', 'Right', 'Wrong', 'correct', 'is-right', 'is-wrong'])
      expect(html, text).not.toContain(text)
  })

  it('sends the option chosen', async () => {
    const wrapper = mount(QuizChoice, { props: { quiz: single, interactive: true } })
    await getByRole(wrapper, 'radio', 'Disease shakes stability').setValue(true)
    expect(wrapper.emitted('update')).toEqual([[{ kind: 'choice', selected: ['b'] }]])
  })

  it('uses checkboxes for a multiple select and keeps both of two quick changes', async () => {
    const wrapper = mount(QuizChoice, { props: { quiz: multiple, interactive: true } })
    expect(allByRole(wrapper, 'checkbox')).toHaveLength(4)
    expect(wrapper.text()).toContain('Choose every answer that applies.')
    await Promise.all([
      getByRole(wrapper, 'checkbox', 'A plasma plant').setValue(true),
      getByRole(wrapper, 'checkbox', 'Hospital links').setValue(true),
    ])
    const sent = wrapper.emitted<[ChoiceAnswer]>('update')!
    expect(sent.at(-1)![0].selected).toEqual(['a', 'b'])
  })

  it('offers "True" and "False" for a true-false question', () => {
    const wrapper = mount(QuizChoice, { props: { quiz: trueFalse, interactive: true } })
    expect(allByRole(wrapper, 'radio').map(radio => radio.element.closest('label')!.textContent!.replace(/\s+/g, ' ').trim())).toEqual(['A True', 'B False'])
  })

  it('after a check, says right or wrong by icon and word for the option chosen, with why and the misconception', () => {
    const answer = { kind: 'choice', selected: ['a'] } as const
    const wrapper = mount(QuizChoice, { props: { quiz: single, interactive: true, answer, result: grade(single, answer) } })
    const feedback = wrapper.findAll('.quiz-feedback')
    expect(feedback).toHaveLength(1)
    expect(feedback[0]!.text()).toContain('✗ Wrong.')
    expect(feedback[0]!.get('[aria-hidden="true"]').text()).toBe('✗')
    expect(feedback[0]!.text()).toContain('The traditional view.')
    expect(feedback[0]!.text()).toContain('Security means only military threats.')
    // The right option is not given away by the check.
    expect(wrapper.text()).not.toContain('Right: stability is at stake.')
  })

  it('shows the solution on every option, or only the right one marked in compact form', () => {
    const full = mount(QuizChoice, { props: { quiz: single, interactive: true, solution: true } })
    expect(full.findAll('.quiz-feedback').map(block => block.text().split('.')[0])).toEqual(['✗ Not this one', '✓ Correct answer', '✗ Not this one'])
    const compact = mount(QuizChoice, { props: { quiz: single, solution: true, compact: true } })
    expect(compact.findAll('.quiz-feedback').map(block => block.text())).toEqual(['✓ Correct answer.'])
  })

  it('prints lettered options with no input and no answer', () => {
    const wrapper = mount(QuizChoice, { props: { quiz: multiple, print: true } })
    expect(wrapper.findAll('input')).toHaveLength(0)
    expect(wrapper.findAll('ol > li').map(item => item.text().replace(/\s+/g, ' '))).toEqual(['A A plasma plant', 'B Hospital links', 'C Buying vaccines', 'D An ASEAN stockpile'])
    expect(wrapper.text()).toContain('Circle every letter that applies.')
    expect(wrapper.html()).not.toContain('quiz-feedback')
  })
})
