// @vitest-environment node
import { gzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { quizzes } from '../../data'
import { studentAssets } from '../../server/student/build'
import { escapeHtml, loginPage, studentPage } from '../../server/student/page'

const assets = { script: '/join/assets/main-x.js', styles: ['/join/assets/style-x.css'] }

describe('studentPage', () => {
  it('speaks the edition\'s language and loads the built page', () => {
    expect(studentPage('en', assets)).toContain('<html lang="en">')
    expect(studentPage('id', assets)).toContain('Menghubungkan ke laptop dosen')
    expect(studentPage('en', assets)).toContain('<script type="module" src="/join/assets/main-x.js"></script>')
    expect(studentPage('en', assets)).toContain('<link rel="stylesheet" href="/join/assets/style-x.css">')
  })

  it('loads nothing from another host', () => {
    for (const html of [studentPage('en', assets), loginPage('en', '/')])
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

describe('studentAssets', () => {
  it('builds the phones\' page with Vue into one script and one stylesheet that hold nothing of the answers', async () => {
    const built = await studentAssets('en')
    expect(built.styles).toHaveLength(1)
    const code = String(built.files.get(built.script)!.body)
    expect(code).toContain('/live/ws?role=')
    // The protocol's own check of device ids travels with it, not a copy.
    expect(code).toContain('[\\w-]{16,64}')
    // The deck's data stays out: no question's feedback or explanation is in the page.
    for (const quiz of quizzes) {
      expect(code).not.toContain(quiz.explanation.en)
      expect(code).not.toContain(quiz.explanation.id)
    }
    // The size is reported by the benchmark; this only catches the deck's data or a second framework slipping in.
    expect(gzipSync(code).length).toBeLessThan(60_000)
  }, 60_000)

  it('carries the edition\'s labels only', async () => {
    const [en, id] = await Promise.all([studentAssets('en'), studentAssets('id')])
    const code = (built: typeof en) => String(built.files.get(built.script)!.body)
    expect(code(en)).toContain('Send my new answer')
    expect(code(en)).not.toContain('Kirim jawaban yang baru')
    expect(code(id)).toContain('Kirim jawaban yang baru')
    expect(code(id)).not.toContain('Send my new answer')
  }, 120_000)
})
