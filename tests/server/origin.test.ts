// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { isCrossSite, requestUrl, safeNext } from '../../server/origin'

describe('safeNext', () => {
  it('keeps a path on this server, with its query', () => {
    expect(safeNext('/presenter/12')).toBe('/presenter/12')
    expect(safeNext('/id/3?clicks=2')).toBe('/id/3?clicks=2')
  })

  it('refuses anything a browser would resolve to another origin', () => {
    for (const next of ['//evil.example/', '/\t/evil.example', '/\n/evil.example', '/\\evil.example', '\\\\evil.example', 'https://evil.example/', 'javascript:alert(1)', '/\r\n/evil.example', ' //evil.example', '', 'presenter'])
      expect(safeNext(next, '/'), JSON.stringify(next)).toBe('/')
    expect(safeNext(undefined)).toBe('/')
    expect(safeNext(['/x'])).toBe('/')
  })
})

describe('isCrossSite', () => {
  const host = '127.0.0.1:3030'
  it('refuses another site by Sec-Fetch-Site or Origin', () => {
    expect(isCrossSite({ host, 'sec-fetch-site': 'cross-site' })).toBe(true)
    expect(isCrossSite({ host, 'sec-fetch-site': 'same-site' })).toBe(true)
    expect(isCrossSite({ host, origin: 'http://evil.example' })).toBe(true)
    expect(isCrossSite({ host, origin: 'http://127.0.0.1:8080' })).toBe(true)
    expect(isCrossSite({ host, origin: 'null' })).toBe(true)
  })

  it('lets the page itself, a typed address, and clients that are not browsers through', () => {
    expect(isCrossSite({ host, 'sec-fetch-site': 'same-origin', 'origin': `http://${host}` })).toBe(false)
    expect(isCrossSite({ host, 'sec-fetch-site': 'none' })).toBe(false)
    expect(isCrossSite({ host })).toBe(false)
  })
})

describe('requestUrl', () => {
  it('reads a request target, and returns nothing for one that is not a path', () => {
    expect(requestUrl({ url: '/live/ws?role=student' })?.pathname).toBe('/live/ws')
    for (const url of ['//', '//evil.example/live/ws', 'http://', 'http://evil.example/', '\\\\x'])
      expect(requestUrl({ url }), url).toBeUndefined()
  })
})
