/** The theories the paper uses, and context ones it does not name (`theories.json`). */
import type { Theory } from './schema'
import { finder } from './finder'
import { readDataFile } from './read'
import file from './theories.json'

export const theories = readDataFile('theories.json', file).theories
export const getTheory = finder<Theory>('theory', theories)
