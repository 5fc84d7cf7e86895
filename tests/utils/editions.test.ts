import { describe, expect, it } from 'vitest'
import { otherEditionHref } from '../../utils/editions'

describe('otherEditionHref', () => {
  it('keeps the slide when switching edition', () => {
    expect(otherEditionHref('https://x.github.io/deck/en/12', 'en', 'id')).toBe('https://x.github.io/deck/id/12')
    expect(otherEditionHref('http://127.0.0.1:4173/id/four-forms?clicks=2', 'id', 'en')).toBe('http://127.0.0.1:4173/en/four-forms?clicks=2')
  })

  it('works with hash routes and the edition root', () => {
    expect(otherEditionHref('https://x.github.io/deck/en/#/7', 'en', 'id')).toBe('https://x.github.io/deck/id/#/7')
    expect(otherEditionHref('https://x.github.io/deck/en', 'en', 'id')).toBe('https://x.github.io/deck/id/')
  })

  it('gives nothing outside an edition', () => {
    expect(otherEditionHref('http://localhost:3030/5', 'en', 'id')).toBeUndefined()
  })
})
