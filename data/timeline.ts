/** Dated events (`timeline.json`). */
import type { TimelineEvent } from './schema'
import { finder } from './finder'
import { readDataFile } from './read'
import file from './timeline.json'

/** Events in date order, whatever the order in the file. */
export const timeline: readonly TimelineEvent[] = Object.freeze(
  [...readDataFile('timeline.json', file).events].sort((a, b) => a.date.localeCompare(b.date)),
)
export const getEvent = finder<TimelineEvent>('timeline event', timeline)
