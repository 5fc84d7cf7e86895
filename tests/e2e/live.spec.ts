/**
 * A live class in two browsers: the lecturer signs in and presents a question
 * in the presenter view; a phone-sized student page answers it; the
 * presenter's count moves; the clicker's PageDown reveals the answer on the
 * phone. The class server runs here, on a free port, over the built deck.
 */
import type { TestClass } from './live-class'
import { expect, test } from '@playwright/test'
import { findChromium, installHint } from '../../scripts/chromium'
import { fileIo } from '../../server/store'
import { slideNumberOfQuiz } from '../deck'
import { presenterPanel, signInToPresenter, startTestClass, submitPassword } from './live-class'
import { watchErrors } from './page-errors'

test.skip(!findChromium(), installHint)

const PASSWORD = 'e2e-class-pass'
let live: TestClass
/** Flipped to make the laptop's disk refuse writes, as a full disk does. */
const disk = { full: false }

test.beforeAll(async () => {
  const real = fileIo()
  const append = async (file: string, text: string) => {
    if (disk.full)
      throw Object.assign(new Error('ENOSPC: no space left on device (simulated)'), { code: 'ENOSPC' })
    return real.append(file, text)
  }
  live = await startTestClass(PASSWORD, { io: { append, release: real.release }, retryDelay: 50 })
})

test.afterAll(async () => {
  await live?.stop()
})

test('students answer on their phones, the presenter sees the count, and the clicker reveals', async ({ browser }) => {
  const no = slideNumberOfQuiz('nts-reply')
  const lecturerContext = await browser.newContext({ viewport: { width: 1280, height: 720 } })
  const phoneContext = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true })
  const presenter = await lecturerContext.newPage()
  const phone = await phoneContext.newPage()
  const errors = [...[presenter, phone].map(watchErrors)]

  // Whoever opens the deck itself must sign in (it holds the answers); students follow the link to their page.
  await phone.goto(`${live.base}/${no}`)
  await expect(phone).toHaveURL(/\/login/)
  await phone.getByRole('link', { name: 'Students: answer the questions here' }).click()
  await expect(phone).toHaveURL(/\/join$/)
  await expect(phone.getByRole('status')).toHaveText(/Waiting for the lecturer/)

  await presenter.goto(`${live.base}/login?next=/presenter/${no}`)
  await submitPassword(presenter, 'wrong')
  await expect(presenter.getByRole('alert')).toHaveText(/Wrong password/)
  await submitPassword(presenter, PASSWORD)
  await expect(presenter.locator('.slidev-presenter')).toBeVisible()

  // Entering the question's slide opens it: the phone follows.
  const panel = presenterPanel(presenter)
  await expect(panel.getByRole('status').first()).toHaveText(/Answering open · 0 answered/)
  await expect(phone.getByRole('group')).toContainText('non-traditional security')
  const options = phone.getByRole('radio')
  await expect(options).toHaveCount(4)
  const box = await phone.locator('.quiz-option__control').first().boundingBox()
  expect(box!.height, 'a big target').toBeGreaterThanOrEqual(44)
  // Nothing of the answer on the phone yet.
  await expect(phone.locator('body')).not.toContainText('Correct answer')

  await options.nth(0).check()
  await expect(phone.getByRole('status')).toHaveText(/Answer received/)
  await expect(panel.getByRole('status').first()).toHaveText(/1 answered/)
  // Changing the answer moves the vote, not the count.
  await options.nth(1).check()
  await expect(phone.locator('.quiz-option.is-chosen')).toHaveCount(1)
  await expect(panel.getByRole('table')).toContainText('1 (100 %)')
  await expect(panel.getByRole('status').first()).toHaveText(/1 answered/)

  // A reload keeps this phone's answer.
  await phone.reload()
  await expect(options.nth(1)).toBeChecked()

  // The clicker's next reveals on the slide, closes answering and reveals on the phone.
  await presenter.bringToFront()
  await presenter.keyboard.press('PageDown')
  await expect(panel.getByRole('status').first()).toHaveText(/Answer revealed · 1 answered/)
  await expect(phone.getByRole('status')).toHaveText(/The answer is revealed/)
  await expect(phone.locator('.quiz-option').nth(1)).toContainText('✓ Correct answer')
  await expect(options.nth(0)).toBeDisabled()

  // Reset from the presenter's buttons: the phone waits again.
  await panel.getByRole('button', { name: 'Reset answers' }).click()
  await expect(phone.getByRole('status')).toHaveText(/Waiting for the lecturer/)
  await panel.getByRole('button', { name: 'Open answering' }).click()
  await expect(phone.getByRole('radio').first()).toBeEnabled()
  expect(live.server.state.tally('nts-reply').voters).toBe(0)

  // Moving on to an ordinary slide sends the phones back to waiting.
  await presenter.evaluate(() => (document.activeElement as HTMLElement | null)?.blur())
  await presenter.keyboard.press('PageDown')
  await expect(phone.getByRole('status')).toHaveText(/Waiting for the lecturer/)

  expect(errors.flat()).toEqual([])
  await lecturerContext.close()
  await phoneContext.close()
})

