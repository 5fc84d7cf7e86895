import { afterEach, describe, expect, it } from 'vitest'
import { LIVE_META } from '../../utils/live'
import { LIVE_HOST_META, servedByClassServer } from '../../utils/live-host'

describe('servedByClassServer', () => {
  afterEach(() => {
    document.head.querySelectorAll('meta').forEach(meta => meta.remove())
  })

  it('looks for the tag the class server adds, by the name the live protocol gives it', () => {
    expect(LIVE_HOST_META).toBe(LIVE_META)
  })

  it('is false on a page without the class server\'s tag', () => {
    expect(servedByClassServer()).toBe(false)
  })

  it('is true once the page carries the tag', () => {
    const meta = document.createElement('meta')
    meta.name = LIVE_HOST_META
    document.head.append(meta)
    expect(servedByClassServer()).toBe(true)
  })
})
