import type { Browser, Locator, Page } from '@playwright/test'
import type { Buffer } from 'node:buffer'
/**
 * `npm run bench [-- --runs 5 --builds 2 --exports 1 --deck-dist DIR --plain-dist DIR --figures first,chart]`: how fast this deck is
 * on a student's phone, measured against a plain deck (`bench/plain/slides.md`:
 * ten Markdown slides, the default theme, the same Slidev).
 *
 * It builds both decks, serves each build gzipped (like any real host) on
 * loopback, and loads them in Chromium with the CPU slowed fourfold (CDP
 * `Emulation.setCPUThrottlingRate`), alternating deck and plain deck, each
 * load in a fresh browser context (cold cache, no service worker yet: a
 * first visit, whose service worker installs meanwhile). It prints,
 * for both decks and their ratio: JavaScript (gzipped bytes on the wire)
 * downloaded before slide 1 is visible, time to slide 1, time to the chart
 * slide and the first "Check yourself" slide opened by their address, time
 * from a quiz answer's click to its feedback painted (and, beside it, from a
 * click on a bare button on the same slide to its text painted, and from one
 * that uncovers the chosen option's feedback by hand), time from a key press
 * to the next slide painted in the reading layout, build time and
 * `slidev export` time per PDF page. It also checks that chart.js, the quiz
 * and the levels diagram are not among the scripts slide 1 loads, and ends
 * with every budget (README, Performance) against its target: met or missed.
 * `--deck-dist` and `--plain-dist` load an existing build of either deck
 * instead of building it, and `--figures` measures only the loads named
 * (first, chart, quiz, next), so one change can be checked in a few minutes.
 */
import type { Server } from 'node:http'
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { createServer } from 'node:http'
import { cpus, tmpdir } from 'node:os'
import { extname, join, resolve } from 'node:path'
import process from 'node:process'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'
import { chromium } from '@playwright/test'
import { PDFDocument } from 'pdf-lib'
import { contentType, resolveBuildFile } from '../server/static-files'
import { readOptions, wholeNumber } from './args'
import { findChromium, installHint } from './chromium'
import { deckSlides, slideNumber } from './deck-source'

const root = fileURLToPath(new URL('../', import.meta.url))
const slidev = join(root, 'node_modules/@slidev/cli/bin/slidev.mjs')
const cpuSlowdown = 4
const gzipAccepted = /\bgzip\b/
const scriptPath = /\.m?js$/
const checkButton = /check/i
const installLine = /please install it via[^\n]*/

interface Deck {
  name: string
  entry: string
  /** Address and what shows that it is on screen, for each slide measured. */
  targets: Record<'first' | 'chart' | 'quiz', Target | undefined>
}

interface Target {
  label: string
  slide: number
  /** CSS selector of the element whose visibility counts. */
  selector: string
  /** The element is a chart.js canvas: visible once chart.js has set it up. */
  canvas?: boolean
}

const figureNames = ['first', 'chart', 'quiz', 'next'] as const
type Figure = typeof figureNames[number]

interface Options {
  runs: number
  builds: number
  exports: number
  /** An existing build of this deck to load instead of building one. */
  deckDist?: string
  /** An existing build of the plain deck to load instead of building one. */
  plainDist?: string
  /** The loads to measure. */
  figures: Set<Figure>
}

function args(): Options {
  const values = readOptions(process.argv.slice(2), {
    'runs': { type: 'string' },
    'builds': { type: 'string' },
    'exports': { type: 'string' },
    'deck-dist': { type: 'string' },
    'plain-dist': { type: 'string' },
    'figures': { type: 'string' },
  }, `Options: --runs N (≥ 5 for the budgets), --builds N, --exports N, --deck-dist DIR, --plain-dist DIR, --figures ${figureNames.join(',')}`)
  const figures = (values.figures ?? figureNames.join(',')).split(',').map(name => name.trim())
  const unknown = figures.filter(name => !(figureNames as readonly string[]).includes(name))
  if (unknown.length)
    throw new Error(`--figures takes ${figureNames.join(', ')}, not "${unknown.join(', ')}"`)
  return {
    runs: wholeNumber(values.runs, 'runs', 5),
    builds: wholeNumber(values.builds, 'builds', 2),
    exports: wholeNumber(values.exports, 'exports', 1),
    deckDist: values['deck-dist'] && resolve(values['deck-dist']),
    plainDist: values['plain-dist'] && resolve(values['plain-dist']),
    figures: new Set(figures as Figure[]),
  }
}