test('a phone answers a classify and an order question; the presenter sees where the class put each one', async ({ browser }) => {
  const lecturerContext = await browser.newContext({ viewport: { width: 1280, height: 720 } })
  const phoneContext = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true })
  const presenter = await lecturerContext.newPage()
  const phone = await phoneContext.newPage()
  const errors = [presenter, phone].map(watchErrors)
  const panel = await signInToPresenter(presenter, live.base, PASSWORD, slideNumberOfQuiz('classify-new-factors'))
  await expect(panel.getByRole('status').first()).toHaveText(/Answering open/)

  await phone.goto(`${live.base}/join`)
  const rows = phone.getByRole('group').filter({ has: phone.getByRole('radio') }).locator('.quiz-classify__row')
  await expect(rows).toHaveCount(6)
  // Nothing of the answer before the reveal, and no sideways scrolling on the phone.
  await expect(phone.locator('body')).not.toContainText('Belongs to')
  expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
  const chip = await phone.locator('.quiz-chip').first().boundingBox()
  expect(chip!.height, 'a big target').toBeGreaterThanOrEqual(44)
  for (let i = 0; i < 6; i++)
    await rows.nth(i).getByRole('radio', { name: 'State level' }).check()
  await phone.getByRole('button', { name: 'Send my answer' }).click()
  await expect(phone.getByRole('status')).toHaveText(/Answer received/)
  await expect(panel.getByRole('status').first()).toHaveText(/1 answered/)
  await expect(panel.getByRole('table')).toBeVisible()
  // Statements keep the slide's letters in the presenter's table and in what the misplaced ones reveal.
  await expect(panel.getByRole('rowheader').first()).toHaveText(/^A\. /)
  await expect(panel.getByRole('table')).not.toContainText(/\b1\. /)
  await expect(panel).toContainText('What the wrong answers reveal')
  await expect(panel.getByRole('listitem').first()).toHaveText(/misplaced statement [A-F] \(1\)/)
  expect(Object.values(live.server.state.snapshot().questions['classify-new-factors']!.votes)[0]).toHaveLength(6)

  // The next question, an order one, on the same phone.
  await presenter.goto(`${live.base}/presenter/${slideNumberOfQuiz('order-pandemic-events')}`)
  await expect(panel.getByRole('status').first()).toHaveText(/Answering open/)
  await expect(phone.getByRole('status')).toHaveText(/Not sent yet/)
  const items = phone.locator('.quiz-order__item')
  await expect(items).toHaveCount(6)
  const firstText = (await items.first().locator('.quiz-order__text').textContent())!.trim()
  await phone.getByRole('button', { name: `Move down: ${firstText}` }).click()
  await expect(items.nth(1)).toContainText(firstText)
  await phone.getByRole('button', { name: 'Send my answer' }).click()
  await expect(phone.getByRole('status')).toHaveText(/Answer received/)
  await expect(panel.getByRole('status').first()).toHaveText(/1 answered/)
  const vote = Object.values(live.server.state.snapshot().questions['order-pandemic-events']!.votes)[0]!
  expect(vote).toHaveLength(6)

  // The clicker reveals: the phone says where each item belongs.
  await presenter.bringToFront()
  await presenter.keyboard.press('PageDown')
  await expect(phone.getByRole('status')).toHaveText(/The answer is revealed/)
  await expect(phone.locator('.quiz-order__item').first()).toContainText(/In place|Belongs at/)
  await expect(phone.getByRole('button', { name: /Move down/ }).first()).toBeDisabled()
  await phone.screenshot({ path: test.info().outputPath('phone-order.png') })
  expect(errors.flat()).toEqual([])
  await lecturerContext.close()
  await phoneContext.close()
})

test('a failed save is shown to the lecturer, and the phone\'s answer waits until it is saved', async ({ browser }) => {
  const no = slideNumberOfQuiz('nts-reply')
  const lecturerContext = await browser.newContext({ viewport: { width: 1280, height: 720 } })
  const phoneContext = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true })
  const presenter = await lecturerContext.newPage()
  const phone = await phoneContext.newPage()
  const panel = await signInToPresenter(presenter, live.base, PASSWORD, no)
  await expect(panel.getByRole('status').first()).toHaveText(/Answering open/)
  await phone.goto(`${live.base}/join`)
  await expect(phone.getByRole('radio')).toHaveCount(4)

  disk.full = true
  await phone.getByRole('radio').nth(2).check()
  await expect(panel.getByRole('alert')).toHaveText(/cannot save answers/)
  await expect(phone.getByRole('status')).toHaveText(/Sending/)
  await presenter.waitForTimeout(300)
  await expect(phone.getByRole('status')).toHaveText(/Sending/)

  disk.full = false
  await expect(phone.getByRole('status')).toHaveText(/Answer received/)
  await expect(panel.getByRole('alert')).toHaveCount(0)
  await lecturerContext.close()
  await phoneContext.close()
})

test('a static build shows no live panel and makes no live request', async ({ page }) => {
  const requests: string[] = []
  page.on('request', request => requests.push(request.url()))
  const errors = watchErrors(page)
  const no = slideNumberOfQuiz('nts-reply')
  await page.goto(`/${no}`)
  await expect(page.locator(`.slidev-page-${no} .quiz`)).toBeVisible()
  await expect(page.locator('.live-panel')).toHaveCount(0)
  expect(requests.filter(url => url.includes('/live/') || url.includes('LivePanel'))).toEqual([])
  expect(errors).toEqual([])
})
