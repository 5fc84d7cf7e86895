import { describe, expect, it } from 'vitest'
import { liveEntryOf } from '../../utils/live'
import { isWhollyRight, liveMatrix, savedVote, tallyAnswers, tallyKeys } from '../../utils/live-tally'
import { classify, multiple, order, single } from '../quiz-fixtures'

const classifyEntry = liveEntryOf(classify, 'en')!
const orderEntry = liveEntryOf(order, 'en')!

describe('tallyAnswers: classify', () => {
  it('counts, per statement, how many placed it in each category, and how many placed all right', () => {
    const tally = tallyAnswers(classifyEntry, 'open', [
      ['minister=individual', 'imports=state', 'shortage=system'],
      ['minister=state', 'imports=state', 'shortage=state'],
      ['minister=individual', 'imports=system', 'shortage=system'],
    ])
    expect(tally.voters).toBe(3)
    expect(tally.right).toBe(1)
    expect(tally.counts).toEqual({
      'minister=individual': 2,
      'minister=state': 1,
      'minister=system': 0,
      'imports=individual': 0,
      'imports=state': 2,
      'imports=system': 1,
      'shortage=individual': 0,
      'shortage=state': 1,
      'shortage=system': 2,
    })
  })
})

describe('tallyAnswers: order', () => {
  it('counts how many had each item at each position, and how many had the whole order right', () => {
    const tally = tallyAnswers(orderEntry, 'closed', [
      ['first', 'second', 'third', 'fourth'],
      ['second', 'first', 'third', 'fourth'],
      ['first', 'second', 'third', 'fourth'],
    ])
    expect(tally).toMatchObject({ status: 'closed', voters: 3, right: 2 })
    expect(tally.counts['first@1']).toBe(2)
    expect(tally.counts['first@2']).toBe(1)
    expect(tally.counts['second@1']).toBe(1)
    expect(tally.counts['third@3']).toBe(3)
    expect(tally.counts['fourth@1']).toBe(0)
    // Every item at every position has a cell, and each position adds up to the voters.
    expect(Object.keys(tally.counts)).toHaveLength(16)
    for (const position of [1, 2, 3, 4])
      expect(Object.entries(tally.counts).filter(([key]) => key.endsWith(`@${position}`)).reduce((sum, [, n]) => sum + n, 0)).toBe(3)
  })
})

describe('tallyAnswers: choice', () => {
  it('counts votes per option, and right only when a multiple answer has every right option and no other', () => {
    const multi = liveEntryOf(multiple, 'en')!
    expect(isWhollyRight(multi, ['a', 'b'])).toBe(true)
    expect(isWhollyRight(multi, ['a'])).toBe(false)
    expect(isWhollyRight(multi, ['a', 'b', 'c'])).toBe(false)
    expect(tallyAnswers(liveEntryOf(single, 'en')!, 'open', [['b'], ['a'], ['b']])).toEqual({ status: 'open', counts: { a: 1, b: 2, c: 0 }, voters: 3, right: 2 })
  })

  it('starts every cell at zero before anyone answers', () => {
    expect(tallyKeys(classifyEntry)).toHaveLength(9)
    expect(tallyAnswers(orderEntry, 'idle', [])).toMatchObject({ voters: 0, right: 0 })
  })
})

describe('liveMatrix', () => {
  it('letters the statements A, B, C… as the slide does, a column per category', () => {
    const matrix = liveMatrix(classifyEntry, tallyAnswers(classifyEntry, 'open', [['minister=state', 'imports=state', 'shortage=system']]))!
    expect(matrix.columns).toEqual(['individual', 'state', 'system'])
    expect(matrix.rows.map(row => row.label)).toEqual(['A. A minister\'s drive', 'B. A policy to cut imports', 'C. A global shortage'])
    expect(matrix.rows[0]!.cells.map(cell => cell.count)).toEqual([0, 1, 0])
  })

  it('keeps each order item\'s slide letter when the reveal puts the rows in the right order', () => {
    const shown = orderEntry.question.options
    const before = liveMatrix(orderEntry, undefined)!
    expect(before.rows.map(row => row.label)).toEqual(shown.map((option, i) => `${'ABCD'[i]}. ${option.text}`))
    const after = liveMatrix(orderEntry, undefined, orderEntry.correct)!
    expect(after.rows.map(row => row.id)).toEqual(['first', 'second', 'third', 'fourth'])
    const letterOf = (id: string) => 'ABCD'[shown.findIndex(option => option.id === id)]
    expect(after.rows.map(row => row.label.slice(0, 1))).toEqual(['first', 'second', 'third', 'fourth'].map(letterOf))
    expect(after.rows[0]!.cells.map(cell => cell.right)).toEqual([true, false, false, false])
  })
})

describe('savedVote', () => {
  it('takes back a saved vote that still fits its question, in the form the class counts', () => {
    expect(savedVote(liveEntryOf(multiple, 'en')!, ['b', 'a'])).toEqual(['a', 'b'])
    expect(savedVote(classifyEntry, ['shortage=system', 'minister=individual', 'imports=state'])).toEqual(['minister=individual', 'imports=state', 'shortage=system'])
  })

  it('leaves out what is not a vote, an empty one, and one that no longer fits', () => {
    const singleEntry = liveEntryOf(single, 'en')!
    for (const value of [undefined, 'a', [1], [], ['z'], ['a', 'b']])
      expect(savedVote(singleEntry, value), JSON.stringify(value)).toBeUndefined()
    expect(savedVote(classifyEntry, ['minister=nowhere', 'imports=state', 'shortage=system'])).toBeUndefined()
    expect(savedVote(orderEntry, ['first', 'second'])).toBeUndefined()
  })
})
