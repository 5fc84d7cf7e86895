/**
 * The live class's wire protocol: what a question looks like on a phone, the
 * messages the class server and its clients exchange, and the rules that
 * decide whether a message is well formed. It imports nothing, so the server
 * (plain Node), the deck and the phones' page (bundled on its own, a few
 * kilobytes) all read and write the same messages.
 */

/** Where a question stands in class: never opened, taking votes, closed, or closed with its answer shown. */
export type LiveStatus = 'idle' | 'open' | 'closed' | 'revealed'

export const liveStatuses: readonly LiveStatus[] = ['idle', 'open', 'closed', 'revealed']

/** One option as a phone shows it: lettered, in one language, nothing of its verdict. */
export interface LiveOption {
  readonly id: string
  readonly letter: string
  readonly text: string
}

/** A category of a classify question as a phone shows it. */
export interface LiveCategory {
  readonly id: string
  readonly text: string
}

/**
 * A question as students receive it. Holds nothing of the answer, its
 * feedback or its explanation: a classify question's statements come without
 * their categories, an order question's items in the deck's scrambled order.
 */
export interface LiveQuestion {
  readonly id: string
  readonly type: 'single' | 'multiple' | 'true-false' | 'classify' | 'order'
  readonly prompt: string
  /** The options (choice), the statements (classify) or the items as first shown (order). */
  readonly options: readonly LiveOption[]
  /** Classify only: where a statement can be placed. */
  readonly categories?: readonly LiveCategory[]
}

/**
 * What the room answered. `counts` is keyed by option id (choice), by
 * `statement=category` (classify, see `placementKey`) or by `item@position`
 * from 1 (order, see `positionKey`).
 */
export interface LiveTally {
  readonly status: LiveStatus
  readonly counts: Readonly<Record<string, number>>
  readonly voters: number
  /** How many answers were wholly right; the presenter's only, the phones never get it. */
  readonly right?: number
}

/** A classify vote names each statement's category as one of its parts: `statement=category`. */
export function placementKey(statement: string, category: string): string {
  return `${statement}=${category}`
}

/** The tally's key for an order item at a position (from 1). */
export function positionKey(item: string, position: number): string {
  return `${item}@${position}`
}

// ------------------------------------------------------------ client → server

/**
 * A phone says hello once per connection, with the device id the server gave
 * it earlier, or none the first time (the server then issues one).
 */
export interface HelloMessage { t: 'hello', device?: string }
/**
 * A device's vote: one name throughout the live class (the message, the
 * acknowledgement, the view, the server's state) for a student's answer in
 * the form the class counts. Choice: the option ids. Classify: one
 * `statement=category` per statement. Order: every item id, in the
 * student's order. An empty vote withdraws it.
 */
export type Vote = string[]

/** A student sends a vote on a question. */
export interface VoteMessage { t: 'vote', question: string, vote: Vote }
/** The presenter's verbs on one question. */
export interface CommandMessage { t: 'open' | 'close' | 'reveal' | 'reset', question: string }
/** The presenter moved: the question students should see, or none. */
export interface CurrentMessage { t: 'current', question: string | null }
/** The presenter left a question's slide: phones stop showing it, unless another question has taken its place. */
export interface LeaveMessage { t: 'leave', question: string }

export type StudentMessage = HelloMessage | VoteMessage
export type PresenterMessage = CommandMessage | CurrentMessage | LeaveMessage
export type ClientMessage = StudentMessage | PresenterMessage

// ------------------------------------------------------------ server → client

/** What a phone shows: the current question, its state, this device's vote, and the answer once revealed. */
export interface StudentView {
  t: 'view'
  question: LiveQuestion | null
  status: LiveStatus
  /** This device's vote as the laptop counted it, or null. */
  vote: Vote | null
  correct?: string[]
}
/** The id this phone is to keep and say at every hello; signed by the server, so it cannot be made up. */
export interface DeviceMessage { t: 'device', device: string }
/** A vote was counted, as it says, and is saved on the laptop's disk. */
export interface AckMessage { t: 'ack', question: string, vote: Vote }
/** A message was refused, and why. */
export interface RefusedMessage { t: 'refused', reason: RefusalReason }
/** What the presenter sees: the current question and the tally of every question used so far. */
export interface TallyMessage {
  t: 'tally'
  current: string | null
  questions: Record<string, LiveTally>
}
/** Tells the presenter whether the laptop can save the class: `ok: false` while writes fail (they are retried). */
export interface SaveMessage { t: 'save', ok: boolean }

