/**
 * Data → chart.js configuration for the deck's bar charts, as pure functions
 * so the numbers, labels, years and colours a chart shows are unit-tested
 * without a canvas. Components only read the palette and draw.
 */
import type { ChartConfiguration, ChartType, Plugin } from 'chart.js'
import type { Indicator, IndicatorValue, Lang } from '../data/schema'
import { displayValue, formatNumber } from './format'

/** Which colour token a series takes; countries keep their colour everywhere. */
export type Tone = 'indonesia' | 'korea' | 'accent' | 'neutral'

/** One series of bars: a country, or a learner's scores. */
export interface BarSeries {
  /** Stable key, e.g. `indonesia`. */
  id: string
  /** Words for the legend and the table, e.g. "Indonesia". */
  label: string
  /** One value per label; `null` where the series has no bar. */
  values: readonly (number | null)[]
  /** Text drawn on each bar and printed in the table instead of the bare number, e.g. "≈ 64 %". */
  display?: readonly string[]
  tone: Tone
}

/** Colours read from `styles/base.css` at runtime, so light and dark both work. */
export interface Palette {
  indonesia: string
  korea: string
  accent: string
  neutral: string
  ink: string
  muted: string
  rule: string
  font: string
}

/** The CSS custom property behind each palette entry. */
export const paletteTokens: Record<keyof Palette, string> = {
  indonesia: '--deck-indonesia',
  korea: '--deck-korea',
  accent: '--deck-accent',
  neutral: '--deck-both',
  ink: '--deck-ink',
  muted: '--deck-muted',
  rule: '--deck-rule',
  font: '--deck-chart-font',
}

/** The light theme's values: used when no stylesheet is loaded (tests, SSR). */
export const lightPalette: Palette = {
  indonesia: '#a8410a',
  korea: '#005a9c',
  accent: '#0b5d6b',
  neutral: '#4a5563',
  ink: '#1c2430',
  muted: '#4f5a68',
  rule: '#d9dde3',
  font: '\'Source Sans 3 Variable\', system-ui, sans-serif',
}

/** Reads the palette from computed styles; a token that is not set keeps its light value. */
export function readPalette(style: Pick<CSSStyleDeclaration, 'getPropertyValue'> | undefined): Palette {
  const palette = { ...lightPalette }
  if (!style)
    return palette
  for (const key of Object.keys(paletteTokens) as (keyof Palette)[]) {
    const value = style.getPropertyValue(paletteTokens[key]).trim()
    if (value)
      palette[key] = value
  }
  return palette
}

/** The text of each bar: its `display` text, else the number in the language's format. */
export function barTexts(series: BarSeries, lang: Lang): (string | null)[] {
  return series.values.map((value, i) => value === null ? null : series.display?.[i] ?? formatNumber(value, lang))
}

/** The smallest round number (1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8 × 10ⁿ) at or above `value`, so an axis ends on a round tick without wasting room. */
export function niceMax(value: number): number {
  if (!(value > 0))
    return 1
  const power = 10 ** Math.floor(Math.log10(value))
  const step = [1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10].find(candidate => candidate * power >= value * (1 - 1e-9))!
  return Number((step * power).toPrecision(12))
}

/** Largest over smallest positive value; 1 when there is nothing to compare. */
export function magnitudeRatio(values: readonly (number | null)[]): number {
  const positive = values.filter((value): value is number => value !== null && value > 0)
  if (positive.length < 2)
    return 1
  return Math.max(...positive) / Math.min(...positive)
}

/** Splits a label at `\n` into lines, as chart.js draws a string array on several lines. */
function lines(label: string): string | string[] {
  return label.includes('\n') ? label.split('\n') : label
}

declare module 'chart.js' {
  interface PluginOptionsByType<TType extends ChartType> {
    /** The deck's value labels; see `valueLabelsPlugin`. */
    deckValueLabels?: TType extends 'bar' ? ValueLabelOptions : never
  }
}

/** Options of the value-label plugin, under `options.plugins.deckValueLabels`. */
export interface ValueLabelOptions {
  /** Text per dataset and bar; `null` draws nothing. */
  texts: (string | null)[][]
  color: string
  font: string
  size: number
}

/**
 * Draws each bar's value beside it, so a reader never needs the colour or the
 * axis to read a number. Registered per chart, not globally.
 */
