/**
 * The SCORM 1.2 package (`npm run export -- --format scorm --lang en`) run
 * the way an LMS runs it: unzipped, launched in a frame of a page that
 * provides scorm-again's Scorm12API as the LMS runtime, which keeps the
 * learner's record between visits the way an LMS keeps it on its server.
 * Answers become interactions, score, status and objectives; the progress
 * comes back from suspend_data on another device; an LMS that fails costs
 * nothing saved in the browser; nothing is fetched from another host.
 */
import type { Browser, FrameLocator, Page } from '@playwright/test'
import type { Server } from 'node:http'
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { expect, test } from '@playwright/test'
import { XMLValidator } from 'fast-xml-parser'
import { unzipSync } from 'fflate'
import { findChromium, installHint } from '../../scripts/chromium'
import { serveStatic } from '../../scripts/serve'
import { slideNumberOfQuiz } from '../deck'
import { watchErrors } from './page-errors'

test.skip(!findChromium(), installHint)
// One LMS record per test, kept in the page's storage: run these one after another.
test.describe.configure({ mode: 'serial' })

const zip = fileURLToPath(new URL('../../exports/jwg-health-en-scorm12.zip', import.meta.url))
const runtime = fileURLToPath(new URL('../../node_modules/scorm-again/dist/scorm12.min.js', import.meta.url))

interface RawQuiz { id: string, type: string, objective: string, answer?: boolean, options?: { text: { en: string }, correct: boolean }[] }
const quizzes = (JSON.parse(readFileSync(new URL('../../data/quizzes.json', import.meta.url), 'utf8')) as { quizzes: RawQuiz[] }).quizzes
const quiz = (id: string) => quizzes.find(q => q.id === id)!
const total = quizzes.length

/**
 * The LMS page: the runtime, the learner's saved record (restored as an LMS
 * would, with `entry` set to `resume`), and the package in a frame.
 * `?mode=errors` makes every write fail; `lmsGoAway()` makes every call throw.
 */
const harness = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>LMS</title><link rel="icon" href="data:,">
<script src="scorm12.min.js"></script>
<style>html,body{margin:0;height:100%}iframe{border:0;width:100%;height:100%}</style>
</head><body>
<script>
  const params = new URLSearchParams(location.search)
  const api = new Scorm12API({ autocommit: false, logLevel: 5 })
  const saved = localStorage.getItem('lms-record')
  const record = saved ? JSON.parse(saved).cmi : {}
  api.loadFromJSON({ ...record, core: { ...record.core, student_id: params.get('learner') || 'S1', student_name: 'Siti', entry: saved ? 'resume' : 'ab-initio' }, student_data: { mastery_score: '70' } })
  const keep = () => localStorage.setItem('lms-record', JSON.stringify(api.renderCMIToJSONObject()))
  api.on('LMSCommit', keep)
  api.on('LMSFinish', keep)
  if (params.get('mode') === 'errors') {
    api.LMSSetValue = () => 'false'
    api.LMSCommit = () => 'false'
    api.LMSGetLastError = () => '101'
  }
  window.lmsGoAway = () => {
    for (const name of ['LMSGetValue', 'LMSSetValue', 'LMSCommit', 'LMSFinish', 'LMSGetLastError'])
      api[name] = () => { throw new Error('The LMS has gone') }
  }
  window.API = api
  const frame = document.createElement('iframe')
  frame.name = 'sco'
  frame.title = 'Module'
  frame.src = 'pkg/index.html#/' + (params.get('slide') || '1')
  document.body.append(frame)
