/**
 * The class server's HTTP routes: the phones' page and script, the
 * lecturer's sign-in and sign-out, the join address, the session's results
 * as files, and the built deck (only for the signed-in lecturer: it holds
 * every answer and the notes).
 * Every route's failure is caught and answered, so no request can stop the
 * server.
 */
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Lang } from '../data/schema'
import type { LiveConfig } from '../utils/live'
import type { Auth } from './auth'
import type { ResultsFile, ResultsFormat } from './results'
import { Buffer } from 'node:buffer'
import { createReadStream, existsSync, readFileSync } from 'node:fs'
import { networkInterfaces } from 'node:os'
import { extname, join, sep } from 'node:path'
import { pipeline } from 'node:stream'
import { LIVE_META } from '../utils/live'
import { isCrossSite, requestUrl, safeNext } from './origin'
import { contentType, resolveBuildFile } from './static-files'
import { studentAssets } from './student/build'
import { loginPage, STUDENT_CSP, studentPage } from './student/page'

/** Wrong passwords allowed from one address per minute. */
const LOGIN_TRIES = 10

const loopback = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1'])
const portSuffix = /:\d+$/
const brackets = /^\[|\]$/g

/** Non-internal IPv4 addresses of this machine. */
export function lanAddresses(): string[] {
  return Object.values(networkInterfaces()).flat().flatMap(address => address && address.family === 'IPv4' && !address.internal ? [address.address] : [])
}

export interface HttpOptions {
  /** The build folder, absolute. */
  root: string
  lang: Lang
  auth: Auth
  /** The port the server listens on, once known. */
  port: () => number
  stats: { pages: number }
  warn: (message: string) => void
  /** The running session's results as a file, for the presenter's download links. */
  results?: (format: ResultsFormat) => ResultsFile
}

/** The presenter's download links: the running session's results. */
const exportPaths: Record<string, ResultsFormat> = { '/live/export.csv': 'csv', '/live/export.json': 'json' }

/** Headers every answer carries. */
const common = { 'x-content-type-options': 'nosniff', 'referrer-policy': 'same-origin' }

