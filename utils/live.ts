/**
 * The live class's shared vocabulary: what a question looks like on a phone,
 * the messages the class server and its clients exchange, and the rules that
 * decide whether a message is well formed. Pure and free of `data/` imports,
 * so the server (plain Node), the deck and the student page all use it.
 */
import type { Lang, Quiz } from '../data/schema'
import { labels } from './labels'

/** Where a question stands in class: never opened, taking votes, closed, or closed with its answer shown. */
export type LiveStatus = 'idle' | 'open' | 'closed' | 'revealed'

export const liveStatuses: readonly LiveStatus[] = ['idle', 'open', 'closed', 'revealed']

/** One option as a phone shows it: lettered, in one language, nothing of its verdict. */
export interface LiveOption {
  readonly id: string
  readonly letter: string
  readonly text: string
}

/** A question as students receive it. Holds nothing of the answer, its feedback or its explanation. */
export interface LiveQuestion {
  readonly id: string
  readonly type: 'single' | 'multiple' | 'true-false'
  readonly prompt: string
  readonly options: readonly LiveOption[]
}

/** A question the server can run: what students see, and what it keeps to itself until the reveal. */
export interface LiveEntry {
  readonly question: LiveQuestion
  readonly correct: readonly string[]
}

/** Votes per option id, and how many devices voted. */
export interface LiveTally {
  readonly status: LiveStatus
  readonly counts: Readonly<Record<string, number>>
  readonly voters: number
}

/** The question types that can be answered on a phone; classify and order stay on the slide. */
export function isLiveType(type: Quiz['type']): type is LiveQuestion['type'] {
  return type === 'single' || type === 'multiple' || type === 'true-false'
}

/** A, B, C… (the same letters as `letter` in scoring.ts, which cannot be imported here: it loads `data/`). */
function letterAt(index: number): string {
  return String.fromCharCode(65 + index)
}

/**
 * The live form of a question, or undefined when its type is not live. True
 * and false are the options of a true-false question, as in the deck.
 */
export function liveEntryOf(quiz: Quiz, lang: Lang): LiveEntry | undefined {
  if (quiz.type === 'true-false') {
    const options = ([true, false] as const).map((value, i) => ({
      id: String(value),
      letter: letterAt(i),
      text: (value ? labels.quizTrue : labels.quizFalse)[lang],
    }))
    return { question: { id: quiz.id, type: quiz.type, prompt: quiz.prompt[lang], options }, correct: [String(quiz.answer)] }
  }
  if (quiz.type === 'single' || quiz.type === 'multiple') {
    const options = quiz.options.map((option, i) => ({ id: option.id, letter: letterAt(i), text: option.text[lang] }))
    return {
      question: { id: quiz.id, type: quiz.type, prompt: quiz.prompt[lang], options },
      correct: quiz.options.filter(option => option.correct).map(option => option.id),
    }
  }
  return undefined
}

/** Every live question of a deck, by id. */
export function liveCatalog(quizzes: readonly Quiz[], lang: Lang): Map<string, LiveEntry> {
  const catalog = new Map<string, LiveEntry>()
  for (const quiz of quizzes) {
    const entry = liveEntryOf(quiz, lang)
    if (entry)
      catalog.set(quiz.id, entry)
  }
  return catalog
}

// ------------------------------------------------------------------ messages

/** A student says who they are (a random id kept on the phone) once per connection. */
export interface HelloMessage { t: 'hello', device: string }
/** A student's answer; an empty choice withdraws it. */
export interface VoteMessage { t: 'vote', question: string, choice: string[] }
/** The presenter's verbs on one question. */
export interface CommandMessage { t: 'open' | 'close' | 'reveal' | 'reset', question: string }
/** The presenter moved: the question students should see, or none. */
export interface CurrentMessage { t: 'current', question: string | null }
/** The presenter left a question's slide: phones stop showing it, unless another question has taken its place. */
export interface LeaveMessage { t: 'leave', question: string }

export type StudentMessage = HelloMessage | VoteMessage
export type PresenterMessage = CommandMessage | CurrentMessage | LeaveMessage
export type ClientMessage = StudentMessage | PresenterMessage

