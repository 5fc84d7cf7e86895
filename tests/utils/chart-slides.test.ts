import { describe, expect, it } from 'vitest'
import { chartSlideKeys, chartSlidesModuleCode, opensChartSlide } from '../../utils/chart-slides'

const slides = [
  { content: '<CoverTitle />', frontmatter: {} },
  { content: '# Two capacities\n\n<RenderWhen context="print">\n  <ChartIndicators :ids="[\'hospital-beds\']" print />', frontmatter: { routeAlias: 'capacities' } },
  { content: '# Charts in words\n\nA ChartBars component draws bars.', frontmatter: {} },
  { content: '<ChartBars title="Scores" />', frontmatter: { routeAlias: 42 } },
]

describe('chartSlideKeys', () => {
  it('lists the number and the alias of each slide that uses a chart component', () => {
    expect(chartSlideKeys(slides)).toEqual(['2', 'capacities', '4'])
  })

  it('ignores a chart component named in prose, outside a tag', () => {
    expect(chartSlideKeys([slides[2]!])).toEqual([])
  })
})

describe('chartSlidesModuleCode', () => {
  it('writes a module whose default export is the list', async () => {
    const code = chartSlidesModuleCode(['2', 'capacities'])
    const module = await import(`data:text/javascript,${encodeURIComponent(code)}`) as { default: string[] }
    expect(module.default).toEqual(['2', 'capacities'])
  })
})

describe('opensChartSlide', () => {
  const keys = ['7', 'capacities']

  it('is true for a chart slide opened by number or by alias, alone or in the presenter view', () => {
    expect(opensChartSlide({ name: 'play', params: { no: '7' } }, keys)).toBe(true)
    expect(opensChartSlide({ name: 'play', params: { no: 'capacities' } }, keys)).toBe(true)
    expect(opensChartSlide({ name: 'presenter', params: { no: '7' } }, keys)).toBe(true)
  })

  it('is false for its neighbours and for pages of many slides', () => {
    expect(opensChartSlide({ name: 'play', params: { no: '8' } }, keys)).toBe(false)
    expect(opensChartSlide({ name: 'overview', params: {} }, keys)).toBe(false)
    expect(opensChartSlide({ name: 'print', params: { no: '7' } }, keys)).toBe(false)
  })
})
