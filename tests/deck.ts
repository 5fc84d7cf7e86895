/** Reads the deck's markdown the way Slidev does, following `src:` imports. */
import type { SourceSlideInfo } from '@slidev/types'
import { existsSync, readFileSync } from 'node:fs'
import { basename, dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseSync } from '@slidev/parser'

export const root = fileURLToPath(new URL('../', import.meta.url))

export interface Slide {
  /** File the slide is written in, relative to the project. */
  file: string
  /** Position of the slide in that file, from 1. */
  index: number
  info: SourceSlideInfo
}

/** Every slide of the deck in order, following `src:` imports from `slides.md`. */
export function deckSlides(file = join(root, 'slides.md')): Slide[] {
  const { slides } = parseSync(readFileSync(file, 'utf8'), file)
  return slides.flatMap((info, index) => {
    const src = info.frontmatter.src as string | undefined
    if (src) {
      const target = resolve(dirname(file), src)
      if (!existsSync(target))
        throw new Error(`${basename(file)} slide ${index + 1}: src file ${src} does not exist`)
      return deckSlides(target)
    }
    return [{ file: file.slice(root.length), index: index + 1, info }]
  })
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
  const index = shownSlides().findIndex(slide => new RegExp(`<QuizQuestion\\s[^>]*\\bid="${id}"`).test(slide.info.content))
  if (index < 0)
    throw new Error(`No slide shows the question "${id}"`)
  return index + 1
}