export const valueLabelsPlugin: Plugin<'bar'> = {
  id: 'deckValueLabels',
  afterDatasetsDraw(chart, _args, pluginOptions) {
    const options = pluginOptions as ValueLabelOptions
    const horizontal = chart.options.indexAxis === 'y'
    const { ctx } = chart
    ctx.save()
    ctx.fillStyle = options.color
    ctx.font = `600 ${options.size}px ${options.font}`
    ctx.textAlign = horizontal ? 'left' : 'center'
    ctx.textBaseline = horizontal ? 'middle' : 'bottom'
    chart.data.datasets.forEach((_dataset, datasetIndex) => {
      const meta = chart.getDatasetMeta(datasetIndex)
      if (meta.hidden)
        return
      meta.data.forEach((bar, index) => {
        const text = options.texts[datasetIndex]?.[index]
        if (!text)
          return
        const { x, y } = bar.getProps(['x', 'y'], true) as { x: number, y: number }
        if (horizontal)
          ctx.fillText(text, x + 6, y)
        else
          ctx.fillText(text, x, y - 4)
      })
    })
    ctx.restore()
  },
}

/** What a bar chart shows, in the words and numbers of the current language. */
export interface BarChartInput {
  labels: readonly string[]
  series: readonly BarSeries[]
  /** Top of the value axis; a shared `max` lets several panels share one scale. */
  max?: number
  /** Bars run left to right, labels on the left. */
  horizontal?: boolean
  lang: Lang
  palette: Palette
  /** False in print and under reduced motion, so the drawn values are final. */
  animate: boolean
  /** Font size in CSS pixels for ticks and value labels. */
  fontSize?: number
}

/** The chart.js configuration for one bar chart: bars from zero, values written on the bars. */
export function barChartConfig(input: BarChartInput): ChartConfiguration<'bar', (number | null)[], string | string[]> {
  const { palette, lang, horizontal = false, fontSize = 13 } = input
  const texts = input.series.map(series => barTexts(series, input.lang))
  const allValues = input.series.flatMap(series => series.values)
  const top = input.max ?? niceMax(Math.max(0, ...allValues.filter((value): value is number => value !== null)))
  const longest = Math.max(0, ...texts.flat().map(text => text?.length ?? 0))
  // Room beyond the longest bar for its label: the axis itself stays honest.
  const labelRoom = Math.ceil(longest * fontSize * 0.56) + 10
  const font = { family: palette.font, size: fontSize }
  const valueAxis = {
    type: 'linear' as const,
    min: 0,
    max: top,
    beginAtZero: true,
    grid: { color: palette.rule },
    border: { color: palette.muted },
    ticks: {
      color: palette.muted,
      font,
      maxTicksLimit: 5,
      maxRotation: 0,
      // 300,000 reads as "300K" ("300 rb"), so long numbers never tilt or overlap.
      callback: (value: number | string) => formatNumber(Number(value), lang, top >= 10_000 ? { notation: 'compact' } : {}),
    },
  }
  const categoryAxis = {
    type: 'category' as const,
    grid: { display: false },
    border: { color: palette.muted },
    ticks: { color: palette.ink, font: { ...font, weight: 600 }, autoSkip: false },
  }
  return {
    type: 'bar',
    data: {
      labels: input.labels.map(lines),
      datasets: input.series.map(series => ({
        label: series.label,
        data: [...series.values],
        backgroundColor: palette[series.tone],
        borderColor: palette[series.tone],
        borderWidth: 0,
        borderRadius: 3,
        // A country with no value in a row leaves no gap.
        skipNull: true,
        maxBarThickness: 40,
        categoryPercentage: 0.85,
        barPercentage: 0.9,
      })),
    },
    options: {
      indexAxis: horizontal ? 'y' : 'x',
      responsive: true,
      maintainAspectRatio: false,
      animation: input.animate ? { duration: 700, easing: 'easeOutCubic' } : false,
      layout: { padding: horizontal ? { right: labelRoom, top: 4 } : { top: fontSize + 8 } },
      scales: horizontal ? { x: valueAxis, y: categoryAxis } : { x: categoryAxis, y: valueAxis },
      plugins: {
        deckValueLabels: { texts, color: palette.ink, font: palette.font, size: fontSize } satisfies ValueLabelOptions,
      },
    },
    plugins: [valueLabelsPlugin],
  }
}

/** One sentence for screen readers: "Title (unit): label, series value; …". */
export function chartSummary(input: { title: string, labels: readonly string[], series: readonly BarSeries[], unit?: string, lang: Lang }): string {
  const parts = input.labels.map((label, i) => {
    const values = input.series
      .map(series => ({ series, text: barTexts(series, input.lang)[i] }))
      .filter(entry => entry.text !== null && entry.text !== undefined)
      .map(entry => input.series.length > 1 ? `${entry.series.label} ${entry.text}` : entry.text!)
    return `${label.replace(/\n/g, ', ')}: ${values.join(', ')}`
  })
  return `${input.title}${input.unit ? ` (${input.unit})` : ''}. ${parts.join('; ')}.`
}

// ------------------------------------------------------------ indicators

const countryOrder = ['indonesia', 'south-korea'] as const
const countryTone = { 'indonesia': 'indonesia', 'south-korea': 'korea' } as const satisfies Record<string, Tone>