function page(response: ServerResponse, status: number, html: string, headers: Record<string, string> = {}): void {
  response.writeHead(status, { ...common, 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', ...headers })
  response.end(html)
}

function empty(response: ServerResponse, status: number, headers: Record<string, string> = {}): void {
  response.writeHead(status, { ...common, 'content-length': '0', ...headers })
  response.end()
}

function redirect(response: ServerResponse, location: string, headers: Record<string, string> = {}): void {
  empty(response, 303, { location, 'cache-control': 'no-store', ...headers })
}

function readBody(request: IncomingMessage, limit: number): Promise<string | undefined> {
  return new Promise((done) => {
    let body = ''
    request.setEncoding('utf8')
    request.on('data', (chunk: string) => {
      body += chunk
      if (body.length > limit) {
        done(undefined)
        request.destroy()
      }
    })
    request.on('end', () => done(body))
    request.on('error', () => done(undefined))
    request.on('close', () => done(undefined))
  })
}

/** The request handler. */
export function createHttpHandler(options: HttpOptions): (request: IncomingMessage, response: ServerResponse) => void {
  const { root, lang, auth, stats, warn } = options
  const failures = new Map<string, number[]>()

  function lockedOut(address: string): boolean {
    const now = Date.now()
    const recent = (failures.get(address) ?? []).filter(time => now - time < 60_000)
    if (recent.length)
      failures.set(address, recent)
    else
      failures.delete(address)
    return recent.length >= LOGIN_TRIES
  }

  function joinAddress(request: IncomingMessage): LiveConfig {
    const port = options.port()
    const host = request.headers.host ?? `localhost:${port}`
    const name = host.replace(portSuffix, '').replace(brackets, '')
    // Phones cannot reach "localhost": show the laptop's network address instead.
    const short = loopback.has(name) || name === 'localhost' ? `${lanAddresses()[0] ?? name}:${port}` : host
    return { join: `http://${short}/join`, short }
  }

  async function login(request: IncomingMessage, response: ServerResponse): Promise<void> {
    // Another site's page cannot sign the lecturer in, nor spend the wrong-password allowance.
    if (isCrossSite(request.headers))
      return empty(response, 403)
    const address = request.socket.remoteAddress ?? ''
    const body = await readBody(request, 2048)
    const form = new URLSearchParams(body ?? '')
    const next = safeNext(form.get('next'))
    if (lockedOut(address))
      return page(response, 429, loginPage(lang, next, 'locked'))
    if (body === undefined || !auth.checkPassword(form.get('password') ?? '')) {
      failures.set(address, [...(failures.get(address) ?? []), Date.now()])
      // 200, not 401: the form is shown again, and a browser would log a 4xx page as an error.
      return page(response, 200, loginPage(lang, next, 'wrong'))
    }
    redirect(response, next, { 'set-cookie': auth.cookie(auth.signIn()) })
  }

  function logout(request: IncomingMessage, response: ServerResponse): void {
    if (request.method !== 'POST')
      return empty(response, 405, { allow: 'POST' })
    if (isCrossSite(request.headers))
      return empty(response, 403)
    auth.signOut(request.headers.cookie)
    redirect(response, '/login', { 'set-cookie': auth.cookie() })
  }

  function deck(request: IncomingMessage, response: ServerResponse, pathname: string): void {
    if (pathname === '/' && existsSync(join(root, lang, 'index.html')))
      return redirect(response, `/${lang}/`)
    const found = resolveBuildFile(root, pathname)
    if (found.kind === 'bad-request')
      return empty(response, 400)
    if (found.kind === 'not-built') {
      response.writeHead(404, { ...common, 'content-type': 'text/plain; charset=utf-8' })
      return void response.end('The deck is not built yet.')
    }
    const { file } = found
    stats.pages++
    if (extname(file) === '.html') {
      // The flag tells the deck it is in a live class; a static host never sends it, so no request is made there.
      const html = readFileSync(file, 'utf8').replace('</head>', `<meta name="${LIVE_META}" content="1"></head>`)
      return page(response, 200, html)
    }
    const headers = { ...common, 'content-type': contentType(file), 'cache-control': file.includes(`${sep}assets${sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache' }
    if (request.method === 'HEAD') {
      response.writeHead(200, headers)
      return void response.end()
    }
    const stream = createReadStream(file)
    // A file that cannot be opened or read (the deck being rebuilt under the server) gets a 503, never a crash.
    stream.once('error', (error) => {
      if (!response.headersSent)
        empty(response, 503, { 'retry-after': '2' })
      warn(`Could not send ${file}: ${error.message}`)
    })
    stream.once('open', () => {
      response.writeHead(200, headers)
      // pipeline ends both sides on an error midway; the warning above already told why.
      pipeline(stream, response, () => {})
    })
    response.once('close', () => stream.destroy())
  }

  async function route(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = requestUrl(request)
    if (!url)
      return empty(response, 400)
    const { pathname } = url
    if (pathname === '/join' || pathname === '/join/' || pathname === '/j')
      return page(response, 200, studentPage(lang, await studentAssets(lang)), { 'content-security-policy': STUDENT_CSP })
    if (pathname.startsWith('/join/assets/')) {
      const asset = (await studentAssets(lang)).files.get(pathname)
      if (!asset)
        return empty(response, 404)
      response.writeHead(200, { ...common, 'content-type': asset.type, 'cache-control': 'public, max-age=31536000, immutable' })
      return void response.end(request.method === 'HEAD' ? undefined : asset.body)
    }
    if (pathname === '/login') {
      if (request.method === 'POST')
        return login(request, response)
      return page(response, 200, loginPage(lang, safeNext(url.searchParams.get('next'))))
    }
    if (pathname === '/logout')
      return logout(request, response)
    if (request.method !== 'GET' && request.method !== 'HEAD')
      return empty(response, 405, { allow: 'GET, HEAD' })
    const format = Object.hasOwn(exportPaths, pathname) ? exportPaths[pathname] : undefined
    // The results are the lecturer's: anyone else, a phone's browser included, is refused rather than sent to a page.
    if (format && !auth.isPresenter(request.headers.cookie))
      return empty(response, 403, { 'cache-control': 'no-store' })
    if (!auth.isPresenter(request.headers.cookie)) {
      // The deck holds every answer and the notes: only the signed-in lecturer gets it. Phones go to their page.
      const navigation = (request.headers.accept ?? '').includes('text/html')
      if (!navigation)
        return empty(response, 403)
      return redirect(response, loopback.has(request.socket.remoteAddress ?? '') ? `/login?next=${encodeURIComponent(safeNext(pathname))}` : '/join')
    }
    if (pathname === '/live/config.json') {
      response.writeHead(200, { ...common, 'content-type': contentType('state.json'), 'cache-control': 'no-store' })
      return void response.end(JSON.stringify(joinAddress(request)))
    }
    if (format)
      return download(request, response, format)
    deck(request, response, pathname)
  }

  function download(request: IncomingMessage, response: ServerResponse, format: ResultsFormat): void {
    if (!options.results)
      return empty(response, 404)
    const file = options.results(format)
    const body = Buffer.from(file.body, 'utf8')
    response.writeHead(200, {
      ...common,
      'content-type': file.type,
      'content-length': String(body.length),
      'content-disposition': `attachment; filename="${file.name}"`,
      'cache-control': 'no-store',
    })
    response.end(request.method === 'HEAD' ? undefined : body)
  }

  return (request, response) => {
    route(request, response).catch((error: Error) => {
      warn(`Request for ${JSON.stringify(String(request.url).slice(0, 200))} failed: ${error.message}`)
      try {
        if (!response.headersSent)
          empty(response, 500)
        else
          response.destroy()
      }
      catch {}
    })
  }
}