/** What a phone shows: the current question, its state, this device's answer, and the answer once revealed. */
export interface StudentView {
  t: 'view'
  question: LiveQuestion | null
  status: LiveStatus
  mine: string[] | null
  correct?: string[]
}
/** A vote was counted. */
export interface AckMessage { t: 'ack', question: string, choice: string[] }
/** A message was refused, and why. */
export interface RefusedMessage { t: 'refused', reason: RefusalReason }
/** What the presenter sees: the current question and the tally of every question used so far. */
export interface TallyMessage {
  t: 'tally'
  current: string | null
  questions: Record<string, LiveTally>
}

export type ServerMessage = StudentView | AckMessage | RefusedMessage | TallyMessage

export type RefusalReason = 'malformed' | 'no-device' | 'not-current' | 'closed' | 'invalid-choice' | 'unknown-question' | 'forbidden' | 'too-many'

/** Largest message a client may send, in bytes; longer ones are dropped unread. */
export const MAX_MESSAGE_BYTES = 1024
/** Most options a choice may name (the deck's questions have at most five). */
export const MAX_CHOICE = 8

const idPattern = /^[a-z0-9][a-z0-9-]{0,63}$/i
const devicePattern = /^[\w-]{16,64}$/

function isId(value: unknown): value is string {
  return typeof value === 'string' && idPattern.test(value)
}

/** Whether a device id is one a phone could have made (16 to 64 URL-safe characters). */
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
      return keys === 'device,t' && isDeviceId(message.device) ? { t: 'hello', device: message.device } : undefined
    case 'vote': {
      const choice = message.choice
      if (keys !== 'choice,question,t' || !isId(message.question) || !Array.isArray(choice) || choice.length > MAX_CHOICE)
        return undefined
      if (!choice.every(isId) || new Set(choice).size !== choice.length)
        return undefined
      return { t: 'vote', question: message.question, choice: [...choice] as string[] }
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

// ------------------------------------------------------------------ deck side

/** The name of the `<meta>` tag the class server adds to the deck's page; a static host has none. */
export const LIVE_META = 'jwg-live'

/** Whether this page was served by the class server (no request is made to find out). */
export function isLiveHost(doc: Pick<Document, 'querySelector'> | undefined = globalThis.document): boolean {
  return !!doc?.querySelector(`meta[name="${LIVE_META}"]`)
}

/** What the deck learns from `/live/config.json`. */
export interface LiveConfig {
  /** The address students open, for the QR code, e.g. `http://192.168.1.20:3030/join`. */
  join: string
  /** The same, short enough to type: `192.168.1.20:3030`. */
  short: string
}

/** Reads `/live/config.json`, or undefined when the answer is not one (a static host's fallback page). */
export function parseLiveConfig(value: unknown): LiveConfig | undefined {
  if (!value || typeof value !== 'object')
    return undefined
  const { join, short } = value as Record<string, unknown>
  return typeof join === 'string' && typeof short === 'string' ? { join, short } : undefined
}

/** Reads a server message on the deck or the phone; anything unexpected is ignored. */
export function parseServerMessage(text: string): ServerMessage | undefined {
  try {
    const value = JSON.parse(text) as { t?: unknown }
    return value && typeof value === 'object' && ['view', 'ack', 'refused', 'tally'].includes(value.t as string) ? value as ServerMessage : undefined
  }
  catch {
    return undefined
  }
}

/** Which of the presenter's verbs make sense for a question in this state. */
export function allowedCommands(status: LiveStatus, voters: number): ReadonlySet<CommandMessage['t']> {
  const allowed = new Set<CommandMessage['t']>()
  if (status === 'idle' || status === 'closed')
    allowed.add('open')
  if (status === 'open')
    allowed.add('close')
  if (status !== 'revealed')
    allowed.add('reveal')
  if (status !== 'idle' || voters > 0)
    allowed.add('reset')
  return allowed
}

/** The bars of a live histogram: one per option, lettered, the answer marked with a tick once revealed (never by colour alone). */
export function liveBars(question: LiveQuestion, tally: LiveTally | undefined, correct: readonly string[] | undefined): { labels: string[], values: number[], display: string[] } {
  const voters = tally?.voters ?? 0
  const values = question.options.map(option => tally?.counts[option.id] ?? 0)
  return {
    labels: question.options.map(option => `${option.letter}${correct?.includes(option.id) ? ' ✓' : ''}`),
    values,
    display: values.map(value => voters ? `${value} (${Math.round((value / voters) * 100)} %)` : String(value)),
  }
}
