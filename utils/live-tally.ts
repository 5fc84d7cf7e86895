/**
 * Counting a class's answers to one question, whatever its type: votes per
 * option (choice), how many placed each statement in each category
 * (classify), how many had each item at each position (order), and how many
 * answers were wholly right. Pure: the class server counts with it, and the
 * tests check it directly.
 */
import type { LiveEntry } from './live'
import type { LiveQuestion, LiveStatus, LiveTally } from './live-protocol'
import { acceptedVote } from './live'
import { placementKey, positionKey } from './live-protocol'

/** Every key the tally of this question has, each starting at 0, so a table shows its empty cells too. */
export function tallyKeys(entry: LiveEntry): string[] {
  const { question } = entry
  if (question.type === 'classify')
    return question.options.flatMap(option => (question.categories ?? []).map(category => placementKey(option.id, category.id)))
  if (question.type === 'order')
    return question.options.flatMap(option => question.options.map((_, i) => positionKey(option.id, i + 1)))
  return question.options.map(option => option.id)
}

/** Whether an answer (in the form `acceptedVote` keeps) is wholly right. */
export function isWhollyRight(entry: LiveEntry, answer: readonly string[]): boolean {
  if (entry.question.type === 'order' || entry.question.type === 'classify')
    return answer.join() === entry.correct.join()
  return answer.length === entry.correct.length && entry.correct.every(option => answer.includes(option))
}

/**
 * A vote read back from a file (a session's state or journal), in the form
 * the class counts, or undefined when it is not a list of strings, is empty,
 * or no longer fits its question (an option renamed since): such a vote is
 * not counted, neither by the server after a restart nor in the export.
 */
export function savedVote(entry: LiveEntry, value: unknown): string[] | undefined {
  const accepted = Array.isArray(value) && value.every(part => typeof part === 'string') ? acceptedVote(entry, value) : undefined
  return accepted?.length ? accepted : undefined
}

/** The tally keys one answer counts under: each option or placement as it is, each order item with its position. */
export function answerKeys(question: Pick<LiveQuestion, 'type'>, answer: readonly string[]): string[] {
  return question.type === 'order' ? answer.map((item, i) => positionKey(item, i + 1)) : [...answer]
}

/** The tally of one question from its devices' answers (each already accepted: see `acceptedVote`). */
export function tallyAnswers(entry: LiveEntry, status: LiveStatus, answers: Iterable<readonly string[]>): LiveTally {
  const counts: Record<string, number> = Object.fromEntries(tallyKeys(entry).map(key => [key, 0]))
  let voters = 0
  let right = 0
  for (const answer of answers) {
    voters++
    if (isWhollyRight(entry, answer))
      right++
    for (const key of answerKeys(entry.question, answer))
      counts[key] = (counts[key] ?? 0) + 1
  }
  return { status, counts, voters, right }
}

/**
 * A tally as a data table: a row per statement (classify) or item (order),
 * each with the letter the slide gives it, and a column per category or
 * position.
 */
export interface LiveMatrix {
  /** Column headings after the row heading: the categories, or the positions 1, 2, 3… */
  readonly columns: readonly string[]
  readonly rows: readonly { readonly id: string, readonly label: string, readonly cells: readonly { readonly count: number, readonly right: boolean }[] }[]
}

/**
 * The classify or order tally as a table, or undefined for a choice
 * question (the histogram shows those). `correct`, once it may be shown,
 * marks the right cells and puts order items in their right order.
 */
export function liveMatrix(entry: Pick<LiveEntry, 'question'>, tally: LiveTally | undefined, correct?: readonly string[]): LiveMatrix | undefined {
  const { question } = entry
  const count = (key: string) => tally?.counts[key] ?? 0
  if (question.type === 'classify') {
    const categories = question.categories ?? []
    return {
      columns: categories.map(category => category.text),
      rows: question.options.map(option => ({
        id: option.id,
        label: `${option.letter}. ${option.text}`,
        cells: categories.map(category => ({ count: count(placementKey(option.id, category.id)), right: !!correct?.includes(placementKey(option.id, category.id)) })),
      })),
    }
  }
  if (question.type === 'order') {
    const labelled = new Map(question.options.map(option => [option.id, `${option.letter}. ${option.text}`]))
    const ids = correct?.length === question.options.length ? correct : question.options.map(option => option.id)
    return {
      columns: question.options.map((_, i) => String(i + 1)),
      rows: ids.map(id => ({
        id,
        label: labelled.get(id) ?? id,
        cells: question.options.map((_, i) => ({ count: count(positionKey(id, i + 1)), right: !!correct && correct.indexOf(id) === i })),
      })),
    }
  }
  return undefined
}
