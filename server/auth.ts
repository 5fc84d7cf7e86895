/**
 * The presenter's password and the session cookie it buys. The cookie holds
 * an HMAC of the password under a secret kept on the laptop, so it survives
 * a restart with the same password and is worthless once the password changes.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

export const COOKIE = 'jwg_class'

/** Easy to read aloud and to type: no 0/O, 1/l/I. */
const alphabet = 'abcdefghijkmnpqrstuvwxyz23456789'

/** A random password such as `k7dm-q2xv-9hat` (about 60 bits). */
export function randomPassword(): string {
  const bytes = randomBytes(12)
  const chars = [...bytes].map(byte => alphabet[byte % alphabet.length])
  return [chars.slice(0, 4), chars.slice(4, 8), chars.slice(8, 12)].map(group => group.join('')).join('-')
}

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

export interface Auth {
  /** Whether a password typed at the login page is the presenter's. */
  checkPassword: (candidate: string) => boolean
  /** The cookie value a presenter gets. */
  token: string
  /** Whether a request's Cookie header carries the presenter's session. */
  isPresenter: (cookieHeader: string | undefined) => boolean
}

function same(a: string, b: string): boolean {
  // Compare digests: equal lengths, and no timing hint about the password.
  const x = createHmac('sha256', 'compare').update(a).digest()
  const y = createHmac('sha256', 'compare').update(b).digest()
  return timingSafeEqual(x, y)
}

/** Reads one cookie from a Cookie header. */
export function cookieValue(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const [key, ...rest] = part.trim().split('=')
    if (key === name)
      return rest.join('=')
  }
  return undefined
}

export function createAuth(password: string, secret: string): Auth {
  const token = createHmac('sha256', secret).update(`presenter:${password}`).digest('base64url')
  return {
    token,
    checkPassword: candidate => same(candidate, password),
    isPresenter: header => same(cookieValue(header, COOKIE) ?? '', token),
  }
}
