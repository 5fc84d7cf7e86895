/** The labels the student page needs, picked from the deck's own so both say the same words. */
import type { Lang } from '../../data/schema'
import { labels } from '../../utils/labels'

export const studentLabelKeys = [
  'liveTitle',
  'liveWaiting',
  'liveAnswerOnSlide',
  'liveOpen',
  'liveClosed',
  'liveRevealedStudent',
  'liveYourAnswer',
  'liveSent',
  'liveSending',
  'liveNoAnswer',
  'liveConnecting',
  'liveOffline',
  'liveRefused',
  'quizCorrectAnswer',
  'quizChooseOne',
  'quizChooseAll',
  'quizChooseTrueFalse',
] as const

export type StudentLabelKey = typeof studentLabelKeys[number]

/** The student page's labels in one language. */
export function studentLabels(lang: Lang): Record<StudentLabelKey, string> {
  return Object.fromEntries(studentLabelKeys.map(key => [key, labels[key][lang]])) as Record<StudentLabelKey, string>
}
