import type { ComputedRef, Ref } from 'vue'
import type { QuizMode } from '../utils/quiz-mode'
import { useIntervalFn, useLocalStorage, useTimestamp } from '@vueuse/core'
import { computed, effectScope, getCurrentInstance, inject, watch } from 'vue'
import { isRevealed, PRESENTER_BEAT_MS, presenterIsOpen, quizMode } from '../utils/quiz-mode'

/** What this composable reads of Slidev's navigation (see `useNav` in @slidev/client). */
interface NavLike {
  isPrintMode?: boolean
  isPresenter?: boolean
  currentSlideNo?: number
  slides?: readonly { meta?: { slide?: { title?: string, frontmatter?: Record<string, unknown> } } }[]
}

// Slidev's own injection keys (see `constants.ts` in Slidev's client). An
// import of the client package would pull its TypeScript sources into our
// type-check, which they do not pass.
const CONTEXT = '$$slidev-context'
const CLICKS = '$$slidev-clicks-context'
const RENDER = '$$slidev-render-context'
const PAGE = '$$slidev-page'

/** Where a presenter view leaves its heartbeat for the audience windows of this browser. */
export const PRESENTER_KEY = 'jwg-health:presenter-open'

export interface SlideLink {
  /** What `<Link to>` takes: the route alias. */
  to: string
  /** The slide's title, or the alias if no slide has it. */
  title: string
}

export interface UseQuizStageReturn {
  /** Self-study, present or print (see `quizMode`). */
  mode: ComputedRef<QuizMode>
  /** The presenter has clicked this slide's reveal step. */
  revealed: ComputedRef<boolean>
  /**
   * Whether this rendering may show a reveal at all: the current slide, big
   * (not a thumbnail of the overview), or no Slidev around (a unit test).
   */
  mayReveal: ComputedRef<boolean>
  /** This slide is the deck's current one (Slidev keeps others mounted, hidden). */
  current: ComputedRef<boolean>
  /** This window is the presenter view itself (not a window it drives). */
  presenter: ComputedRef<boolean>
  /**
   * Drawn full size: the slide itself or the presenter's current slide, not
   * the next-slide preview or a thumbnail (or no Slidev around: a unit test).
   */
  fullSize: ComputedRef<boolean>
  /** This slide's title. */
  title: ComputedRef<string>
  /** The slide a route alias names, with its title. */
  slideLink: (alias: string) => SlideLink
}

let presence: { open: ComputedRef<boolean> } | undefined

/**
 * Whether a presenter view is open in this browser. The presenter view
 * writes a timestamp every few seconds; every window reads it. Slidev's
 * shared state would say the same, but only through an import of
 * @slidev/client, and a heartbeat also ends by itself when the presenter
 * view is closed.
 */
function usePresence(isPresenter: () => boolean): { open: ComputedRef<boolean> } {
  if (!presence) {
    presence = effectScope(true).run(() => {
      const beat = useLocalStorage<number>(PRESENTER_KEY, 0, { writeDefaults: false, onError: () => {} })
      const now = useTimestamp({ interval: 3000 })
      const { pause, resume } = useIntervalFn(() => (beat.value = Date.now()), PRESENTER_BEAT_MS, { immediate: false, immediateCallback: true })
      watch(isPresenter, presenting => presenting ? resume() : pause(), { immediate: true })
      return { open: computed(() => presenterIsOpen(beat.value, now.value)) }
    })!
  }
  return presence
}

/**
 * The Slidev state a question needs, read in one place so that the question
 * components take plain props. Call it in a component on a slide.
 *
 * Why not `$nav.isPrintMode` from the markdown: in the one-piece PDF export
 * each slide gets a fixed copy of `$nav` without it; the app's own navigation
 * has it. And a window following a presenter view looks like any other
 * window to the markdown.
 *
 * ```ts
 * const { mode, revealed, slideLink } = useQuizStage()
 * ```
 */
export function useQuizStage(): UseQuizStageReturn {
  const app = getCurrentInstance()?.appContext.provides[CONTEXT] as { nav?: NavLike } | undefined
  const clicks = inject<Ref<{ current: number }> | undefined>(CLICKS, undefined)
  const render = inject<Ref<string> | undefined>(RENDER, undefined)
  const page = inject<Ref<number> | undefined>(PAGE, undefined)
  const nav = (): NavLike => app?.nav ?? {}
  const { open } = usePresence(() => !!nav().isPresenter)

  const mode = computed(() => quizMode({
    print: !!nav().isPrintMode,
    presenter: !!nav().isPresenter,
    followingPresenter: open.value,
  }))
  const current = computed(() => page?.value !== undefined && page.value === nav().currentSlideNo)
  const revealed = computed(() => isRevealed({
    clicks: clicks?.value.current ?? 0,
    renderContext: render?.value,
    current: current.value,
  }))
  const mayReveal = computed(() => !render || isRevealed({ clicks: 1, renderContext: render.value, current: current.value }))
  const presenter = computed(() => !!nav().isPresenter)
  const fullSize = computed(() => !render || render.value === 'slide' || render.value === 'presenter')
  const title = computed(() => nav().slides?.[(page?.value ?? 0) - 1]?.meta?.slide?.title ?? '')
  // A slide merged from others keeps their aliases in `aliases`, so a question's "reread" still finds it.
  function slideLink(alias: string): SlideLink {
    const route = nav().slides?.find(slide => slide.meta?.slide?.frontmatter?.routeAlias === alias)
      ?? nav().slides?.find(slide => (slide.meta?.slide?.frontmatter?.aliases as unknown[] | undefined)?.includes(alias))
    const to = (route?.meta?.slide?.frontmatter?.routeAlias as string | undefined) ?? alias
    return { to, title: route?.meta?.slide?.title ?? alias }
  }
  return { mode, revealed, mayReveal, current, presenter, fullSize, title, slideLink }
}
