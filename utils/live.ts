/**
 * The live class's shared vocabulary: the live form of the deck's questions,
 * and what the deck needs to take part (the page flag, the join address, the
 * presenter's verbs and histogram). The wire protocol lives in
 * `live-protocol.ts` and is re-exported here. Pure and free of `data/`
 * imports, so the server (plain Node), the deck and the tests all use it.
 */
import type { Lang, Localized, Quiz } from '../data/schema'
import type { CommandMessage, LiveQuestion, LiveStatus, LiveTally } from './live-protocol'
import { MAX_VOTE_PARTS, placementKey } from './live-protocol'
import { choiceOptions, isChoice, letter, shownOrder } from './scoring'

export { isLiveHost, LIVE_META } from './live-host'

/** A question the server can run: what students see, and what it keeps to itself until the reveal. */
export interface LiveEntry {
  readonly question: LiveQuestion
  /** The right options (choice), `statement=category` for every statement (classify), or the items in order (order). */
  readonly correct: readonly string[]
}

/** Names a category that has no label of its own (a level of analysis, by its id); the deck passes `getLevel`, the server `levels.json`. */
export type LevelName = (id: string) => Localized | undefined

/**
 * The live form of a question. True and false are the options of a
 * true-false question, as in the deck; an order question's items come in the
 * deck's scrambled order (the same as on the slide), never in the right one.
 */
export function liveEntryOf(quiz: Quiz, lang: Lang, levelName: LevelName = () => undefined): LiveEntry | undefined {
  if (isChoice(quiz)) {
    const all = choiceOptions(quiz)
    const options = all.map((option, i) => ({ id: option.id, letter: letter(i), text: option.text[lang] }))
    return {
      question: { id: quiz.id, type: quiz.type, prompt: quiz.prompt[lang], options },
      correct: all.filter(option => option.correct).map(option => option.id),
    }
  }
  if (quiz.type === 'classify') {
    const options = quiz.items.map((item, i) => ({ id: item.id, letter: letter(i), text: item.text[lang] }))
    const categories = quiz.categories.map(category => ({ id: category.id, text: (category.label ?? levelName(category.id))?.[lang] ?? category.id }))
    return {
      question: { id: quiz.id, type: quiz.type, prompt: quiz.prompt[lang], options, categories },
      correct: quiz.items.map(item => placementKey(item.id, item.category)),
    }
  }
  const byId = new Map(quiz.items.map(item => [item.id, item]))
  const options = shownOrder(quiz).map((id, i) => ({ id, letter: letter(i), text: byId.get(id)!.text[lang] }))
  return { question: { id: quiz.id, type: quiz.type, prompt: quiz.prompt[lang], options }, correct: quiz.items.map(item => item.id) }
}

/** Every live question of a deck, by id. */
export function liveCatalog(quizzes: readonly Quiz[], lang: Lang, levelName?: LevelName): Map<string, LiveEntry> {
  const catalog = new Map<string, LiveEntry>()
  for (const quiz of quizzes) {
    const entry = liveEntryOf(quiz, lang, levelName)
    if (entry)
      catalog.set(quiz.id, entry)
  }
  return catalog
}

/**
 * A device's answer in the one form the class keeps, or undefined when it
 * does not fit the question: choice options in the question's order (so
 * "A, C" and "C, A" are one vote), one option only unless multiple; every
 * statement placed once in a known category, in the statements' order
 * (classify); every item exactly once, in the student's order (order). An
 * empty choice (a withdrawal) is kept as it is.
 */
export function acceptedVote(entry: LiveEntry, vote: readonly string[]): string[] | undefined {
  const { question } = entry
  if (vote.length > MAX_VOTE_PARTS || new Set(vote).size !== vote.length)
    return undefined
  if (vote.length === 0)
    return []
  const ids = question.options.map(option => option.id)
  if (question.type === 'order')
    return vote.length === ids.length && vote.every(id => ids.includes(id)) ? [...vote] : undefined
  if (question.type === 'classify') {
    const categories = new Set(question.categories?.map(category => category.id))
    const placed = new Map<string, string>()
    for (const part of vote) {
      const [statement, category, extra] = part.split('=')
      if (extra !== undefined || !statement || !category || !ids.includes(statement) || !categories.has(category) || placed.has(statement))
        return undefined
      placed.set(statement, category)
    }
    return placed.size === ids.length ? ids.map(id => placementKey(id, placed.get(id)!)) : undefined
  }
  if (!vote.every(option => ids.includes(option)) || (question.type !== 'multiple' && vote.length > 1))
    return undefined
  return ids.filter(option => vote.includes(option))
}

// ------------------------------------------------------------------ deck side

export * from './live-protocol'

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
