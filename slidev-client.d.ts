/**
 * The part of `@slidev/client`'s public API (its `index.ts`) that the deck
 * uses, typed with `@slidev/types`. Why: the package ships its TypeScript
 * sources, and an import of it pulls them into our type-check, where they
 * fail our strict options (some forty errors inside node_modules).
 * `compilerOptions.paths` in tsconfig.json points the type-check here; Vite
 * and the build still resolve the real package. Names and shapes follow
 * `composables/useNav.ts`, `context.ts` and `logic/slides.ts` of the client.
 */
import type { ClicksContext, RenderContext, SlideInfo, SlideRoute } from '@slidev/types'
import type { ComputedRef, Ref } from 'vue'

/**
 * A slide's route with the slide's own info in `meta.slide`, as Slidev's
 * `shim-vue.d.ts` declares it (that file cannot be referenced: it imports
 * the client's sources).
 */
export type SlidevRoute = Pick<SlideRoute, 'no'> & { meta: { slide: Pick<SlideInfo, 'title' | 'frontmatter'> } }

/** What `useNav()` returns, in the part the deck reads. */
export interface SlidevNav {
  slides: Ref<SlidevRoute[]>
  total: ComputedRef<number>
  currentSlideNo: ComputedRef<number>
  isPrintMode: ComputedRef<boolean>
  isPresenter: ComputedRef<boolean>
}

/** What `useSlideContext()` returns, in the part the deck reads. */
export interface SlideContext {
  $nav: Ref<{ readonly currentSlideNo: number }>
  $clicksContext: ClicksContext
  $clicks: Ref<number>
  $page: Ref<number>
  $renderContext: Ref<RenderContext>
}

export declare function useNav(): SlidevNav
export declare function useSlideContext(): SlideContext
export declare function useIsSlideActive(): ComputedRef<boolean>
export declare function onSlideEnter(cb: (to: number, from: number | undefined) => unknown): void
export declare function onSlideLeave(cb: (to: number, from: number | undefined) => unknown): void
export declare function lockShortcuts(): () => void
