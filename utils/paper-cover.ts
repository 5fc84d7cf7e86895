/**
 * The cover's part of the paper's record: what a phone paints first is the
 * title, the original title, the authors and the journal, not the abstract,
 * the method and the objectives. The build writes `data/paper-cover.ts` as
 * these fields alone (setup/vite-plugins.ts), so slide 1 does not download
 * the whole record; dev and the tests read it from the checked record.
 */
import type { Paper } from '../data/schema'

/** The fields of `paper.json` the cover shows. */
export const coverFields = ['title', 'originalTitle', 'authors', 'journal', 'institution'] as const

export type PaperCover = Pick<Paper, typeof coverFields[number]>

/** The cover's fields of a paper record, and nothing else. */
export function coverOf(paper: PaperCover): PaperCover {
  const { title, originalTitle, authors, journal, institution } = paper
  const cover: PaperCover = { title, originalTitle, authors, journal, institution }
  return Object.freeze(cover)
}

/** The module the build puts in place of `data/paper-cover.ts`: the cover's fields of `paper.json`, as a literal. */
export function paperCoverModuleCode(paperJson: string): string {
  const cover = coverOf(JSON.parse(paperJson) as PaperCover)
  return `export const paperCover = Object.freeze(${JSON.stringify(cover)})\n`
}
