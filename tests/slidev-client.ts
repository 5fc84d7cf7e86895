/**
 * A stand-in for `@slidev/client` in unit and component tests (the real one
 * needs Slidev's virtual modules). By default a component sees what a
 * student studying alone sees: the current slide, drawn big, no click made,
 * not printed, no presenter view. A test changes `slidev` to set the scene;
 * `resetSlidev()` (run before each test) puts it back.
 */
import type { SlidevRoute } from '@slidev/client'
import { computed, ref } from 'vue'

export const slidev = {
  isPrintMode: ref(false),
  isPresenter: ref(false),
  currentSlideNo: ref(1),
  page: ref(1),
  clicks: ref(0),
  renderContext: ref<'slide' | 'overview' | 'presenter' | 'previewNext' | 'none'>('slide'),
  slides: ref<SlidevRoute[]>([]),
}

export function resetSlidev(): void {
  slidev.isPrintMode.value = false
  slidev.isPresenter.value = false
  slidev.currentSlideNo.value = 1
  slidev.page.value = 1
  slidev.clicks.value = 0
  slidev.renderContext.value = 'slide'
  slidev.slides.value = []
}

export function useNav() {
  return {
    slides: slidev.slides,
    total: computed(() => slidev.slides.value.length),
    currentSlideNo: computed(() => slidev.currentSlideNo.value),
    isPrintMode: computed(() => slidev.isPrintMode.value),
    isPresenter: computed(() => slidev.isPresenter.value),
  }
}

export function useSlideContext() {
  return {
    $nav: computed(() => ({ currentSlideNo: slidev.currentSlideNo.value })),
    $clicks: slidev.clicks,
    $page: slidev.page,
    $renderContext: slidev.renderContext,
  }
}

export function useIsSlideActive() {
  return computed(() => slidev.page.value === slidev.currentSlideNo.value)
}

export function onSlideEnter(): void {}
export function onSlideLeave(): void {}
export function lockShortcuts(): () => void {
  return () => {}
}

/** Gives the deck one slide per route alias, titled `Slide <alias>`, for the links a component builds. */
export function slidesFor(aliases: readonly string[]): void {
  slidev.slides.value = aliases.map((alias, i) => ({ no: i + 1, meta: { slide: { title: `Slide ${alias}`, frontmatter: { routeAlias: alias } } } }))
}
