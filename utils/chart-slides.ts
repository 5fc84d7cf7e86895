/**
 * Which slides draw a chart, worked out from their source when the deck is
 * built, so the router can start loading chart.js as soon as such a slide is
 * opened, alongside the slide's own code instead of after it has rendered
 * (setup/vite-plugins.ts writes the list, setup/main.ts reads it).
 */

/** The id of the module that lists the chart slides. */
export const chartSlidesModuleId = 'virtual:deck-chart-slides'

/** A chart component in a slide's Markdown: `<ChartIndicators …`, `<ChartBars …`. */
const chartTag = /<Chart[A-Z]\w*[\s/>]/

/** What the build knows of a slide: its Markdown and its frontmatter. */
export interface SlideSource {
  content: string
  frontmatter: { routeAlias?: unknown }
}

/**
 * What a slide's address may say for each slide that draws a chart: its
 * number (counted from 1, as Slidev does) and its `routeAlias`, if it has one.
 */
export function chartSlideKeys(slides: readonly SlideSource[]): string[] {
  return slides.flatMap((slide, index) => {
    if (!chartTag.test(slide.content))
      return []
    const alias = slide.frontmatter.routeAlias
    return typeof alias === 'string' && alias ? [String(index + 1), alias] : [String(index + 1)]
  })
}

/** The module that lists them. */
export function chartSlidesModuleCode(keys: readonly string[]): string {
  return `export default ${JSON.stringify(keys)}\n`
}

/** The part of a route this needs: Slidev's route name and its slide number or alias. */
export interface SlideRouteLike {
  name?: string | symbol | null
  params: Record<string, unknown>
}

/** Routes that show one slide full size: the slide itself and the presenter view. */
const singleSlideRoutes = new Set(['play', 'presenter'])

/** Whether `route` opens a slide that draws a chart. */
export function opensChartSlide(route: SlideRouteLike, keys: readonly string[]): boolean {
  const no = route.params.no
  return typeof route.name === 'string' && singleSlideRoutes.has(route.name) && typeof no === 'string' && keys.includes(no)
}
