/**
 * What the room's answers say, question by question: the share of each
 * wrong option and the misconception it reveals (from `data/quizzes.json`),
 * for the presenter's results and the export after class. Pure, and free of
 * `data/` imports (the quiz is passed in), so the class server runs it too.
 */
import type { Lang, Localized, Quiz } from '../data/schema'
import type { LabelKey } from './labels'
import type { LiveStatus, LiveTally } from './live-protocol'
import { placementKey } from './live-protocol'
import { letter } from './scoring'

/** One wrong answer the room gave, with what it reveals. */
export interface MisconceptionLine {
  /** A wrong option chosen (choice), or a statement placed elsewhere than its category (classify). */
  readonly kind: 'option' | 'statement'
  /** The option's id (`true`/`false` for a true-false question), or the statement's. */
  readonly option: string
  /** A, B, C… as on the slide and the phones, for options and statements alike. */
  readonly letter: string
  /** How many devices chose it, or misplaced the statement. */
  readonly count: number
  /** Of those who answered, from 0 to 1. */
  readonly share: number
  /** The misconception choosing it reveals, in the deck's language. */
  readonly text: string
}

/** The wrong options of a choice question with their misconceptions, in the slide's order; empty for other types. */
export function wrongOptions(quiz: Quiz): { id: string, letter: string, misconception?: Localized }[] {
  if (quiz.type === 'true-false') {
    const wrong = String(!quiz.answer)
    return [{ id: wrong, letter: letter(quiz.answer ? 1 : 0), misconception: quiz.misconception }]
  }
  if (quiz.type === 'single' || quiz.type === 'multiple') {
    return quiz.options
      .map((option, i) => ({ option, i }))
      .filter(({ option }) => !option.correct)
      .map(({ option, i }) => ({ id: option.id, letter: letter(i), misconception: option.misconception }))
  }
  return []
}

/**
 * The misconceptions behind the wrong answers the room gave, the most
 * common first (ties in the slide's order): each wrong option chosen
 * (choice), each statement placed in another category (classify). Those
 * nobody gave are left out; order questions have none in the data.
 */
export function liveMisconceptions(quiz: Quiz, lang: Lang, tally: LiveTally | undefined): MisconceptionLine[] {
  const voters = tally?.voters ?? 0
  if (!voters)
    return []
  const lines: Omit<MisconceptionLine, 'share'>[] = quiz.type === 'classify'
    ? quiz.items.map((item, i) => ({ kind: 'statement', option: item.id, letter: letter(i), count: voters - (tally?.counts[placementKey(item.id, item.category)] ?? 0), text: item.misconception[lang] }))
    : wrongOptions(quiz).map(option => ({ kind: 'option', option: option.id, letter: option.letter, count: tally?.counts[option.id] ?? 0, text: option.misconception?.[lang] ?? '' }))
  return lines
    .filter(line => line.count > 0 && line.text)
    .map(line => ({ ...line, share: line.count / voters }))
    .sort((a, b) => b.count - a.count)
}

/** Where a question stands, in words: the presenter's results and the export say it alike. */
export const statusLabels = {
  idle: 'liveStatusIdle',
  open: 'liveStatusOpen',
  closed: 'liveStatusClosed',
  revealed: 'liveStatusRevealed',
} as const satisfies Record<LiveStatus, LabelKey>

/** A share as the deck writes it: `31 %`. */
export function percent(share: number): string {
  return `${Math.round(share * 100)} %`
}
