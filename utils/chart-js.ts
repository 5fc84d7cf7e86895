import type { Chart } from 'chart.js'

let chartJs: Promise<typeof Chart> | undefined

/**
 * chart.js, loaded the first time a chart is wanted, not with the components:
 * Slidev mounts the slides on either side of the current one, so a quiz
 * slide next to a chart slide would otherwise download and run chart.js
 * (about 50 kB gzip) before its own question shows, for a chart nobody sees yet.
 * The deck draws bars only: registering these four pieces, never `chart.js/auto`,
 * keeps every other controller, element, scale and plugin out of the bundle.
 * Legends, titles and tooltips are HTML, and value labels a plugin of our own.
 * A module of its own, apart from `useChart`, so the router can start the
 * download for a chart slide opened by its address without taking the
 * composable into the entry chunk (setup/main.ts).
 */
export function loadChartJs(): Promise<typeof Chart> {
  chartJs ??= import('chart.js').then(({ BarController, BarElement, CategoryScale, Chart, LinearScale }) => {
    Chart.register(BarController, BarElement, CategoryScale, LinearScale)
    return Chart
  }, (error: unknown) => {
    chartJs = undefined
    throw error
  })
  return chartJs
}
