/**
 * The student's progress in `cmi.suspend_data`, which SCORM 1.2 caps at
 * 4,096 characters: too little for the JSON the browser keeps (about
 * 5.6 kB with every question answered), so it is written compactly, about
 * 920 characters for all 27 questions (about 1,010 at worst):
 *
 *     s1|nts-reply.c5ci.51.rs.b|order-pandemic-events.oxkk.53.jo.bacdfe|…
 *
 * one entry per question: its id, a hash of its shape (see `signature`),
 * the flags (checked, solution seen, recorded as an interaction), attempts, best score in thousandths
 * (base 36, empty when none) and the answer: option letters (choice), one
 * category digit per item or `_` (classify), item letters (order). Entries
 * come in the order the questions were first checked, which fixes each one's
 * `cmi.interactions` index across sessions and devices. Whatever the decoder
 * reads goes through `sanitize`, like any saved progress: an entry that no
 * longer fits its question is dropped alone.
 */
import type { Quiz } from '../data/schema'
import type { QuizEntry, QuizProgress } from './quiz-storage'
import type { Answer } from './scoring'
import { emptyProgress, sanitize, signature, STORAGE_VERSION } from './quiz-storage'
import { choiceOptions, isChoice } from './scoring'

/** SCORM 1.2's limit on `cmi.suspend_data`. */
export const SUSPEND_DATA_LIMIT = 4096

const PREFIX = 's1'

/** A short, stable hash of a question's shape (FNV-1a, 4 base-36 characters). */
export function shapeHash(quiz: Quiz): string {
  let hash = 0x811C9DC5
  for (const char of signature(quiz)) {
    hash ^= char.charCodeAt(0)
    hash = Math.imul(hash, 0x01000193) >>> 0
  }
  return (hash % 36 ** 4).toString(36).padStart(4, '0')
}

const letterOf = (index: number): string => String.fromCharCode(97 + index)
const indexOf = (letter: string): number => letter.charCodeAt(0) - 97

function encodeAnswer(quiz: Quiz, answer: Answer): string {
  if (isChoice(quiz) && answer.kind === 'choice') {
    const options = choiceOptions(quiz)
    return options.flatMap((option, i) => answer.selected.includes(option.id) ? [letterOf(i)] : []).join('')
  }
  if (quiz.type === 'classify' && answer.kind === 'classify') {
    const categories = quiz.categories.map(category => category.id)
    return quiz.items.map((item) => {
      const placed = answer.placements[item.id]
      return placed === undefined ? '_' : categories.indexOf(placed).toString(36)
    }).join('')
  }
  if (quiz.type === 'order' && answer.kind === 'order') {
    const ids = quiz.items.map(item => item.id)
    return answer.order.map(id => letterOf(ids.indexOf(id))).join('')
  }
  throw new TypeError(`A ${answer.kind} answer does not fit the ${quiz.type} question "${quiz.id}"`)
}

/** The answer back, or undefined when the letters do not fit the question. */
function decodeAnswer(quiz: Quiz, code: string): Answer | undefined {
  if (isChoice(quiz)) {
    const options = choiceOptions(quiz)
    const selected = [...code].map(letter => options[indexOf(letter)]?.id)
    return selected.every(id => id !== undefined) ? { kind: 'choice', selected: selected as string[] } : undefined
  }
  if (quiz.type === 'classify') {
    if (code.length !== quiz.items.length)
      return undefined
    const placements: Record<string, string> = {}
    for (const [i, item] of quiz.items.entries()) {
      if (code[i] === '_')
        continue
      const category = quiz.categories[Number.parseInt(code[i]!, 36)]
      if (!category)
        return undefined
      placements[item.id] = category.id
    }
    return { kind: 'classify', placements }
  }
  const order = [...code].map(letter => quiz.items[indexOf(letter)]?.id)
  return order.every(id => id !== undefined) ? { kind: 'order', order: order as string[] } : undefined
}

/**
 * Ids of the entries in the order they go into suspend_data: `first` (the
 * questions with an interaction, in its order), then every other entry.
 */
function entryOrder(progress: QuizProgress, first: readonly string[]): string[] {
  const ids = Object.keys(progress.entries)
  return [...first.filter(id => ids.includes(id)), ...ids.filter(id => !first.includes(id))]
}

/** The progress as suspend_data; `first` lists the questions recorded as interactions, in their order. */
export function encodeSuspendData(progress: QuizProgress, quizzes: readonly Quiz[], first: readonly string[] = []): string {
  const known = new Map(quizzes.map(quiz => [quiz.id, quiz]))
  const parts = [PREFIX]
  for (const id of entryOrder(progress, first)) {
    const quiz = known.get(id)
    const entry = progress.entries[id]
    if (!quiz || !entry)
      continue
    const flags = (entry.checked ? 1 : 0) + (entry.solutionSeen ? 2 : 0) + (first.includes(id) ? 4 : 0)
    const best = entry.best === null ? '' : Math.round(entry.best * 1000).toString(36)
    parts.push([id, shapeHash(quiz), `${flags}${entry.attempts.toString(36)}`, best, encodeAnswer(quiz, entry.answer)].join('.'))
  }
  return parts.join('|')
}

export interface DecodedSuspendData {
  /** The progress, sanitised: only entries that fit today's questions. */
  readonly progress: QuizProgress
  /** Ids of the questions recorded as interactions, in their order (index 0 first). */
  readonly order: readonly string[]
}

/** Reads suspend_data; anything unreadable gives empty progress, never an error. */
export function decodeSuspendData(data: string, quizzes: readonly Quiz[]): DecodedSuspendData {
  const [prefix, ...parts] = data.split('|')
  if (prefix !== PREFIX)
    return { progress: emptyProgress(), order: [] }
  const known = new Map(quizzes.map(quiz => [quiz.id, quiz]))
  const entries: Record<string, unknown> = {}
  const recorded: string[] = []
  for (const part of parts) {
    const [id, hash, counts, best, answerCode] = part.split('.')
    const quiz = id === undefined ? undefined : known.get(id)
    if (!quiz || hash === undefined || counts === undefined || best === undefined || answerCode === undefined || Object.hasOwn(entries, quiz.id))
      continue
    const flags = Number(counts[0])
    if ((flags & 4) === 4)
      recorded.push(quiz.id)
    entries[quiz.id] = {
      answer: decodeAnswer(quiz, answerCode),
      checked: (flags & 1) === 1,
      solutionSeen: (flags & 2) === 2,
      attempts: Number.parseInt(counts.slice(1), 36),
      best: best === '' ? null : Number.parseInt(best, 36) / 1000,
      // A question whose shape changed since gets a signature that cannot match.
      sig: hash === shapeHash(quiz) ? signature(quiz) : `changed:${hash}`,
    }
  }
  const progress = sanitize({ version: STORAGE_VERSION, entries }, quizzes)
  return { progress, order: recorded.filter(id => Object.hasOwn(progress.entries, id)) }
}

/**
 * Progress from two places (this browser, the LMS) as one: for each question
 * the entry with more attempts, this browser's when they tie. A question only
 * one of them has is kept as it is.
 */
export function mergeProgress(local: QuizProgress, remote: QuizProgress): QuizProgress {
  const entries: Record<string, QuizEntry> = { ...remote.entries }
  for (const [id, entry] of Object.entries(local.entries)) {
    const other = entries[id]
    if (!other || entry.attempts >= other.attempts)
      entries[id] = entry
  }
  return { version: STORAGE_VERSION, entries }
}
