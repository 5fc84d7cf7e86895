/**
 * The saved progress: its versioned shape, and `sanitize`, which turns
 * whatever the browser's storage holds into progress the deck can trust.
 * It never throws: an entry that is broken, belongs to a question that no
 * longer exists, or was saved for an earlier wording of a question is dropped
 * alone, and every other entry is kept.
 */
import type { Quiz } from '../data/schema'
import type { Answer } from './scoring'
import { answerKind, choiceOptions, isChoice, isComplete } from './scoring'

/** One key for every question of the deck. */
export const STORAGE_KEY = 'jwg-health:quiz-progress'

/** The version `sanitize` writes. Raise it, and add a migration, when the shape changes. */
export const STORAGE_VERSION = 1

/** What is saved for one question. */
export interface QuizEntry {
  /** The answer as the student left it, checked or not. */
  readonly answer: Answer
  /** Whether `answer` has been checked (its feedback shows again after a reload). */
  readonly checked: boolean
  /** How many times the student checked an answer. */
  readonly attempts: number
  /** Best score (0–1) checked before the solution was seen; null if none. */
  readonly best: number | null
  /** Whether the student has looked at the solution. */
  readonly solutionSeen: boolean
  /** The question's shape when saved (see `signature`): a changed question drops its entry. */
  readonly sig: string
}

export interface QuizProgress {
  readonly version: typeof STORAGE_VERSION
  readonly entries: Readonly<Record<string, QuizEntry>>
}

/** Why an entry, or the whole saved value, was set aside. */
export type DropReason
  = | 'unreadable' // not JSON, or not an object
    | 'bad-version' // a version that is not a whole number
    | 'newer-version' // written by a newer deck: its shape is unknown here
    | 'failed-migration' // a migration threw: the entries are checked as they are
    | 'unknown-question' // the question no longer exists
    | 'changed-question' // the question's options or items changed since
    | 'broken-entry' // an entry that does not fit the shape

export interface Dropped {
  /** The question id, or `*` for the saved value as a whole. */
  readonly id: string
  readonly reason: DropReason
}

/** Turns saved data of version `n` into version `n + 1`. */
export type Migration = (data: Record<string, unknown>) => Record<string, unknown>

/** Version 1 is the first saved shape: nothing to migrate from yet. */
export const MIGRATIONS: Readonly<Record<number, Migration>> = {}

export interface SanitizeOptions {
  /** Migrations by the version they start from (tests pass their own). */
  migrations?: Readonly<Record<number, Migration>>
}

export function emptyProgress(): QuizProgress {
  return { version: STORAGE_VERSION, entries: {} }
}

/**
 * The question's shape in one string: its type and the ids of its options,
 * items and categories. Rewording keeps it; adding, removing or renaming an
 * option (or moving an item to another category) changes it.
 */
export function signature(quiz: Quiz): string {
  if (isChoice(quiz))
    return `${quiz.type}:${choiceOptions(quiz).map(option => `${option.id}${option.correct ? '+' : ''}`).join(',')}`
  if (quiz.type === 'classify')
    return `classify:${quiz.categories.map(category => category.id).join(',')}|${quiz.items.map(item => `${item.id}>${item.category}`).join(',')}`
  return `order:${quiz.items.map(item => item.id).join(',')}`
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every(item => typeof item === 'string')
}

/** The answer if it fits the question exactly, else undefined. */
function readAnswer(quiz: Quiz, raw: unknown): Answer | undefined {
  if (!isRecord(raw) || raw.kind !== answerKind(quiz))
    return undefined
  if (isChoice(quiz)) {
    const ids = new Set(choiceOptions(quiz).map(option => option.id))
    const selected = raw.selected
    if (!isStringArray(selected) || new Set(selected).size !== selected.length || !selected.every(id => ids.has(id)))
      return undefined
    if (quiz.type !== 'multiple' && selected.length > 1)
      return undefined
    return { kind: 'choice', selected: [...selected] }
  }
  if (quiz.type === 'classify') {
    const placements = raw.placements
    if (!isRecord(placements))
      return undefined
    const items = new Set(quiz.items.map(item => item.id))
    const categories = new Set(quiz.categories.map(category => category.id))
    const clean: Record<string, string> = {}
    for (const [item, category] of Object.entries(placements)) {
      if (!items.has(item) || typeof category !== 'string' || !categories.has(category))
        return undefined
      clean[item] = category
    }
    return { kind: 'classify', placements: clean }
  }
  const order = raw.order
  const ids = quiz.items.map(item => item.id)
  if (!isStringArray(order) || order.length !== ids.length || new Set(order).size !== ids.length || !order.every(id => ids.includes(id)))
    return undefined
  return { kind: 'order', order: [...order] }
}

