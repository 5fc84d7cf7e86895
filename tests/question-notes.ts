/**
 * Checks a question slide's presenter notes against what the data says they
 * must hold (utils/question-notes.ts).
 */
import type { Lang } from '../data/schema'
import { noteLabels } from '../utils/question-notes'

const blankLine = /\n\s*\n/

/** The paragraphs of a note: blocks of text between blank lines, trimmed. */
export function paragraphsOf(note: string): string[] {
  return note.split(blankLine).map(block => block.trim()).filter(Boolean)
}

/**
 * What is wrong with a question slide's notes: each expected paragraph the
 * note lacks, and each paragraph that opens with one of the data's labels
 * but is not expected (a stale or drifted copy).
 */
export function noteProblems(note: string, expected: readonly string[], lang: Lang): string[] {
  const paragraphs = paragraphsOf(note)
  const labelled = Object.values(noteLabels).map(label => label[lang])
  const missing = expected.filter(paragraph => !paragraphs.includes(paragraph)).map(paragraph => `missing: ${paragraph}`)
  const stale = paragraphs
    .filter(paragraph => labelled.some(label => paragraph.startsWith(label)) && !expected.includes(paragraph))
    .map(paragraph => `not in the data: ${paragraph}`)
  return [...missing, ...stale]
}
