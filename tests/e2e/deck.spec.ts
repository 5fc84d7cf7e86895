import type { Page } from '@playwright/test'
import { expect, test } from '@playwright/test'
import { findChromium, installHint } from '../../scripts/chromium'
import { shownSlides, slideNumberOfPath } from '../deck'
import { watchErrors } from './page-errors'
import { collectScripts } from './scripts'

test.skip(!findChromium(), installHint)

const total = shownSlides().length

/** Records console errors, page errors and any request that leaves this machine. */
function watch(page: Page) {
  const errors = watchErrors(page)
  const external: string[] = []
  page.on('request', (request) => {
    const url = new URL(request.url())
    if (/^(?:https?|wss?):$/.test(url.protocol) && !['127.0.0.1', 'localhost'].includes(url.hostname))
      external.push(request.url())
  })
  return { errors, external }
}

const slideNo = (page: Page): number => slideNumberOfPath(new URL(page.url()).pathname)

/**
 * Presses a key and waits until the deck has moved (its address, which also
 * carries the click step, has changed), so that no step goes unseen however
 * slow the machine; a press that moves nothing gives up after a second.
 */
async function pressAndSettle(page: Page, key: string): Promise<void> {
  const before = page.url()
  await page.keyboard.press(key)
  await expect.poll(() => page.url(), { timeout: 1000, intervals: [10, 25, 50, 100] }).not.toBe(before).catch(() => {})
}

test('every slide renders, with no console error and no request to another host', async ({ page }) => {
  const { errors, external } = watch(page)
  for (let no = 1; no <= total; no++) {
    await page.goto(`/${no}`)
    const slide = page.locator(`.slidev-page-${no}`)
    await expect(slide.locator('h1').first(), `slide ${no} has a visible heading`).toBeVisible()
  }
  await page.waitForLoadState('networkidle')
  expect(errors).toEqual([])
  expect(external).toEqual([])
})

for (const key of ['ArrowRight', 'Space', 'PageDown']) {
  test(`${key} steps through the whole deck and PageUp comes back`, async ({ page }) => {
    await page.goto('/1')
    await expect(page.locator('.slidev-page-1 h1')).toBeVisible()
    const seen = new Set<number>([1])
    for (let presses = 0; slideNo(page) < total && presses < total * 6; presses++) {
      await pressAndSettle(page, key)
      seen.add(slideNo(page))
    }
    await expect.poll(() => slideNo(page)).toBe(total)
    expect(seen.size, 'no slide was skipped').toBe(total)
    for (let presses = 0; slideNo(page) > 1 && presses < total * 6; presses++) {
      await pressAndSettle(page, 'PageUp')
    }
    await expect.poll(() => slideNo(page)).toBe(1)
  })
}

test('the overview opens and shows every slide', async ({ page }) => {
  await page.goto('/3')
  await expect(page.locator('.slidev-page-3 h1')).toBeVisible()
  await page.keyboard.press('o')
  await expect.poll(() => page.locator('.slidev-page').count()).toBeGreaterThanOrEqual(total)
})

test('the presenter view opens with the notes, the current and the next slide', async ({ page }) => {
  const { errors } = watch(page)
  await page.goto('/presenter/1')
  await expect(page.locator('.slidev-presenter')).toBeVisible()
  await expect(page.getByText('Welcome the class')).toBeVisible()
  await expect(page.locator('.slidev-page-2').first()).toBeAttached()
  await page.keyboard.press('ArrowRight')
  await expect.poll(() => slideNo(page)).toBe(2)
  expect(errors).toEqual([])
})

test('slide 1 downloads no presenter notes, and the notes page shows them', async ({ page }) => {
  const { errors } = watch(page)
  const scripts = collectScripts(page)
  await page.goto('/1')
  await expect(page.locator('.slidev-page-1 h1')).toBeVisible()
  await page.waitForLoadState('networkidle')
  expect((await scripts.texts()).filter(text => text.includes('Welcome the class'))).toEqual([])
  await page.goto('/notes')
  await expect(page.getByText('Welcome the class')).toBeVisible()
  expect(errors).toEqual([])
})

test('outside a live class, the cover downloads nothing of the join box', async ({ page }) => {
  const { errors } = watch(page)
  const scripts = collectScripts(page)
  await page.goto('/1')
  await expect(page.locator('.slidev-page-1 h1')).toBeVisible()
  await page.waitForLoadState('networkidle')
  expect((await scripts.texts()).filter(text => text.includes('live-join__qr'))).toEqual([])
  expect(errors).toEqual([])
})
