/**
 * Stands in for composables/useQuizStage.ts, which reads Slidev, so a test
 * can set the deck's mode (self-study, present, print) a component sees:
 *
 * ```ts
 * vi.mock('../../composables/useQuizStage', () => import('./stage-mock'))
 * stageMode.value = 'print'
 * ```
 */
import type { QuizMode } from '../../utils/quiz-mode'
import { computed, ref } from 'vue'

export const stageMode = ref<QuizMode>('self-study')

export function useQuizStage() {
  return { mode: computed(() => stageMode.value) }
}
