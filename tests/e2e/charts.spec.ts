/**
 * The charts and the timelines in a real Chromium, against the built deck:
 * drawn without errors, values in their tables, stepped by the clicker,
 * complete in print and in the PDF.
 */
import type { Page } from '@playwright/test'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import { loadDeckData } from '../../data/load'
import { findChromium, installHint } from '../../scripts/chromium'
import { displayValue } from '../../utils/format'
import { root, slideNumber } from '../deck'
import { watchErrors } from './page-errors'
import { collectScripts } from './scripts'

test.skip(!findChromium(), installHint)

// The Node loader: Playwright cannot import `data/index.ts`'s JSON modules.
const { indicators } = loadDeckData(join(root, 'data'))['indicators.json']
const getIndicator = (id: string) => indicators.find(indicator => indicator.id === id)!

const chartSlides = [
  { heading: 'Two capacities', ids: ['hospital-beds', 'deaths-per-million-2022'] },
]
const timelineSlides = [
  { heading: 'The first weeks of 2020', events: 6 },
  { heading: 'Where the JWG came from', events: 6 },
]
/** Every value as the slide prints it. */
const valuesOf = (ids: string[]): string[] => ids.flatMap(id => getIndicator(id).values.map(value => displayValue(value, 'en')))

/** Colour-weighted sum of a canvas's pixels: 0 while nothing is drawn, and it changes with colours. */
function canvasInk(page: Page, no: number, index: number): Promise<number> {
  return page.locator(`.slidev-page-${no} canvas`).nth(index).evaluate((canvas: HTMLCanvasElement) => {
    const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height)
    let sum = 0
    for (let i = 0; i < data.length; i += 4)
      sum += data[i + 3]! ? data[i]! * 3 + data[i + 1]! * 5 + data[i + 2]! * 7 + 1 : 0
    return sum
  })
}

for (const { heading, ids } of chartSlides) {
  test(`"${heading}" draws its charts and shows the values in its table`, async ({ page }) => {
    const errors = watchErrors(page)
    const no = slideNumber(heading)
    await page.goto(`/${no}`)
    const slide = page.locator(`.slidev-page-${no}`)
    const canvases = slide.locator('canvas[role="img"]')
    await expect(canvases).toHaveCount(ids.length)
    for (let i = 0; i < ids.length; i++) {
      await expect(canvases.nth(i)).toHaveAttribute('aria-label', new RegExp(getIndicator(ids[i]!).label.en.replace(/[()]/g, '\\$&')))
      await expect.poll(() => canvasInk(page, no, i), { message: `chart ${i + 1} is drawn` }).toBeGreaterThan(0)
    }
    const toggle = slide.getByRole('button', { name: 'Show the data table' })
    await expect(toggle).toHaveAttribute('aria-expanded', 'false')
    const table = slide.locator('table')
    await expect(table).not.toBeInViewport()
    await toggle.click()
    await expect(slide.getByRole('button', { name: 'Hide the data table' })).toHaveAttribute('aria-expanded', 'true')
    await expect(table).toBeVisible()
    for (const value of valuesOf(ids))
      await expect(table).toContainText(value)
    expect(errors).toEqual([])
  })
}

test('a chart redraws in the other theme', async ({ page }) => {
  const errors = watchErrors(page)
  const no = slideNumber('Two capacities')
  await page.goto(`/${no}`)
  await expect.poll(() => canvasInk(page, no, 0)).toBeGreaterThan(0)
  await page.waitForTimeout(1000)
  const light = await canvasInk(page, no, 0)
  await page.keyboard.press('d')
  await expect(page.locator('html')).toHaveClass(/dark/)
  await expect.poll(() => canvasInk(page, no, 0)).not.toBe(light)
  expect(errors).toEqual([])
})

test('in print the charts are final at once and the tables open', async ({ page }) => {
  for (const { heading, ids } of chartSlides) {
    const no = slideNumber(heading)
    await page.goto(`/${no}?print=true`)
    const slide = page.locator(`.slidev-page-${no}`)
    await expect(slide.locator('table')).toBeVisible()
    await expect(slide.getByRole('button', { name: /data table/ })).toHaveCount(0)
    await expect.poll(() => canvasInk(page, no, ids.length - 1)).toBeGreaterThan(0)
    const first = await canvasInk(page, no, 0)
    await page.waitForTimeout(400)
    expect(await canvasInk(page, no, 0), 'no animation in print').toBe(first)
  }
})

