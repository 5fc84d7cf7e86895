import type { ClassifyAnswer } from '../../utils/scoring'
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import QuizClassify from '../../components/QuizClassify.vue'
import { levels } from '../../data'
import { categoriesOf, grade } from '../../utils/scoring'
import { classify } from '../quiz-fixtures'
import { allByRole, getByRole } from './quiz-helpers'

const categories = categoriesOf(classify, levels)

describe('QuizClassify', () => {
  it('gives each statement its own group of radio buttons, one per category, no dragging needed', () => {
    const wrapper = mount(QuizClassify, { props: { quiz: classify, categories, interactive: true } })
    expect(getByRole(wrapper, 'group', 'Place each factor at a level.').exists()).toBe(true)
    const group = getByRole(wrapper, 'group', 'A global shortage')
    expect(allByRole(group, 'radio').map(radio => radio.element.closest('label')!.textContent!.trim()))
      .toEqual(['Individual level', 'State level', 'International system level'])
    expect(allByRole(wrapper, 'radio')).toHaveLength(9)
    expect(wrapper.findAll('[draggable="true"]')).toHaveLength(0)
  })

  it('places a statement with one click, keeping the others placed', async () => {
    const wrapper = mount(QuizClassify, { props: { quiz: classify, categories, interactive: true, answer: { kind: 'classify', placements: { minister: 'individual' } } } })
    await getByRole(getByRole(wrapper, 'group', 'A global shortage'), 'radio', 'International system level').setValue(true)
    await getByRole(getByRole(wrapper, 'group', 'A policy to cut imports'), 'radio', 'State level').setValue(true)
    const sent = wrapper.emitted<[ClassifyAnswer]>('update')!
    expect(sent.at(-1)![0].placements).toEqual({ minister: 'individual', shortage: 'system', imports: 'state' })
  })

  it('holds nothing of the answer before a check', () => {
    const html = mount(QuizClassify, { props: { quiz: classify, categories, interactive: true } }).html()
    for (const item of classify.items) {
      expect(html).not.toContain(item.feedback.en)
      expect(html).not.toContain(item.misconception.en)
    }
  })

  it('after a check, explains a right placement and names only the misconception of a wrong one', () => {
    const answer: ClassifyAnswer = { kind: 'classify', placements: { minister: 'individual', imports: 'system', shortage: 'system' } }
    const wrapper = mount(QuizClassify, { props: { quiz: classify, categories, interactive: true, answer, result: grade(classify, answer) } })
    const right = getByRole(wrapper, 'group', 'A minister').text()
    expect(right).toContain('✓ Right.')
    expect(right).toContain('Individual: a decision maker.')
    const wrong = getByRole(wrapper, 'group', 'A policy to cut imports').text()
    expect(wrong).toContain('✗ Wrong.')
    expect(wrong).toContain('State and system are the same.')
    // Where it does belong waits for the solution.
    expect(wrong).not.toContain('State: a goal inside one state.')
  })

  it('in the solution, names each statement\'s category and why', () => {
    const wrapper = mount(QuizClassify, { props: { quiz: classify, categories, interactive: true, solution: true } })
    expect(getByRole(wrapper, 'group', 'A policy to cut imports').text()).toContain('Belongs to: State level. State: a goal inside one state.')
  })

  it('prints a table with an empty box per category, and ticks only in the solution', () => {
    const student = mount(QuizClassify, { props: { quiz: classify, categories, print: true } })
    expect(student.findAll('input')).toHaveLength(0)
    expect(student.findAll('thead th').map(th => th.text())).toEqual(['Statement', 'Individual level', 'State level', 'International system level'])
    expect(student.findAll('tbody tr')).toHaveLength(3)
    expect(student.text()).toContain('Tick one category for each statement.')
    expect(student.text()).not.toContain('✓')
    const key = mount(QuizClassify, { props: { quiz: classify, categories, print: true, solution: true } })
    const ticks = key.findAll('tbody tr').map(row => row.findAll('td').findIndex(cell => cell.text().includes('✓')))
    expect(ticks).toEqual([0, 1, 2])
  })
})
