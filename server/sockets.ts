/**
 * The class server's WebSocket side: who may connect (the signed-in
 * presenter; students within limits per address), the hello that gives each
 * phone its signed device id, the dispatch of each message to the class's
 * rules, and what goes back (views to the phones, tallies to the presenter,
 * an acknowledgement once a vote is on the disk). No message or upgrade,
 * however malformed, throws out of here.
 */
import type { Buffer } from 'node:buffer'
import type { IncomingMessage } from 'node:http'
import type { Duplex } from 'node:stream'
import type { WebSocket } from 'ws'
import type { ClientMessage, ServerMessage, StudentView } from '../utils/live-protocol'
import type { Auth } from './auth'
import type { Devices } from './devices'
import type { ClassState, JournalEntry } from './state'
import { WebSocketServer } from 'ws'
import { CLOSE_REPLACED, isPresenterMessage, MAX_MESSAGE_BYTES, parseClientMessage } from '../utils/live-protocol'
import { isCrossSite, requestUrl } from './origin'

export interface SocketLimits {
  /** Students connected at once; more are turned away rather than slowing the class. Default 2000. */
  students?: number
  /** Connections from one address (a hotspot may put a whole class behind one). Default 150. */
  perAddress?: number
  /** A student socket that has not said hello by then is closed, in ms. Default 10 000. */
  helloWithin?: number
  /** Half-open sockets are pinged and dropped at this interval, in ms. Default 30 000. */
  heartbeat?: number
}

export interface SocketOptions {
  state: ClassState
  auth: Auth
  devices: Devices
  /** Records changes; resolves once they are on the disk. */
  save: (entries: readonly JournalEntry[]) => Promise<void>
  /** Whether saving works now (told to each presenter who connects). */
  saving: () => boolean
  /** Presenter updates are sent at most this often, in ms. */
  tallyInterval: number
  limits?: SocketLimits
  stats: { votes: number, dropped: number }
  warn: (message: string) => void
}

/** A client may send this many messages in a burst, refilled at this rate per second. */
const BURST = 20
const RATE = 10

/** More close codes the phone's page understands, besides the protocol's CLOSE_REPLACED. */
export const CLOSE_NO_HELLO = 4002
export const CLOSE_NO_ID = 4003

interface Client {
  role: 'student' | 'presenter'
  address: string
  device?: string
  tokens: number
  refilled: number
  alive: boolean
  hello?: ReturnType<typeof setTimeout>
}

