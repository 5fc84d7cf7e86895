/** The glossary (`glossary.json`). */
import type { GlossaryTerm } from './schema'
import { finder } from './finder'
import file from './glossary.json'
import { readDataFile } from './read'

/** Glossary terms in English alphabetical order. */
export const glossary: readonly GlossaryTerm[] = Object.freeze(
  [...readDataFile('glossary.json', file).terms].sort((a, b) => a.term.en.localeCompare(b.term.en)),
)
export const getTerm = finder<GlossaryTerm>('glossary term', glossary)
