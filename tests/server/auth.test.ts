// @vitest-environment node
import type { Class } from './helpers'
import { Buffer } from 'node:buffer'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { signIn } from '../../scripts/class-sim'
import { COOKIE, createAuth, SESSION_MS } from '../../server/auth'
import { PASSWORD, startClass } from './helpers'

const cookieOf = (token: string) => `${COOKIE}=${token}`

describe('createAuth', () => {
  it('gives each sign-in its own random token, which expires after 12 hours', () => {
    let now = 0
    const auth = createAuth('a long password', 'secret', { now: () => now })
    const first = auth.signIn()
    const second = auth.signIn()
    expect(first).not.toBe(second)
    expect(Buffer.from(first, 'base64url')).toHaveLength(32)
    expect(auth.isPresenter(cookieOf(first))).toBe(true)
    now += SESSION_MS - 1
    expect(auth.isPresenter(cookieOf(first))).toBe(true)
    now += 1
    expect(auth.isPresenter(cookieOf(first))).toBe(false)
    expect(auth.isPresenter(cookieOf(second))).toBe(false)
  })

  it('revokes a token at logout, and only that one', () => {
    const auth = createAuth('a long password', 'secret')
    const laptop = auth.signIn()
    const tablet = auth.signIn()
    auth.signOut(`other=1; ${cookieOf(laptop)}`)
    expect(auth.isPresenter(cookieOf(laptop))).toBe(false)
    expect(auth.isPresenter(cookieOf(tablet))).toBe(true)
  })

  it('keeps sign-ins across a restart with the same password, and drops them with another', () => {
    const dir = mkdtempSync(join(tmpdir(), 'class-auth-'))
    try {
      const token = createAuth('a long password', 'secret', { dir }).signIn()
      expect(createAuth('a long password', 'secret', { dir }).isPresenter(cookieOf(token))).toBe(true)
      expect(createAuth('another password', 'secret', { dir }).isPresenter(cookieOf(token))).toBe(false)
    }
    finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('turns away forged, empty and malformed cookies', () => {
    const auth = createAuth('a long password', 'secret')
    auth.signIn()
    for (const header of [undefined, '', `${COOKIE}=`, `${COOKIE}=forged`, '%%%;;;==', `${COOKIE}="unterminated`])
      expect(auth.isPresenter(header), String(header)).toBe(false)
  })
})

describe('signing in and out over HTTP', () => {
  let live: Class
  const url = (path: string) => `http://127.0.0.1:${live.server.port}${path}`
  const form = (body: Record<string, string>, headers: Record<string, string> = {}) => ({
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
    body: new URLSearchParams(body).toString(),
    redirect: 'manual' as const,
  })

  beforeAll(async () => {
    live = await startClass()
  })
  afterAll(() => live.end())

  it('sends the lecturer only to a path on this server after sign-in', async () => {
    for (const [next, expected] of [['/presenter/3', '/presenter/3'], ['/\t/evil.example', '/'], ['//evil.example', '/'], ['/\\evil.example', '/'], ['https://evil.example', '/']]) {
      const response = await fetch(url('/login'), form({ password: PASSWORD, next: next! }))
      expect(response.status, next).toBe(303)
      expect(response.headers.get('location'), next).toBe(expected)
    }
    const page = await (await fetch(url(`/login?next=${encodeURIComponent('/\t/evil.example')}`))).text()
    expect(page).toContain('name="next" value="/"')
  })

  it('refuses a sign-in from another site, which therefore cannot lock the lecturer out', async () => {
    for (let i = 0; i < 20; i++) {
      const response = await fetch(url('/login'), form({ password: 'wrong guess' }, { 'origin': 'http://evil.example', 'sec-fetch-site': 'cross-site' }))
      expect(response.status).toBe(403)
    }
    const right = await fetch(url('/login'), form({ password: PASSWORD }, { origin: 'http://evil.example' }))
    expect(right.status).toBe(403)
    expect(right.headers.get('set-cookie')).toBeNull()
    // The lecturer, from the server's own page, still signs in.
    const own = await fetch(url('/login'), form({ password: PASSWORD }, { 'origin': url(''), 'sec-fetch-site': 'same-origin' }))
    expect(own.status).toBe(303)
  })

  it('signs out only on a POST from its own page, and the token is dead afterwards', async () => {
    const cookie = await signIn(live.server.port, PASSWORD)
    const deck = () => fetch(url('/'), { headers: { cookie, accept: 'text/html' }, redirect: 'manual' })
    expect((await deck()).status).toBe(200)
    const get = await fetch(url('/logout'), { headers: { cookie }, redirect: 'manual' })
    expect(get.status).toBe(405)
    expect(get.headers.get('allow')).toBe('POST')
    expect((await fetch(url('/logout'), { method: 'POST', headers: { cookie, 'origin': 'http://evil.example', 'sec-fetch-site': 'cross-site' }, redirect: 'manual' })).status).toBe(403)
    expect((await deck()).status).toBe(200)
    const out = await fetch(url('/logout'), { method: 'POST', headers: { cookie }, redirect: 'manual' })
    expect(out.status).toBe(303)
    expect(out.headers.get('set-cookie')).toMatch(/Max-Age=0/)
    // The old cookie, sent again, no longer opens the deck.
    expect((await deck()).status).toBe(303)
  })

  it('marks every answer same-origin for referrers and sets a cookie for the day only', async () => {
    const response = await fetch(url('/login'), form({ password: PASSWORD }))
    expect(response.headers.get('referrer-policy')).toBe('same-origin')
    expect(response.headers.get('set-cookie')).toMatch(/HttpOnly/)
    expect(response.headers.get('set-cookie')).toMatch(/SameSite=Strict/)
    expect(response.headers.get('set-cookie')).toMatch(/Max-Age=43200/)
    expect((await fetch(url('/join'))).headers.get('referrer-policy')).toBe('same-origin')
  })
})
