/**
 * A session's results as a file to download or save: the glue between the
 * deck's data on this laptop and the pure export (`utils/live-export.ts`),
 * shared by the class server's download links and `npm run class -- export`.
 */
import type { Lang, Quiz } from '../data/schema'
import type { ResultsFormat, SessionQuestions } from '../utils/live-export'
import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { loadDeckData } from '../data/load'
import { editions } from '../scripts/editions'
import { resultsCsv, resultsFileName, resultsJson, sessionResults } from '../utils/live-export'

export type { ResultsFormat }

/** A session's results as a file: its name, its media type and its text. */
export interface ResultsFile {
  name: string
  type: string
  body: string
}

/** What the export needs of the deck, read once. */
export interface DeckFacts {
  quizzes: readonly Quiz[]
  levelName: (id: string) => { en: string, id: string } | undefined
  title: string
}

const titleLine = /^title:(.+)$/m
const quoted = /^(["'])(.*)\1$/

/** The edition's title from its headmatter (`title:` in `slides.md`), or undefined. */
export function editionTitle(lang: Lang, root = fileURLToPath(new URL('../', import.meta.url))): string | undefined {
  const file = `${root}${editions[lang]}`
  if (!existsSync(file))
    return undefined
  const text = readFileSync(file, 'utf8')
  const headmatter = text.startsWith('---') ? text.slice(3, text.indexOf('\n---', 3)) : ''
  const title = titleLine.exec(headmatter)?.[1]?.trim()
  return title?.replace(quoted, '$2')
}

/** The deck's questions, level names and title in one language, from `data/` and the slides. */
export function deckFacts(lang: Lang, quizzes?: readonly Quiz[]): DeckFacts {
  const data = loadDeckData(fileURLToPath(new URL('../data/', import.meta.url)))
  const levels = new Map(data['levels.json'].levels.map(level => [level.id as string, level.name]))
  return {
    quizzes: quizzes ?? data['quizzes.json'].quizzes,
    levelName: id => levels.get(id),
    title: editionTitle(lang) ?? data['paper.json'].title[lang],
  }
}

/** A session's results as a file to download or save. */
export function resultsFile(deck: DeckFacts, lang: Lang, session: string, questions: SessionQuestions, format: ResultsFormat, now = new Date()): ResultsFile {
  const results = sessionResults({ quizzes: deck.quizzes, levelName: deck.levelName, title: deck.title, lang, session, questions, exportedAt: now })
  return format === 'csv'
    ? { name: resultsFileName(session, lang, 'csv'), type: 'text/csv; charset=utf-8', body: resultsCsv(results) }
    : { name: resultsFileName(session, lang, 'json'), type: 'application/json; charset=utf-8', body: resultsJson(results) }
}
