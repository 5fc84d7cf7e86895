import type { Quiz } from '../../data/schema'
import type { QuizEntry, QuizProgress } from '../../utils/quiz-storage'
import type { Answer } from '../../utils/scoring'
import { describe, expect, it } from 'vitest'
import { quizzes } from '../../data'
import { signature, STORAGE_VERSION } from '../../utils/quiz-storage'
import { choiceOptions, isChoice, solutionOf } from '../../utils/scoring'
import { decodeSuspendData, encodeSuspendData, mergeProgress, shapeHash, SUSPEND_DATA_LIMIT } from '../../utils/scorm-suspend'
import { classify, fixtures, multiple, order, single } from '../quiz-fixtures'

function entry(quiz: Quiz, answer: Answer, fields: Partial<QuizEntry> = {}): QuizEntry {
  return {
    answer,
    checked: true,
    attempts: 1,
    best: 1,
    solutionSeen: false,
    sig: signature(quiz),
    ...fields,
  }
}
const progressOf = (entries: Record<string, QuizEntry>): QuizProgress => ({ version: STORAGE_VERSION, entries })

/** The longest answer a question can take: every option chosen, every item placed. */
function longestAnswer(quiz: Quiz): Answer {
  if (quiz.type === 'multiple')
    return { kind: 'choice', selected: choiceOptions(quiz).map(option => option.id) }
  return solutionOf(quiz)
}

describe('encodeSuspendData / decodeSuspendData', () => {
  it('gives back every kind of answer and every field', () => {
    const progress = progressOf({
      [single.id]: entry(single, { kind: 'choice', selected: ['b'] }),
      [multiple.id]: entry(multiple, { kind: 'choice', selected: ['a', 'c'] }, { best: 0, attempts: 3, solutionSeen: true }),
      [classify.id]: entry(classify, { kind: 'classify', placements: { minister: 'state', shortage: 'system' } }, { checked: false, attempts: 2, best: 2 / 3 }),
      [order.id]: entry(order, { kind: 'order', order: ['second', 'first', 'fourth', 'third'] }, { best: 0.5 }),
    })
    const { progress: back } = decodeSuspendData(encodeSuspendData(progress, fixtures), fixtures)
    expect(back.entries[single.id]).toEqual(progress.entries[single.id])
    expect(back.entries[multiple.id]).toEqual(progress.entries[multiple.id])
    expect(back.entries[classify.id]).toEqual({ ...progress.entries[classify.id], best: 0.667 })
    expect(back.entries[order.id]).toEqual(progress.entries[order.id])
  })

  it('keeps which questions have an interaction, in their order', () => {
    const progress = progressOf({
      [single.id]: entry(single, { kind: 'choice', selected: ['b'] }),
      [order.id]: entry(order, solutionOf(order)),
      [multiple.id]: entry(multiple, { kind: 'choice', selected: [] }, { checked: false, attempts: 0, best: null }),
    })
    const data = encodeSuspendData(progress, fixtures, [order.id, single.id])
    expect(data.split('|').slice(1).map(part => part.split('.')[0])).toEqual([order.id, single.id, multiple.id])
    expect(decodeSuspendData(data, fixtures).order).toEqual([order.id, single.id])
  })

  it('stays within SCORM 1.2\'s 4,096 characters with every question of the deck answered', () => {
    const all = progressOf(Object.fromEntries(quizzes.map(quiz => [quiz.id, entry(quiz, solutionOf(quiz))])))
    const data = encodeSuspendData(all, quizzes, quizzes.map(quiz => quiz.id))
    expect(data.length).toBeLessThanOrEqual(SUSPEND_DATA_LIMIT)
    expect(decodeSuspendData(data, quizzes).progress).toEqual(all)
    // The worst case: every option chosen, thousands of attempts, scores with three decimals, the solution seen.
    const worst = progressOf(Object.fromEntries(quizzes.map(quiz => [quiz.id, entry(quiz, longestAnswer(quiz), { attempts: 99_999, best: 0.667, solutionSeen: true })])))
    expect(encodeSuspendData(worst, quizzes, quizzes.map(quiz => quiz.id)).length).toBeLessThanOrEqual(SUSPEND_DATA_LIMIT)
  })

  it('drops an entry whose question changed shape, and keeps the others', () => {
    const progress = progressOf({
      [single.id]: entry(single, { kind: 'choice', selected: ['b'] }),
      [order.id]: entry(order, solutionOf(order)),
    })
    const data = encodeSuspendData(progress, fixtures)
    const changed = fixtures.map(quiz => quiz.id === single.id ? { ...single, options: [...single.options, { ...single.options[0]!, id: 'z' }] } : quiz)
    expect(shapeHash(changed[0]!)).not.toBe(shapeHash(single))
    const back = decodeSuspendData(data, changed).progress
    expect(Object.keys(back.entries)).toEqual([order.id])
  })

  it('reads anything without throwing: empty, foreign or damaged data gives what can be trusted', () => {
    for (const data of ['', 'not ours', 's1|', 's1|nope', `s1|${single.id}.zzzz.11.rs.b`, `s1|${single.id}.${shapeHash(single)}.1x.rs.q`, `s1|${single.id}.${shapeHash(single)}.11`])
      expect(decodeSuspendData(data, fixtures).progress.entries).toEqual({})
    const good = encodeSuspendData(progressOf({ [single.id]: entry(single, { kind: 'choice', selected: ['b'] }) }), fixtures)
    expect(Object.keys(decodeSuspendData(`${good}|broken.entry|${order.id}.0000.11..zz`, fixtures).progress.entries)).toEqual([single.id])
  })

  it('uses letters, not option ids: renaming an option keeps the data readable', () => {
    for (const quiz of quizzes.filter(isChoice)) {
      const data = encodeSuspendData(progressOf({ [quiz.id]: entry(quiz, solutionOf(quiz)) }), quizzes)
      expect(data.split('.').at(-1)).toMatch(/^[a-z]+$/)
    }
  })
})

describe('mergeProgress', () => {
  it('keeps for each question the entry with more attempts, this browser\'s on a tie', () => {
    const local = progressOf({
      [single.id]: entry(single, { kind: 'choice', selected: ['a'] }, { attempts: 2, best: 0 }),
      [order.id]: entry(order, solutionOf(order), { attempts: 1 }),
    })
    const remote = progressOf({
      [single.id]: entry(single, { kind: 'choice', selected: ['b'] }, { attempts: 3 }),
      [order.id]: entry(order, { kind: 'order', order: ['second', 'first', 'third', 'fourth'] }, { attempts: 1, best: 0.5 }),
      [multiple.id]: entry(multiple, { kind: 'choice', selected: ['a', 'b'] }),
    })
    const merged = mergeProgress(local, remote)
    expect(merged.entries[single.id]).toEqual(remote.entries[single.id])
    expect(merged.entries[order.id]).toEqual(local.entries[order.id])
    expect(merged.entries[multiple.id]).toEqual(remote.entries[multiple.id])
  })
})
