import { describe, expect, it } from 'vitest'
import { chartSlideNumbers, chartSlidesModuleCode, opensChartSlide } from '../../utils/chart-slides'

const sources = [
  { content: '<CoverTitle />' },
  { content: '# Two capacities\n\n<RenderWhen context="print">\n  <ChartIndicators :ids="[\'hospital-beds\']" print />' },
  { content: '# Charts in words\n\nA ChartBars component draws bars.' },
  { content: '<ChartBars title="Scores" />' },
]

describe('chartSlideNumbers', () => {
  it('lists the number of each slide that uses a chart component', () => {
    expect(chartSlideNumbers(sources)).toEqual([2, 4])
  })

  it('ignores a chart component named in prose, outside a tag', () => {
    expect(chartSlideNumbers([sources[2]!])).toEqual([])
  })
})

describe('chartSlidesModuleCode', () => {
  it('writes a module whose default export is the list', async () => {
    const code = chartSlidesModuleCode([2, 4])
    const module = await import(`data:text/javascript,${encodeURIComponent(code)}`) as { default: number[] }
    expect(module.default).toEqual([2, 4])
  })
})

describe('opensChartSlide', () => {
  const slides = Array.from({ length: 9 }, (_, i) => ({ no: i + 1, meta: { slide: { frontmatter: i === 6 ? { routeAlias: 'capacities' } : {} } } }))
  const charts = [7]

  it('is true for a chart slide opened by number or by alias, alone or in the presenter view', () => {
    expect(opensChartSlide({ name: 'play', params: { no: '7' } }, slides, charts)).toBe(true)
    expect(opensChartSlide({ name: 'play', params: { no: 'capacities' } }, slides, charts)).toBe(true)
    expect(opensChartSlide({ name: 'presenter', params: { no: '7' } }, slides, charts)).toBe(true)
  })

  it('is false for its neighbours, an address no slide has, and pages of many slides', () => {
    expect(opensChartSlide({ name: 'play', params: { no: '8' } }, slides, charts)).toBe(false)
    expect(opensChartSlide({ name: 'play', params: { no: 'missing' } }, slides, charts)).toBe(false)
    expect(opensChartSlide({ name: 'overview', params: {} }, slides, charts)).toBe(false)
    expect(opensChartSlide({ name: 'print', params: { no: '7' } }, slides, charts)).toBe(false)
  })
})
