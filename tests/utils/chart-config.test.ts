import type { BarSeries } from '../../utils/chart-config'
import { describe, expect, it } from 'vitest'
import { getIndicator } from '../../data'
import { barChartConfig, barTexts, chartSummary, indicatorPanels, lightPalette, magnitudeRatio, niceMax, readPalette, scaleNote, shortDate, valueWhen } from '../../utils/chart-config'

const names = { 'indonesia': 'Indonesia', 'south-korea': 'South Korea' }
const palette = { ...lightPalette, indonesia: '#111111', korea: '#222222', accent: '#333333' }
const series: BarSeries[] = [
  { id: 'indonesia', label: 'Indonesia', values: [1.04, null], display: ['1.04', ''], tone: 'indonesia' },
  { id: 'korea', label: 'South Korea', values: [null, 12.27], tone: 'korea' },
]

describe('barChartConfig', () => {
  const config = barChartConfig({ labels: ['Indonesia\n2019', 'South Korea'], series, lang: 'en', palette, animate: true, horizontal: true })

  it('draws bars with the values as given', () => {
    expect(config.type).toBe('bar')
    expect(config.data.datasets.map(dataset => dataset.data)).toEqual([[1.04, null], [null, 12.27]])
    expect(config.data.datasets.every(dataset => (dataset as { skipNull?: boolean }).skipNull)).toBe(true)
  })

  it('puts the date on a second line of the label', () => {
    expect(config.data.labels).toEqual([['Indonesia', '2019'], 'South Korea'])
  })

  it('colours each series from its tone in the palette', () => {
    expect(config.data.datasets.map(dataset => dataset.backgroundColor)).toEqual(['#111111', '#222222'])
  })

  it('starts the value axis at zero and ends it on a round number', () => {
    const x = config.options!.scales!.x as { min: number, max: number, beginAtZero: boolean }
    expect(x.min).toBe(0)
    expect(x.beginAtZero).toBe(true)
    expect(x.max).toBe(15)
  })

  it('keeps a shared maximum when one is given', () => {
    const shared = barChartConfig({ labels: ['a'], series: [series[0]!], lang: 'en', palette, animate: false, max: 800 })
    expect((shared.options!.scales!.y as { max: number }).max).toBe(800)
  })

  it('runs bars sideways only when asked', () => {
    expect(config.options!.indexAxis).toBe('y')
    expect(barChartConfig({ labels: ['a'], series: [series[0]!], lang: 'en', palette, animate: true }).options!.indexAxis).toBe('x')
  })

  it('writes each bar\'s value beside it, using the display text first', () => {
    expect(config.options!.plugins!.deckValueLabels!.texts).toEqual([['1.04', null], [null, '12.27']])
    expect(config.plugins!.map(plugin => plugin.id)).toEqual(['deckValueLabels'])
  })

  it('turns animation off when asked, for print', () => {
    expect(barChartConfig({ labels: ['a'], series, lang: 'en', palette, animate: false }).options!.animation).toBe(false)
  })

  it('formats ticks in the language, compactly for large numbers', () => {
    const big = barChartConfig({ labels: ['a', 'b'], series: [{ id: 's', label: 's', values: [1255, 295647], tone: 'neutral' }], lang: 'id', palette, animate: false })
    const ticks = (big.options!.scales!.y as { ticks: { callback: (value: number) => string } }).ticks
    expect(ticks.callback(300000)).toMatch(/^300\srb$/)
    const small = barChartConfig({ labels: ['a'], series: [series[1]!], lang: 'id', palette, animate: false })
    expect((small.options!.scales!.y as { ticks: { callback: (value: number) => string } }).ticks.callback(12.5)).toBe('12,5')
  })
})

describe('niceMax and magnitudeRatio', () => {
  it('rounds up to a round axis end', () => {
    expect([1.04, 2.5, 12.27, 86.9, 526.7, 627.2, 295647].map(niceMax)).toEqual([1.2, 2.5, 15, 100, 600, 800, 300000])
    expect(niceMax(0)).toBe(1)
  })

  it('compares the largest with the smallest positive value', () => {
    expect(magnitudeRatio([1, null, 10])).toBe(10)
    expect(magnitudeRatio([5])).toBe(1)
  })
})

describe('readPalette', () => {
  it('reads the CSS variables and keeps the light values for any not set', () => {
    const style = { getPropertyValue: (name: string) => (name === '--deck-korea' ? ' #7db8f0 ' : '') }
    expect(readPalette(style)).toEqual({ ...lightPalette, korea: '#7db8f0' })
    expect(readPalette(undefined)).toEqual(lightPalette)
  })
})