export type ServerMessage = StudentView | DeviceMessage | AckMessage | RefusedMessage | TallyMessage | SaveMessage

export type RefusalReason = 'malformed' | 'no-device' | 'not-current' | 'closed' | 'invalid-vote' | 'unknown-question' | 'forbidden' | 'too-many'

/** The class server's socket on the page's own host: `ws:` on the room's plain `http:`, `wss:` behind `https:`. */
export function liveSocketUrl(role: 'student' | 'presenter', page: Pick<Location, 'protocol' | 'host'> = location): string {
  return `${page.protocol === 'https:' ? 'wss' : 'ws'}://${page.host}/live/ws?role=${role}`
}

/** The server closed a phone's socket because the same device connected again (another tab): that tab waits to be looked at before reconnecting. */
export const CLOSE_REPLACED = 4001

/** Largest message a client may send, in bytes; longer ones are dropped unread. */
export const MAX_MESSAGE_BYTES = 1024
/** Most parts a vote may have (the deck's questions have at most six options, statements or items). */
export const MAX_VOTE_PARTS = 8

const idPattern = /^[a-z0-9][a-z0-9-]{0,63}$/i
const devicePattern = /^[\w-]{16,64}$/

const placementPattern = /^[a-z0-9][a-z0-9-]{0,63}=[a-z0-9][a-z0-9-]{0,63}$/i

function isId(value: unknown): value is string {
  return typeof value === 'string' && idPattern.test(value)
}

/** One part of a vote: an option or item id, or a classify placement. */
function isVotePart(value: unknown): value is string {
  return isId(value) || (typeof value === 'string' && placementPattern.test(value))
}

/** Whether a value has the form of a device id (16 to 64 URL-safe characters); only the server can tell whether it issued it. */
export function isDeviceId(value: unknown): value is string {
  return typeof value === 'string' && devicePattern.test(value)
}

/**
 * Reads a client's message, or undefined when it is not exactly one of the
 * known shapes: anything else (bad JSON, extra or missing fields, long
 * strings, repeated options) is dropped, never half-understood.
 */
export function parseClientMessage(text: string): ClientMessage | undefined {
  if (text.length > MAX_MESSAGE_BYTES)
    return undefined
  let value: unknown
  try {
    value = JSON.parse(text)
  }
  catch {
    return undefined
  }
  if (!value || typeof value !== 'object' || Array.isArray(value))
    return undefined
  const message = value as Record<string, unknown>
  const keys = Object.keys(message).sort().join(',')
  switch (message.t) {
    case 'hello':
      if (keys === 't')
        return { t: 'hello' }
      return keys === 'device,t' && isDeviceId(message.device) ? { t: 'hello', device: message.device } : undefined
    case 'vote': {
      const vote = message.vote
      if (keys !== 'question,t,vote' || !isId(message.question) || !Array.isArray(vote) || vote.length > MAX_VOTE_PARTS)
        return undefined
      if (!vote.every(isVotePart) || new Set(vote).size !== vote.length)
        return undefined
      return { t: 'vote', question: message.question, vote: [...vote] as string[] }
    }
    case 'open':
    case 'close':
    case 'reveal':
    case 'reset':
    case 'leave':
      return keys === 'question,t' && isId(message.question) ? { t: message.t, question: message.question } : undefined
    case 'current':
      return keys === 'question,t' && (message.question === null || isId(message.question)) ? { t: 'current', question: message.question } : undefined
    default:
      return undefined
  }
}

/** Whether a message is one only the presenter may send. */
export function isPresenterMessage(message: ClientMessage): message is PresenterMessage {
  return message.t !== 'hello' && message.t !== 'vote'
}

export const isView = (message: ServerMessage): message is StudentView => message.t === 'view'
export const isTally = (message: ServerMessage): message is TallyMessage => message.t === 'tally'

const serverTypes = new Set(['view', 'device', 'ack', 'refused', 'tally', 'save'])

/** Reads a server message on the deck or the phone; anything unexpected is ignored. */
export function parseServerMessage(text: string): ServerMessage | undefined {
  try {
    const value = JSON.parse(text) as { t?: unknown }
    return value && typeof value === 'object' && serverTypes.has(value.t as string) ? value as ServerMessage : undefined
  }
  catch {
    return undefined
  }
}
