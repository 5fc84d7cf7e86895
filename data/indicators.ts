/** The sourced indicators the chart slides draw (`indicators.json`). */
import type { Indicator } from './schema'
import { finder } from './finder'
import file from './indicators.json'
import { readDataFile } from './read'

export const indicators = readDataFile('indicators.json', file).indicators
export const getIndicator = finder<Indicator>('indicator', indicators)
