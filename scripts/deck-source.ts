/**
 * Reads the deck's markdown the way Slidev does: following `src:` imports and
 * expanding the Practice section's marker slide (utils/practice-slides.ts) as
 * setup/preparser.ts does in the build, so tests, the benchmark and the build
 * count the same slides.
 */
import type { SourceSlideInfo } from '@slidev/types'
import type { Lang } from '../data/schema'
import type { PracticeSource } from '../utils/practice-slides'
import { existsSync, readFileSync } from 'node:fs'
import { basename, dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseSync } from '@slidev/parser'
import { loadDeckData } from '../data/load'
import { expandPractice } from '../utils/practice-slides'
import { editions } from './editions'

export const root = fileURLToPath(new URL('../', import.meta.url))

export interface Slide {
  /** File the slide is written in, relative to the project. */
  file: string
  /** Position of the slide in that file, from 1. */
  index: number
  info: SourceSlideInfo
}

const quizTag = /<QuizQuestion\s[^>]*\bid="([^"]+)"/g
const headingLine = /^# (.+)$/m

/** The slides of `file` and the files it imports, with the Practice section expanded when `practice` is given. */
function readSlides(file: string, practice?: () => PracticeSource): Slide[] {
  const lines = readFileSync(file, 'utf8').split('\n')
  if (practice)
    expandPractice(lines, practice)
  const { slides } = parseSync(lines.join('\n'), file)
  return slides.flatMap((info, index) => {
    const src = info.frontmatter.src as string | undefined
    if (src) {
      const target = resolve(dirname(file), src)
      if (!existsSync(target))
        throw new Error(`${basename(file)} slide ${index + 1}: src file ${src} does not exist`)
      return readSlides(target, practice)
    }
    return [{ file: file.slice(root.length), index: index + 1, info }]
  })
}

/** The ids of the questions a slide shows (`<QuizQuestion id="…" />`), each once. */
export function quizIdsOn(slide: Slide): string[] {
  return [...new Set([...slide.info.content.matchAll(quizTag)].map(match => match[1]!))]
}

/** The heading of the slide with route alias `alias`; a merged slide answers to the aliases of those it replaced. */
export function headingOf(slides: readonly Slide[], alias: string): string {
  const slide = slides.find(candidate => candidate.info.frontmatter.routeAlias === alias || (candidate.info.frontmatter.aliases ?? []).includes(alias))
  if (!slide)
    throw new Error(`No slide has the route alias "${alias}"`)
  return slide.info.content.match(headingLine)![1]!.trim()
}

/**
 * What the Practice section of the edition that starts at `entry` is written
 * from: the data, and the lecture's own slides (the questions they ask, the
 * headings the notes send a reader back to).
 */
export function practiceSource(entry: string): PracticeSource {
  const lang = (Object.keys(editions) as Lang[]).find(candidate => resolve(root, editions[candidate]) === resolve(entry))
  if (!lang)
    throw new Error(`${entry} starts no edition of the deck (see scripts/editions.ts)`)
  const lecture = readSlides(resolve(entry))
  const data = loadDeckData(join(root, 'data'))
  return {
    lang,
    quizzes: data['quizzes.json'].quizzes,
    objectives: data['paper.json'].objectives,
    asked: new Set(lecture.flatMap(quizIdsOn)),
    heading: alias => headingOf(lecture, alias),
    levels: data['levels.json'].levels,
  }
}

/** Every slide of the deck in order, following `src:` imports from `slides.md`, the Practice section expanded. */
export function deckSlides(file = join(root, 'slides.md')): Slide[] {
  let source: PracticeSource | undefined
  return readSlides(file, () => (source ??= practiceSource(file)))
}

/**
 * The slides a built deck shows: all but those marked `lecturerOnly` (the
 * answer key), which only the lecturer copy's build keeps (setup/preparser.ts).
 */
export function shownSlides(file = join(root, 'slides.md')): Slide[] {
  return deckSlides(file).filter(slide => !slide.info.frontmatter.lecturerOnly)
}

/**
 * The number of the slide whose `# Heading` is `heading` (from 1), so browser
 * tests find slides by what they say, not by a position that moves.
 */
export function slideNumber(heading: string): number {
  const index = shownSlides().findIndex(slide => slide.info.content.split('\n').some(line => line.trim() === `# ${heading}`))
  if (index < 0)
    throw new Error(`No slide has the heading "${heading}"`)
  return index + 1
}

const digits = /^\d+$/

/**
 * The slide number a deck URL shows: `/12`, or a route alias such as
 * `/four-forms`, which Slidev puts in the address of a slide that has one.
 */
export function slideNumberOfPath(pathname: string): number {
  const last = pathname.split('/').filter(Boolean).at(-1) ?? '1'
  if (digits.test(last))
    return Number(last)
  const index = shownSlides().findIndex(slide => slide.info.frontmatter.routeAlias === last)
  if (index < 0)
    throw new Error(`No slide has the route alias "${last}"`)
  return index + 1
}

/**
 * The number of the slide that shows question `id` (`<QuizQuestion id="…" />`),
 * from 1: several question slides share the heading "Check yourself".
 */
export function slideNumberOfQuiz(id: string): number {
  const index = shownSlides().findIndex(slide => quizIdsOn(slide).includes(id))
  if (index < 0)
    throw new Error(`No slide shows the question "${id}"`)
  return index + 1
}
