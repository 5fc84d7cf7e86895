import { expect, test } from '@playwright/test'
import { findChromium, installHint } from '../../scripts/chromium'
import { slideNumber } from '../deck'

test.skip(!findChromium(), installHint)

// `pwa: build` in the headmatter: the built deck registers a service worker
// that precaches every asset on the first visit, so it opens again offline.
test('a student who opened the deck once opens it again with no network', async ({ page, context }) => {
  const errors: string[] = []
  page.on('pageerror', error => errors.push(error.message))

  await page.goto('/1')
  await expect(page.locator('.slidev-page-1 h1')).toBeVisible()
  // The worker activates only once its precache is complete, then claims the page.
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined))
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller?.state ?? 'none'), { timeout: 60_000 }).toBe('activated')

  await context.setOffline(true)
  const reloaded = await page.reload()
  expect(reloaded?.fromServiceWorker(), 'the page came from the service worker').toBe(true)
  await expect(page.locator('.slidev-page-1 h1')).toBeVisible()

  // A slide whose code loads on demand (chart.js) still opens, by its address.
  const chart = slideNumber('Two capacities')
  await page.goto(`/${chart}`)
  await expect(page.locator(`.slidev-page-${chart} h1`)).toBeVisible()
  await expect(page.locator(`.slidev-page-${chart} canvas`).first()).toBeVisible()

  // And moving on with the keyboard works too.
  await page.keyboard.press('ArrowRight')
  await expect(page.locator(`.slidev-page-${chart + 1} h1`)).toBeVisible()
  expect(errors).toEqual([])
})
