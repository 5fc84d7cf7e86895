import type { ComputedRef, Ref } from 'vue'
import { computed, getCurrentInstance, inject } from 'vue'

/** What this composable reads of Slidev's navigation. */
interface NavLike {
  isPresenter?: boolean
  isPrintMode?: boolean
}

// Slidev's own injection keys, as in useQuizStage.ts (an import of the client would break the type-check).
const CONTEXT = '$$slidev-context'
const RENDER = '$$slidev-render-context'

export interface UseLiveStageReturn {
  /** This window is the presenter view. */
  presenter: ComputedRef<boolean>
  /** The slide is drawn full size (the slide itself or the presenter's current one), not a preview or thumbnail. */
  main: ComputedRef<boolean>
  /** Print or export. */
  print: ComputedRef<boolean>
}

/**
 * Where a live panel is drawn, read from Slidev so the panel itself takes
 * plain props. Only the slide and the presenter's current slide count: the
 * next-slide preview and the overview must never open or reveal a question.
 */
export function useLiveStage(): UseLiveStageReturn {
  const app = getCurrentInstance()?.appContext.provides[CONTEXT] as { nav?: NavLike } | undefined
  const render = inject<Ref<string> | undefined>(RENDER, undefined)
  return {
    presenter: computed(() => !!app?.nav?.isPresenter),
    main: computed(() => !render || render.value === 'slide' || render.value === 'presenter'),
    print: computed(() => !!app?.nav?.isPrintMode),
  }
}
