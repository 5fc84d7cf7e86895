/**
 * Which printed copy this build makes: the student's (no answers) or the
 * lecturer's (with the answer key). Set at build time by the export script
 * through `VITE_DECK_COPY=lecturer`; anything else is the student copy.
 */
export type PrintCopy = 'student' | 'lecturer'

export function usePrintCopy(): PrintCopy {
  return import.meta.env.VITE_DECK_COPY === 'lecturer' ? 'lecturer' : 'student'
}
