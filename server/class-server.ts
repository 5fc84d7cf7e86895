import type { Buffer } from 'node:buffer'
/**
 * The class server: one HTTP server on the lecturer's laptop that serves the
 * built deck to the signed-in lecturer, a small answer page to the students'
 * phones, and one WebSocket endpoint for both. It needs no internet: only the
 * classroom's Wi-Fi.
 *
 * ```ts
 * const server = await startClassServer({ dist: 'dist', password: 'secret', stateDir: '.class' })
 * ```
 */
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Duplex } from 'node:stream'
import type { WebSocket } from 'ws'
import type { Lang, Quiz } from '../data/schema'
import type { ClientMessage, LiveConfig, ServerMessage, StudentView } from '../utils/live'
import type { Auth } from './auth'
import { randomBytes } from 'node:crypto'
import { createReadStream, existsSync, readFileSync } from 'node:fs'
import { createServer } from 'node:http'
import { networkInterfaces } from 'node:os'
import { extname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { WebSocketServer } from 'ws'
import { loadDeckData } from '../data/load'
import { isPresenterMessage, LIVE_META, liveCatalog, MAX_MESSAGE_BYTES, parseClientMessage } from '../utils/live'
import { COOKIE, createAuth, keptValue } from './auth'
import { ClassState } from './state'
import { contentType, resolveBuildFile } from './static-files'
import { createStore } from './store'
import { loginPage, studentPage } from './student/page'

export interface ClassServerOptions {
  /** The built deck: one edition (`dist-test/`) or both (`dist/en/`, `dist/id/`). */
  dist: string
  /** The presenter's password. */
  password: string
  /** Where the state, and the secret that signs the lecturer's cookie, are kept. */
  stateDir: string
  /** 0 picks a free port. Default 3030. */
  port?: number
  /** Default `0.0.0.0`: every network the laptop is on. */
  host?: string
  /** The edition's language: the phones' page and the questions speak it. Default `en`. */
  lang?: Lang
  /** The deck's questions; default: read from `data/`. */
  quizzes?: readonly Quiz[]
  /** Presenter updates are sent at most this often, in ms. Default 100. */
  tallyInterval?: number
  /** Where warnings go. Default: nowhere. */
  warn?: (message: string) => void
}

export interface ClassServer {
  /** The port it listens on. */
  port: number
  /** This laptop's addresses on the local networks (IPv4), for the phones. */
  addresses: () => string[]
  /** The class's state (for tests and the command line). */
  state: ClassState
  /** Counters, for the load test and the log. */
  stats: { pages: number, votes: number, dropped: number, students: () => number }
  auth: Auth
  close: () => Promise<void>
}

/** The most students connected at once; more are turned away rather than slowing the class. */
const MAX_STUDENTS = 2000
/** A client may send this many messages in a burst, refilled at this rate per second. */
const BURST = 20
const RATE = 10
/** Wrong passwords allowed from one address per minute. */
const LOGIN_TRIES = 10

const loopback = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1'])
const portSuffix = /:\d+$/
const brackets = /^\[|\]$/g

/** Non-internal IPv4 addresses of this machine. */
export function lanAddresses(): string[] {
  return Object.values(networkInterfaces()).flat().flatMap(address => address && address.family === 'IPv4' && !address.internal ? [address.address] : [])
}

/** A `next` address that stays on this server. */
function localPath(value: unknown, fallback: string): string {
  return typeof value === 'string' && value.startsWith('/') && !value.startsWith('//') && !value.includes('\\') ? value : fallback
}

interface Client {
  role: 'student' | 'presenter'
  device?: string
  tokens: number
  refilled: number
  alive: boolean
}

let studentScript: Promise<string> | undefined

/** The student page's script, compiled from TypeScript once per process. */
function compileStudentScript(): Promise<string> {
  studentScript ??= (async () => {
    const file = fileURLToPath(new URL('./student/app.ts', import.meta.url))
    const { transformWithOxc } = await import('vite')
    const { code } = await transformWithOxc(readFileSync(file, 'utf8'), file, { target: 'es2020' })
    return code
  })()
  return studentScript
}

export async function startClassServer(options: ClassServerOptions): Promise<ClassServer> {
  const lang = options.lang ?? 'en'
  const root = resolve(options.dist)
  const warn = options.warn ?? (() => {})
  const quizzes = options.quizzes ?? loadDeckData(fileURLToPath(new URL('../data/', import.meta.url)))['quizzes.json'].quizzes
  const catalog = liveCatalog(quizzes, lang)
  const state = new ClassState(catalog)
  const store = createStore(options.stateDir, { warn })
  state.restore(store.load())
  const secret = keptValue(options.stateDir, 'secret', () => randomBytes(32).toString('hex'))
  const auth = createAuth(options.password, secret)
  const tallyInterval = options.tallyInterval ?? 100
  const stats = { pages: 0, votes: 0, dropped: 0, students: () => 0 }
  const failures = new Map<string, number[]>()
  const script = compileStudentScript()
  // Compile errors surface on the first request; do not leave the promise unhandled meanwhile.
  script.catch(() => {})

  /** Set once listening. */
  let port = 0
  const clients = new Map<WebSocket, Client>()
  stats.students = () => [...clients.values()].filter(client => client.role === 'student').length

  // ------------------------------------------------------------- messages out

  function send(socket: WebSocket, message: ServerMessage): void {
    if (socket.readyState === socket.OPEN)
      socket.send(JSON.stringify(message))
  }

  function viewFor(device: string | undefined): StudentView {
    const id = state.current
    const entry = id ? state.entry(id) : undefined
    const status = id ? state.status(id) : 'idle'
    // A question not yet opened (or just reset) is not shown: the phones wait.
    if (!id || !entry || status === 'idle')
      return { t: 'view', question: null, status: 'idle', mine: null }
    const mine = device ? state.voteOf(id, device) : null
    return {
      t: 'view',
      question: entry.question,
      status,
      mine: mine ? [...mine] : null,
      // The answer leaves the laptop only once the lecturer reveals it.
      ...(status === 'revealed' ? { correct: [...entry.correct] } : {}),
    }
  }

  function broadcastViews(): void {
    for (const [socket, client] of clients) {
      if (client.role === 'student' && client.device)
        send(socket, viewFor(client.device))
    }
  }

  let tallyTimer: ReturnType<typeof setTimeout> | undefined
  let tallySent = 0

  function sendTally(): void {
    tallyTimer = undefined
    tallySent = Date.now()
    const text = JSON.stringify({ t: 'tally', current: state.current, questions: state.tallies() } satisfies ServerMessage)
    for (const [socket, client] of clients) {
      if (client.role === 'presenter' && socket.readyState === socket.OPEN)
        socket.send(text)
    }
  }

  /** Coalesces votes: the presenter hears at most one update per interval, and the first at once. */
  function scheduleTally(): void {
    if (tallyTimer)
      return
    tallyTimer = setTimeout(sendTally, Math.max(0, tallySent + tallyInterval - Date.now()))
  }

  const persist = () => store.save(() => state.snapshot())

  // -------------------------------------------------------------- messages in

  function handle(socket: WebSocket, client: Client, message: ClientMessage): void {
    if (isPresenterMessage(message)) {
      if (client.role !== 'presenter')
        return send(socket, { t: 'refused', reason: 'forbidden' })
      const outcome = message.t === 'current' ? state.setCurrent(message.question) : state[message.t](message.question)
      if (!outcome.ok)
        return send(socket, { t: 'refused', reason: outcome.reason })
      if (outcome.changed) {
        persist()
        broadcastViews()
      }
      if (tallyTimer)
        clearTimeout(tallyTimer)
      sendTally()
      return
    }
    if (client.role !== 'student')
      return send(socket, { t: 'refused', reason: 'forbidden' })
    if (message.t === 'hello') {
      // One device per connection: a socket cannot vote as many phones.
      if (client.device && client.device !== message.device)
        return send(socket, { t: 'refused', reason: 'forbidden' })
      client.device = message.device
      return send(socket, viewFor(client.device))
    }
    if (!client.device)
      return send(socket, { t: 'refused', reason: 'no-device' })
    const outcome = state.vote(client.device, message.question, message.choice)
    if (!outcome.ok)
      return send(socket, { t: 'refused', reason: outcome.reason })
    const mine = state.voteOf(message.question, client.device)
    send(socket, { t: 'ack', question: message.question, choice: mine ? [...mine] : [] })
    if (outcome.changed) {
      stats.votes++
      persist()
      scheduleTally()
    }
  }

  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_MESSAGE_BYTES })
  wss.on('connection', (socket: WebSocket, role: Client['role']) => {
    const client: Client = { role, tokens: BURST, refilled: Date.now(), alive: true }
    clients.set(socket, client)
    socket.on('pong', () => (client.alive = true))
    // An oversized frame makes `ws` close the socket with 1009; anything else it reports lands here.
    socket.on('error', () => stats.dropped++)
    socket.on('close', () => clients.delete(socket))
    socket.on('message', (data, isBinary) => {
      const now = Date.now()
      client.tokens = Math.min(BURST, client.tokens + ((now - client.refilled) / 1000) * RATE)
      client.refilled = now
      if (client.tokens < 1 || isBinary) {
        stats.dropped++
        return
      }
      client.tokens--
      const message = parseClientMessage(String(data))
      if (!message) {
        stats.dropped++
        return send(socket, { t: 'refused', reason: 'malformed' })
      }
      handle(socket, client, message)
    })
    if (role === 'presenter')
      send(socket, { t: 'tally', current: state.current, questions: state.tallies() })
  })

  // Phones that vanish (screen off, out of range) leave half-open sockets: ping them out.
  const heartbeat = setInterval(() => {
    for (const [socket, client] of clients) {
      if (!client.alive) {
        socket.terminate()
        continue
      }
      client.alive = false
      socket.ping()
    }
  }, 30_000)
  heartbeat.unref()

  function refuseUpgrade(socket: Duplex, status: string): void {
    socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`)
  }

  function onUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer): void {
    const url = new URL(request.url ?? '/', 'http://localhost')
    if (url.pathname !== '/live/ws')
      return refuseUpgrade(socket, '404 Not Found')
    const role = url.searchParams.get('role') === 'presenter' ? 'presenter' : 'student'
    if (role === 'presenter') {
      // The cookie proves the password; the origin check stops another site open in the lecturer's browser from riding on it.
      const origin = request.headers.origin
      if (!auth.isPresenter(request.headers.cookie) || (origin && origin !== `http://${request.headers.host}` && origin !== `https://${request.headers.host}`))
        return refuseUpgrade(socket, '403 Forbidden')
    }
    else if (stats.students() >= MAX_STUDENTS) {
      return refuseUpgrade(socket, '503 Service Unavailable')
    }
    wss.handleUpgrade(request, socket, head, ws => wss.emit('connection', ws, role))
  }

  // ------------------------------------------------------------------- HTTP

  function page(response: ServerResponse, status: number, html: string, headers: Record<string, string> = {}): void {
    response.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', 'x-content-type-options': 'nosniff', 'referrer-policy': 'no-referrer', ...headers })
    response.end(html)
  }

  function redirect(response: ServerResponse, location: string, headers: Record<string, string> = {}): void {
    response.writeHead(303, { location, 'cache-control': 'no-store', ...headers })
    response.end()
  }

  function joinAddress(request: IncomingMessage): LiveConfig {
    const host = request.headers.host ?? `localhost:${port}`
    const name = host.replace(portSuffix, '').replace(brackets, '')
    // Phones cannot reach "localhost": show the laptop's network address instead.
    const short = loopback.has(name) || name === 'localhost' ? `${lanAddresses()[0] ?? name}:${port}` : host
    return { join: `http://${short}/join`, short }
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
    })
  }

  function lockedOut(address: string): boolean {
    const now = Date.now()
    const recent = (failures.get(address) ?? []).filter(time => now - time < 60_000)
    failures.set(address, recent)
    return recent.length >= LOGIN_TRIES
  }

  async function login(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const address = request.socket.remoteAddress ?? ''
    const body = await readBody(request, 2048)
    const form = new URLSearchParams(body ?? '')
    const next = localPath(form.get('next'), '/')
    if (lockedOut(address))
      return page(response, 429, loginPage(lang, next, 'locked'))
    if (body === undefined || !auth.checkPassword(form.get('password') ?? '')) {
      failures.get(address)!.push(Date.now())
      // 200, not 401: the form is shown again, and a browser would log a 4xx page as an error.
      return page(response, 200, loginPage(lang, next, 'wrong'))
    }
    redirect(response, next, { 'set-cookie': `${COOKIE}=${auth.token}; Path=/; HttpOnly; SameSite=Strict; Max-Age=86400` })
  }

  function deck(request: IncomingMessage, response: ServerResponse, pathname: string): void {
    if (pathname === '/' && existsSync(join(root, lang, 'index.html')))
      return redirect(response, `/${lang}/`)
    const found = resolveBuildFile(root, pathname)
    if (found.kind === 'bad-request') {
      response.writeHead(400).end()
      return
    }
    if (found.kind === 'not-built') {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' })
      response.end('The deck is not built yet.')
      return
    }
    const { file } = found
    const type = contentType(file)
    stats.pages++
    if (extname(file) === '.html') {
      // The flag tells the deck it is in a live class; a static host never sends it, so no request is made there.
      const html = readFileSync(file, 'utf8').replace('</head>', `<meta name="${LIVE_META}" content="1"></head>`)
      return page(response, 200, html)
    }
    response.writeHead(200, { 'content-type': type, 'cache-control': file.includes(`${join('assets', '')}`) ? 'public, max-age=31536000, immutable' : 'no-cache' })
    if (request.method === 'HEAD')
      return void response.end()
    createReadStream(file).pipe(response)
  }

  async function onRequest(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://localhost')
    const { pathname } = url
    const presenter = auth.isPresenter(request.headers.cookie)
    if (pathname === '/join' || pathname === '/join/' || pathname === '/j')
      return page(response, 200, studentPage(lang))
    if (pathname === '/join/app.js') {
      try {
        const code = await script
        response.writeHead(200, { 'content-type': contentType('app.js'), 'cache-control': 'no-cache' })
        return void response.end(code)
      }
      catch (error) {
        warn(`The student page's script did not compile: ${(error as Error).message}`)
        return void response.writeHead(500).end()
      }
    }
    if (pathname === '/login') {
      if (request.method === 'POST')
        return login(request, response)
      return page(response, 200, loginPage(lang, localPath(url.searchParams.get('next'), '/')))
    }
    if (pathname === '/logout')
      return redirect(response, '/join', { 'set-cookie': `${COOKIE}=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0` })
    if (request.method !== 'GET' && request.method !== 'HEAD')
      return void response.writeHead(405, { allow: 'GET, HEAD' }).end()
    if (!presenter) {
      // The deck holds every answer and the notes: only the signed-in lecturer gets it. Phones go to their page.
      const navigation = (request.headers.accept ?? '').includes('text/html')
      if (!navigation)
        return void response.writeHead(403).end()
      return redirect(response, loopback.has(request.socket.remoteAddress ?? '') ? `/login?next=${encodeURIComponent(pathname)}` : '/join')
    }
    if (pathname === '/live/config.json') {
      response.writeHead(200, { 'content-type': contentType('state.json'), 'cache-control': 'no-store' })
      return void response.end(JSON.stringify(joinAddress(request)))
    }
    deck(request, response, pathname)
  }

  const server = createServer((request, response) => {
    onRequest(request, response).catch((error: Error) => {
      warn(`Request failed: ${error.message}`)
      if (!response.headersSent)
        response.writeHead(500)
      response.end()
    })
  })
  server.on('upgrade', onUpgrade)
  server.on('clientError', (_, socket) => socket.destroy())

  await new Promise<void>((done, fail) => {
    server.once('error', fail)
    server.listen(options.port ?? 3030, options.host ?? '0.0.0.0', () => done())
  })
  const address = server.address()
  port = typeof address === 'object' && address ? address.port : 0

  return {
    port,
    addresses: lanAddresses,
    state,
    stats,
    auth,
    async close() {
      clearInterval(heartbeat)
      if (tallyTimer)
        clearTimeout(tallyTimer)
      store.flush()
      for (const socket of clients.keys())
        socket.terminate()
      wss.close()
      server.closeAllConnections()
      await new Promise<void>(done => server.close(() => done()))
    },
  }
}
