/**
 * Simulated phones and presenter, shared by the class server's tests and its
 * load test (`npm run bench:class`): WebSocket clients that speak the class
 * protocol and record what they hear. Not part of the server itself.
 */
import type { ClientMessage, DeviceMessage, ServerMessage, StudentView } from '../utils/live'
import { WebSocket } from 'ws'
import { isTally, isView } from '../utils/live'

/** Resolves with the first message that passes `test`. */
interface Wait {
  <T extends ServerMessage>(test: (message: ServerMessage) => message is T, timeout?: number): Promise<T>
  (test: (message: ServerMessage) => boolean, timeout?: number): Promise<ServerMessage>
}

export interface SimClient {
  socket: WebSocket
  /** Every message received, in order. */
  received: ServerMessage[]
  /** Sends a message (or raw text, to test what the server does with it). */
  send: (message: ClientMessage | string) => void

  next: Wait
  /** Like `next`, but a message already received counts too. */
  seen: Wait
  close: () => void
}

/**
 * A loopback address of its own for the n-th simulated phone (Linux routes
 * all of 127.0.0.0/8 to the loopback), so the limits per address see one
 * phone per address, as on a classroom's Wi-Fi.
 */
export function phoneAddress(n: number): string {
  return `127.${1 + Math.floor(n / 250)}.0.${1 + (n % 250)}`
}

export interface ConnectOptions {
  cookie?: string
  role?: 'student' | 'presenter'
  /** The address to connect from (see `phoneAddress`); default 127.0.0.1. */
  localAddress?: string
  onMessage?: (message: ServerMessage) => void
}

/** Opens a connection as a student, or as the presenter when given the session cookie. */
export function connect(port: number, options: ConnectOptions = {}): Promise<SimClient> {
  const role = options.role ?? (options.cookie ? 'presenter' : 'student')
  const socket = new WebSocket(`ws://127.0.0.1:${port}/live/ws?role=${role}`, {
    headers: options.cookie ? { cookie: options.cookie } : {},
    localAddress: options.localAddress,
  })
  const received: ServerMessage[] = []
  const waiters = new Set<(message: ServerMessage) => void>()
  socket.on('message', (data) => {
    const message = JSON.parse(String(data)) as ServerMessage
    received.push(message)
    options.onMessage?.(message)
    for (const waiter of [...waiters])
      waiter(message)
  })
  const client: SimClient = {
    socket,
    received,
    send: message => socket.send(typeof message === 'string' ? message : JSON.stringify(message)),
    next: ((test: (message: ServerMessage) => boolean, timeout = 5000) => new Promise<ServerMessage>((resolve, reject) => {
      let timer: ReturnType<typeof setTimeout> | undefined
      function waiter(message: ServerMessage): void {
        if (test(message)) {
          clearTimeout(timer)
          waiters.delete(waiter)
          resolve(message)
        }
      }
      timer = setTimeout(() => {
        waiters.delete(waiter)
        reject(new Error('No matching message in time'))
      }, timeout)
      waiters.add(waiter)
    })) as Wait,
    seen: ((test: (message: ServerMessage) => boolean, timeout?: number) => {
      const found = received.find(test)
      return found ? Promise.resolve(found) : client.next(test, timeout)
    }) as Wait,
    close: () => socket.close(),
  }
  return new Promise((resolve, reject) => {
    socket.once('open', () => resolve(client))
    socket.once('error', reject)
    socket.once('unexpected-response', (_, response) => reject(new Error(`Refused: ${response.statusCode}`)))
  })
}

/**
 * A phone that said hello and got its view: with the id it kept, or none the
 * first time (then with the id the server issued).
 */
export async function joinAsPhone(port: number, options: ConnectOptions & { device?: string } = {}): Promise<SimClient & { device: string, view: StudentView }> {
  const client = await connect(port, options)
  const issued = options.device ? undefined : client.next((message): message is DeviceMessage => message.t === 'device')
  const view = client.next(isView)
  client.send(options.device ? { t: 'hello', device: options.device } : { t: 'hello' })
  const device = options.device ?? (await issued)!.device
  return Object.assign(client, { device, view: await view })
}

/** The presenter asks a question afresh: its answers reset, answering open, once the presenter's tally says so. */
export async function openAfresh(presenter: SimClient, question: string): Promise<void> {
  presenter.send({ t: 'reset', question })
  presenter.send({ t: 'open', question })
  await presenter.next(message => isTally(message) && message.questions[question]?.status === 'open')
}

/** Signs in over HTTP and returns the session cookie (`name=value`). */
export async function signIn(port: number, password: string): Promise<string> {
  const response = await fetch(`http://127.0.0.1:${port}/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ password, next: '/' }).toString(),
    redirect: 'manual',
  })
  const cookie = response.headers.get('set-cookie')?.split(';')[0]
  if (response.status !== 303 || !cookie)
    throw new Error(`Sign-in failed: ${response.status}`)
  return cookie
}