</script>
</body></html>
`

let dir: string
let server: Server
let origin: string

test.beforeAll(async () => {
  if (!existsSync(zip))
    throw new Error('No SCORM package: run `npm run export -- --format scorm --lang en` first (npm run test:e2e does).')
  dir = mkdtempSync(join(tmpdir(), 'scorm-lms-'))
  for (const [name, bytes] of Object.entries(unzipSync(readFileSync(zip)))) {
    const path = join(dir, 'pkg', name)
    mkdirSync(dirname(path), { recursive: true })
    writeFileSync(path, bytes)
  }
  copyFileSync(runtime, join(dir, 'scorm12.min.js'))
  writeFileSync(join(dir, 'lms.html'), harness)
  server = await serveStatic(dir, 0)
  const address = server.address()
  origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`
})

test.afterAll(() => {
  server?.close()
  if (dir)
    rmSync(dir, { recursive: true, force: true })
})

interface Cmi {
  suspend_data: string
  core: { lesson_status: string, lesson_location: string, exit: string, score: { raw: string, min: string, max: string } }
  objectives: Record<string, { id: string, status: string, score: { raw: string } }>
  interactions: Record<string, { id: string, type: string, student_response: string, result: string, objectives: Record<string, { id: string }>, correct_responses: Record<string, { pattern: string }> }>
}

/** What the LMS holds now. */
const cmi = (page: Page) => page.evaluate(() => (window as unknown as { API: { renderCMIToJSONObject: () => { cmi: Cmi } } }).API.renderCMIToJSONObject().cmi)
/** What the LMS kept at the last commit. */
const kept = (page: Page) => page.evaluate(() => JSON.parse(localStorage.getItem('lms-record') ?? 'null') as { cmi: Cmi } | null)

const sco = (page: Page): FrameLocator => page.frameLocator('iframe[name=sco]')
const quizOn = (page: Page, id: string) => sco(page).locator(`.slidev-page-${slideNumberOfQuiz(id)}`).first().locator('.quiz')

/** Opens the LMS page (the package on the question's slide) and waits for the question. */
async function launch(page: Page, id: string, query = '') {
  await page.goto(`${origin}/lms.html?slide=${slideNumberOfQuiz(id)}${query}`)
  await expect(quizOn(page, id)).toBeVisible()
}

/** Moves the package to another question's slide, as the student would. */
async function goTo(page: Page, id: string) {
  await page.frame('sco')!.evaluate((no) => {
    location.hash = `#/${no}`
  }, slideNumberOfQuiz(id))
  await expect(quizOn(page, id)).toBeVisible()
}

const rightOption = (id: string) => quiz(id).options!.find(option => option.correct)!.text.en

async function answerSingleRight(page: Page, id: string) {
  const box = quizOn(page, id)
  await box.getByRole('radio', { name: rightOption(id) }).check()
  await box.getByRole('button', { name: 'Check my answer' }).click()
  await expect(box.getByRole('status')).toHaveText(/Correct/)
}

async function newPage(browser: Browser, record?: string) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } })
  if (record) {
    await context.addInitScript((value) => {
      if (location.pathname.endsWith('/lms.html') && !sessionStorage.getItem('seeded')) {
        localStorage.setItem('lms-record', value)
        sessionStorage.setItem('seeded', '1')
      }
    }, record)
  }
  return { context, page: await context.newPage() }
}