describe('barTexts and chartSummary', () => {
  it('formats numbers in the language when there is no display text', () => {
    expect(barTexts({ id: 'x', label: 'x', values: [295647, null], tone: 'korea' }, 'id')).toEqual(['295.647', null])
  })

  it('summarises every value in one sentence for screen readers', () => {
    const text = chartSummary({ title: 'Hospital beds', unit: 'per 1,000 people', labels: ['Indonesia', 'South Korea'], series, lang: 'en' })
    expect(text).toBe('Hospital beds (per 1,000 people). Indonesia: Indonesia 1.04; South Korea: South Korea 12.27.')
  })
})

describe('shortDate and valueWhen', () => {
  it('shortens dates in both languages', () => {
    expect(shortDate('2022-12-31', 'en')).toBe('31 Dec 2022')
    expect(shortDate('2022-12-31', 'id')).toBe('31 Des 2022')
    expect(shortDate('2019', 'en')).toBe('2019')
  })

  it('keeps a month\'s date and a day\'s date apart, whichever comes first', () => {
    expect(shortDate('2020-03-02', 'en')).toBe('2 Mar 2020')
    expect(shortDate('2020-03', 'en')).toBe('Mar 2020')
    expect(shortDate('2020-03', 'id')).toBe('Mar 2020')
    expect(shortDate('2021-08-17', 'id')).toBe('17 Agu 2021')
  })

  it('prefers the source\'s own period to a date', () => {
    const beds = getIndicator('hospital-beds').values[0]!
    expect(valueWhen(beds, 'en')).toBe('latest year since 2010')
    expect(valueWhen(getIndicator('physicians').values[0]!, 'en')).toBe('2019')
  })
})

describe('indicatorPanels', () => {
  const capacities = indicatorPanels(['hospital-beds', 'physicians', 'tests-march-2020'].map(getIndicator), 'en', names)
  const deaths = indicatorPanels(['deaths-per-million-2021', 'deaths-per-million-2022', 'fully-vaccinated'].map(getIndicator), 'en', names)

  it('makes one panel per indicator, Indonesia first, in the countries\' colours', () => {
    expect(capacities.map(panel => panel.id)).toEqual(['hospital-beds', 'physicians', 'tests-march-2020'])
    expect(capacities[0]!.series.map(series => [series.label, series.tone])).toEqual([['Indonesia', 'indonesia'], ['South Korea', 'korea']])
  })

  it('carries the exact values from the data', () => {
    expect(capacities.map(panel => panel.series.map(series => series.values.find(value => value !== null)))).toEqual([[1.04, 12.27], [0.47, 2.5], [1255, 295647]])
    expect(deaths[0]!.series.map(series => series.display!.find(Boolean))).toEqual(['≈ 527', '≈ 106'])
  })

  it('shows each country\'s year in its label when the years differ', () => {
    expect(capacities[1]!.labels).toEqual(['Indonesia\n2019', 'South Korea\n2020'])
    expect(capacities[1]!.datesDiffer).toBe(true)
    expect(deaths[2]!.labels).toEqual(['Indonesia\n31 Dec 2022', 'South Korea\n22 May 2022'])
  })

  it('states one shared date once when both values hold for it', () => {
    expect(capacities[2]!.labels).toEqual(['Indonesia', 'South Korea'])
    expect(capacities[2]!.when).toBe('17 Mar 2020')
    expect(capacities[0]!.when).toBe('latest year since 2010')
  })

  it('shares a scale between neighbours with one unit and similar magnitudes', () => {
    expect(capacities.map(panel => [panel.sharedScale, panel.max])).toEqual([[true, 15], [true, 15], [false, 300000]])
    expect(deaths.map(panel => [panel.sharedScale, panel.max])).toEqual([[true, 800], [true, 800], [false, 100]])
  })

  it('keeps separate scales where magnitudes differ tenfold or more', () => {
    const mixed = indicatorPanels(['physicians', 'tests-march-2020'].map(getIndicator), 'en', names)
    expect(mixed.every(panel => !panel.sharedScale)).toBe(true)
  })

  it('flags a panel whose bars differ tenfold, so the slide says the scale', () => {
    expect(capacities.map(panel => panel.wide)).toEqual([true, false, true])
  })

  it('names the scale note for the panels', () => {
    expect(scaleNote(capacities)).toBe('chartScaleMixed')
    expect(scaleNote([{ sharedScale: false }])).toBe('chartScaleOwn')
    expect(scaleNote([{ sharedScale: true }, { sharedScale: true }])).toBe('chartScaleShared')
  })

  it('speaks Indonesian too', () => {
    const [panel] = indicatorPanels([getIndicator('deaths-per-million-2022')], 'id', { 'indonesia': 'Indonesia', 'south-korea': 'Korea Selatan' })
    expect(panel!.title).toBe('Kematian COVID-19, akhir 2022')
    expect(panel!.when).toBe('31 Des 2022')
    expect(panel!.labels).toEqual(['Indonesia', 'Korea Selatan'])
  })
})
