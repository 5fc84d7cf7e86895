/**
 * A class session's results, for the lecturer after class: per question used,
 * how many answered and how many were wholly right, and a row per option
 * (choice), per statement and category (classify) or per item and position
 * (order), with its count, its share, whether it is right and, for a wrong
 * one, the misconception it reveals. Written as JSON or as CSV for a
 * spreadsheet, in the deck's language.
 *
 * Only counts leave this module: no device id, nor anything else about a
 * student. Pure and free of `data/` imports (the questions, the level names
 * and the language come in), so the class server and the command both use it.
 */
import type { Lang, Quiz } from '../data/schema'
import type { LabelKey } from './labels'
import type { LevelName, LiveEntry } from './live'
import type { LiveStatus } from './live-protocol'
import type { MisconceptionLine } from './live-results'
import { labels } from './labels'
import { liveCatalog } from './live'
import { placementKey, positionKey } from './live-protocol'
import { liveMisconceptions, percent, statusLabels, wrongOptions } from './live-results'
import { savedVote, tallyAnswers } from './live-tally'

/** The export's format name and version, in every JSON file. */
export const EXPORT_FORMAT = 'jwg-live-results'
export const EXPORT_VERSION = 1

/** What a session keeps of each question: its status and each device's answer (a snapshot's `questions`). */
export type SessionQuestions = Readonly<Record<string, { readonly status: LiveStatus, readonly votes: Readonly<Record<string, readonly string[]>> }>>

/** One option (choice), statement in a category (classify) or item at a position (order). */
export interface ResultRow {
  /** The option, statement or item id. */
  readonly id: string
  /** A, B, C… as on the slide, for options, statements and items alike. */
  readonly letter: string
  readonly text: string
  /** Classify: the category this row counts. */
  readonly category?: { readonly id: string, readonly text: string }
  /** Order: the position this row counts, from 1. */
  readonly position?: number
  /** How many answers chose it (or placed it so). */
  readonly count: number
  /** Of those who answered, from 0 to 1. */
  readonly share: number
  /** Whether it is a right option, the statement's own category, or the item's right position. */
  readonly right: boolean
  /** For a wrong option or placement: the misconception it reveals, from the data. */
  readonly misconception?: string
}

export interface QuestionResult {
  readonly id: string
  readonly type: Quiz['type']
  readonly prompt: string
  readonly status: LiveStatus
  /** How many devices answered. */
  readonly answered: number
  /** How many answers were wholly right (for an order question: the whole order). */
  readonly right: number
  /** `right` of `answered`, from 0 to 1; 0 when nobody answered. */
  readonly shareRight: number
  readonly rows: readonly ResultRow[]
  /** The wrong answers the room gave and what they reveal, the most common first. */
  readonly misconceptions: readonly Pick<MisconceptionLine, 'kind' | 'option' | 'letter' | 'count' | 'share' | 'text'>[]
}

export interface SessionResults {
  readonly format: typeof EXPORT_FORMAT
  readonly version: typeof EXPORT_VERSION
  readonly title: string
  readonly session: string
  readonly lang: Lang
  /** ISO 8601. */
  readonly exportedAt: string
  readonly questions: readonly QuestionResult[]
}

export interface ResultsInput {
  /** The deck's questions, in the deck's order. */
  quizzes: readonly Quiz[]
  lang: Lang
  /** Names a category that is a level of analysis. */
  levelName?: LevelName
  /** The session's questions, as its snapshot keeps them. */
  questions: SessionQuestions
  /** The deck's title. */
  title: string
  session: string
  /** Default: now. */
  exportedAt?: Date
}

function rowsOf(quiz: Quiz, entry: LiveEntry, lang: Lang, counts: Readonly<Record<string, number>>, answered: number): ResultRow[] {
  const { question, correct } = entry
  const share = (count: number) => answered ? count / answered : 0
  const { options } = question
  if (question.type === 'classify' && quiz.type === 'classify') {
    const misconception = new Map(quiz.items.map(item => [item.id, item.misconception[lang]]))
    return options.flatMap(option => (question.categories ?? []).map((category) => {
      const key = placementKey(option.id, category.id)
      const count = counts[key] ?? 0
      const right = correct.includes(key)
      return { id: option.id, letter: option.letter, text: option.text, category: { id: category.id, text: category.text }, count, share: share(count), right, ...(right ? {} : { misconception: misconception.get(option.id) }) }
    }))
  }
  if (question.type === 'order') {
    return options.flatMap(option => options.map((_, i) => {
      const count = counts[positionKey(option.id, i + 1)] ?? 0
      return { id: option.id, letter: option.letter, text: option.text, position: i + 1, count, share: share(count), right: correct.indexOf(option.id) === i }
    }))
  }
  const misconception = new Map(wrongOptions(quiz).map(option => [option.id, option.misconception?.[lang]]))
  return options.map((option) => {
    const count = counts[option.id] ?? 0
    const right = correct.includes(option.id)
    const text = misconception.get(option.id)
    return { id: option.id, letter: option.letter, text: option.text, count, share: share(count), right, ...(right || !text ? {} : { misconception: text }) }
  })
}

