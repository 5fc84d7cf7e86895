import type { ComputedRef, Ref } from 'vue'
import type { LayoutChoice, RouteLike, Size } from '../utils/reading-layout'
import { createSharedComposable, useLocalStorage, useTimestamp, useWindowSize } from '@vueuse/core'
import { computed, effectScope, ref, watch } from 'vue'
import { PRESENTER_KEY, presenterIsOpen } from '../utils/quiz-mode'
import { canvasTooSmall, chooseLayout, parseChoice, reflowAllowed } from '../utils/reading-layout'

/** Where the reader's own choice of layout is kept on this device. */
export const LAYOUT_KEY = 'jwg-health:layout'
/** The class on `<html>` that styles/reading.css keys on. */
export const READING_CLASS = 'reading'

export interface UseReadingLayoutReturn {
  /** The slides are shown as pages that reflow, not as the scaled canvas. */
  reading: ComputedRef<boolean>
  /** The canvas would draw body text below 16 px in this window. */
  tooSmall: ComputedRef<boolean>
  /** The reader's stored choice, or null to follow the window. */
  choice: Ref<LayoutChoice | null>
  /** This page may reflow at all (the audience's slide show, not print or the presenter view). */
  allowed: Ref<boolean>
  /** Switches to the other layout and remembers it. */
  toggle: () => void
}

const canvasSize = ref<Size>({ width: 980, height: 980 / (16 / 9) })

/**
 * The deck's two shapes, canvas and reading layout, decided once for the
 * window and shared by everything that asks (one state per page).
 * `installReadingLayout` holds it from a scope that is never stopped, so it
 * lives as long as the page, whatever mounts and unmounts.
 *
 * ```ts
 * const { reading, toggle } = useReadingLayout()
 * ```
 */
export const useReadingLayout = createSharedComposable((): UseReadingLayoutReturn => {
  const { width, height } = useWindowSize()
  const rootFont = () => typeof document === 'undefined'
    ? 16
    : Number.parseFloat(getComputedStyle(document.documentElement).fontSize) || 16
  const stored = useLocalStorage<string | null>(LAYOUT_KEY, null, { writeDefaults: false, onError: () => {} })
  const choice = computed<LayoutChoice | null>({
    get: () => parseChoice(stored.value),
    set: value => (stored.value = value),
  })
  const tooSmall = computed(() => canvasTooSmall({ width: width.value, height: height.value }, canvasSize.value, rootFont()))
  const allowed = ref(false)
  const reading = computed(() => allowed.value && chooseLayout(tooSmall.value, choice.value) === 'reading')
  function toggle() {
    choice.value = reading.value ? 'canvas' : 'reading'
  }
  return { reading, tooSmall, choice: choice as Ref<LayoutChoice | null>, allowed, toggle }
})

export interface ReadingLayoutOptions {
  /** The current route: its name and query decide whether the page may reflow. */
  route: () => RouteLike & { params?: Record<string, unknown> }
  /** The canvas size in CSS px (Slidev's `canvasWidth` and aspect ratio). */
  canvas?: Size
}

/**
 * Keeps `<html class="reading">` in step with the layout, and starts each
 * new slide at its top. Called once, from the app setup.
 */
export function installReadingLayout({ route, canvas }: ReadingLayoutOptions): UseReadingLayoutReturn {
  if (canvas)
    canvasSize.value = canvas
  // Detached, so that the layout and these watchers last as long as the page,
  // whatever scope the caller runs in.
  return effectScope(true).run(() => {
    const layout = useReadingLayout()
    // A window following an open presenter view is the projector's: keep the canvas.
    const beat = useLocalStorage<number>(PRESENTER_KEY, 0, { writeDefaults: false, onError: () => {} })
    const now = useTimestamp({ interval: 5000 })
    const following = computed(() => presenterIsOpen(beat.value, now.value))
    watch(() => reflowAllowed(route(), following.value), (allowed) => {
      layout.allowed.value = allowed
    }, { immediate: true })
    watch(layout.reading, (reading) => {
      document.documentElement.classList.toggle(READING_CLASS, reading)
    }, { immediate: true, flush: 'sync' })
    watch(() => route().params?.no, (no, before) => {
      if (layout.reading.value && no !== before)
        window.scrollTo({ top: 0, left: 0, behavior: 'instant' })
    })
    return layout
  })!
}
