import type { ChartConfiguration } from 'chart.js'
import { mount } from '@vue/test-utils'
import { BarController, BarElement, CategoryScale, Chart, LinearScale } from 'chart.js'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h, ref, useTemplateRef } from 'vue'
import { useChart } from '../../composables/useChart'
import { charts, drawn } from '../components/chart-mock'

vi.mock('chart.js', () => import('../components/chart-mock'))

type Config = ChartConfiguration<'bar', number[], string>

/** A component with one canvas and the chart under test. */
function host(options: { active?: boolean, print?: boolean } = {}) {
  const state = ref({ active: options.active ?? true, print: options.print ?? false, values: [1, 2], theme: '#000' })
  const Host = defineComponent({
    setup() {
      const canvas = useTemplateRef<HTMLCanvasElement>('canvas')
      const config = (): Config => ({
        type: 'bar',
        data: { labels: ['a', 'b'], datasets: [{ data: [...state.value.values], backgroundColor: state.value.theme }] },
        options: { animation: { duration: 700 } },
      })
      const chart = useChart(canvas, config, { active: () => state.value.active, print: () => state.value.print })
      return { chart }
    },
    render: () => h('canvas', { ref: 'canvas' }),
  })
  return { wrapper: mount(Host), state }
}

describe('useChart', () => {
  beforeEach(() => {
    charts.length = 0
  })

  it('loads chart.js only when a chart is first wanted, and registers only the bar chart pieces', async () => {
    const { state } = host({ active: false })
    await drawn()
    expect(vi.mocked(Chart.register)).not.toHaveBeenCalled()
    state.value.active = true
    await drawn()
    expect(vi.mocked(Chart.register)).toHaveBeenCalledWith(BarController, BarElement, CategoryScale, LinearScale)
  })

  it('does not create a chart when its component is gone before chart.js arrives', async () => {
    const { wrapper } = host()
    wrapper.unmount()
    await drawn()
    expect(charts).toHaveLength(0)
  })

  it('creates the chart on its canvas once active', async () => {
    const { wrapper, state } = host({ active: false })
    await drawn()
    expect(charts).toHaveLength(0)
    state.value.active = true
    await drawn()
    expect(charts).toHaveLength(1)
    expect(charts[0]!.canvas).toBe(wrapper.find('canvas').element)
  })

  it('creates at once in print, without animation', async () => {
    host({ active: false, print: true })
    await drawn()
    expect(charts).toHaveLength(1)
    expect(charts[0]!.config.options.animation).toBe(false)
    expect(charts[0]!.config.options.devicePixelRatio).toBeGreaterThanOrEqual(2)
  })

  it('updates the same chart in place when the data or the theme change', async () => {
    const { state } = host()
    await drawn()
    state.value.values = [3, 4]
    state.value.theme = '#fff'
    await drawn()
    expect(charts).toHaveLength(1)
    expect(charts[0]!.update).toHaveBeenCalledTimes(1)
    expect(charts[0]!.data).toMatchObject({ datasets: [{ data: [3, 4], backgroundColor: '#fff' }] })
  })

  it('replays the animation when the slide is entered again', async () => {
    const { state } = host()
    await drawn()
    state.value.active = false
    await drawn()
    state.value.active = true
    await drawn()
    expect(charts).toHaveLength(1)
    expect(charts[0]!.reset).toHaveBeenCalledTimes(1)
  })

  it('does not animate when the reader asks for reduced motion', async () => {
    vi.spyOn(window, 'matchMedia').mockImplementation(query => ({
      matches: query.includes('reduce'),
      media: query,
      addEventListener: () => {},
      removeEventListener: () => {},
    }) as unknown as MediaQueryList)
    host()
    await drawn()
    expect(charts[0]!.config.options.animation).toBe(false)
    vi.restoreAllMocks()
  })

  it('destroys the chart on unmount', async () => {
    const { wrapper } = host()
    await drawn()
    const [chart] = charts
    wrapper.unmount()
    expect(chart!.destroy).toHaveBeenCalledTimes(1)
  })
})
