/**
 * The class's state and its rules, with no sockets and no files: which
 * question is current, where each one stands, and each device's vote. The
 * server feeds it messages; the tests feed it directly.
 */
import type { LiveEntry, LiveStatus, LiveTally, RefusalReason } from '../utils/live'
import { acceptedVote, isDeviceId, liveStatuses } from '../utils/live'
import { savedVote, tallyAnswers } from '../utils/live-tally'

/** What a question keeps: its status and the vote of each device. */
interface QuestionState {
  status: LiveStatus
  votes: Map<string, readonly string[]>
}

/** The state as it is saved to disk. */
export interface Snapshot {
  version: 1
  current: string | null
  questions: Record<string, { status: LiveStatus, votes: Record<string, string[]> }>
}

export type Outcome = { ok: true, changed: boolean } | { ok: false, reason: RefusalReason }

/**
 * One change, as the journal on disk records it. Each sets a value rather
 * than repeating a command, so replaying an entry twice, or replaying the
 * journal over a snapshot that already holds it, gives the same state. The
 * keys are short, as a journal line is written per vote: `q` the question,
 * `d` the device, `c` its vote (the name journals already on disk carry).
 */
export type JournalEntry
  = | { k: 'vote', q: string, d: string, c: string[] }
    | { k: 'status', q: string, s: LiveStatus }
    | { k: 'reset', q: string }
    | { k: 'current', q: string | null }

/** An empty state, the start of a class. */
export function emptySnapshot(): Snapshot {
  return { version: 1, current: null, questions: {} }
}

/** Whether a value is a state this version saved: anything else is not guessed at. */
export function isSnapshot(value: unknown): value is Snapshot {
  if (!value || typeof value !== 'object' || Array.isArray(value))
    return false
  const { version, current, questions } = value as Record<string, unknown>
  if (version !== 1 || (current !== null && typeof current !== 'string'))
    return false
  if (!questions || typeof questions !== 'object' || Array.isArray(questions))
    return false
  return Object.values(questions).every((saved) => {
    if (!saved || typeof saved !== 'object' || Array.isArray(saved))
      return false
    const { status, votes } = saved as Record<string, unknown>
    return liveStatuses.includes(status as LiveStatus) && !!votes && typeof votes === 'object' && !Array.isArray(votes)
  })
}

/** Whether a parsed journal line is an entry this version wrote. */
export function isJournalEntry(value: unknown): value is JournalEntry {
  if (!value || typeof value !== 'object' || Array.isArray(value))
    return false
  const entry = value as Record<string, unknown>
  switch (entry.k) {
    case 'vote':
      return typeof entry.q === 'string' && isDeviceId(entry.d) && Array.isArray(entry.c) && entry.c.every(option => typeof option === 'string')
    case 'status':
      return typeof entry.q === 'string' && liveStatuses.includes(entry.s as LiveStatus)
    case 'reset':
      return typeof entry.q === 'string'
    case 'current':
      return entry.q === null || typeof entry.q === 'string'
    default:
      return false
  }
}

/** Applies one journal entry to a snapshot, in place. */
export function applyEntry(snapshot: Snapshot, entry: JournalEntry): void {
  if (entry.k === 'current') {
    snapshot.current = entry.q
    return
  }
  if (entry.k === 'reset') {
    delete snapshot.questions[entry.q]
    return
  }
  const question = snapshot.questions[entry.q] ??= { status: 'idle', votes: {} }
  if (entry.k === 'status') {
    question.status = entry.s
  }
  else if (entry.c.length) {
    question.votes[entry.d] = [...entry.c]
  }
  else {
    delete question.votes[entry.d]
  }
}

/** How many devices one question counts at most, so a flood of made-up ids cannot exhaust memory. */
export const MAX_VOTERS = 5000

export class ClassState {
  current: string | null = null
  private readonly questions = new Map<string, QuestionState>()

  constructor(private readonly catalog: ReadonlyMap<string, LiveEntry>) {}

  /** The live question with this id, if the deck has one. */
  entry(id: string): LiveEntry | undefined {
    return this.catalog.get(id)
  }

  private question(id: string): QuestionState {
    let state = this.questions.get(id)
    if (!state) {
      state = { status: 'idle', votes: new Map() }
      this.questions.set(id, state)
    }
    return state
  }

  status(id: string): LiveStatus {
    return this.questions.get(id)?.status ?? 'idle'
  }

  /** A device's vote on a question, or null. */
  voteOf(id: string, device: string): readonly string[] | null {
    return this.questions.get(id)?.votes.get(device) ?? null
  }

  /**
   * Counts a device's vote on the current, open question, replacing its
   * earlier one: one vote per device and question, changeable until voting
   * closes. An empty vote withdraws the earlier one.
   */
  vote(device: string, id: string, vote: readonly string[]): Outcome {
    if (!isDeviceId(device))
      return { ok: false, reason: 'no-device' }
    const entry = this.catalog.get(id)
    if (!entry)
      return { ok: false, reason: 'unknown-question' }
    if (this.current !== id)
      return { ok: false, reason: 'not-current' }
    const state = this.question(id)
    if (state.status !== 'open')
      return { ok: false, reason: 'closed' }
    const accepted = acceptedVote(entry, vote)
    if (!accepted)
      return { ok: false, reason: 'invalid-vote' }
    const before = state.votes.get(device)
    if (accepted.length === 0) {
      state.votes.delete(device)
      return { ok: true, changed: !!before }
    }
    if (!before && state.votes.size >= MAX_VOTERS)
      return { ok: false, reason: 'too-many' }
    state.votes.set(device, accepted)
    return { ok: true, changed: before?.join() !== accepted.join() }
  }

