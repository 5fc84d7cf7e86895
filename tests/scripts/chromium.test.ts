// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { candidatePaths, findChromium } from '../../scripts/chromium'

describe('findChromium', () => {
  it('prefers the path in CHROME_PATH', () => {
    const found = findChromium({ CHROME_PATH: '/opt/my/chrome' }, path => path === '/opt/my/chrome' || path === '/usr/bin/chromium')
    expect(found).toBe('/opt/my/chrome')
  })

  it('ignores a variable that points at nothing and falls back to the usual paths', () => {
    const found = findChromium({ CHROME_PATH: '/nowhere' }, path => path === candidatePaths()[0])
    expect(found).toBe(candidatePaths()[0])
  })

  it('returns undefined when no browser exists', () => {
    expect(findChromium({}, () => false)).toBeUndefined()
  })

  it('knows the usual places on each system', () => {
    expect(candidatePaths('linux')).toContain('/usr/bin/chromium')
    expect(candidatePaths('darwin')[0]).toMatch(/Google Chrome\.app/)
    expect(candidatePaths('win32', { PROGRAMFILES: 'C:\\Program Files' })[0]).toMatch(/chrome\.exe$/)
  })
})
