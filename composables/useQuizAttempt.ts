import type { ComputedRef, MaybeRefOrGetter, Ref } from 'vue'
import type { Quiz } from '../data/schema'
import type { Answer, Grade } from '../utils/scoring'
import type { UseQuizProgressReturn } from './useQuizProgress'
import { computed, ref, toValue, watch } from 'vue'
import { emptyAnswer, grade, isComplete } from '../utils/scoring'
import { useQuizProgress } from './useQuizProgress'

export interface UseQuizAttemptOptions {
  /**
   * Keep the answer in the saved progress (self-study). When false the
   * attempt lives only in this view and nothing saved is shown (present mode:
   * the lecturer's own saved answers must not appear to the room). Default: true.
   */
  persist?: MaybeRefOrGetter<boolean>
  /** The progress to save to. Default: the deck's shared progress. */
  progress?: UseQuizProgressReturn
}

export interface UseQuizAttemptReturn {
  /** The answer as it stands. */
  answer: ComputedRef<Answer>
  /** Whether the current answer has been checked. */
  checked: ComputedRef<boolean>
  /** Checks made so far. */
  attempts: ComputedRef<number>
  /** The grade of the checked answer, or null before a check. */
  result: ComputedRef<Grade | null>
  /** Every part answered, so it can be checked. */
  complete: ComputedRef<boolean>
  /** The solution is on screen. */
  solutionOpen: Ref<boolean>
  /** The solution may be shown: after a first attempt. */
  canShowSolution: ComputedRef<boolean>
  /** Replaces the answer; a checked answer that changes is unchecked. */
  update: (answer: Answer) => void
  /** Checks the answer; returns the grade, or null if it is not complete. */
  check: () => Grade | null
  /** Clears the verdict for another try, keeping the answer. */
  retry: () => void
  /** Shows or hides the solution (only after a first attempt). */
  toggleSolution: () => void
}

/**
 * One student's attempt at one question: the answer, the check, the retry
 * and the solution, saved in the deck's progress or kept for this view only.
 *
 * ```ts
 * const { answer, update, check, result } = useQuizAttempt(() => getQuiz('nts-reply'))
 * ```
 */
export function useQuizAttempt(source: MaybeRefOrGetter<Quiz>, options: UseQuizAttemptOptions = {}): UseQuizAttemptReturn {
  const quiz = computed(() => toValue(source))
  const persist = computed(() => toValue(options.persist ?? true))
  const progress = options.progress ?? useQuizProgress()
  const local = ref<{ answer: Answer, checked: boolean, attempts: number }>({ answer: emptyAnswer(quiz.value), checked: false, attempts: 0 })
  const solutionOpen = ref(false)

  watch(() => quiz.value.id, () => {
    local.value = { answer: emptyAnswer(quiz.value), checked: false, attempts: 0 }
    solutionOpen.value = false
  })

  const saved = computed(() => persist.value ? progress.entryOf(quiz.value.id) : undefined)
  const answer = computed(() => persist.value ? saved.value?.answer ?? emptyAnswer(quiz.value) : local.value.answer)
  const checked = computed(() => persist.value ? saved.value?.checked ?? false : local.value.checked)
  const attempts = computed(() => persist.value ? saved.value?.attempts ?? 0 : local.value.attempts)
  const result = computed(() => checked.value ? grade(quiz.value, answer.value) : null)
  const complete = computed(() => isComplete(quiz.value, answer.value))
  const canShowSolution = computed(() => attempts.value > 0)

  function update(next: Answer) {
    if (persist.value)
      progress.saveAnswer(quiz.value, next)
    else
      local.value = { ...local.value, answer: next, checked: false }
  }

  function check(): Grade | null {
    if (!complete.value)
      return null
    if (persist.value)
      return progress.record(quiz.value, answer.value)
    local.value = { ...local.value, checked: true, attempts: local.value.attempts + 1 }
    return grade(quiz.value, answer.value)
  }

  function retry() {
    if (persist.value)
      progress.retry(quiz.value)
    else
      local.value = { ...local.value, checked: false }
  }

  function toggleSolution() {
    if (!canShowSolution.value)
      return
    solutionOpen.value = !solutionOpen.value
    if (solutionOpen.value && persist.value)
      progress.seeSolution(quiz.value)
  }

  return { answer, checked, attempts, result, complete, solutionOpen, canShowSolution, update, check, retry, toggleSolution }
}
