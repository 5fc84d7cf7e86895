import { describe, expect, it } from 'vitest'
import { liveEntryOf } from '../../utils/live'
import { answerOf, isComplete, studentQuestion, voteOf } from '../../utils/live-student'
import { classify, order, single, trueFalse } from '../quiz-fixtures'

const levelName = (id: string) => ({ individual: { en: 'Individual level', id: 'Tingkat individu' }, state: { en: 'State level', id: 'Tingkat negara' }, system: { en: 'International system level', id: 'Tingkat sistem internasional' } } as Record<string, { en: string, id: string }>)[id]

describe('studentQuestion', () => {
  it('gives the components a choice question with no option marked right until the answer is revealed', () => {
    const { question, correct } = liveEntryOf(single, 'en')!
    const before = studentQuestion(question)
    expect(before.kind).toBe('choice')
    expect(before.kind === 'choice' && before.quiz.type === 'single' && before.quiz.options.map(option => option.correct)).toEqual([false, false, false, false].slice(0, question.options.length))
    const after = studentQuestion(question, correct)
    expect(after.kind === 'choice' && after.quiz.type === 'single' && after.quiz.options.filter(option => option.correct).map(option => option.id)).toEqual(correct)
  })

  it('keeps a true-false question true-false, its answer known only once revealed', () => {
    const { question, correct } = liveEntryOf(trueFalse, 'en')!
    const after = studentQuestion(question, correct)
    expect(after.kind === 'choice' && after.quiz.type === 'true-false' && after.quiz.answer).toBe(trueFalse.answer)
  })

  it('gives a classify question its named categories and no statement a category before the reveal', () => {
    const { question, correct } = liveEntryOf(classify, 'en', levelName)!
    const before = studentQuestion(question)
    expect(before.kind === 'classify' && before.categories.map(category => category.label.en)).toEqual(['Individual level', 'State level', 'International system level'])
    expect(before.kind === 'classify' && before.quiz.items.every(item => item.category === '')).toBe(true)
    const after = studentQuestion(question, correct)
    expect(after.kind === 'classify' && after.quiz.items.map(item => item.category)).toEqual(classify.items.map(item => item.category))
  })

  it('keeps an order question\'s items in the order the phone was sent, and in the right order once revealed', () => {
    const { question, correct } = liveEntryOf(order, 'en')!
    const before = studentQuestion(question)
    expect(before.kind === 'order' && before.start).toEqual(question.options.map(option => option.id))
    expect(before.kind === 'order' && before.quiz.items.map(item => item.id)).toEqual(question.options.map(option => option.id))
    const after = studentQuestion(question, correct)
    expect(after.kind === 'order' && after.quiz.items.map(item => item.id)).toEqual(order.items.map(item => item.id))
  })
})

describe('voteOf and answerOf', () => {
  it('turn an answer into the vote the server keeps and back', () => {
    const { question } = liveEntryOf(classify, 'en', levelName)!
    const answer = { kind: 'classify' as const, placements: Object.fromEntries(classify.items.map(item => [item.id, 'state'])) }
    const vote = voteOf(answer)
    expect(vote).toEqual(classify.items.map(item => `${item.id}=state`))
    expect(answerOf(question, vote)).toEqual(answer)
    expect(isComplete(question, answer)).toBe(true)
    expect(isComplete(question, { kind: 'classify', placements: {} })).toBe(false)
  })

  it('start an order question from the order shown, and a choice from nothing chosen', () => {
    const orderQuestion = liveEntryOf(order, 'en')!.question
    expect(answerOf(orderQuestion, null)).toEqual({ kind: 'order', order: orderQuestion.options.map(option => option.id) })
    expect(answerOf(liveEntryOf(single, 'en')!.question, null)).toEqual({ kind: 'choice', selected: [] })
  })
})
