import type { Chart, ChartConfiguration, ChartType, DefaultDataPoint } from 'chart.js'
import type { ComputedRef, MaybeRefOrGetter, ShallowRef } from 'vue'
import { tryOnScopeDispose, usePreferredReducedMotion } from '@vueuse/core'
import { computed, shallowRef, toValue, watch } from 'vue'
import { loadChartJs } from '../utils/chart-js'

export interface UseChartOptions {
  /**
   * Create the chart only once this is true, e.g. when its slide is shown:
   * Slidev mounts slides hidden, and a chart built in a hidden box animates
   * unseen at size zero. Default: true.
   */
  active?: MaybeRefOrGetter<boolean>
  /**
   * Print or export: create as soon as chart.js is in, whatever `active` says, never animate,
   * and draw at a pixel ratio of at least 2 so the PDF stays sharp. Default: false.
   */
  print?: MaybeRefOrGetter<boolean>
  /** Replay the grow animation each time `active` turns true again. Default: true. */
  replay?: boolean
}

export interface UseChartReturn<TType extends ChartType> {
  /** The chart while it exists, else null. */
  chart: ShallowRef<Chart<TType> | null>
  /** Whether chart.js may animate now: not in print, not under reduced motion. */
  animate: ComputedRef<boolean>
  /** Applies the current configuration to the chart now (it is applied on change anyway). */
  update: () => void
  /** Destroys the chart now (it is destroyed on unmount anyway). */
  destroy: () => void
}

/**
 * A chart.js chart on a canvas, alive while the component is: created when it
 * is first active (or at once in print), once chart.js has loaded, updated in place whenever the
 * configuration changes (data, language, theme), destroyed on unmount.
 *
 * ```ts
 * const canvas = useTemplateRef('canvas')
 * const { chart } = useChart(canvas, () => barChartConfig(input.value), { active: () => props.active })
 * ```
 */
export function useChart<TType extends ChartType = 'bar', TData = DefaultDataPoint<TType>, TLabel = unknown>(
  canvas: MaybeRefOrGetter<HTMLCanvasElement | null | undefined>,
  config: MaybeRefOrGetter<ChartConfiguration<TType, TData, TLabel>>,
  options: UseChartOptions = {},
): UseChartReturn<TType> {
  const { replay = true } = options
  const chart = shallowRef<Chart<TType> | null>(null)
  const reducedMotion = usePreferredReducedMotion()
  const print = computed(() => toValue(options.print) ?? false)
  const active = computed(() => toValue(options.active) ?? true)
  const animate = computed(() => !print.value && reducedMotion.value !== 'reduce')

  function pixelRatio(element: HTMLCanvasElement): number {
    const device = globalThis.devicePixelRatio || 1
    // Slidev scales the whole slide with a CSS transform: draw at the scaled size, not the layout size.
    const scale = element.offsetWidth ? element.getBoundingClientRect().width / element.offsetWidth : 1
    const ratio = device * (Number.isFinite(scale) && scale > 0 ? scale : 1)
    return print.value ? Math.max(2, ratio) : Math.max(1, ratio)
  }

  /** The configuration with the deck's own rules applied: no animation unless it is allowed. */
  function resolved(element?: HTMLCanvasElement): ChartConfiguration<TType, TData, TLabel> {
    const base = toValue(config)
    return {
      ...base,
      options: {
        ...base.options,
        ...(animate.value ? {} : { animation: false }),
        ...(element ? { devicePixelRatio: pixelRatio(element) } : {}),
      },
    } as ChartConfiguration<TType, TData, TLabel>
  }

  let disposed = false

  /** Creates the chart once chart.js is in, if it is still wanted and nothing has made one since. */
  async function create(): Promise<void> {
    const ChartJs = await loadChartJs()
    const element = toValue(canvas)
    if (disposed || chart.value || !element || !(active.value || print.value))
      return
    chart.value = new ChartJs(element, resolved(element)) as unknown as Chart<TType>
  }

  function update() {
    if (!chart.value)
      return
    const next = resolved(chart.value.canvas ?? undefined)
    chart.value.data = next.data as Chart<TType>['data']
    chart.value.options = next.options as Chart<TType>['options']
    chart.value.update(animate.value ? undefined : 'none')
  }

  function destroy() {
    chart.value?.destroy()
    chart.value = null
  }

  // Create once there is a canvas and the chart is wanted; in print, at once.
  watch(
    () => [toValue(canvas), active.value || print.value] as const,
    ([element, wanted], previous) => {
      if (!element || !wanted)
        return
      if (!chart.value) {
        create().catch((error: unknown) => console.error('The chart could not be drawn: chart.js did not load', error))
      }
      else if (replay && animate.value && previous && !previous[1]) {
        // Re-entering the slide: grow the bars again from zero.
        chart.value.reset()
        chart.value.update()
      }
    },
    { immediate: true, flush: 'post' },
  )

  // Post flush: the theme class is on <html> and the DOM is current before colours are read.
  watch(() => toValue(config), update, { flush: 'post' })
  watch(animate, update, { flush: 'post' })

  tryOnScopeDispose(() => {
    disposed = true
    destroy()
  })

  return { chart, animate, update, destroy }
}