/** The entry if every field fits, else the reason it does not. */
function readEntry(quiz: Quiz, raw: unknown): QuizEntry | DropReason {
  if (!isRecord(raw))
    return 'broken-entry'
  if (raw.sig !== signature(quiz))
    return typeof raw.sig === 'string' ? 'changed-question' : 'broken-entry'
  const answer = readAnswer(quiz, raw.answer)
  const { checked, attempts, best, solutionSeen } = raw
  if (!answer
    || typeof checked !== 'boolean'
    || typeof solutionSeen !== 'boolean'
    || typeof attempts !== 'number' || !Number.isSafeInteger(attempts) || attempts < 0
    || !(best === null || (typeof best === 'number' && best >= 0 && best <= 1))
    || (checked && (attempts < 1 || !isComplete(quiz, answer)))) {
    return 'broken-entry'
  }
  return { answer, checked, attempts, best, solutionSeen, sig: raw.sig }
}

/** Brings data of an older version up to `target`; throws if a step is missing or fails. */
function migrate(data: Record<string, unknown>, from: number, target: number, migrations: Readonly<Record<number, Migration>>): Record<string, unknown> {
  let current = data
  for (let version = from; version < target; version++) {
    const step = migrations[version]
    if (!step)
      throw new Error(`no migration from version ${version}`)
    current = step(current)
  }
  return current
}

/**
 * Saved progress the deck can trust, with what was dropped and why. Accepts
 * anything (the parsed JSON, or a string still to parse) and never throws.
 */
export function sanitizeWithReport(raw: unknown, quizzes: readonly Quiz[], options: SanitizeOptions = {}): { progress: QuizProgress, dropped: Dropped[] } {
  const target = STORAGE_VERSION
  const migrations = options.migrations ?? MIGRATIONS
  const dropped: Dropped[] = []
  const empty = (reason: DropReason) => ({ progress: emptyProgress(), dropped: [{ id: '*', reason }] })

  let data: unknown = raw
  if (typeof raw === 'string') {
    try {
      data = JSON.parse(raw)
    }
    catch {
      return empty('unreadable')
    }
  }
  if (!isRecord(data))
    return empty('unreadable')

  // Data saved before the version field existed counts as version 0.
  const version = data.version ?? 0
  if (typeof version !== 'number' || !Number.isSafeInteger(version) || version < 0)
    return empty('bad-version')
  if (version > target)
    return empty('newer-version')
  if (version < target) {
    try {
      data = migrate(data, version, target, migrations)
    }
    catch {
      // No way to migrate: keep whichever entries still fit today's shape.
      dropped.push({ id: '*', reason: 'failed-migration' })
    }
  }

  const rawEntries = isRecord(data) ? data.entries : undefined
  if (!isRecord(rawEntries))
    return { progress: emptyProgress(), dropped: [...dropped, { id: '*', reason: 'unreadable' }] }

  const known = new Map(quizzes.map(quiz => [quiz.id, quiz]))
  const entries: Record<string, QuizEntry> = {}
  for (const [id, value] of Object.entries(rawEntries)) {
    const quiz = known.get(id)
    if (!quiz) {
      dropped.push({ id, reason: 'unknown-question' })
      continue
    }
    const entry = readEntry(quiz, value)
    if (typeof entry === 'string')
      dropped.push({ id, reason: entry })
    else
      entries[id] = entry
  }
  return { progress: { version: STORAGE_VERSION, entries }, dropped }
}

/** Saved progress the deck can trust; see `sanitizeWithReport`. */
export function sanitize(raw: unknown, quizzes: readonly Quiz[], options: SanitizeOptions = {}): QuizProgress {
  return sanitizeWithReport(raw, quizzes, options).progress
}

/** The text to store. */
export function serialize(progress: QuizProgress): string {
  return JSON.stringify(progress)
}
