import { defineAppSetup } from '@slidev/types'
import chartSlides from 'virtual:deck-chart-slides'
import { reactive } from 'vue'
import configs from '#slidev/configs'
import { slides } from '#slidev/slides'
import { useLocale } from '../composables/useLocale'
import { installReadingLayout } from '../composables/useReadingLayout'
import { loadChartJs } from '../utils/chart-js'
import { opensChartSlide } from '../utils/chart-slides'
import { restoreNotes, showsNotes } from '../utils/lazy-notes'
import { holdNeighbours, slideOf } from '../utils/neighbour-preload'

let notesLoaded: Promise<void> | undefined

/** Resolves after the next frame has been painted. */
function afterPaint(): Promise<void> {
  return new Promise(resolve => requestAnimationFrame(() => requestAnimationFrame(() => resolve())))
}

/**
 * The build keeps presenter notes out of what slide 1 loads (setup/vite-plugins.ts);
 * the pages that show them wait for them once. Through `reactive`, so a view
 * that already read a slide's info sees its notes arrive.
 */
function loadNotes(): Promise<void> {
  // The id is written out: the bundler only splits a chunk for a literal import (see notesModuleId).
  notesLoaded ??= import('virtual:deck-notes').then(({ default: notes }) => {
    restoreNotes(slides.value, notes, (slide, html) => {
      reactive(slide).noteHTML = html
    })
  }, (error: unknown) => {
    // A page without notes beats a page that does not open; the next page tries again.
    notesLoaded = undefined
    console.error('The presenter notes did not load', error)
  })
  return notesLoaded
}

// Each edition's headmatter sets `htmlAttrs.lang`; the components speak it too.
export default defineAppSetup(async ({ router }) => {
  const lang = configs.htmlAttrs?.lang
  if (lang === 'en' || lang === 'id')
    useLocale().lang.value = lang
  // The slide opened first paints before its neighbours load (utils/neighbour-preload.ts),
  // its charts included; any other page (presenter, overview, print) lets them load at once.
  const release = holdNeighbours(slides.value)
  router.isReady().then(async () => {
    const route = router.currentRoute.value
    const slide = route.name === 'play' ? slideOf(slides.value, route.params.no) : undefined
    if (slide) {
      // A chart.js that fails to load is reported by the chart itself.
      await Promise.all([slide.load(), opensChartSlide(route, slides.value, chartSlides) && loadChartJs().catch(() => undefined)])
      await afterPaint()
    }
  }).finally(release)
  router.beforeEach(async (to) => {
    // A chart slide's charts wait for chart.js: start it with the slide's own
    // code, not once the slide has rendered. Only for the slide opened, never
    // for the neighbours Slidev mounts hidden beside it.
    if (opensChartSlide(to, slides.value, chartSlides)) {
      loadChartJs().catch(() => {
        // Nothing lost: the chart asks again when it is created, and says so if it fails.
      })
    }
    if (showsNotes(to.name))
      await loadNotes()
  })
  // The reading layout where the canvas would draw text too small (styles/reading.css).
  const width = configs.canvasWidth ?? 980
  installReadingLayout({ route: () => router.currentRoute.value, canvas: { width, height: width / (configs.aspectRatio ?? 16 / 9) } })
  // The SCORM package (npm run export -- --format scorm) reports to the LMS that launched it.
  // Imported only there: the LMS bridge reads the whole question bank, which
  // every other build leaves to the slides that ask the questions. Slidev
  // awaits this setup before it mounts, so the package starts as before.
  if (import.meta.env.VITE_DECK_SCORM) {
    const { useScorm } = await import('../composables/useScorm')
    useScorm({ router })
  }
})
