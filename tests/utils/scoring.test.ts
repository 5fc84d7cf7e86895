import { describe, expect, it } from 'vitest'
import { getLevel, levels } from '../../data'
import {
  answerKeyText,
  categoriesOf,
  choiceOptions,
  completion,
  emptyAnswer,
  fillTemplate,
  grade,
  gradeSummary,
  isComplete,
  letter,
  rightChoices,
  scoresByObjective,
  shownOrder,
  solutionOf,
} from '../../utils/scoring'
import { classify, fixtures, multiple, order, single, trueFalse } from '../quiz-fixtures'

describe('choiceOptions', () => {
  it('keeps a single or multiple question\'s own options', () => {
    expect(choiceOptions(single).map(option => option.id)).toEqual(['a', 'b', 'c'])
  })

  it('gives a true-false question "True" and "False", with the misconception on the wrong one', () => {
    const [yes, no] = choiceOptions(trueFalse)
    expect(yes).toMatchObject({ id: 'true', text: { en: 'True' }, correct: false, feedback: trueFalse.feedback.true, misconception: trueFalse.misconception })
    expect(no).toMatchObject({ id: 'false', text: { en: 'False' }, correct: true, feedback: trueFalse.feedback.false })
    expect(no!.misconception).toBeUndefined()
  })
})

describe('grade', () => {
  it('marks a single choice right or wrong, with a verdict on the option chosen only', () => {
    expect(grade(single, { kind: 'choice', selected: ['b'] })).toMatchObject({ correct: true, score: 1, verdicts: { b: 'right' } })
    const wrong = grade(single, { kind: 'choice', selected: ['a'] })
    expect(wrong).toMatchObject({ correct: false, score: 0, right: 0, total: 1, wrong: 1 })
    expect(wrong.verdicts).toEqual({ a: 'wrong' })
  })

  it('scores a multiple select by right options found less wrong ones chosen', () => {
    expect(grade(multiple, { kind: 'choice', selected: ['a', 'b'] })).toMatchObject({ correct: true, score: 1 })
    expect(grade(multiple, { kind: 'choice', selected: ['a'] })).toMatchObject({ correct: false, score: 0.5, right: 1, total: 2, wrong: 0 })
    expect(grade(multiple, { kind: 'choice', selected: ['a', 'c'] })).toMatchObject({ score: 0, right: 1, wrong: 1 })
    // Choosing everything is no strategy.
    expect(grade(multiple, { kind: 'choice', selected: ['a', 'b', 'c', 'd'] })).toMatchObject({ correct: false, score: 0 })
  })

  it('grades true-false by the options "true" and "false"', () => {
    expect(grade(trueFalse, { kind: 'choice', selected: ['false'] }).correct).toBe(true)
    expect(grade(trueFalse, { kind: 'choice', selected: ['true'] }).correct).toBe(false)
  })

  it('gives each classified item its verdict, and the share placed right', () => {
    const result = grade(classify, { kind: 'classify', placements: { minister: 'individual', imports: 'system', shortage: 'system' } })
    expect(result).toMatchObject({ correct: false, right: 2, total: 3, wrong: 1, verdicts: { minister: 'right', imports: 'wrong', shortage: 'right' } })
    expect(result.score).toBeCloseTo(2 / 3)
  })

  it('gives each ordered item a verdict by position', () => {
    expect(grade(order, { kind: 'order', order: ['first', 'second', 'third', 'fourth'] })).toMatchObject({ correct: true, score: 1 })
    const swapped = grade(order, { kind: 'order', order: ['second', 'first', 'third', 'fourth'] })
    expect(swapped).toMatchObject({ correct: false, score: 0.5, right: 2, verdicts: { first: 'wrong', second: 'wrong', third: 'right', fourth: 'right' } })
  })

  it('refuses an answer of the wrong kind', () => {
    expect(() => grade(order, { kind: 'choice', selected: [] })).toThrow(TypeError)
  })

  it('finds the solution right for every type', () => {
    for (const quiz of fixtures)
      expect(grade(quiz, solutionOf(quiz)).correct, quiz.id).toBe(true)
  })
})

describe('emptyAnswer and isComplete', () => {
  it('starts with nothing chosen or placed, and order items scrambled', () => {
    expect(emptyAnswer(single)).toEqual({ kind: 'choice', selected: [] })
    expect(emptyAnswer(classify)).toEqual({ kind: 'classify', placements: {} })
    const start = emptyAnswer(order)
    expect(start).toEqual({ kind: 'order', order: shownOrder(order) })
    expect(grade(order, start).correct).toBe(false)
  })

  it('needs a choice, or every item placed, before a check', () => {
    expect(isComplete(single, { kind: 'choice', selected: [] })).toBe(false)
    expect(isComplete(single, { kind: 'choice', selected: ['a'] })).toBe(true)
    expect(isComplete(classify, { kind: 'classify', placements: { minister: 'state' } })).toBe(false)
    expect(completion(classify, { kind: 'classify', placements: { minister: 'state' } })).toEqual({ done: 1, total: 3 })
    expect(isComplete(order, emptyAnswer(order))).toBe(true)
    expect(isComplete(order, { kind: 'choice', selected: ['a'] })).toBe(false)
  })
})

