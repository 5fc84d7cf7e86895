/**
 * The presenter's password and the sign-in it buys. Each sign-in gets its own
 * random token (32 bytes) that expires after 12 hours and is revoked at
 * logout. The laptop keeps only a hash of each token, in the state folder, so
 * a restart keeps the lecturer signed in; a changed password ends every
 * earlier sign-in.
 */
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseCookie, stringifySetCookie } from 'cookie'

export const COOKIE = 'jwg_class'

/** A sign-in lasts a teaching day. */
export const SESSION_MS = 12 * 60 * 60 * 1000

/** The shortest password a lecturer may choose. */
export const MIN_PASSWORD = 10

/** Reads `name` from the state folder, or makes it with `make` and keeps it there (owner-only). */
export function keptValue(dir: string, name: string, make: () => string): string {
  const file = join(dir, name)
  if (existsSync(file)) {
    const value = readFileSync(file, 'utf8').trim()
    if (value)
      return value
  }
  const value = make()
  mkdirSync(dir, { recursive: true })
  writeFileSync(file, `${value}\n`, { mode: 0o600 })
  return value
}

export interface AuthOptions {
  /** Where the hashes of live sign-ins are kept across a restart; none: kept in memory only. */
  dir?: string
  /** The clock, for tests. */
  now?: () => number
  warn?: (message: string) => void
}

export interface Auth {
  /** Whether a password typed at the login page is the presenter's. */
  checkPassword: (candidate: string) => boolean
  /** A new sign-in: its token, for the cookie. */
  signIn: () => string
  /** Ends the sign-in a request's Cookie header carries. */
  signOut: (cookieHeader: string | undefined) => void
  /** Whether a request's Cookie header carries a live sign-in. */
  isPresenter: (cookieHeader: string | undefined) => boolean
  /** The Set-Cookie header for a token (or, with none, one that clears the cookie). */
  cookie: (token?: string) => string
}

function same(a: string, b: string): boolean {
  // Compare digests: equal lengths, and no timing hint about the password.
  const x = createHmac('sha256', 'compare').update(a).digest()
  const y = createHmac('sha256', 'compare').update(b).digest()
  return timingSafeEqual(x, y)
}

const hash = (token: string) => createHash('sha256').update(token).digest('base64url')

/** Reads one cookie from a Cookie header (with the `cookie` package: quoting, spaces and repeats as browsers send them). */
export function cookieValue(header: string | undefined, name: string): string | undefined {
  if (!header)
    return undefined
  try {
    return parseCookie(header)[name]
  }
  catch {
    return undefined
  }
}

export function createAuth(password: string, secret: string, options: AuthOptions = {}): Auth {
  const now = options.now ?? Date.now
  const file = options.dir ? join(options.dir, 'sessions.json') : undefined
  // Sign-ins belong to one password: another password starts with none.
  const key = createHmac('sha256', secret).update(`presenter:${password}`).digest('base64url')
  /** Hash of each live token → when it expires. */
  const sessions = new Map<string, number>()

  if (file && existsSync(file)) {
    try {
      const saved = JSON.parse(readFileSync(file, 'utf8')) as { key?: unknown, sessions?: unknown }
      if (saved.key === key && saved.sessions && typeof saved.sessions === 'object') {
        for (const [id, expires] of Object.entries(saved.sessions as Record<string, unknown>)) {
          if (typeof expires === 'number' && expires > now())
            sessions.set(id, expires)
        }
      }
    }
    catch {
      // Unreadable: the lecturer signs in again; nothing else depends on it.
    }
  }

  function keep(): void {
    if (!file)
      return
    try {
      writeFileSync(file, `${JSON.stringify({ key, sessions: Object.fromEntries(sessions) })}\n`, { mode: 0o600 })
    }
    catch (error) {
      options.warn?.(`Could not keep the sign-in in ${file} (${(error as Error).message}); it lasts until the server stops.`)
    }
  }

  function live(header: string | undefined): string | undefined {
    const token = cookieValue(header, COOKIE)
    if (!token)
      return undefined
    const id = hash(token)
    const expires = sessions.get(id)
    if (expires === undefined)
      return undefined
    if (expires <= now()) {
      sessions.delete(id)
      keep()
      return undefined
    }
    return id
  }

  return {
    checkPassword: candidate => same(candidate, password),
    signIn() {
      const token = randomBytes(32).toString('base64url')
      const time = now()
      for (const [id, expires] of sessions) {
        if (expires <= time)
          sessions.delete(id)
      }
      sessions.set(hash(token), time + SESSION_MS)
      keep()
      return token
    },
    signOut(header) {
      const id = live(header)
      if (id && sessions.delete(id))
        keep()
    },
    isPresenter: header => live(header) !== undefined,
    cookie: token => stringifySetCookie({
      name: COOKIE,
      value: token ?? '',
      path: '/',
      httpOnly: true,
      sameSite: 'strict',
      maxAge: token ? SESSION_MS / 1000 : 0,
    }),
  }
}
