/** The levels of analysis and their factors (`levels.json`). */
import type { Level, LevelId } from './schema'
import { finder } from './finder'
import file from './levels.json'
import { readDataFile } from './read'

const data = readDataFile('levels.json', file)

export const levelsNote = data.note
export const levels = data.levels
export const getLevel: (id: LevelId | string) => Level = finder<Level>('level', levels)
