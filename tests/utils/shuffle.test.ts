import { describe, expect, it } from 'vitest'
import { hashString, scrambled, seededShuffle } from '../../utils/shuffle'

const items = ['a', 'b', 'c', 'd', 'e', 'f']

describe('seededShuffle', () => {
  it('gives the same order for the same seed, and keeps every item', () => {
    expect(seededShuffle(items, 'x')).toEqual(seededShuffle(items, 'x'))
    expect([...seededShuffle(items, 'x')].sort()).toEqual(items)
    expect(hashString('x')).not.toBe(hashString('y'))
  })
})

describe('scrambled', () => {
  it('never returns the original order, even for a seed whose shuffle would', () => {
    // This seed's plain shuffle of six items is the identity.
    expect(seededShuffle([1, 2, 3, 4, 5, 6], 'order-pandemic-events')).toEqual([1, 2, 3, 4, 5, 6])
    expect(scrambled([1, 2, 3, 4, 5, 6], 'order-pandemic-events')).not.toEqual([1, 2, 3, 4, 5, 6])
    for (const seed of ['a', 'b', 'c', 'order-cooperation-milestones'])
      expect(scrambled(items, seed), seed).not.toEqual(items)
  })

  it('leaves few items in place or next to their old neighbour', () => {
    for (const seed of ['a', 'b', 'c', 'd', 'order-pandemic-events']) {
      const result = scrambled(items, seed)
      const inPlace = result.filter((item, i) => item === items[i]).length
      const pairs = result.filter((item, i) => i + 1 < result.length && items.indexOf(result[i + 1]!) === items.indexOf(item) + 1).length
      expect(inPlace + pairs, `${seed}: ${result.join('')}`).toBeLessThanOrEqual(2)
    }
  })

  it('handles two items and fewer', () => {
    expect(scrambled(['a', 'b'], 'x')).toEqual(['b', 'a'])
    expect(scrambled(['a'], 'x')).toEqual(['a'])
    expect(scrambled([], 'x')).toEqual([])
  })
})
