// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { countDifferences, expectedCounts, parseLoadArgs, simulatedAnswer } from '../../scripts/class-load'
import { acceptedVote, liveEntryOf } from '../../utils/live'
import { tallyAnswers } from '../../utils/live-tally'
import { classify, order, single } from '../quiz-fixtures'

const entries = [single, classify, order].map(quiz => liveEntryOf(quiz, 'en')!)

describe('parseLoadArgs', () => {
  it('reads the options, with 300 phones over 8 s on dist-test by default', () => {
    expect(parseLoadArgs([])).toEqual({ students: 300, spread: 8000, dist: 'dist-test' })
    expect(parseLoadArgs(['--students', '40', '--spread=0', '--dist', 'dist'])).toEqual({ students: 40, spread: 0, dist: 'dist' })
  })

  it('refuses an unknown option, no phones at all, and a spread that is not a number of ms, saying what is allowed', () => {
    expect(() => parseLoadArgs(['--phones', '3'])).toThrow(/Unknown option '--phones'\. Options: --students <number>, --spread <ms>, --dist <folder>/)
    expect(() => parseLoadArgs(['--students', '0'])).toThrow(/--students must be a whole number of at least 1/)
    expect(() => parseLoadArgs(['--spread', '2s'])).toThrow(/--spread must be a whole number/)
  })
})

describe('simulatedAnswer', () => {
  it('gives every phone an answer the server accepts as it is, for every question type', () => {
    for (const entry of entries) {
      for (let n = 0; n < 7; n++) {
        const answer = simulatedAnswer(entry.question, n)
        expect(acceptedVote(entry, answer), `${entry.question.type} #${n}`).toEqual(answer)
      }
    }
  })

  it('varies the answers, so that every option, category and position is counted', () => {
    for (const entry of entries) {
      const tally = tallyAnswers(entry, 'open', Array.from({ length: 12 }, (_, n) => simulatedAnswer(entry.question, n)))
      expect(Object.values(tally.counts).filter(count => count === 0), entry.question.type).toEqual([])
    }
  })
})

describe('expectedCounts', () => {
  it('counts the answers sent under the same keys, and to the same numbers, as the server\'s tally', () => {
    for (const entry of entries) {
      const answers = Array.from({ length: 9 }, (_, n) => simulatedAnswer(entry.question, n))
      const tally = tallyAnswers(entry, 'open', answers)
      expect(countDifferences(expectedCounts(entry.question, answers), tally.counts)).toEqual({ lost: 0, twice: 0 })
    }
  })
})

describe('countDifferences', () => {
  it('tells an answer missing from the tally from one counted twice', () => {
    const sent = new Map([['a', 2], ['b', 1]])
    expect(countDifferences(sent, { a: 2, b: 1, c: 0 })).toEqual({ lost: 0, twice: 0 })
    expect(countDifferences(sent, { a: 1, b: 1 })).toEqual({ lost: 1, twice: 0 })
    expect(countDifferences(sent, { a: 2, b: 2, c: 1 })).toEqual({ lost: 0, twice: 2 })
  })
})
