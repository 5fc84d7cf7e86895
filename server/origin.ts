/**
 * Where a request comes from and where it may send the browser: the checks
 * that stop a page on another site, open in the lecturer's browser, from
 * signing the lecturer in or out, or from using the sign-in to open a door.
 */
import type { IncomingHttpHeaders, IncomingMessage } from 'node:http'

/** A base no real request has, to resolve paths against. */
const BASE = 'http://class.invalid'

/**
 * Whether a request was made by a page of another origin. Browsers say so in
 * `Sec-Fetch-Site` (anything but `same-origin` or `none`, a typed address);
 * older ones send an `Origin` that differs from the `Host` it was sent to.
 * A request with neither is not from a browser page, and passes.
 */
export function isCrossSite(headers: IncomingHttpHeaders): boolean {
  const site = headers['sec-fetch-site']
  if (site !== undefined && site !== 'same-origin' && site !== 'none')
    return true
  const origin = headers.origin
  if (origin === undefined)
    return false
  try {
    return new URL(origin).host !== headers.host
  }
  catch {
    // "null" (a sandboxed frame, a file) or garbage: not this server.
    return true
  }
}

/**
 * A request's target as a URL, or undefined when it is not one (`//`, `http://`,
 * junk): such a request is answered 400, never thrown on.
 */
export function requestUrl(request: Pick<IncomingMessage, 'url'>): URL | undefined {
  try {
    const url = new URL(request.url ?? '/', BASE)
    return url.origin === BASE ? url : undefined
  }
  catch {
    return undefined
  }
}

/**
 * Where to send the browser after sign-in: `next` if it resolves, as a
 * browser would resolve it (tabs and newlines dropped, backslashes read as
 * slashes), to a path on this server; else `fallback`.
 */
export function safeNext(next: unknown, fallback = '/'): string {
  if (typeof next !== 'string' || !next.startsWith('/'))
    return fallback
  try {
    const url = new URL(next, BASE)
    return url.origin === BASE ? `${url.pathname}${url.search}${url.hash}` : fallback
  }
  catch {
    return fallback
  }
}
