/**
 * The class server: one HTTP server on the lecturer's laptop that serves the
 * built deck to the signed-in lecturer, a small answer page to the students'
 * phones, and one WebSocket endpoint for both. It needs no internet: only the
 * classroom's Wi-Fi. This file puts the parts together: the routes
 * (`http.ts`), the sockets (`sockets.ts`), the rules (`state.ts`) and the
 * disk (`store.ts`, one folder per session: `sessions.ts`).
 *
 * ```ts
 * const server = await startClassServer({ dist: 'dist', password: 'a long secret', stateDir: '.class', session: '2026-12-02-group-b' })
 * ```
 */
import type { Lang, Quiz } from '../data/schema'
import type { Auth } from './auth'
import type { DeviceOptions } from './devices'
import type { ResultsFormat } from './results'
import type { SocketLimits } from './sockets'
import type { JournalEntry } from './state'
import type { StoreIo } from './store'
import { randomBytes } from 'node:crypto'
import { createServer } from 'node:http'
import { resolve } from 'node:path'
import { liveCatalog } from '../utils/live'
import { createAuth, keptValue } from './auth'
import { createDevices } from './devices'
import { createHttpHandler, lanAddresses } from './http'
import { deckFacts, resultsFile } from './results'
import { sessionDir, sessionProblem, UNNAMED } from './sessions'
import { createSockets } from './sockets'
import { ClassState } from './state'
import { createStore } from './store'

export { lanAddresses }

export interface ClassServerOptions {
  /** The built deck: one edition (`dist-test/`) or both (`dist/en/`, `dist/id/`). */
  dist: string
  /** The presenter's password. */
  password: string
  /** Where the sign-ins and the secret that signs device ids are kept, and the sessions under `sessions/`. */
  stateDir: string
  /**
   * The session this class records into, in `<stateDir>/sessions/<name>/`,
   * so each group's answers stay apart. Default `unnamed`: the state folder
   * itself, where a class was kept before sessions existed.
   */
  session?: string
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
  /** Limits on sockets (tests make them small). */
  limits?: SocketLimits
  /** Limits on new device ids per address. */
  deviceLimits?: DeviceOptions
  /** The store's file operations (tests make them fail). */
  io?: Partial<StoreIo>
  /** The first delay before a failed save is retried, in ms. Default 100. */
  retryDelay?: number
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
  /** Whether the last save worked. */
  saving: () => boolean
  /** The session it records into. */
  session: string
  /** Where the class is kept. */
  files: { state: string, journal: string }
  /** Folds the journal into the state file now, if nothing is pending; the journal alone already keeps every change. */
  checkpoint: () => boolean
  /**
   * Stops serving and saves. Resolves with the changes it could not save
   * (none unless the disk kept failing); none of them was acknowledged.
   */
  close: () => Promise<{ unsaved: JournalEntry[] }>
}

export async function startClassServer(options: ClassServerOptions): Promise<ClassServer> {
  const lang = options.lang ?? 'en'
  const warn = options.warn ?? (() => {})
  const session = options.session ?? UNNAMED
  const problem = sessionProblem(session)
  if (problem)
    throw new Error(problem)
  const deck = deckFacts(lang, options.quizzes)
  const state = new ClassState(liveCatalog(deck.quizzes, lang, deck.levelName))
  let sockets: ReturnType<typeof createSockets> | undefined
  const store = createStore(sessionDir(options.stateDir, session), { warn, io: options.io, retryDelay: options.retryDelay, onHealth: ok => sockets?.saveHealth(ok) })
  const loaded = store.load()
  const { dropped } = state.restore(loaded.snapshot)
  if (dropped)
    warn(`${dropped} saved part(s) no longer fit the deck (a question or option gone) and were left out; the journal keeps them until the state is folded.`)
  // Fold the journal in now, unless that would drop what no longer fits: then the files stay as they are.
  if (!dropped)
    store.compact(state.snapshot())
  const secret = keptValue(options.stateDir, 'secret', () => randomBytes(32).toString('hex'))
  const auth = createAuth(options.password, secret, { dir: options.stateDir, warn })
  const stats = { pages: 0, votes: 0, dropped: 0, students: () => 0 }
  let port = 0

  sockets = createSockets({
    state,
    auth,
    devices: createDevices(secret, options.deviceLimits),
    save: entries => store.append(entries),
    saving: store.healthy,
    tallyInterval: options.tallyInterval ?? 100,
    limits: options.limits,
    stats,
    warn,
  })
  stats.students = sockets.students

  const results = (format: ResultsFormat) => resultsFile(deck, lang, session, state.snapshot().questions, format)
  const server = createServer(createHttpHandler({ root: resolve(options.dist), lang, auth, port: () => port, stats, warn, results }))
  server.on('upgrade', sockets.onUpgrade)
  // A request line or header the parser cannot read: answer 400 if the socket still can, then forget it.
  server.on('clientError', (_, socket) => {
    try {
      if (socket.writable)
        socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\nContent-Length: 0\r\n\r\n')
      else
        socket.destroy()
    }
    catch {}
  })

  await new Promise<void>((done, fail) => {
    server.once('error', fail)
    server.listen(options.port ?? 3030, options.host ?? '0.0.0.0', () => done())
  })
  server.on('error', error => warn(`Server: ${error.message}`))
  const address = server.address()
  port = typeof address === 'object' && address ? address.port : 0

  return {
    port,
    addresses: lanAddresses,
    state,
    stats,
    auth,
    saving: store.healthy,
    session,
    files: { state: store.file, journal: store.journal },
    checkpoint: () => !dropped && store.compact(state.snapshot()),
    async close() {
      sockets.close()
      server.closeAllConnections()
      const closed = new Promise<void>(done => server.close(() => done()))
      const result = await store.close(state.snapshot())
      await closed
      return result
    },
  }
}
