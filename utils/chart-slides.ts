/**
 * Which slides draw a chart, worked out from their source when the deck is
 * built, so the router can start loading chart.js as soon as such a slide is
 * opened, alongside the slide's own code instead of after it has rendered
 * (setup/vite-plugins.ts writes the list, setup/main.ts reads it).
 */

import type { HeldSlide } from './neighbour-preload'
import { slideOf } from './neighbour-preload'

/** The id of the module that lists the chart slides. */
export const chartSlidesModuleId = 'virtual:deck-chart-slides'

/** A chart component in a slide's Markdown: `<ChartIndicators …`, `<ChartBars …`. */
const chartTag = /<Chart[A-Z]\w*[\s/>]/

/** What the build knows of a slide: its Markdown. */
export interface SlideSource {
  content: string
}

/** The number (counted from 1, as Slidev does) of each slide that draws a chart. */
export function chartSlideNumbers(slides: readonly SlideSource[]): number[] {
  return slides.flatMap((slide, index) => chartTag.test(slide.content) ? [index + 1] : [])
}

/** The module that lists them. */
export function chartSlidesModuleCode(numbers: readonly number[]): string {
  return `export default ${JSON.stringify(numbers)}\n`
}

/** The part of a route this needs: Slidev's route name and its slide number or alias. */
export interface SlideRouteLike {
  name?: string | symbol | null
  params: Record<string, unknown>
}

/** Routes that show one slide full size: the slide itself and the presenter view. */
const singleSlideRoutes = new Set(['play', 'presenter'])

/**
 * Whether `route` opens, full size, one of the slides numbered in
 * `chartSlides`, by its number or its alias (resolved as Slidev does, by `slideOf`).
 */
export function opensChartSlide(route: SlideRouteLike, slides: readonly HeldSlide[], chartSlides: readonly number[]): boolean {
  if (typeof route.name !== 'string' || !singleSlideRoutes.has(route.name))
    return false
  const slide = slideOf(slides, route.params.no)
  return !!slide && chartSlides.includes(slide.no)
}
