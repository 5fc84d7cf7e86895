/** The sources every claim cites (`references.json`). */
import type { Reference } from './schema'
import { finder } from './finder'
import { readDataFile } from './read'
import file from './references.json'

export const references = readDataFile('references.json', file).references
export const getReference = finder<Reference>('reference', references)