describe('shownOrder', () => {
  it('is the same on every call, and never the answer itself', () => {
    expect(shownOrder(order)).toEqual(shownOrder(order))
    expect(shownOrder(order)).not.toEqual(order.items.map(item => item.id))
    expect([...shownOrder(order)].sort()).toEqual(order.items.map(item => item.id).sort())
  })
})

describe('categoriesOf', () => {
  it('names a category without a label after its level of analysis', () => {
    expect(categoriesOf(classify, levels).map(category => category.label)).toEqual(['individual', 'state', 'system'].map(id => getLevel(id).name))
  })

  it('says which question has a category that is neither labelled nor a level', () => {
    expect(() => categoriesOf(classify, levels.filter(level => level.id !== 'state'))).toThrow(`Question ${classify.id}: category "state" has no label and is not a level of analysis`)
  })
})

describe('rightChoices', () => {
  it('lists the right options with the letters the question shows, in either language', () => {
    expect(rightChoices(single, 'en')).toEqual([{ letter: 'B', text: single.options[1]!.text.en }])
    expect(rightChoices(multiple, 'en').map(choice => choice.letter)).toEqual(['A', 'B'])
    expect(rightChoices(trueFalse, 'id')).toEqual([{ letter: 'B', text: 'Salah' }])
  })
})

describe('answerKeyText', () => {
  it('says the answer in letters and words for each type', () => {
    expect(answerKeyText(single, 'en', levels)).toBe('B')
    expect(answerKeyText(multiple, 'en', levels)).toBe('A, B')
    expect(answerKeyText(trueFalse, 'en', levels)).toBe('False')
    expect(answerKeyText(trueFalse, 'id', levels)).toBe('Salah')
    expect(answerKeyText(classify, 'en', levels)).toBe(`A: ${getLevel('individual').name.en}; B: ${getLevel('state').name.en}; C: ${getLevel('system').name.en}`)
    const shown = shownOrder(order)
    expect(answerKeyText(order, 'en', levels)).toBe(order.items.map(item => letter(shown.indexOf(item.id))).join(' → '))
  })
})

describe('gradeSummary', () => {
  it('says the verdict in words, with counts where there are several parts', () => {
    expect(gradeSummary(single, grade(single, { kind: 'choice', selected: ['b'] }), 'en')).toBe('Correct.')
    expect(gradeSummary(multiple, grade(multiple, { kind: 'choice', selected: ['a', 'c'] }), 'en')).toBe('Not yet: 1 of 2 right answers chosen, 1 wrong.')
    expect(gradeSummary(classify, grade(classify, { kind: 'classify', placements: { minister: 'individual', imports: 'system', shortage: 'system' } }), 'id'))
      .toBe('Belum tepat: 2 dari 3 ditempatkan dengan tepat.')
  })

  it('leaves unknown placeholders alone', () => {
    expect(fillTemplate('{a} and {b}', { a: 1 })).toBe('1 and {b}')
  })
})

describe('scoresByObjective', () => {
  const quizzes = [single, multiple, trueFalse, classify, order]

  it('averages the best scores over all of an objective\'s questions, unanswered counting nothing', () => {
    const progress: Record<string, { answered: boolean, score: number | null }> = {
      'fixture-single': { answered: true, score: 1 },
      'fixture-true-false': { answered: true, score: 0 },
    }
    const [lo1, lo2, , lo4] = scoresByObjective(quizzes, ['lo1', 'lo2', 'lo3', 'lo4'], id => progress[id])
    // lo1 holds single, true-false and order: 1 + 0 + 0 of 3.
    // Only the question answered wrong sends the student back to a slide.
    expect(lo1).toEqual({ objective: 'lo1', total: 3, answered: 2, solved: 1, percent: 33, reread: ['health-security'] })
    expect(lo2!.reread).toEqual([])
    expect(lo2).toMatchObject({ total: 1, answered: 0, percent: 0 })
    expect(lo4).toMatchObject({ total: 1, answered: 0, solved: 0 })
  })

  it('lists nothing to reread once every question of an objective is solved', () => {
    const [lo2] = scoresByObjective(quizzes, ['lo2'], () => ({ answered: true, score: 1 }))
    expect(lo2).toMatchObject({ percent: 100, solved: 1, reread: [] })
  })

  it('gives an objective without questions 0 %', () => {
    expect(scoresByObjective(quizzes, ['lo5'], () => undefined)[0]).toMatchObject({ total: 0, percent: 0 })
  })
})
