// @vitest-environment node
// The student page's script runs only in a phone's browser; this type-only
// import puts it in the type-check without running it here.
import type {} from '../../server/student/app'
import { describe, expect, it } from 'vitest'
import { studentScript } from '../../server/student/bundle'
import { studentLabelKeys } from '../../server/student/labels'
import { escapeHtml, loginPage, studentPage } from '../../server/student/page'
import { labels } from '../../utils/labels'

describe('studentPage', () => {
  it('speaks the edition\'s language, with every label the script needs', () => {
    for (const lang of ['en', 'id'] as const) {
      const html = studentPage(lang)
      expect(html).toContain(`<html lang="${lang}">`)
      const texts = JSON.parse(/<script type="application\/json" id="live-labels">(.*?)<\/script>/s.exec(html)![1]!) as Record<string, string>
      expect(Object.keys(texts).sort()).toEqual([...studentLabelKeys].sort())
      for (const key of studentLabelKeys)
        expect(texts[key]).toBe(labels[key][lang])
    }
    expect(studentPage('id')).toContain('Menghubungkan ke laptop dosen')
  })

  it('loads nothing from another host', () => {
    for (const html of [studentPage('en'), loginPage('en', '/')])
      expect(html).not.toMatch(/(?:src|href)="(?:https?:)?\/\//)
  })
})

describe('loginPage', () => {
  it('escapes the address to return to, and says why a sign-in failed', () => {
    const html = loginPage('en', '/"><script>alert(1)</script>', 'wrong')
    expect(html).not.toContain('<script>alert')
    expect(html).toContain('role="alert"')
    expect(escapeHtml('<a href="x">')).toBe('&#60;a href=&#34;x&#34;&#62;')
  })
})

describe('studentScript', () => {
  it('bundles the phones\' script with the shared protocol into one small file that imports nothing', async () => {
    const code = await studentScript()
    expect(code).toContain('new WebSocket')
    expect(code).not.toMatch(/^\s*import\s/m)
    // The protocol's own check of device ids travels with it, not a copy.
    expect(code).toContain('[\\w-]{16,64}')
    expect(code.length).toBeLessThan(6000)
  })
})
