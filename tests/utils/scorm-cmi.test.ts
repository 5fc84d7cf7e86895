import type { QuizEntry } from '../../utils/quiz-storage'
import type { Answer } from '../../utils/scoring'
import { describe, expect, it } from 'vitest'
import { paper } from '../../data'
import { signature } from '../../utils/quiz-storage'
import { shownOrder, solutionOf } from '../../utils/scoring'
import { cmiSummary, cmiTime, cmiTimespan, interactionType, interactionValues, lessonStatus, MASTERY_SCORE, responseOf, summaryValues } from '../../utils/scorm-cmi'
import { classify, fixtures, multiple, order, single, trueFalse } from '../quiz-fixtures'

const checked = (quiz: (typeof fixtures)[number], answer: Answer, best: number, attempts = 1): QuizEntry => ({ answer, checked: true, attempts, best, solutionSeen: false, sig: signature(quiz) })

describe('lessonStatus', () => {
  it('is incomplete until the mastery score is reached or every question is checked', () => {
    expect(MASTERY_SCORE).toBe(70)
    expect(lessonStatus(0, 0, 27)).toBe('incomplete')
    expect(lessonStatus(69, 26, 27)).toBe('incomplete')
    expect(lessonStatus(70, 19, 27)).toBe('passed')
    expect(lessonStatus(69, 27, 27)).toBe('failed')
    expect(lessonStatus(100, 27, 27)).toBe('passed')
    expect(lessonStatus(50, 27, 27, 50)).toBe('passed')
  })
})

describe('cmiSummary', () => {
  it('scores over every question, unanswered counting nothing, and each objective over its own', () => {
    const entries: Record<string, QuizEntry> = {
      [single.id]: checked(single, { kind: 'choice', selected: ['b'] }, 1),
      [order.id]: checked(order, solutionOf(order), 0.5, 2),
    }
    const summary = cmiSummary(fixtures, paper.objectives, id => entries[id])
    expect(summary.score).toBe(30) // (1 + 0.5) of 5
    expect(summary.answered).toBe(2)
    expect(summary.status).toBe('incomplete')
    const lo1 = summary.objectives.find(objective => objective.objective === 'lo1')!
    // lo1 holds single, true-false and order among the fixtures.
    expect(lo1).toMatchObject({ total: 3, answered: 2, percent: 50, status: 'incomplete' })
    expect(summary.objectives.find(objective => objective.objective === 'lo2')).toMatchObject({ status: 'not attempted', percent: 0 })
  })

  it('passes when every question is right, objective by objective too', () => {
    const entries = Object.fromEntries(fixtures.map(quiz => [quiz.id, checked(quiz, solutionOf(quiz), 1)]))
    const summary = cmiSummary(fixtures, paper.objectives, id => entries[id])
    expect(summary).toMatchObject({ score: 100, status: 'passed', answered: 5 })
    expect(summary.objectives.filter(objective => objective.total > 0).every(objective => objective.status === 'passed')).toBe(true)
  })

  it('fails an objective whose every question is checked below the mastery score', () => {
    const entries = Object.fromEntries(fixtures.map(quiz => [quiz.id, checked(quiz, solutionOf(quiz), 0)]))
    const summary = cmiSummary(fixtures, paper.objectives, id => entries[id])
    expect(summary.status).toBe('failed')
    expect(summary.objectives.find(objective => objective.objective === 'lo4')).toMatchObject({ status: 'failed', percent: 0 })
  })

  it('becomes the core and objective values SCORM 1.2 names', () => {
    const values = new Map(summaryValues(cmiSummary(fixtures, paper.objectives, () => undefined)))
    expect(values.get('cmi.core.score.raw')).toBe('0')
    expect(values.get('cmi.core.score.max')).toBe('100')
    expect(values.get('cmi.core.lesson_status')).toBe('incomplete')
    expect(paper.objectives.map((_, n) => values.get(`cmi.objectives.${n}.id`))).toEqual(paper.objectives.map(objective => objective.id))
    expect(values.get('cmi.objectives.0.status')).toBe('not attempted')
  })
})

describe('responseOf', () => {
  it('writes each kind of answer in SCORM 1.2\'s response format', () => {
    expect(responseOf(trueFalse, { kind: 'choice', selected: ['true'] })).toBe('t')
    expect(responseOf(trueFalse, { kind: 'choice', selected: ['false'] })).toBe('f')
    expect(responseOf(single, { kind: 'choice', selected: ['b'] })).toBe('b')
    expect(responseOf(multiple, { kind: 'choice', selected: ['c', 'a'] })).toBe('a,c')
    expect(responseOf(classify, { kind: 'classify', placements: { minister: 'individual', shortage: 'state' } })).toBe('1.a,3.b')
    // Order items are lettered as the deck first shows them (A on top), like the answer key.
    const shown = shownOrder(order)
    expect(responseOf(order, { kind: 'order', order: shown })).toBe('a,b,c,d')
    expect(responseOf(order, { kind: 'order', order: [...shown].reverse() })).toBe('d,c,b,a')
  })

  it('gives each type of question its interaction type', () => {
    expect(fixtures.map(interactionType)).toEqual(['choice', 'choice', 'true-false', 'matching', 'sequencing'])
  })
})

describe('interactionValues', () => {
  it('records the id, type, objective, the answer, whether it was right and the right answer', () => {
    const values = new Map(interactionValues(multiple, checked(multiple, { kind: 'choice', selected: ['a', 'c'] }, 0), 4, new Date(2026, 0, 5, 9, 7, 3)))
    expect(Object.fromEntries(values)).toEqual({
      'cmi.interactions.4.id': multiple.id,
      'cmi.interactions.4.objectives.0.id': 'lo2',
      'cmi.interactions.4.time': '09:07:03',
      'cmi.interactions.4.type': 'choice',
      'cmi.interactions.4.correct_responses.0.pattern': 'a,b',
      'cmi.interactions.4.weighting': '1',
      'cmi.interactions.4.student_response': 'a,c',
      'cmi.interactions.4.result': 'wrong',
    })
    expect(new Map(interactionValues(classify, checked(classify, solutionOf(classify), 1), 0)).get('cmi.interactions.0.result')).toBe('correct')
  })
})

describe('time formats', () => {
  it('writes CMITime and CMITimespan', () => {
    expect(cmiTime(new Date(2026, 0, 1, 7, 5, 9))).toBe('07:05:09')
    expect(cmiTimespan(0)).toBe('0000:00:00')
    expect(cmiTimespan(3_723_900)).toBe('0001:02:03')
  })
})
