import type { ClassifyAnswer } from '../../utils/scoring'
import { fireEvent, render, screen, within } from '@testing-library/vue'
import { afterEach, describe, expect, it } from 'vitest'
import QuizClassify from '../../components/QuizClassify.vue'
import { levels } from '../../data'
import { categoriesOf, grade } from '../../utils/scoring'
import { classify } from '../quiz-fixtures'

const categories = categoriesOf(classify, levels)
const group = (name: string) => screen.getByRole('group', { name: new RegExp(name) })

afterEach(() => {
  document.body.innerHTML = ''
})

describe('QuizClassify', () => {
  it('gives each statement its own group of radio buttons, one per category, no dragging needed', () => {
    const { container } = render(QuizClassify, { props: { quiz: classify, categories, interactive: true } })
    expect(group('Place each factor at a level.')).toBeTruthy()
    expect(within(group('A global shortage')).getAllByRole('radio').map(radio => radio.closest('label')!.textContent!.trim()))
      .toEqual(['Individual level', 'State level', 'International system level'])
    expect(screen.getAllByRole('radio')).toHaveLength(9)
    expect(container.querySelectorAll('[draggable="true"]')).toHaveLength(0)
  })

  it('places a statement with one click, keeping the others placed', async () => {
    const { emitted } = render(QuizClassify, { props: { quiz: classify, categories, interactive: true, answer: { kind: 'classify', placements: { minister: 'individual' } } } })
    await fireEvent.click(within(group('A global shortage')).getByRole('radio', { name: 'International system level' }))
    await fireEvent.click(within(group('A policy to cut imports')).getByRole('radio', { name: 'State level' }))
    expect(emitted<[ClassifyAnswer]>('update:answer').at(-1)![0].placements).toEqual({ minister: 'individual', shortage: 'system', imports: 'state' })
  })

  it('holds nothing of the answer before a check', () => {
    const { container } = render(QuizClassify, { props: { quiz: classify, categories, interactive: true } })
    for (const item of classify.items) {
      expect(container.innerHTML).not.toContain(item.feedback.en)
      expect(container.innerHTML).not.toContain(item.misconception.en)
    }
  })

  it('after a check, explains a right placement and names only the misconception of a wrong one', () => {
    const answer: ClassifyAnswer = { kind: 'classify', placements: { minister: 'individual', imports: 'system', shortage: 'system' } }
    render(QuizClassify, { props: { quiz: classify, categories, interactive: true, answer, grade: grade(classify, answer) } })
    const right = group('A minister').textContent
    expect(right).toContain('✓ Right.')
    expect(right).toContain('Individual: a decision maker.')
    const wrong = group('A policy to cut imports').textContent
    expect(wrong).toContain('✗ Wrong.')
    expect(wrong).toContain('State and system are the same.')
    // Where it does belong waits for the solution.
    expect(wrong).not.toContain('State: a goal inside one state.')
  })

  it('mounted ahead, keeps its feedback hidden until the grade arrives, then shows the grade\'s verdicts', async () => {
    const answer: ClassifyAnswer = { kind: 'classify', placements: { minister: 'individual', imports: 'system', shortage: 'system' } }
    const { container, rerender } = render(QuizClassify, { props: { quiz: classify, categories, interactive: true, ahead: true, answer } })
    expect([...container.querySelectorAll<HTMLElement>('.quiz-feedback')].map(block => block.hidden)).toEqual([true, true, true])
    await rerender({ quiz: classify, categories, interactive: true, ahead: true, answer, grade: grade(classify, answer) })
    expect([...container.querySelectorAll<HTMLElement>('.quiz-feedback')].map(block => block.hidden)).toEqual([false, false, false])
    expect(group('A policy to cut imports').textContent).toContain('✗ Wrong.')
  })

  it('in the solution, names each statement\'s category and why, and judges the placements only with a grade', async () => {
    const answer: ClassifyAnswer = { kind: 'classify', placements: { minister: 'individual', imports: 'system', shortage: 'system' } }
    const { rerender } = render(QuizClassify, { props: { quiz: classify, categories, interactive: true, solution: true, answer } })
    expect(group('A policy to cut imports').textContent).toContain('Belongs to: State level. State: a goal inside one state.')
    expect(group('A policy to cut imports').textContent).not.toContain('✗')
    await rerender({ quiz: classify, categories, interactive: true, solution: true, answer, grade: grade(classify, answer) })
    expect(group('A policy to cut imports').textContent).toContain('✗ Belongs to: State level.')
    expect(group('A policy to cut imports').textContent).toContain('State and system are the same.')
  })

  it('prints a table with an empty box per category, and ticks only in the solution', () => {
    const student = render(QuizClassify, { props: { quiz: classify, categories, print: true } })
    expect(screen.queryAllByRole('radio')).toHaveLength(0)
    expect(screen.getAllByRole('columnheader').map(th => th.textContent!.trim())).toEqual(['Statement', 'Individual level', 'State level', 'International system level'])
    expect(screen.getAllByRole('row')).toHaveLength(4)
    expect(screen.getByText('Tick one category for each statement.')).toBeTruthy()
    expect(student.container.textContent).not.toContain('✓')
    student.unmount()
    render(QuizClassify, { props: { quiz: classify, categories, print: true, solution: true } })
    const ticks = screen.getAllByRole('row').slice(1).map(row => within(row).getAllByRole('cell').findIndex(cell => cell.textContent!.includes('✓')))
    expect(ticks).toEqual([0, 1, 2])
  })
})
