import type { ComputedRef, MaybeRefOrGetter, Ref } from 'vue'
import type { Quiz } from '../data/schema'
import type { Answer, Grade } from '../utils/scoring'
import type { QuizStore } from './useQuizProgress'
import { computed, ref, toValue, watch } from 'vue'
import { emptyAnswer, isComplete } from '../utils/scoring'
import { useQuizProgress } from './useQuizProgress'

export interface UseQuizAttemptOptions {
  /**
   * Where the answer lives: the deck's saved progress (self-study, the
   * default), or `useMemoryProgress()` for an attempt kept in this view only
   * (present mode: the lecturer's own saved answers must not appear to the room).
   */
  store?: MaybeRefOrGetter<QuizStore>
}

export interface UseQuizAttemptReturn {
  /** The answer as it stands; setting it saves it, and a checked answer that changes is unchecked. */
  answer: Ref<Answer>
  /** Whether the current answer has been checked. */
  checked: ComputedRef<boolean>
  /** Checks made so far. */
  attempts: ComputedRef<number>
  /** The grade of the checked answer, as the check made it, or null before a check. */
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
 * and the solution, all read from and written to one store.
 *
 * ```ts
 * const { answer, check, result } = useQuizAttempt(() => getQuiz('nts-reply'))
 * ```
 */
export function useQuizAttempt(source: MaybeRefOrGetter<Quiz>, options: UseQuizAttemptOptions = {}): UseQuizAttemptReturn {
  const quiz = computed(() => toValue(source))
  const deck = options.store === undefined ? useQuizProgress() : undefined
  const store = computed(() => options.store === undefined ? deck! : toValue(options.store))
  const solutionOpen = ref(false)
  watch(() => quiz.value.id, () => (solutionOpen.value = false))

  const entry = computed(() => store.value.entryOf(quiz.value.id))
  const checked = computed(() => entry.value?.checked ?? false)
  const attempts = computed(() => entry.value?.attempts ?? 0)
  const result = computed(() => store.value.gradeOf(quiz.value))
  const canShowSolution = computed(() => attempts.value > 0)

  function update(next: Answer) {
    store.value.saveAnswer(quiz.value, next)
  }
  const answer = computed<Answer>({
    get: () => entry.value?.answer ?? emptyAnswer(quiz.value),
    set: update,
  })
  const complete = computed(() => isComplete(quiz.value, answer.value))

  function check(): Grade | null {
    return complete.value ? store.value.record(quiz.value, answer.value) : null
  }

  function retry() {
    store.value.retry(quiz.value)
  }

  function toggleSolution() {
    if (!canShowSolution.value)
      return
    solutionOpen.value = !solutionOpen.value
    if (solutionOpen.value)
      store.value.seeSolution(quiz.value)
  }

  return { answer, checked, attempts, result, complete, solutionOpen, canShowSolution, update, check, retry, toggleSolution }
}
