import { describe, expect, it } from 'vitest'
import { liveMisconceptions, percent, wrongOptions } from '../../utils/live-results'
import { classify, multiple, order, single, trueFalse } from '../quiz-fixtures'

describe('liveMisconceptions', () => {
  it('names the misconception behind each wrong option chosen, with its share of those who answered', () => {
    const lines = liveMisconceptions(single, 'id', { status: 'closed', counts: { a: 2, b: 5, c: 1 }, voters: 8 })
    expect(lines).toEqual([
      { kind: 'option', option: 'a', letter: 'A', count: 2, share: 0.25, text: 'Security means only military threats. (id)' },
      { kind: 'option', option: 'c', letter: 'C', count: 1, share: 0.125, text: 'Non-traditional means not security. (id)' },
    ])
  })

  it('counts a multiple-choice share against devices, not ticks', () => {
    const [line] = liveMisconceptions(multiple, 'en', { status: 'open', counts: { a: 4, b: 4, c: 1 }, voters: 4 })
    expect(line).toMatchObject({ option: 'c', share: 0.25 })
  })

  it('gives a true-false question its one wrong value', () => {
    const wrong = String(!trueFalse.answer)
    expect(wrongOptions(trueFalse)).toEqual([{ id: wrong, letter: wrong === 'true' ? 'A' : 'B', misconception: trueFalse.misconception }])
    expect(liveMisconceptions(trueFalse, 'en', { status: 'open', counts: { [wrong]: 3 }, voters: 3 })[0]!.share).toBe(1)
  })

  it('is empty before anyone answers, and for types without options', () => {
    expect(liveMisconceptions(single, 'en', undefined)).toEqual([])
    expect(liveMisconceptions(order, 'en', { status: 'open', counts: {}, voters: 3 })).toEqual([])
  })

  it('names what a classify statement placed elsewhere reveals, by the letter the slide gives it, with how many misplaced it', () => {
    const counts = { 'minister=individual': 1, 'minister=state': 3, 'imports=state': 4, 'shortage=system': 2, 'shortage=state': 2 }
    expect(liveMisconceptions(classify, 'en', { status: 'closed', counts, voters: 4 })).toEqual([
      { kind: 'statement', option: 'minister', letter: 'A', count: 3, share: 0.75, text: 'Leaders are the state.' },
      { kind: 'statement', option: 'shortage', letter: 'C', count: 2, share: 0.5, text: 'A shock to one country is a state factor.' },
    ])
  })

  it('writes shares as the deck does', () => {
    expect(percent(0.3125)).toBe('31 %')
  })
})
