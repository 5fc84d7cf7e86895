/**
 * Which events a timeline slide shows: one track, a span of years. Pure, so
 * the component and the test that checks each slide's `clicks:` agree.
 */
import type { TimelineEvent } from '../data/schema'

export interface TimelineRange {
  /** Which story: the pandemic, or the cooperation. */
  track: TimelineEvent['track']
  /** First year (inclusive). */
  from?: number
  /** Last year (inclusive). */
  to?: number
}

/** The events of one track within the years asked for, in the order given (the data is sorted by date). */
export function eventsIn(events: readonly TimelineEvent[], range: TimelineRange): TimelineEvent[] {
  return events.filter((event) => {
    const year = Number(event.date.slice(0, 4))
    return event.track === range.track
      && (range.from === undefined || year >= range.from)
      && (range.to === undefined || year <= range.to)
  })
}