test('the package\'s manifest lists exactly its files and launches the deck', () => {
  const entries = unzipSync(readFileSync(zip))
  const manifest = new TextDecoder().decode(entries['imsmanifest.xml'])
  expect(XMLValidator.validate(manifest)).toBe(true)
  expect(manifest).toContain('<schemaversion>1.2</schemaversion>')
  expect(manifest).toContain('adlcp:scormtype="sco" href="index.html"')
  const listed = [...manifest.matchAll(/<file href="([^"]+)"\/>/g)].map(match => decodeURI(match[1]!))
  expect(listed.sort()).toEqual(Object.keys(entries).filter(name => name !== 'imsmanifest.xml').sort())
  // A self-contained package: relative paths, no service worker, no static-host leftovers.
  const index = new TextDecoder().decode(entries['index.html'])
  expect(index).not.toMatch(/(?:src|href)="(?:\/|https?:)/)
  expect(Object.keys(entries).filter(name => /(?:^|\/)(?:sw\.js|workbox-|manifest\.webmanifest|_redirects|404\.html)/.test(name))).toEqual([])
})

test('answers are recorded in the LMS and come back on another device', async ({ browser }) => {
  const { context, page } = await newPage(browser)
  const errors = watchErrors(page)
  const foreign: string[] = []
  page.on('response', response => response.status() >= 400 && errors.push(`${response.status()} ${response.url()}`))
  page.on('request', request => !request.url().startsWith(origin) && !request.url().startsWith('data:') && foreign.push(request.url()))

  await launch(page, 'nts-reply')
  // On launch: incomplete, nothing scored, every objective there and not attempted.
  await expect.poll(async () => (await cmi(page)).core.lesson_status).toBe('incomplete')
  let record = await cmi(page)
  expect(record.core.score).toEqual({ raw: '0', min: '0', max: '100' })
  expect(Object.values(record.objectives).map(objective => [objective.id, objective.status])).toEqual(
    ['lo1', 'lo2', 'lo3', 'lo4', 'lo5'].map(id => [id, 'not attempted']),
  )

  // A right single choice, a wrong true/false, an order left as shown.
  await answerSingleRight(page, 'nts-reply')
  await goTo(page, 'jwg-meetings-claim')
  const tf = quizOn(page, 'jwg-meetings-claim')
  await tf.getByRole('radio', { name: quiz('jwg-meetings-claim').answer ? 'False' : 'True' }).check()
  await tf.getByRole('button', { name: 'Check my answer' }).click()
  await expect(tf.getByRole('status')).toHaveText(/Not yet/)
  await goTo(page, 'order-pandemic-events')
  const order = quizOn(page, 'order-pandemic-events')
  await order.getByRole('button', { name: 'Check my answer' }).click()
  await expect(order.getByRole('status')).toContainText(/Not yet|Correct/)

  await expect.poll(async () => Object.keys((await kept(page))?.cmi.interactions ?? {}).length, { timeout: 10_000 }).toBe(3)
  record = (await kept(page))!.cmi
  const [first, second, third] = Object.values(record.interactions)
  const letter = (id: string) => String.fromCharCode(97 + quiz(id).options!.findIndex(option => option.correct))
  expect(first).toMatchObject({ id: 'nts-reply', type: 'choice', student_response: letter('nts-reply'), result: 'correct', objectives: { 0: { id: 'lo1' } }, correct_responses: { 0: { pattern: letter('nts-reply') } } })
  expect(second).toMatchObject({ id: 'jwg-meetings-claim', type: 'true-false', student_response: quiz('jwg-meetings-claim').answer ? 'f' : 't', result: 'wrong', correct_responses: { 0: { pattern: quiz('jwg-meetings-claim').answer ? 't' : 'f' } } })
  expect(third).toMatchObject({ id: 'order-pandemic-events', type: 'sequencing' })
  expect(third!.student_response).toMatch(/^[a-f](?:,[a-f]){5}$/)
  // Score over all the practice questions; the first objective's over its own.
  const orderScore = third!.result === 'correct' ? 1 : Number((await order.getByRole('status').textContent())!.match(/(\d) of 6/)?.[1] ?? 0) / 6
  expect(record.core.score.raw).toBe(String(Math.round(((1 + orderScore) / total) * 100)))
  const lo1 = quizzes.filter(q => q.objective === 'lo1').length
  expect(record.objectives[0]).toMatchObject({ id: 'lo1', status: 'incomplete', score: { raw: String(Math.round(((1 + orderScore) / lo1) * 100)) } })
  expect(record.objectives[2]).toMatchObject({ id: 'lo3', status: 'not attempted' })
  expect(record.core.lesson_status).toBe('incomplete')
  expect(record.suspend_data.length).toBeLessThanOrEqual(4096)
  expect(record.suspend_data).toContain('nts-reply.')

  // Back in the same browser: the answers are there, and no interaction is recorded twice.
  await page.reload()
  await expect(quizOn(page, 'nts-reply').getByRole('radio', { name: rightOption('nts-reply') })).toBeChecked()
  await expect.poll(async () => Object.keys((await cmi(page)).interactions).length).toBe(3)
  expect((await kept(page))!.cmi.core.exit).toBe('suspend')
  // The slide the student is on is the lesson location.
  const here = await page.frame('sco')!.evaluate(() => location.hash.slice(1))
  await expect.poll(async () => (await kept(page))!.cmi.core.lesson_location).toBe(here)
  const saved = JSON.stringify(await kept(page))

  // Nothing came from another host, and the package registered no service worker.
  expect(foreign).toEqual([])
  expect(await page.frame('sco')!.evaluate(async () => (await navigator.serviceWorker?.getRegistrations() ?? []).length)).toBe(0)
  expect(errors).toEqual([])
  await context.close()

  // Another device: an empty browser, the LMS's record only.
  const other = await newPage(browser, saved)
  // Opened at the start, the module goes back to where the student stopped.
  await other.page.goto(`${origin}/lms.html`)
  await expect(quizOn(other.page, 'nts-reply')).toBeVisible()
  const box = quizOn(other.page, 'nts-reply')
  await expect(box.getByRole('radio', { name: rightOption('nts-reply') })).toBeChecked()
  await expect(box.getByRole('status')).toHaveText(/Correct/)
  await goTo(other.page, 'jwg-meetings-claim')
  await expect(quizOn(other.page, 'jwg-meetings-claim').getByRole('status')).toHaveText(/Not yet/)
  // A new answer gets the next interaction; the earlier ones keep theirs.
  await goTo(other.page, 'forms-which-four')
  const multiple = quizOn(other.page, 'forms-which-four')
  for (const option of quiz('forms-which-four').options!.filter(option => option.correct))
    await multiple.getByRole('checkbox', { name: option.text.en }).check()
  await multiple.getByRole('button', { name: 'Check my answer' }).click()
  await expect(multiple.getByRole('status')).toHaveText(/Correct/)
  await expect.poll(async () => Object.values((await cmi(other.page)).interactions).map(interaction => interaction.id))
    .toEqual(['nts-reply', 'jwg-meetings-claim', 'order-pandemic-events', 'forms-which-four'])
  expect(Object.values((await cmi(other.page)).interactions)[3]).toMatchObject({ type: 'choice', result: 'correct' })
  await other.context.close()
})

test('an LMS that fails, or goes away, costs nothing saved in the browser', async ({ browser }) => {
  const { context, page } = await newPage(browser)
  const errors = watchErrors(page)
  await launch(page, 'nts-reply', '&mode=errors')
  await answerSingleRight(page, 'nts-reply')
  // The progress is written just after the feedback paints, so wait for it.
  const local = () => page.frame('sco')!.evaluate(() => localStorage.getItem('jwg-health:quiz-progress') ?? '')
  await expect.poll(local).toContain('"nts-reply"')

  // The LMS disappears in the middle of the session.
  await page.reload()
  await expect(quizOn(page, 'nts-reply').getByRole('radio', { name: rightOption('nts-reply') })).toBeChecked()
  await page.evaluate(() => (window as unknown as { lmsGoAway: () => void }).lmsGoAway())
  await goTo(page, 'jwg-meetings-claim')
  const tf = quizOn(page, 'jwg-meetings-claim')
  await tf.getByRole('radio', { name: quiz('jwg-meetings-claim').answer ? 'True' : 'False' }).check()
  await tf.getByRole('button', { name: 'Check my answer' }).click()
  await expect(tf.getByRole('status')).toHaveText(/Correct/)
  await expect.poll(local).toContain('"jwg-meetings-claim"')
  await page.reload()
  await expect(quizOn(page, 'nts-reply').getByRole('status')).toHaveText(/Correct/)
  expect(errors).toEqual([])
  await context.close()
})