export function createSockets(options: SocketOptions) {
  const { state, auth, devices, stats, warn } = options
  const limits = { students: 2000, perAddress: 150, helloWithin: 10_000, heartbeat: 30_000, ...options.limits }
  const clients = new Map<WebSocket, Client>()
  const byDevice = new Map<string, WebSocket>()
  const perAddress = new Map<string, number>()
  let students = 0

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
      return { t: 'view', question: null, status: 'idle', vote: null }
    const vote = device ? state.voteOf(id, device) : null
    return {
      t: 'view',
      question: entry.question,
      status,
      vote: vote ? [...vote] : null,
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

  function toPresenters(message: ServerMessage): void {
    const text = JSON.stringify(message)
    for (const [socket, client] of clients) {
      if (client.role === 'presenter' && socket.readyState === socket.OPEN)
        socket.send(text)
    }
  }

  let tallyTimer: ReturnType<typeof setTimeout> | undefined
  let tallySent = 0

  function sendTally(): void {
    tallyTimer = undefined
    tallySent = Date.now()
    toPresenters({ t: 'tally', current: state.current, questions: state.tallies() })
  }

  /** Coalesces votes: the presenter hears at most one update per interval, and the first at once. */
  function scheduleTally(): void {
    tallyTimer ??= setTimeout(sendTally, Math.max(0, tallySent + options.tallyInterval - Date.now()))
  }

  function hello(socket: WebSocket, client: Client, device: string | undefined): void {
    if (client.device) {
      // One device per connection: a socket cannot vote as many phones.
      return device === client.device ? send(socket, viewFor(client.device)) : send(socket, { t: 'refused', reason: 'forbidden' })
    }
    let id = device && devices.verify(device) ? device : undefined
    if (!id) {
      id = devices.issue(client.address)
      if (!id) {
        send(socket, { t: 'refused', reason: 'too-many' })
        return socket.close(CLOSE_NO_ID, 'no more device ids for this address now')
      }
      send(socket, { t: 'device', device: id })
    }
    clearTimeout(client.hello)
    // One connection per device: a reload's new socket replaces the old one.
    const previous = byDevice.get(id)
    if (previous && previous !== socket)
      previous.close(CLOSE_REPLACED, 'this device connected again')
    byDevice.set(id, socket)
    client.device = id
    send(socket, viewFor(id))
  }

  function vote(socket: WebSocket, client: Client, message: Extract<ClientMessage, { t: 'vote' }>): void {
    const device = client.device
    if (!device)
      return send(socket, { t: 'refused', reason: 'no-device' })
    const outcome = state.vote(device, message.question, message.vote)
    if (!outcome.ok)
      return send(socket, { t: 'refused', reason: outcome.reason })
    // The vote as counted (a multiple select in the question's order), which the phone shows as its own.
    const counted = [...(state.voteOf(message.question, device) ?? [])]
    if (outcome.changed)
      stats.votes++
    // Recorded even when unchanged: the acknowledgement must wait for the first copy to reach the disk too.
    options.save([{ k: 'vote', q: message.question, d: device, c: counted }]).then(() => {
      send(socket, { t: 'ack', question: message.question, vote: counted })
      if (outcome.changed)
        scheduleTally()
    }, (error: Error) => warn(`A vote could not be saved: ${error.message}`))
  }

  function handle(socket: WebSocket, client: Client, message: ClientMessage): void {
    if (isPresenterMessage(message)) {
      if (client.role !== 'presenter')
        return send(socket, { t: 'refused', reason: 'forbidden' })
      const outcome = message.t === 'current' ? state.setCurrent(message.question) : state[message.t](message.question)
      if (!outcome.ok)
        return send(socket, { t: 'refused', reason: outcome.reason })
      if (outcome.changed) {
        options.save(state.entriesAfter(message.t, message.question)).catch((error: Error) => warn(`A command could not be saved: ${error.message}`))
        broadcastViews()
      }
      clearTimeout(tallyTimer)
      sendTally()
      return
    }
    if (client.role !== 'student')
      return send(socket, { t: 'refused', reason: 'forbidden' })
    if (message.t === 'hello')
      return hello(socket, client, message.device)
    vote(socket, client, message)
  }

  function onMessage(socket: WebSocket, client: Client, data: unknown, isBinary: boolean): void {
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
  }

  function forget(socket: WebSocket, client: Client): void {
    if (!clients.delete(socket))
      return
    clearTimeout(client.hello)
    if (client.device && byDevice.get(client.device) === socket)
      byDevice.delete(client.device)
    const left = (perAddress.get(client.address) ?? 1) - 1
    if (left > 0)
      perAddress.set(client.address, left)
    else
      perAddress.delete(client.address)
    if (client.role === 'student')
      students--
  }

  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_MESSAGE_BYTES })
  wss.on('error', error => warn(`WebSocket server: ${error.message}`))

  function onConnection(socket: WebSocket, role: Client['role'], address: string): void {
    const client: Client = { role, address, tokens: BURST, refilled: Date.now(), alive: true }
    clients.set(socket, client)
    perAddress.set(address, (perAddress.get(address) ?? 0) + 1)
    if (role === 'student') {
      students++
      // The library answers pings by itself, so a socket that never speaks would hold its slot for ever.
      client.hello = setTimeout(() => socket.close(CLOSE_NO_HELLO, 'say hello first'), limits.helloWithin)
      client.hello.unref?.()
    }
    socket.on('pong', () => (client.alive = true))
    // An oversized frame makes `ws` close the socket with 1009; a malformed one lands here.
    socket.on('error', () => stats.dropped++)
    socket.on('close', () => forget(socket, client))
    socket.on('message', (data, isBinary) => {
      try {
        onMessage(socket, client, data, isBinary)
      }
      catch (error) {
        stats.dropped++
        warn(`A message could not be handled: ${(error as Error).message}`)
      }
    })
    if (role === 'presenter') {
      send(socket, { t: 'tally', current: state.current, questions: state.tallies() })
      send(socket, { t: 'save', ok: options.saving() })
    }
  }

  // Phones that vanish (screen off, out of range) leave half-open sockets: ping them out.
  const heartbeat = setInterval(() => {
    for (const [socket, client] of clients) {
      try {
        if (!client.alive) {
          socket.terminate()
          continue
        }
        client.alive = false
        socket.ping()
      }
      catch {}
    }
  }, limits.heartbeat)
  heartbeat.unref()

  function refuse(socket: Duplex, status: string): void {
    try {
      socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`)
    }
    catch {
      socket.destroy()
    }
  }

  function upgrade(request: IncomingMessage, socket: Duplex, head: Buffer): void {
    const url = requestUrl(request)
    if (!url)
      return refuse(socket, '400 Bad Request')
    if (url.pathname !== '/live/ws')
      return refuse(socket, '404 Not Found')
    const address = request.socket.remoteAddress ?? ''
    const role = url.searchParams.get('role') === 'presenter' ? 'presenter' : 'student'
    if (role === 'presenter') {
      // The cookie proves the password; the origin check stops another site open in the lecturer's browser from riding on it.
      if (!auth.isPresenter(request.headers.cookie) || isCrossSite(request.headers))
        return refuse(socket, '403 Forbidden')
    }
    else if (students >= limits.students || (perAddress.get(address) ?? 0) >= limits.perAddress) {
      return refuse(socket, '503 Service Unavailable')
    }
    wss.handleUpgrade(request, socket, head, ws => onConnection(ws, role, address))
  }

  return {
    /** The `upgrade` event's handler; every failure is answered, none thrown. */
    onUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer): void {
      socket.on('error', () => socket.destroy())
      try {
        upgrade(request, socket, head)
      }
      catch (error) {
        warn(`An upgrade failed: ${(error as Error).message}`)
        refuse(socket, '500 Internal Server Error')
      }
    },
    /** Tells every presenter whether saving works. */
    saveHealth(ok: boolean): void {
      toPresenters({ t: 'save', ok })
    },
    students: () => students,
    close(): void {
      clearInterval(heartbeat)
      clearTimeout(tallyTimer)
      for (const socket of clients.keys())
        socket.terminate()
      wss.close()
    },
  }
}

export type Sockets = ReturnType<typeof createSockets>
