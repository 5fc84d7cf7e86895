import { describe, expect, it } from 'vitest'
import { densityLimits, densityOf } from '../../utils/density'

const of = (length: number): string[] => ['x'.repeat(Math.floor(length / 2)), 'x'.repeat(Math.ceil(length / 2))]

describe('densityOf', () => {
  it('keeps the usual size up to the first limit, counting every part', () => {
    expect(densityOf([])).toBeUndefined()
    expect(densityOf(of(densityLimits.dense))).toBeUndefined()
  })

  it('sets a longer card a step smaller, and a longer one still two steps', () => {
    expect(densityOf(of(densityLimits.dense + 1))).toBe('dense')
    expect(densityOf(of(densityLimits.denser))).toBe('dense')
    expect(densityOf(of(densityLimits.denser + 1))).toBe('denser')
  })
})
