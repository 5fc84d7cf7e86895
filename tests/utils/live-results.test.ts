import { describe, expect, it } from 'vitest'
import { liveMisconceptions, percent, wrongOptions } from '../../utils/live-results'
import { classify, multiple, single, trueFalse } from '../quiz-fixtures'

describe('liveMisconceptions', () => {
  it('names the misconception behind each wrong option chosen, with its share of those who answered', () => {
    const lines = liveMisconceptions(single, 'id', { status: 'closed', counts: { a: 2, b: 5, c: 1 }, voters: 8 })
    expect(lines).toEqual([
      { option: 'a', letter: 'A', count: 2, share: 0.25, text: 'Security means only military threats. (id)' },
      { option: 'c', letter: 'C', count: 1, share: 0.125, text: 'Non-traditional means not security. (id)' },
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
    expect(liveMisconceptions(classify, 'en', { status: 'open', counts: {}, voters: 3 })).toEqual([])
  })

  it('writes shares as the deck does', () => {
    expect(percent(0.3125)).toBe('31 %')
  })
})
