/**
 * How long the lecture runs, read from the presenter notes: every slide ends
 * its notes with a `Time:` line (`Waktu:` in Indonesian), e.g. "Time: 2 min",
 * "Time: 30 s", "Waktu: 3 menit". The Practice section is marked optional in
 * class, and print-only or reading slides take no time, so they do not count
 * towards the lecture. Pure, so the tests can hold the targets.
 */

/** What one slide's `Time:` line says. */
export interface SlideTime {
  /** Minutes the slide takes in class (seconds as a fraction). */
  minutes: number
  /** The slide is for self-study; the lecturer uses it only if time is left. */
  optional: boolean
}

const timeLine = /^(?:Time|Waktu):(.+)$/m
const amount = /^(\d+(?:[.,]\d+)?)\s*(min|menit|s|detik)\b/
// "if you use it in class; otherwise self-study" / "opsional di kelas"
const optionalMark = /if you use it in class|optional|opsional|bila dipakai di kelas/i

/** The `Time:` line of a slide's notes, or undefined when it has none or it does not parse. */
export function slideTime(note: string | undefined): SlideTime | undefined {
  const line = note?.match(timeLine)?.[1]?.trim()
  if (!line)
    return undefined
  const found = line.match(amount)
  if (!found)
    return undefined
  const value = Number(found[1]!.replace(',', '.'))
  const seconds = found[2] === 's' || found[2] === 'detik'
  return { minutes: seconds ? value / 60 : value, optional: optionalMark.test(line) }
}

/** A slide as the timing needs it: its presenter notes. */
export interface TimedSlide {
  note?: string
}

export interface LectureTiming {
  /** Minutes of the whole lecture, optional slides left out. */
  minutes: number
  /** Minutes of optional (self-study) slides, for the record. */
  optionalMinutes: number
  /** Slides whose notes have no `Time:` line, by index from 0. */
  untimed: number[]
}

/** Adds up the `Time:` lines of a deck's slides. */
export function lectureTiming(slides: readonly TimedSlide[]): LectureTiming {
  let minutes = 0
  let optionalMinutes = 0
  const untimed: number[] = []
  slides.forEach((slide, index) => {
    const time = slideTime(slide.note)
    if (!time)
      untimed.push(index)
    else if (time.optional)
      optionalMinutes += time.minutes
    else
      minutes += time.minutes
  })
  return { minutes, optionalMinutes, untimed }
}

/**
 * The minute of the lecture at which a slide comes up: the time of every
 * non-optional slide before it. -1 when no slide matches.
 */
export function minuteOf(slides: readonly TimedSlide[], isTarget: (slide: TimedSlide, index: number) => boolean): number {
  const index = slides.findIndex(isTarget)
  if (index < 0)
    return -1
  return lectureTiming(slides.slice(0, index)).minutes
}
