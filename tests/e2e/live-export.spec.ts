/**
 * The results after class, in a browser: the lecturer signs in and presents
 * a question; phones answer it; the lecturer downloads the session's results
 * from the presenter view, and the file holds exactly the answers sent and
 * nothing about the phones. The class server runs here, on a free port, over
 * the built deck.
 */
import type { TestClass } from './live-class'
import { readFileSync } from 'node:fs'
import { expect, test } from '@playwright/test'
import { findChromium, installHint } from '../../scripts/chromium'
import { joinAsPhone, phoneAddress } from '../../scripts/class-sim'
import { parseCsv } from '../csv'
import { slideNumberOfQuiz } from '../deck'
import { signInToPresenter, startTestClass } from './live-class'
import { watchErrors } from './page-errors'

test.skip(!findChromium(), installHint)

const PASSWORD = 'e2e-export-pass'
const SESSION = '2026-12-02-group-b'
let live: TestClass

test.beforeAll(async () => {
  live = await startTestClass(PASSWORD, { session: SESSION })
})

test.afterAll(async () => {
  await live?.stop()
})

test('the presenter downloads the session\'s results, and they hold exactly the answers sent', async ({ browser }) => {
  const no = slideNumberOfQuiz('nts-reply')
  const lecturerContext = await browser.newContext({ viewport: { width: 1280, height: 720 } })
  const presenter = await lecturerContext.newPage()
  const errors = watchErrors(presenter)
  const panel = await signInToPresenter(presenter, live.base, PASSWORD, no)
  await expect(panel.getByRole('status').first()).toHaveText(/Answering open · 0 answered/)

  // Five phones answer, each from an address of its own: A, B, B, D, B.
  const sent = ['a', 'b', 'b', 'd', 'b']
  const phones = await Promise.all(sent.map((_, i) => joinAsPhone(live.server.port, { localAddress: phoneAddress(i) })))
  await Promise.all(phones.map((phone, i) => {
    const ack = phone.next(message => message.t === 'ack')
    phone.send({ t: 'vote', question: 'nts-reply', vote: [sent[i]!] })
    return ack
  }))
  await expect(panel.getByRole('status').first()).toHaveText(/5 answered/)

  const csvLink = panel.getByRole('link', { name: 'CSV' })
  await expect(panel).toContainText('Download results: CSV · JSON')
  const box = await csvLink.boundingBox()
  expect(box!.height, 'a 24 px target').toBeGreaterThanOrEqual(24)
  expect(box!.width, 'a 24 px target').toBeGreaterThanOrEqual(24)
  const [download] = await Promise.all([presenter.waitForEvent('download'), csvLink.click()])
  expect(download.suggestedFilename()).toBe(`jwg-live-${SESSION}-en.csv`)
  const csv = readFileSync((await download.path())!, 'utf8')
  expect(csv.startsWith('\uFEFF')).toBe(true)
  const [header, ...rows] = parseCsv(csv.slice(1))
  const cell = (row: string[], name: string) => row[header!.indexOf(name)]
  const question = rows.filter(row => cell(row, 'Question') === 'nts-reply')
  expect(Object.fromEntries(question.map(row => [cell(row, 'Option, statement or item'), Number(cell(row, 'Count'))]))).toEqual({ A: 1, B: 3, C: 0, D: 1 })
  expect(question.map(row => cell(row, 'Answered'))).toEqual(['5', '5', '5', '5'])
  expect(cell(question[0]!, 'Wholly right')).toBe('3')
  expect(rows.every(row => cell(row, 'Session') === SESSION)).toBe(true)
  for (const phone of phones)
    expect(csv).not.toContain(phone.device)

  // The JSON link gives the same counts.
  const [json] = await Promise.all([presenter.waitForEvent('download'), panel.getByRole('link', { name: 'JSON' }).click()])
  const value = JSON.parse(readFileSync((await json.path())!, 'utf8'))
  expect(value.questions.find((item: { id: string }) => item.id === 'nts-reply').rows.map((row: { count: number }) => row.count)).toEqual([1, 3, 0, 1])

  // The projected window shows the results' count, never the download links.
  const audience = await lecturerContext.newPage()
  await audience.goto(`${live.base}/${no}`)
  await expect(audience.locator('.live-panel').first()).toBeVisible()
  await expect(audience.getByRole('link', { name: 'CSV' })).toHaveCount(0)

  // A phone's browser, not signed in, is refused the file.
  const phoneContext = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true })
  expect((await phoneContext.request.get(`${live.base}/live/export.csv`, { headers: { accept: 'text/html' } })).status()).toBe(403)

  for (const phone of phones)
    phone.close()
  expect(errors).toEqual([])
  await lecturerContext.close()
  await phoneContext.close()
})