for (const key of ['ArrowRight', 'PageDown']) {
  test(`${key} reveals each timeline event before leaving the slide`, async ({ page }) => {
    const { heading, events } = timelineSlides[1]!
    const no = slideNumber(heading)
    await page.goto(`/${no}`)
    const slide = page.locator(`.slidev-page-${no}`)
    await expect(slide.locator('li.timeline__event')).toHaveCount(events)
    await expect(slide.locator('li.is-pending')).toHaveCount(events)
    for (let step = 1; step <= events; step++) {
      await page.keyboard.press(key)
      await expect(slide.locator('li.is-pending')).toHaveCount(events - step)
      await expect(slide.locator('li[aria-current="step"]')).toHaveCount(1)
      await expect(slide.locator('li.timeline__event').nth(step - 1)).toHaveAttribute('aria-current', 'step')
      expect(new URL(page.url()).pathname).toMatch(new RegExp(`/(${no}|jwg-origins)$`))
    }
    await page.keyboard.press(key)
    await expect.poll(() => new URL(page.url()).pathname).not.toMatch(new RegExp(`/(${no}|jwg-origins)$`))
  })
}

test('an event opens for its details and sources, and the clicker still works after a mouse click', async ({ page }) => {
  const { heading } = timelineSlides[0]!
  const no = slideNumber(heading)
  await page.goto(`/${no}?clicks=3`)
  const slide = page.locator(`.slidev-page-${no}`)
  const first = slide.locator('button.timeline__toggle').first()
  await expect(first).toHaveAttribute('aria-expanded', 'false')
  await first.click()
  await expect(first).toHaveAttribute('aria-expanded', 'true')
  const details = slide.locator(`[id="${await first.getAttribute('aria-controls')}"]`)
  await expect(details).toBeVisible()
  await expect(details.locator('.sources')).toBeVisible()
  await page.keyboard.press('PageDown')
  await expect(slide.locator('li.timeline__event').nth(3)).toHaveAttribute('aria-current', 'step')
})

test('the presenter view steps through a timeline with its next control', async ({ page }) => {
  const { heading, events } = timelineSlides[1]!
  const no = slideNumber(heading)
  await page.goto(`/presenter/${no}`)
  await expect(page.locator('.slidev-presenter')).toBeVisible()
  const clicks = (): number => Number(new URL(page.url()).searchParams.get('clicks') ?? 0)
  const next = page.getByRole('button', { name: 'Go to next slide' })
  for (let step = 1; step <= events; step++) {
    // The arrow key and a clicker's PageDown in turn, then the presenter's own "next" button
    // (last: Slidev ignores keys while its button keeps the focus).
    if (step === events)
      await next.click()
    else
      await page.keyboard.press(step % 2 ? 'ArrowRight' : 'PageDown')
    await expect.poll(clicks).toBe(step)
  }
  await next.click()
  await expect.poll(() => clicks()).toBe(0)
  await expect.poll(() => new URL(page.url()).pathname).not.toBe(`/presenter/${no}`)
})

test('in print every timeline event is shown with its details', async ({ page }) => {
  for (const { heading, events } of timelineSlides) {
    const no = slideNumber(heading)
    await page.goto(`/${no}?print=true`)
    const slide = page.locator(`.slidev-page-${no}`)
    await expect(slide.locator('li.timeline__event')).toHaveCount(events)
    await expect(slide.locator('li.is-pending')).toHaveCount(0)
    await expect(slide.locator('.timeline__detail:visible')).toHaveCount(events)
    await expect(slide.locator('button')).toHaveCount(0)
  }
})

// Marks that name a chunk's contents, as the bench finds them (scripts/bench.ts).
const chartJsMark = 'Canvas is already in use'
const quizMark = /quiz__status|class:"quiz\b/

test('a chart slide opened by its address asks for chart.js before the quiz beside it', async ({ page }) => {
  const errors = watchErrors(page)
  const scripts = collectScripts(page)
  const no = slideNumber('Two capacities')
  await page.goto(`/${no}`)
  await expect.poll(() => canvasInk(page, no, 0), { message: 'the chart is drawn' }).toBeGreaterThan(0)
  await expect(page.locator(`.slidev-page-${no + 1}`)).toBeAttached()
  await page.waitForLoadState('networkidle')
  const texts = await scripts.texts()
  const chartJs = texts.findIndex(text => text.includes(chartJsMark))
  const quiz = texts.findIndex(text => quizMark.test(text))
  expect(chartJs).toBeGreaterThanOrEqual(0)
  expect(quiz).toBeGreaterThan(chartJs)
  expect(errors).toEqual([])
})

test('the quiz beside a chart slide, opened by its address, never loads chart.js', async ({ page }) => {
  const errors = watchErrors(page)
  const scripts = collectScripts(page)
  const no = slideNumber('Two capacities') + 1
  await page.goto(`/${no}`)
  await expect(page.locator(`.slidev-page-${no} fieldset`).first()).toBeVisible()
  await expect(page.locator(`.slidev-page-${no - 1} canvas`).first()).toBeAttached()
  await page.waitForLoadState('networkidle')
  expect((await scripts.texts()).filter(text => text.includes(chartJsMark))).toEqual([])
  expect(errors).toEqual([])
})
