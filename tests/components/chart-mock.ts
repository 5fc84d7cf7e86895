/**
 * A stand-in for chart.js: happy-dom has no 2D canvas. Tests mock the module
 * with `vi.mock('chart.js', () => import('./chart-mock'))` and read `charts`.
 */
import { flushPromises } from '@vue/test-utils'
import { vi } from 'vitest'

/** chart.js loads on first use (composables/useChart.ts): waits for it and for the charts it makes. */
export async function drawn(): Promise<void> {
  await vi.dynamicImportSettled()
  await flushPromises()
}

/** Every chart created since the last `charts.length = 0`. */
export const charts: Chart[] = []

export class Chart {
  static register = vi.fn()
  canvas: HTMLCanvasElement
  config: { type: string, data: unknown, options: Record<string, unknown> }
  data: unknown
  options: Record<string, unknown>
  update = vi.fn()
  reset = vi.fn()
  destroy = vi.fn()

  constructor(canvas: HTMLCanvasElement, config: { type: string, data: unknown, options: Record<string, unknown> }) {
    this.canvas = canvas
    this.config = config
    this.data = config.data
    this.options = config.options
    charts.push(this)
  }
}

export const BarController = { id: 'bar' }
export const BarElement = { id: 'bar-element' }
export const CategoryScale = { id: 'category' }
export const LinearScale = { id: 'linear' }
