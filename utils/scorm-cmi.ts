/**
 * What the module tells a SCORM 1.2 LMS, worked out from the saved progress:
 * the lesson status against the mastery score, the score over every
 * practice question, one `cmi.objectives` entry per learning objective and
 * one `cmi.interactions` entry per checked question. Pure: `useScorm` only
 * sends these values.
 */
import type { Objective, Quiz } from '../data/schema'
import type { QuizEntry } from './quiz-storage'
import type { Answer, ObjectiveScore } from './scoring'
import { choiceOptions, grade, isChoice, scoresByObjective, shownOrder, solutionOf } from './scoring'
import { MASTERY_SCORE } from './scorm-manifest'

export { MASTERY_SCORE }

/** SCORM 1.2's `cmi.core.lesson_status` values this module sends. */
export type LessonStatus = 'incomplete' | 'passed' | 'failed'

/** SCORM 1.2's objective status values this module sends. */
export type ObjectiveStatus = 'not attempted' | 'incomplete' | 'passed' | 'failed'

/** A CMI element and the value to give it. */
export type CmiValue = readonly [element: string, value: string]

export interface CmiSummary {
  /** 0–100: the questions' best scores over all of them, unanswered counting 0. */
  readonly score: number
  readonly status: LessonStatus
  /** Questions checked at least once. */
  readonly answered: number
  readonly objectives: readonly (ObjectiveScore & { readonly status: ObjectiveStatus })[]
}

/**
 * Passed once the score reaches the mastery score; failed when every
 * question has been checked and it has not; incomplete until then. A student
 * who failed can still retry and pass.
 */
export function lessonStatus(score: number, answered: number, total: number, mastery = MASTERY_SCORE): LessonStatus {
  if (score >= mastery)
    return 'passed'
  return answered >= total ? 'failed' : 'incomplete'
}

function objectiveStatus(objective: ObjectiveScore, mastery: number): ObjectiveStatus {
  if (objective.answered === 0)
    return 'not attempted'
  if (objective.percent >= mastery)
    return 'passed'
  return objective.answered >= objective.total ? 'failed' : 'incomplete'
}

/** The score, status and objectives for the given progress. */
export function cmiSummary(
  quizzes: readonly Quiz[],
  objectives: readonly Objective[],
  entryOf: (id: string) => QuizEntry | undefined,
  mastery = MASTERY_SCORE,
): CmiSummary {
  const sources = (id: string) => {
    const entry = entryOf(id)
    return entry && { answered: entry.attempts > 0, score: entry.best }
  }
  const total = quizzes.reduce((sum, quiz) => sum + (entryOf(quiz.id)?.best ?? 0), 0)
  const answered = quizzes.filter(quiz => (entryOf(quiz.id)?.attempts ?? 0) > 0).length
  const score = quizzes.length ? Math.round((total / quizzes.length) * 100) : 0
  return {
    score,
    answered,
    status: lessonStatus(score, answered, quizzes.length, mastery),
    objectives: scoresByObjective(quizzes, objectives.map(objective => objective.id), sources)
      .map(objective => ({ ...objective, status: objectiveStatus(objective, mastery) })),
  }
}

/** The core values, then each objective's, for the summary. */
export function summaryValues(summary: CmiSummary): CmiValue[] {
  return [
    ['cmi.core.score.min', '0'],
    ['cmi.core.score.max', '100'],
    ['cmi.core.score.raw', String(summary.score)],
    ['cmi.core.lesson_status', summary.status],
    ...summary.objectives.flatMap((objective, n): CmiValue[] => [
      [`cmi.objectives.${n}.id`, objective.objective],
      [`cmi.objectives.${n}.score.min`, '0'],
      [`cmi.objectives.${n}.score.max`, '100'],
      [`cmi.objectives.${n}.score.raw`, String(objective.percent)],
      [`cmi.objectives.${n}.status`, objective.status],
    ]),
  ]
}

/** SCORM 1.2's interaction type for each kind of question. */
export function interactionType(quiz: Quiz): 'true-false' | 'choice' | 'matching' | 'sequencing' {
  switch (quiz.type) {
    case 'true-false': return 'true-false'
    case 'classify': return 'matching'
    case 'order': return 'sequencing'
    default: return 'choice'
  }
}

const letter = (index: number): string => String.fromCharCode(97 + index)

/**
 * An answer in SCORM 1.2's response format, with the letters the student
 * saw: `t`/`f`; options `a,c`; classify `1.b,2.a` (item number, category
 * letter); order `c,a,b` (the items lettered as they were first shown).
 */
export function responseOf(quiz: Quiz, answer: Answer): string {
  if (quiz.type === 'true-false')
    return answer.kind === 'choice' && answer.selected[0] === 'true' ? 't' : 'f'
  if (isChoice(quiz) && answer.kind === 'choice')
    return choiceOptions(quiz).flatMap((option, i) => answer.selected.includes(option.id) ? [letter(i)] : []).join(',')
  if (quiz.type === 'classify' && answer.kind === 'classify') {
    const categories = quiz.categories.map(category => category.id)
    return quiz.items.flatMap((item, i) => {
      const placed = answer.placements[item.id]
      return placed === undefined ? [] : [`${i + 1}.${letter(categories.indexOf(placed))}`]
    }).join(',')
  }
  if (quiz.type === 'order' && answer.kind === 'order') {
    const shown = shownOrder(quiz)
    return answer.order.map(id => letter(shown.indexOf(id))).join(',')
  }
  throw new TypeError(`A ${answer.kind} answer does not fit the ${quiz.type} question "${quiz.id}"`)
}

/** `HH:MM:SS`, SCORM 1.2's CMITime, for the time of day of `date`. */
export function cmiTime(date: Date): string {
  return [date.getHours(), date.getMinutes(), date.getSeconds()].map(n => String(n).padStart(2, '0')).join(':')
}

/** `HHHH:MM:SS`, SCORM 1.2's CMITimespan, for a duration in milliseconds. */
export function cmiTimespan(ms: number): string {
  const seconds = Math.max(0, Math.floor(ms / 1000))
  const hours = Math.min(9999, Math.floor(seconds / 3600))
  return `${String(hours).padStart(4, '0')}:${String(Math.floor(seconds / 60) % 60).padStart(2, '0')}:${String(seconds % 60).padStart(2, '0')}`
}

/** The values of interaction `n` for a checked question: its id, type, the answer, the result and the right answer. */
export function interactionValues(quiz: Quiz, entry: QuizEntry, n: number, time: Date = new Date()): CmiValue[] {
  const prefix = `cmi.interactions.${n}`
  return [
    [`${prefix}.id`, quiz.id],
    [`${prefix}.objectives.0.id`, quiz.objective],
    [`${prefix}.time`, cmiTime(time)],
    [`${prefix}.type`, interactionType(quiz)],
    [`${prefix}.correct_responses.0.pattern`, responseOf(quiz, solutionOf(quiz))],
    [`${prefix}.weighting`, '1'],
    [`${prefix}.student_response`, responseOf(quiz, entry.answer)],
    [`${prefix}.result`, grade(quiz, entry.answer).correct ? 'correct' : 'wrong'],
  ]
}
