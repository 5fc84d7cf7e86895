/**
 * The paper's title, authors and journal, for the cover. In the build this
 * module is written from `paper.json` with these fields only (see
 * utils/paper-cover.ts); here it is read from the checked record.
 */
import { coverOf } from '../utils/paper-cover'
import { paper } from './paper'

export const paperCover = coverOf(paper)
