/**
 * The paper's record alone, typed from the schema, for what must not wait
 * for the rest of the data: the cover is the first thing a student's phone
 * paints, and `data/index.ts` brings every data file with it. The dev server,
 * the build (`data/plugin.ts`) and the tests validate this file with the
 * others, so no check runs here.
 */
import type { Paper } from './schema'
import paperFile from './paper.json'

// Assigned, not cast: the compiler holds the JSON to the schema's type.
export const paper: Paper = paperFile