/**
 * The results of one session: every question it used that the deck still
 * has, in the deck's order. An answer that no longer fits its question (an
 * option renamed since) is not counted, as the class server would not count it.
 */
export function sessionResults(input: ResultsInput): SessionResults {
  const { quizzes, lang, questions } = input
  const catalog = liveCatalog(quizzes, lang, input.levelName)
  const results: QuestionResult[] = []
  for (const quiz of quizzes) {
    const saved = questions[quiz.id]
    const entry = catalog.get(quiz.id)
    if (!saved || !entry)
      continue
    const answers = Object.values(saved.votes).flatMap((vote) => {
      const accepted = savedVote(entry, vote)
      return accepted ? [accepted] : []
    })
    const tally = tallyAnswers(entry, saved.status, answers)
    const right = tally.right ?? 0
    results.push({
      id: quiz.id,
      type: quiz.type,
      prompt: entry.question.prompt,
      status: saved.status,
      answered: tally.voters,
      right,
      shareRight: tally.voters ? right / tally.voters : 0,
      rows: rowsOf(quiz, entry, lang, tally.counts, tally.voters),
      misconceptions: liveMisconceptions(quiz, lang, tally).map(({ kind, option, letter, count, share, text }) => ({ kind, option, letter, count, share, text })),
    })
  }
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    title: input.title,
    session: input.session,
    lang,
    exportedAt: (input.exportedAt ?? new Date()).toISOString(),
    questions: results,
  }
}

/** The results as a JSON file. */
export function resultsJson(results: SessionResults): string {
  return `${JSON.stringify(results, null, 2)}\n`
}

const needsQuotes = /[",\r\n]/
const quote = /"/g

/** One CSV field, quoted when it holds a comma, a quote or a line break (RFC 4180). */
export function csvField(value: string | number): string {
  const text = String(value)
  return needsQuotes.test(text) ? `"${text.replace(quote, '""')}"` : text
}

const typeLabels: Record<Quiz['type'], LabelKey> = {
  'single': 'exportTypeSingle',
  'multiple': 'exportTypeMultiple',
  'true-false': 'exportTypeTrueFalse',
  'classify': 'exportTypeClassify',
  'order': 'exportTypeOrder',
}

/** The CSV's columns, in order. */
export const csvColumns = ['exportSession', 'exportQuestion', 'exportType', 'exportPrompt', 'exportStatus', 'exportAnswered', 'exportWhollyRight', 'exportShareWhollyRight', 'exportLetter', 'exportText', 'exportPlacedIn', 'exportCount', 'exportShare', 'exportIsRight', 'exportMisconception'] as const satisfies readonly LabelKey[]

/**
 * The results as a CSV file for a spreadsheet: UTF-8 with a byte-order mark
 * (so Excel reads the accents), a header row in the deck's language, then one
 * row per option, placement or position, each with its question's columns.
 * Lines end with CRLF, as RFC 4180 has it.
 */
export function resultsCsv(results: SessionResults): string {
  const { lang } = results
  const word = (key: LabelKey) => labels[key][lang]
  const lines: string[][] = [csvColumns.map(word)]
  for (const question of results.questions) {
    for (const row of question.rows) {
      lines.push([
        results.session,
        question.id,
        word(typeLabels[question.type]),
        question.prompt,
        word(statusLabels[question.status]),
        String(question.answered),
        String(question.right),
        percent(question.shareRight),
        row.letter,
        row.text,
        row.category?.text ?? (row.position === undefined ? '' : String(row.position)),
        String(row.count),
        percent(row.share),
        word(row.right ? 'exportYes' : 'exportNo'),
        row.misconception ?? '',
      ])
    }
  }
  return `\uFEFF${lines.map(line => line.map(csvField).join(',')).join('\r\n')}\r\n`
}

/** The file name a session's results are saved under: `jwg-live-<session>-<lang>.csv`. */
/** The two file formats of the export. */
export type ResultsFormat = 'csv' | 'json'

export function resultsFileName(session: string, lang: Lang, format: ResultsFormat): string {
  return `jwg-live-${session}-${lang}.${format}`
}
