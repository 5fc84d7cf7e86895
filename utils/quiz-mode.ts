/**
 * How a question decides what to show: which of the deck's three modes it is
 * in, whether the presenter has revealed its answer, and which printed copy
 * is being made. Pure, so the rules are tested apart from Slidev.
 */

import type { Grade } from './scoring'

/**
 * - `self-study`: a student working alone; answer, check, retry, solution, saved progress.
 * - `present`: the deck is being presented (the presenter view, or a window
 *   following it): the question as the room sees it, answer on the click.
 * - `print`: the PDF; lettered options, and the answer only in the lecturer copy.
 */
export type QuizMode = 'self-study' | 'present' | 'print'

/** Which printed copy a build makes (`VITE_DECK_COPY`). */
export type PrintCopy = 'student' | 'lecturer'

/**
 * What the card tells each question part (`QuizChoice`, `QuizClassify`,
 * `QuizOrder`) about how to show itself, the same for every type. A part adds
 * its question and whatever only its type needs.
 */
export interface QuizPartProps {
  /** Controls the student operates (self-study); otherwise a lettered list or a table, for the room and for print. */
  interactive?: boolean
  /** The grade of the checked answer: its verdicts say which options, statements or items get feedback. */
  grade?: Grade | null
  /** Show the solution: what is right for each option, statement or item, and why. */
  solution?: boolean
  /** Printed: what to do with a pen ("circle", "tick", "write the letters") instead of "choose". */
  print?: boolean
  /** Shown but not operable: answering is closed (a live class). */
  disabled?: boolean
  /** Render the feedback ahead, hidden until the grade shows it, so a check changes little (self-study). */
  ahead?: boolean
}

export interface ModeInput {
  /** Slidev's print or export mode. */
  print: boolean
  /** This window is the presenter view. */
  presenter: boolean
  /** A presenter view has driven this window (Slidev's shared state says so). */
  followingPresenter: boolean
}

export function quizMode({ print, presenter, followingPresenter }: ModeInput): QuizMode {
  if (print)
    return 'print'
  return presenter || followingPresenter ? 'present' : 'self-study'
}

/**
 * Where a slide is rendered big enough for its click to mean "reveal": the
 * slide itself, the presenter's current slide and its preview of the next
 * step. The overview and other thumbnails show every slide at its last click,
 * so there the answer would leak: they never count as revealed.
 */
const revealingContexts = new Set(['slide', 'presenter', 'previewNext'])

export interface RevealInput {
  /** The slide's click step. */
  clicks: number
  /** Where the slide is rendered (Slidev's `$renderContext`). */
  renderContext: string | undefined
  /**
   * The slide is the deck's current one. Slidev keeps its neighbours mounted,
   * hidden, and a slide already passed sits at its last click: without this
   * the previous question's answer would be in the page.
   */
  current: boolean
}

export function isRevealed({ clicks, renderContext, current }: RevealInput): boolean {
  return current && clicks > 0 && revealingContexts.has(renderContext ?? '')
}

/** The printed copy named by an environment value; anything but "lecturer" is the student copy. */
export function printCopyFrom(value: unknown): PrintCopy {
  return typeof value === 'string' && value.trim().toLowerCase() === 'lecturer' ? 'lecturer' : 'student'
}

/** Where a presenter view leaves its heartbeat for the audience windows of this browser. */
export const PRESENTER_KEY = 'jwg-health:presenter-open'

/** How often a presenter view says it is open, and how long that counts. */
export const PRESENTER_BEAT_MS = 10_000
export const PRESENTER_BEAT_VALID_MS = 35_000

/** Whether a presenter view's last heartbeat (a timestamp, 0 for none) is recent enough to count. */
export function presenterIsOpen(lastBeat: unknown, now: number): boolean {
  return typeof lastBeat === 'number' && Number.isFinite(lastBeat) && lastBeat > 0
    && now - lastBeat < PRESENTER_BEAT_VALID_MS && lastBeat - now < PRESENTER_BEAT_VALID_MS
}
