/**
 * Node-side loader: reads every data file from disk and validates it, so the
 * dev server, the build and the tests stop on bad data with the file and the
 * JSON path of the field.
 */
import type { DataFileName, DeckData, RawData } from './schema'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { dataFiles } from './schema'
import { DataError, parseDataFile, validateDeckData } from './validate'

export function loadDeckData(dir: string): DeckData {
  const raw = {} as RawData
  const problems = []
  for (const file of Object.keys(dataFiles) as DataFileName[]) {
    const path = join(dir, file)
    if (!existsSync(path))
      continue
    try {
      raw[file] = parseDataFile(file, readFileSync(path, 'utf8'))
    }
    catch (error) {
      if (!(error instanceof DataError))
        throw error
      problems.push(...error.problems)
    }
  }
  if (problems.length)
    throw new DataError(problems)
  return validateDeckData(raw)
}