function headingSlide(heading: string): number | undefined {
  try {
    return slideNumber(heading)
  }
  catch {
    return undefined
  }
}

function decks(): [Deck, Deck] {
  const chart = headingSlide('Two capacities')
  const quiz = headingSlide('Check yourself')
  const plainEntry = join(root, 'bench/plain/slides.md')
  const plainSlides = deckSlides(plainEntry)
  const plainSlide = (heading: string): number => plainSlides.findIndex(s => s.info.content.includes(`# ${heading}\n`)) + 1
  const deck: Deck = {
    name: 'this deck',
    entry: join(root, 'slides.md'),
    targets: {
      first: { label: 'slide 1', slide: 1, selector: '.slidev-page-1 h1' },
      chart: chart ? { label: `slide ${chart} "Two capacities" (chart drawn)`, slide: chart, selector: `.slidev-page-${chart} canvas`, canvas: true } : undefined,
      quiz: quiz ? { label: `slide ${quiz} "Check yourself" (quiz shown)`, slide: quiz, selector: `.slidev-page-${quiz} fieldset` } : undefined,
    },
  }
  const table = plainSlide('A table')
  const list = plainSlide('A list')
  const plain: Deck = {
    name: 'plain deck',
    entry: plainEntry,
    targets: {
      first: { label: 'slide 1', slide: 1, selector: '.slidev-page-1 h1' },
      chart: { label: `slide ${table} "A table"`, slide: table, selector: `.slidev-page-${table} h1` },
      quiz: { label: `slide ${list} "A list"`, slide: list, selector: `.slidev-page-${list} h1` },
    },
  }
  return [deck, plain]
}

// ---- build and export ---------------------------------------------------

