import { afterEach, describe, expect, it } from 'vitest'
import { isLiveHost, LIVE_META } from '../../utils/live-host'

describe('isLiveHost', () => {
  afterEach(() => {
    document.head.querySelectorAll('meta').forEach(meta => meta.remove())
  })

  it('is false on a page without the class server\'s tag', () => {
    expect(isLiveHost()).toBe(false)
  })

  it('is true once the page carries the tag', () => {
    const meta = document.createElement('meta')
    meta.name = LIVE_META
    document.head.append(meta)
    expect(isLiveHost()).toBe(true)
  })

  it('reads the page it is given, not only the current one', () => {
    const page = document.implementation.createHTMLDocument('')
    const meta = page.createElement('meta')
    meta.name = LIVE_META
    page.head.append(meta)
    expect(isLiveHost(page)).toBe(true)
    expect(isLiveHost(document)).toBe(false)
  })
})
