import type { PrintCopy } from '../utils/quiz-mode'
import { printCopyFrom } from '../utils/quiz-mode'

export type { PrintCopy }

/**
 * Which printed copy this build makes: `'student'` (the default: questions
 * with lettered options and no answers) or `'lecturer'` (with the answer key).
 * Set at build time by the export script, `VITE_DECK_COPY=lecturer`; Vite
 * hands `VITE_*` variables to the client. Anything else is the student copy.
 *
 * ```ts
 * const copy = usePrintCopy() // 'student'
 * ```
 */
export function usePrintCopy(): PrintCopy {
  return printCopyFrom(import.meta.env.VITE_DECK_COPY)
}