function runSlidev(command: string[]): number {
  const start = performance.now()
  const result = spawnSync(process.execPath, [slidev, ...command], { cwd: root, encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0' } })
  if (result.status !== 0)
    throw new Error(`slidev ${command.join(' ')} failed (exit ${result.status}):\n${result.stdout}\n${result.stderr}`)
  return performance.now() - start
}

async function pdfPages(file: string): Promise<number> {
  return (await PDFDocument.load(readFileSync(file), { updateMetadata: false })).getPageCount()
}

// ---- a gzip-capable static server ----------------------------------------

const compressible = new Set(['.html', '.js', '.css', '.json', '.svg', '.webmanifest'])

/** Serves `dir` like a static host would: gzip (level 6) for text, `index.html` for unknown paths. */
function serveGzip(dir: string): Promise<{ server: Server, url: string }> {
  const base = resolve(dir)
  const cache = new Map<string, Buffer>()
  const server = createServer((request, response) => {
    const found = resolveBuildFile(base, new URL(request.url ?? '/', 'http://x').pathname)
    if (found.kind !== 'file') {
      response.writeHead(found.kind === 'bad-request' ? 400 : 404).end()
      return
    }
    const { file } = found
    const ext = extname(file)
    const headers: Record<string, string> = { 'content-type': contentType(file), 'cache-control': 'no-cache' }
    let body: Buffer = readFileSync(file)
    if (compressible.has(ext) && gzipAccepted.test(String(request.headers['accept-encoding']))) {
      body = cache.get(file) ?? gzipSync(body, { level: 6 })
      cache.set(file, body)
      headers['content-encoding'] = 'gzip'
    }
    response.writeHead(200, { ...headers, 'content-length': String(body.length) })
    response.end(body)
  })
  return new Promise(done => server.listen(0, '127.0.0.1', () => {
    const address = server.address()
    done({ server, url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}` })
  }))
}

// ---- in the browser --------------------------------------------------------

/**
 * Runs in the page before any of its scripts: checks on every animation frame
 * whether the target is on screen, and records `performance.now()` (ms since
 * navigation) in the first frame where it is, which is the frame that paints it.
 * A string, not a function: tsx would wrap a function's inner helpers in a
 * `__name()` that does not exist in the page.
 */
function watchVisible(selector: string, canvas: boolean): string {
  return `(() => {
    performance.setResourceTimingBufferSize(5000)
    const selector = ${JSON.stringify(selector)}
    const canvas = ${canvas}
    function shown() {
      const element = document.querySelector(selector)
      if (!element)
        return false
      const box = element.getBoundingClientRect()
      if (box.width === 0 || box.height === 0 || !element.checkVisibility({ opacityProperty: true, visibilityProperty: true }))
        return false
      // chart.js sets this on the canvas when it creates the chart, which draws in the same frame.
      return !canvas || element.style.boxSizing === 'border-box'
    }
    function tick() {
      if (shown())
        window.__benchVisible = performance.now()
      else
        requestAnimationFrame(tick)
    }
    requestAnimationFrame(tick)
  })()`
}

interface Load { visibleMs: number, jsBytes: number, jsFiles: string[] }

async function load(browser: Browser, url: string, target: Target, after?: (page: Page) => Promise<void>): Promise<Load> {
  const context = await browser.newContext({ viewport: { width: 412, height: 915 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true })
  try {
    const page = await context.newPage()
    const cdp = await context.newCDPSession(page)
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown })
    await page.addInitScript(watchVisible(target.selector, !!target.canvas))
    await page.goto(`${url}/${target.slide}`)
    await page.waitForFunction(() => (window as unknown as { __benchVisible?: number }).__benchVisible !== undefined, undefined, { timeout: 60_000, polling: 100 })
    const result = await page.evaluate((scriptSource) => {
      const script = new RegExp(scriptSource)
      const visibleMs = (window as unknown as { __benchVisible: number }).__benchVisible
      const scripts = (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
        .filter(entry => script.test(new URL(entry.name).pathname) && entry.responseEnd <= visibleMs)
      return { visibleMs, jsBytes: scripts.reduce((sum, entry) => sum + entry.encodedBodySize, 0), jsFiles: scripts.map(entry => new URL(entry.name).pathname) }
    }, scriptPath.source)
    if (after)
      await after(page)
    return result
  }
  finally {
    await context.close()
  }
}

/**
 * Clicks the first option of the quiz on `slide`, then `button`, and returns
 * the milliseconds from the click (its event time) to the frame that paints
 * the result: the next task after the first animation frame that follows a
 * change to a live region's text or a new element in the slide.
 */
async function clickToPaint(page: Page, slide: number, button: Locator): Promise<number | undefined> {
  const scope = page.locator(`.slidev-page-${slide}`)
  const radio = scope.locator('fieldset input[type="radio"]').first()
  if (!await radio.count() || !await button.count())
    return undefined
  await radio.check({ force: true })
  await page.waitForTimeout(300)
  await page.evaluate(`(() => {
    const root = document.querySelector('.slidev-page-${slide}')
    function status() {
      return [...root.querySelectorAll('[role="status"]')].map(element => element.textContent || '').join('|')
    }
    const before = status()
    let clickedAt
    document.addEventListener('click', (event) => {
      if (clickedAt === undefined)
        clickedAt = event.timeStamp
    }, { capture: true, once: true })
    const observer = new MutationObserver((records) => {
      if (clickedAt === undefined)
        return
      const added = records.some(record => [...record.addedNodes].some(node => node.nodeType === Node.ELEMENT_NODE))
      if (!added && status() === before)
        return
      observer.disconnect()
      requestAnimationFrame(() => {
        const channel = new MessageChannel()
        channel.port1.onmessage = () => {
          window.__benchFeedback = performance.now() - clickedAt
        }
        channel.port2.postMessage(0)
      })
    })
    observer.observe(root, { subtree: true, childList: true, characterData: true })
  })()`)
  await button.click()
  const handle = await page.waitForFunction(() => (window as unknown as { __benchFeedback?: number }).__benchFeedback, undefined, { timeout: 10_000 })
  return Number(await handle.jsonValue())
}

/** From a click on the quiz's Check button to its feedback painted. */
function answerLatency(page: Page, slide: number): Promise<number | undefined> {
  return clickToPaint(page, slide, page.locator(`.slidev-page-${slide}`).getByRole('button', { name: checkButton }).first())
}

/**
 * The same, for a bare button put next to Check, with no quiz code behind it:
 * - `bare`: its click only writes a word into a live region. That is what
 *   any click costs on this page (the browser's and Slidev's handling of the
 *   pointer and the focus, a frame): the floor under the answer's figure.
 * - `reveal`: its click does, by hand, the least a check can show: it
 *   uncovers the chosen option's feedback rendered ahead, marks the option
 *   wrong and writes a result sentence into a live region. What the answer
 *   costs beyond this is the quiz's own work (grading, saving, Vue's update,
 *   and what else the check changes on the page).
 */
async function handLatency(page: Page, slide: number, kind: 'bare' | 'reveal'): Promise<number | undefined> {
  await page.evaluate(`(() => {
    const root = document.querySelector('.slidev-page-${slide}')
    const actions = root && root.querySelector('.quiz__actions')
    if (!actions)
      return
    const button = document.createElement('button')
    button.type = 'button'
    button.className = 'quiz-button'
    button.textContent = 'Bare'
    const status = document.createElement('p')
    status.setAttribute('role', 'status')
    button.addEventListener('click', (event) => {
      event.stopPropagation()
      const feedback = root.querySelector('.quiz-option.is-chosen .quiz-feedback')
      if (${JSON.stringify(kind)} === 'reveal' && feedback) {
        feedback.hidden = false
        feedback.closest('.quiz-option').classList.add('is-wrong')
        status.textContent = 'Not yet. Read the feedback under your choice, then try again.'
      }
      else {
        // A build without feedback rendered ahead has nothing to uncover: said below, not timed as a reveal.
        window.__benchNothingUncovered = ${JSON.stringify(kind)} === 'reveal'
        status.textContent = 'Clicked.'
      }
    })
    actions.prepend(button, status)
  })()`)
  const latency = await clickToPaint(page, slide, page.locator(`.slidev-page-${slide}`).getByRole('button', { name: 'Bare' }))
  const uncovered = !await page.evaluate(() => (window as unknown as { __benchNothingUncovered?: boolean }).__benchNothingUncovered)
  return uncovered ? latency : undefined
}

/** Slides the next-slide figure steps through: text, two chart slides, a question, a two-column slide. */
const NEXT_FROM = 6
const NEXT_STEPS = 6

/**
 * In the reading layout on the phone: opens slide NEXT_FROM, lets Slidev
 * preload the deck (it loads every slide 3 s after the first), then moves on
 * NEXT_STEPS times (Shift+ArrowRight: the next slide, past any click steps)
 * and returns, for each move, the milliseconds from the key's event time to
 * the frame that paints the new slide.
 */
async function nextSlideLatencies(browser: Browser, url: string): Promise<number[]> {
  const context = await browser.newContext({ viewport: { width: 412, height: 915 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true })
  try {
    const page = await context.newPage()
    const cdp = await context.newCDPSession(page)
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown })
    await page.goto(`${url}/${NEXT_FROM}`)
    await page.locator(`.slidev-page-${NEXT_FROM} h1`).first().waitFor({ timeout: 60_000 })
    if (!await page.evaluate(() => document.documentElement.classList.contains('reading')))
      throw new Error('The phone did not get the reading layout')
    await page.waitForTimeout(4000)
    const latencies: number[] = []
    for (let to = NEXT_FROM + 1; to <= NEXT_FROM + NEXT_STEPS; to++) {
      await page.evaluate(`(() => {
        window.__benchNext = undefined
        document.addEventListener('keydown', (event) => {
          const pressedAt = event.timeStamp
          function tick() {
            const slide = document.querySelector('.slidev-page-${to}')
            if (slide && slide.getBoundingClientRect().height > 0 && slide.checkVisibility({ opacityProperty: true, visibilityProperty: true })) {
              const channel = new MessageChannel()
              channel.port1.onmessage = () => {
                window.__benchNext = performance.now() - pressedAt
              }
              channel.port2.postMessage(0)
            }
            else {
              requestAnimationFrame(tick)
            }
          }
          requestAnimationFrame(tick)
        }, { capture: true, once: true })
      })()`)
      await page.keyboard.press('Shift+ArrowRight')
      const handle = await page.waitForFunction(() => (window as unknown as { __benchNext?: number }).__benchNext, undefined, { timeout: 10_000 })
      latencies.push(Number(await handle.jsonValue()))
      await page.waitForTimeout(300)
    }
    return latencies
  }
  finally {
    await context.close()
  }
}

// ---- figures ----------------------------------------------------------------

function percentile(values: number[], p: number): number {
  if (!values.length)
    return Number.NaN
  const sorted = [...values].sort((a, b) => a - b)
  const index = (sorted.length - 1) * p
  const low = Math.floor(index)
  return sorted[low]! + (sorted[Math.ceil(index)]! - sorted[low]!) * (index - low)
}
const median = (values: number[]): number => percentile(values, 0.5)

const kB = (bytes: number): string => `${(bytes / 1024).toFixed(1)} kB`
const ms = (value: number): string => `${Math.round(value)} ms`
const s = (value: number): string => `${(value / 1000).toFixed(2)} s`

function row(cells: string[]): string {
  return `| ${cells.join(' | ')} |`
}

interface Budget {
  name: string
  /** What it must be, e.g. `≤ 1.10× plain`. */
  target: string
  /** What this run measured, in the target's terms. */
  measured: string
  /** Undefined when the figure was not measured in this run (e.g. `--exports 0`). */
  met: boolean | undefined
}

/** A budget on this deck's figure as a multiple of the plain deck's. */
function ratioBudget(name: string, limit: number, deck: number, plain: number): Budget {
  const measurable = Number.isFinite(deck) && Number.isFinite(plain) && plain > 0
  return { name, target: `≤ ${limit.toFixed(2)}× plain`, measured: measurable ? `${(deck / plain).toFixed(2)}×` : 'not measured', met: measurable ? deck / plain <= limit : undefined }
}

/** A budget on a time of this deck's, in milliseconds; NaN when it was not measured. */
function msBudget(name: string, limit: number, value: number): Budget {
  const measured = Number.isFinite(value)
  return { name, target: `≤ ${limit} ms`, measured: measured ? ms(value) : 'not measured', met: measured ? value <= limit : undefined }
}

/** Marks that name a chunk's contents; a chunk matching one must not load for slide 1. */
const lazyCode: Record<string, RegExp> = {
  'chart.js': /Canvas is already in use/,
  'quiz': /quiz__status|class:"quiz\b/,
  'levels diagram': /levels-diagram/,
}

function lazyChunks(dist: string): Record<string, string[]> {
  const dir = join(dist, 'assets')
  const files = readdirSync(dir).filter(file => file.endsWith('.js'))
  return Object.fromEntries(Object.entries(lazyCode).map(([name, mark]) => [name, files.filter(file => mark.test(readFileSync(join(dir, file), 'utf8'))).map(file => `/assets/${file}`)]))
}

async function main(): Promise<void> {
  const options = args()
  const chrome = findChromium()
  if (!chrome) {
    console.error(installHint)
    process.exit(1)
  }
  const started = performance.now()
  const pair = decks()
  const work = mkdtempSync(join(tmpdir(), 'deck-bench-'))
  const given = (deck: Deck): string | undefined => (deck === pair[0] ? options.deckDist : options.plainDist)
  const dist = (deck: Deck): string => given(deck) ?? join(work, deck === pair[0] ? 'deck' : 'plain')
  const wants = (figure: Figure): boolean => options.figures.has(figure)
  const builds = new Map<Deck, number[]>(pair.map(deck => [deck, []]))
  const exports = new Map<Deck, number[]>(pair.map(deck => [deck, []]))
  const pages = new Map<Deck, number>()
  const order = (round: number): Deck[] => (round % 2 ? [...pair].reverse() : pair)

  try {
    for (let round = 0; round < Math.max(1, options.builds); round++) {
      for (const deck of order(round).filter(deck => !given(deck))) {
        rmSync(dist(deck), { recursive: true, force: true })
        builds.get(deck)!.push(runSlidev(['build', deck.entry, '--out', dist(deck)]))
        console.log(`build ${deck.name}: ${s(builds.get(deck)!.at(-1)!)}`)
      }
    }
    try {
      for (let round = 0; round < options.exports; round++) {
        for (const deck of order(round)) {
          const pdf = join(work, `${deck === pair[0] ? 'deck' : 'plain'}.pdf`)
          exports.get(deck)!.push(runSlidev(['export', deck.entry, '--output', pdf, '--executable-path', chrome]))
          pages.set(deck, await pdfPages(pdf))
          console.log(`export ${deck.name}: ${s(exports.get(deck)!.at(-1)!)} for ${pages.get(deck)} pages`)
        }
      }
    }
    catch (error) {
      // `slidev export` needs the optional playwright-chromium package; the
      // loads below do not, so they still run and the export is reported unmeasured.
      console.log(`export not measured: slidev export failed (${String(error).match(installLine)?.[0] ?? String(error).split('\n')[0]})`)
      pair.forEach(deck => exports.set(deck, []))
    }

    const servers = new Map<Deck, { server: Server, url: string }>()
    for (const deck of pair)
      servers.set(deck, await serveGzip(dist(deck)))
    const browser = await chromium.launch({ executablePath: chrome, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] })
    const samples = new Map<Deck, Record<'first' | 'chart' | 'quiz' | 'jsBytes' | 'answer' | 'bare' | 'reveal' | 'next', number[]>>(pair.map(deck => [deck, { first: [], chart: [], quiz: [], jsBytes: [], answer: [], bare: [], reveal: [], next: [] }]))
    const firstFiles = new Map<Deck, Set<string>>(pair.map(deck => [deck, new Set()]))
    try {
      // One warm-up load each, not counted: the first launch of Chromium is slower.
      for (const deck of pair)
        await load(browser, servers.get(deck)!.url, deck.targets.first!)
      for (let round = 0; round < Math.max(5, options.runs); round++) {
        for (const deck of order(round)) {
          const url = servers.get(deck)!.url
          const sample = samples.get(deck)!
          if (wants('first')) {
            const first = await load(browser, url, deck.targets.first!)
            sample.first.push(first.visibleMs)
            sample.jsBytes.push(first.jsBytes)
            first.jsFiles.forEach(file => firstFiles.get(deck)!.add(file))
          }
          if (deck.targets.chart && wants('chart'))
            sample.chart.push((await load(browser, url, deck.targets.chart)).visibleMs)
          if (deck.targets.quiz && wants('quiz')) {
            const quiz = deck.targets.quiz
            sample.quiz.push((await load(browser, url, quiz, deck === pair[0]
              ? async (page) => {
                const latency = await answerLatency(page, quiz.slide)
                if (latency !== undefined)
                  sample.answer.push(latency)
              }
              : undefined)).visibleMs)
            if (deck === pair[0]) {
              for (const kind of ['bare', 'reveal'] as const) {
                await load(browser, url, quiz, async (page) => {
                  const latency = await handLatency(page, quiz.slide, kind)
                  if (latency !== undefined)
                    sample[kind].push(latency)
                })
              }
            }
          }
          if (deck === pair[0] && wants('next'))
            sample.next.push(...await nextSlideLatencies(browser, url))
          process.stdout.write('.')
        }
      }
      process.stdout.write('\n')
    }
    finally {
      await browser.close()
      for (const { server } of servers.values())
        server.close()
    }

    // ---- report ----
    const [deck, plain] = pair
    const a = samples.get(deck)!
    const b = samples.get(plain)!
    const ratio = (x: number, y: number): string => (Number.isFinite(x) && Number.isFinite(y) && y > 0 ? `${(x / y).toFixed(2)}×` : 'n/a')
    const exportPerPage = (d: Deck): number => median(exports.get(d)!) / (pages.get(d) ?? Number.NaN)
    const lines = [
      row(['figure', deck.name, plain.name, 'ratio']),
      row(['---', '---:', '---:', '---:']),
      row(['JS before slide 1 visible (gzip, median)', kB(median(a.jsBytes)), kB(median(b.jsBytes)), ratio(median(a.jsBytes), median(b.jsBytes))]),
      row(['slide 1 visible (median / p95)', `${ms(median(a.first))} / ${ms(percentile(a.first, 0.95))}`, `${ms(median(b.first))} / ${ms(percentile(b.first, 0.95))}`, ratio(median(a.first), median(b.first))]),
      row([`chart slide opened by address (median; plain: ${plain.targets.chart!.label})`, a.chart.length ? ms(median(a.chart)) : wants('chart') ? 'n/a (no chart slide)' : 'not measured', b.chart.length ? ms(median(b.chart)) : 'not measured', ratio(median(a.chart), median(b.chart))]),
      row([`quiz slide opened by address (median; plain: ${plain.targets.quiz!.label})`, a.quiz.length ? ms(median(a.quiz)) : wants('quiz') ? 'n/a (no quiz slide)' : 'not measured', b.quiz.length ? ms(median(b.quiz)) : 'not measured', ratio(median(a.quiz), median(b.quiz))]),
      row(['answer click to feedback painted (median / p95)', a.answer.length ? `${ms(median(a.answer))} / ${ms(percentile(a.answer, 0.95))}` : wants('quiz') ? 'n/a (no quiz slide)' : 'not measured', 'n/a (no quiz)', '']),
      row(['bare button on the same slide: click to text painted (median / p95; the floor under the answer)', a.bare.length ? `${ms(median(a.bare))} / ${ms(percentile(a.bare, 0.95))}` : 'not measured', 'n/a (no quiz)', '']),
      row(['the same button uncovering the chosen feedback by hand (median / p95; the least a check can cost)', a.reveal.length ? `${ms(median(a.reveal))} / ${ms(percentile(a.reveal, 0.95))}` : 'not measured', 'n/a (no quiz)', '']),
      row([`next slide painted, reading layout (median / p95 of ${a.next.length} moves from slide ${NEXT_FROM})`, a.next.length ? `${ms(median(a.next))} / ${ms(percentile(a.next, 0.95))}` : 'not measured', 'n/a (canvas only)', '']),
      row([`build (median of ${builds.get(deck)!.length})`, builds.get(deck)!.length ? s(median(builds.get(deck)!)) : 'given', builds.get(plain)!.length ? s(median(builds.get(plain)!)) : 'given', ratio(median(builds.get(deck)!), median(builds.get(plain)!))]),
      row(['`slidev export` per PDF page', exports.get(deck)!.length ? `${s(exportPerPage(deck))} (${pages.get(deck)} pages)` : 'not run', exports.get(plain)!.length ? `${s(exportPerPage(plain))} (${pages.get(plain)} pages)` : 'not run', ratio(exportPerPage(deck), exportPerPage(plain))]),
    ]
    console.log(`\nChromium ${browser.version()}, CPU slowed ${cpuSlowdown}×, ${cpus().length} cores, Node ${process.versions.node}; ${Math.max(5, options.runs)} cold loads of each, alternating; gzip level 6.\n`)
    console.log(lines.join('\n'))

    const chunks = lazyChunks(dist(deck))
    const loaded = firstFiles.get(deck)!
    console.log('\nCode loaded only where it is used (scripts fetched before slide 1 is visible):')
    for (const [name, files] of Object.entries(chunks)) {
      const early = files.filter(file => loaded.has(file))
      console.log(`- ${name}: ${!files.length ? 'no chunk found' : early.length ? `LOADED for slide 1 (${early.join(', ')})` : `not loaded for slide 1 (${files.length} chunk${files.length > 1 ? 's' : ''})`}`)
    }

    const lazyMet = Object.values(chunks).every(files => files.every(file => !loaded.has(file)))
    const budgets: Budget[] = [
      ratioBudget('JS before slide 1 (gzip, median)', 1.10, median(a.jsBytes), median(b.jsBytes)),
      ratioBudget('slide 1 visible (median)', 1.15, median(a.first), median(b.first)),
      ratioBudget('chart slide opened by address (median)', 1.25, median(a.chart), median(b.chart)),
      ratioBudget('quiz slide opened by address (median)', 1.25, median(a.quiz), median(b.quiz)),
      msBudget('answer click to feedback painted (median)', 50, median(a.answer)),
      msBudget('answer click to feedback painted (p95)', 100, percentile(a.answer, 0.95)),
      msBudget('next slide painted in the reading layout (median)', 150, median(a.next)),
      { name: 'chart, quiz, diagram code before slide 1', target: 'none', measured: !wants('first') ? 'not measured' : lazyMet ? 'none' : 'loaded', met: wants('first') ? lazyMet : undefined },
      ratioBudget('`slidev export` per PDF page', 1.2, exportPerPage(deck), exportPerPage(plain)),
    ]
    console.log('\nBudgets (this deck against the plain deck; ratios from alternating loads):\n')
    console.log([
      row(['budget', 'target', 'measured', '']),
      row(['---', '---:', '---:', '---']),
      ...budgets.map(budget => row([budget.name, budget.target, budget.measured, budget.met === undefined ? 'not run' : budget.met ? 'met' : '**missed**'])),
    ].join('\n'))
    console.log(`\nBench took ${s(performance.now() - started)}.`)
  }
  finally {
    rmSync(work, { recursive: true, force: true })
  }
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