  /** Opens voting on a question and makes it the current one. A revealed question stays revealed: reset it first. */
  open(id: string): Outcome {
    if (!this.catalog.has(id))
      return { ok: false, reason: 'unknown-question' }
    const state = this.question(id)
    const changed = this.current !== id || (state.status !== 'open' && state.status !== 'revealed')
    this.current = id
    if (state.status !== 'revealed')
      state.status = 'open'
    return { ok: true, changed }
  }

  close(id: string): Outcome {
    if (!this.catalog.has(id))
      return { ok: false, reason: 'unknown-question' }
    const state = this.question(id)
    if (state.status !== 'open')
      return { ok: true, changed: false }
    state.status = 'closed'
    return { ok: true, changed: true }
  }

  /** Closes voting and shows the answer to the phones. */
  reveal(id: string): Outcome {
    if (!this.catalog.has(id))
      return { ok: false, reason: 'unknown-question' }
    const state = this.question(id)
    if (state.status === 'revealed')
      return { ok: true, changed: false }
    state.status = 'revealed'
    return { ok: true, changed: true }
  }

  /** Forgets a question's votes and status, e.g. to ask it again. */
  reset(id: string): Outcome {
    if (!this.catalog.has(id))
      return { ok: false, reason: 'unknown-question' }
    const changed = this.questions.has(id)
    this.questions.delete(id)
    return { ok: true, changed }
  }

  /**
   * The presenter left this question's slide: phones go back to waiting,
   * unless the presenter has already moved them on to another question (the
   * next slide's question may announce itself before this one says goodbye).
   */
  leave(id: string): Outcome {
    if (!this.catalog.has(id))
      return { ok: false, reason: 'unknown-question' }
    if (this.current !== id)
      return { ok: true, changed: false }
    this.current = null
    return { ok: true, changed: true }
  }

  /** The question students see; null shows them "waiting for the lecturer". */
  setCurrent(id: string | null): Outcome {
    if (id !== null && !this.catalog.has(id))
      return { ok: false, reason: 'unknown-question' }
    const changed = this.current !== id
    this.current = id
    return { ok: true, changed }
  }

  /** What the room answered: see `tallyAnswers`. */
  tally(id: string): LiveTally {
    const state = this.questions.get(id)
    const entry = this.catalog.get(id)
    if (!entry)
      return { status: 'idle', counts: {}, voters: 0 }
    return tallyAnswers(entry, state?.status ?? 'idle', state?.votes.values() ?? [])
  }

  /** The tally of every question that was used. */
  tallies(): Record<string, LiveTally> {
    return Object.fromEntries([...this.questions.keys()].map(id => [id, this.tally(id)]))
  }

  snapshot(): Snapshot {
    const questions: Snapshot['questions'] = {}
    for (const [id, state] of this.questions)
      questions[id] = { status: state.status, votes: Object.fromEntries([...state.votes].map(([device, vote]) => [device, [...vote]])) }
    return { version: 1, current: this.current, questions }
  }

  /**
   * The journal entries that record what a presenter's command just changed
   * (called after the command, with its question).
   */
  entriesAfter(command: 'open' | 'close' | 'reveal' | 'reset' | 'leave' | 'current', id: string | null): JournalEntry[] {
    const entries: JournalEntry[] = []
    if (command === 'reset' && id)
      entries.push({ k: 'reset', q: id })
    else if (id && command !== 'leave' && command !== 'current')
      entries.push({ k: 'status', q: id, s: this.status(id) })
    entries.push({ k: 'current', q: this.current })
    return entries
  }

  /**
   * Takes back a saved state and says how many of its parts it left out.
   * Whatever no longer fits (a question gone from the deck, an option
   * renamed, a malformed entry) is left out rather than trusted: the file may
   * come from an older deck.
   */
  restore(value: unknown): { dropped: number } {
    this.questions.clear()
    this.current = null
    let dropped = 0
    if (!value || typeof value !== 'object')
      return { dropped: value === undefined ? 0 : 1 }
    const snapshot = value as Partial<Snapshot>
    if (snapshot.version !== 1 || !snapshot.questions || typeof snapshot.questions !== 'object')
      return { dropped: 1 }
    for (const [id, saved] of Object.entries(snapshot.questions)) {
      const entry = this.catalog.get(id)
      if (!entry || !saved || !liveStatuses.includes(saved.status)) {
        dropped++
        continue
      }
      const state = this.question(id)
      state.status = saved.status
      for (const [device, vote] of Object.entries(saved.votes ?? {})) {
        const accepted = savedVote(entry, vote)
        if (isDeviceId(device) && accepted && state.votes.size < MAX_VOTERS)
          state.votes.set(device, accepted)
        else
          dropped++
      }
    }
    if (typeof snapshot.current === 'string' && this.catalog.has(snapshot.current))
      this.current = snapshot.current
    else if (snapshot.current != null)
      dropped++
    return { dropped }
  }
}
