import type { ComputedRef } from 'vue'
import type { QuizMode } from '../utils/quiz-mode'
import { useIsSlideActive, useNav, useSlideContext } from '@slidev/client'
import { createSharedComposable, useIntervalFn, useLocalStorage, useTimestamp } from '@vueuse/core'
import { computed, watch } from 'vue'
import { isRevealed, PRESENTER_BEAT_MS, PRESENTER_KEY, presenterIsOpen, quizMode } from '../utils/quiz-mode'

export interface SlideLink {
  /** What `<Link to>` takes: the route alias. */
  to: string
  /** The slide's title, or the alias if no slide has it. */
  title: string
}

export interface UseSlideStageReturn {
  /** Self-study, present or print (see `quizMode`). */
  mode: ComputedRef<QuizMode>
  /** The slide's reveal click was made, and it counts here (see `mayReveal`). */
  revealed: ComputedRef<boolean>
  /**
   * Whether this rendering may show a reveal at all: the current slide, drawn
   * big (not a thumbnail of the overview, nor a slide kept mounted off screen).
   */
  mayReveal: ComputedRef<boolean>
  /** This slide is the deck's current one (Slidev keeps others mounted, hidden). */
  current: ComputedRef<boolean>
  /** This window is the presenter view itself (not a window it drives). */
  presenter: ComputedRef<boolean>
  /** Drawn full size: the slide itself or the presenter's current slide, not the next-slide preview or a thumbnail. */
  fullSize: ComputedRef<boolean>
  /** The slide a route alias names, with its title. */
  slideLink: (alias: string) => SlideLink
}

/**
 * Whether a presenter view is open in this browser. The presenter view
 * writes a timestamp every few seconds; every window reads it. A window that
 * follows a presenter view looks like any other to Slidev's API, and a
 * heartbeat also ends by itself when the presenter view is closed.
 */
const usePresence = createSharedComposable(() => {
  const { isPresenter } = useNav()
  const beat = useLocalStorage<number>(PRESENTER_KEY, 0, { writeDefaults: false, onError: () => {} })
  const now = useTimestamp({ interval: 3000 })
  const { pause, resume } = useIntervalFn(() => (beat.value = Date.now()), PRESENTER_BEAT_MS, { immediate: false, immediateCallback: true })
  watch(isPresenter, presenting => presenting ? resume() : pause(), { immediate: true })
  return computed(() => presenterIsOpen(beat.value, now.value))
})

/**
 * The one place where the deck's components meet Slidev: the mode, the
 * slide's reveal click and links to other slides, read through Slidev's
 * public API, so that every component under it takes plain props. Call it
 * in a component on a slide.
 *
 * Why `useNav().isPrintMode` and not the slide's own `$nav`: in the
 * one-piece PDF export each slide gets a fixed copy of `$nav` without it.
 *
 * ```ts
 * const { mode, revealed, slideLink } = useSlideStage()
 * ```
 */
export function useSlideStage(): UseSlideStageReturn {
  const nav = useNav()
  const { $clicks, $renderContext } = useSlideContext()
  const active = useIsSlideActive()
  const following = usePresence()

  const presenter = computed(() => nav.isPresenter.value)
  const mode = computed(() => quizMode({ print: nav.isPrintMode.value, presenter: presenter.value, followingPresenter: following.value }))
  const current = computed(() => active.value)
  const revealed = computed(() => isRevealed({ clicks: $clicks.value, renderContext: $renderContext.value, current: current.value }))
  const mayReveal = computed(() => isRevealed({ clicks: 1, renderContext: $renderContext.value, current: current.value }))
  const fullSize = computed(() => $renderContext.value === 'slide' || $renderContext.value === 'presenter')

  // A slide merged from others keeps their aliases in `aliases`, so a question's "reread" still finds it.
  function slideLink(alias: string): SlideLink {
    const slides = nav.slides.value
    const route = slides.find(slide => slide.meta.slide.frontmatter.routeAlias === alias)
      ?? slides.find(slide => (slide.meta.slide.frontmatter.aliases as unknown[] | undefined)?.includes(alias))
    const to = (route?.meta.slide.frontmatter.routeAlias as string | undefined) ?? alias
    return { to, title: route?.meta.slide.title ?? alias }
  }

  return { mode, revealed, mayReveal, current, presenter, fullSize, slideLink }
}
