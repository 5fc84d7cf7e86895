import { describe, expect, it } from 'vitest'
import { pageOf } from '../../utils/paging'

describe('pageOf', () => {
  const items = [1, 2, 3, 4, 5]

  it('splits a list into parts that together hold every item once', () => {
    expect([1, 2, 3].flatMap(page => pageOf(items, page, 3))).toEqual(items)
    expect(pageOf(items, 1, 2)).toEqual([1, 2, 3])
    expect(pageOf(items, 2, 2)).toEqual([4, 5])
  })

  it('rejects a page outside the range', () => {
    expect(() => pageOf(items, 3, 2)).toThrow(RangeError)
    expect(() => pageOf(items, 0, 2)).toThrow(RangeError)
  })
})