/**
 * The short date formats, made once per language and precision: building an
 * `Intl` formatter costs far more than using one, and a chart slide's panels
 * and table format every date as the slide first renders.
 */
const shortDateFormats = new Map<string, Intl.DateTimeFormat>()

/** "31 Dec 2022", "Mar 2020" or "2019": short enough to sit under a bar's label. */
export function shortDate(date: string, lang: Lang): string {
  const [year, month, day] = date.split('-').map(Number)
  if (month === undefined)
    return String(year)
  const key = `${lang} ${day === undefined ? 'month' : 'day'}`
  let format = shortDateFormats.get(key)
  if (!format) {
    format = new Intl.DateTimeFormat(lang === 'id' ? 'id-ID' : 'en-GB', {
      timeZone: 'UTC',
      year: 'numeric',
      month: 'short',
      ...(day === undefined ? {} : { day: 'numeric' }),
    })
    shortDateFormats.set(key, format)
  }
  return format.format(new Date(Date.UTC(year!, month - 1, day ?? 1)))
}

/** When a value held, in words: the source's period if it gives one, else its date. */
export function valueWhen(value: IndicatorValue, lang: Lang): string {
  return value.period ? value.period[lang] : shortDate(value.asOf, lang)
}

/** One indicator drawn as one panel: a bar per country, each labelled with its country and date. */
export interface IndicatorPanel {
  id: string
  title: string
  unit: string
  /** One label per country, with its date when the two dates differ. */
  labels: string[]
  series: BarSeries[]
  /** The date both values hold for, when it is the same; else each label carries its own. */
  when?: string
  /** Top of the value axis, shared by neighbouring panels with the same unit and magnitude. */
  max: number
  /** Whether this panel's scale is shared with a neighbour, so bars compare across panels. */
  sharedScale: boolean
  /** Whether one bar is under a tenth of the other, so the reader is told about the scale. */
  wide: boolean
  /** The two countries' dates differ: the slide must say so. */
  datesDiffer: boolean
}

/** Neighbouring panels share a scale when their units match and their largest values are within this factor. */
export const SHARED_SCALE_LIMIT = 10

/**
 * Panels for indicators: one each, bars from zero. Neighbours with the same
 * unit and a largest value within 10× share one axis, so their bars compare;
 * panels further apart in magnitude keep their own axis, and say so.
 */
export function indicatorPanels(list: readonly Indicator[], lang: Lang, names: Record<'indonesia' | 'south-korea', string>): IndicatorPanel[] {
  const panels = list.map((indicator): IndicatorPanel => {
    const values = countryOrder.map(country => indicator.values.find(value => value.country === country)!)
    const dates = values.map(value => valueWhen(value, lang))
    const datesDiffer = dates[0] !== dates[1] || values[0]!.asOf !== values[1]!.asOf
    const labels = values.map((value, i) => datesDiffer ? `${names[value.country]}\n${dates[i]}` : names[value.country])
    const series = values.map((value, i): BarSeries => ({
      id: value.country,
      label: names[value.country],
      values: values.map((_, j) => (i === j ? value.value : null)),
      display: values.map((_, j) => (i === j ? displayValue(value, lang) : '')),
      tone: countryTone[value.country],
    }))
    return {
      id: indicator.id,
      title: indicator.label[lang],
      unit: indicator.unit[lang],
      labels,
      series,
      max: niceMax(Math.max(...values.map(value => value.value))),
      sharedScale: false,
      wide: magnitudeRatio(values.map(value => value.value)) >= SHARED_SCALE_LIMIT,
      when: datesDiffer ? undefined : dates[0],
      datesDiffer,
    }
  })
  // Group runs of neighbours that may share an axis, then give each run its largest top.
  let start = 0
  for (let i = 1; i <= panels.length; i++) {
    const previous = panels[i - 1]!
    const current = panels[i]
    const sameRun = current !== undefined
      && current.unit === previous.unit
      && Math.max(current.max, previous.max) / Math.min(current.max, previous.max) < SHARED_SCALE_LIMIT
    if (sameRun)
      continue
    const run = panels.slice(start, i)
    if (run.length > 1) {
      const top = Math.max(...run.map(panel => panel.max))
      for (const panel of run) {
        panel.max = top
        panel.sharedScale = true
      }
    }
    start = i
  }
  return panels
}

/** Which sentence describes the panels' scales. */
export type ScaleNote = 'chartScaleOwn' | 'chartScaleShared' | 'chartScaleMixed'

/** Every panel's own axis, all shared, or some of each. */
export function scaleNote(panels: readonly Pick<IndicatorPanel, 'sharedScale'>[]): ScaleNote {
  const shared = panels.filter(panel => panel.sharedScale).length
  if (shared === 0)
    return 'chartScaleOwn'
  return shared === panels.length ? 'chartScaleShared' : 'chartScaleMixed'
}
