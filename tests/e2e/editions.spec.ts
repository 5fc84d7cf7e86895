/**
 * The site with both editions, as `npm run build` makes it: each edition in
 * its language, the switch keeping the learner on the same slide, and saved
 * progress shared between the two.
 */
import process from 'node:process'
import { expect, test } from '@playwright/test'
import { findChromium, installHint } from '../../scripts/chromium'
import { labels } from '../../utils/labels'
import { root, shownSlides } from '../deck'
import { watchErrors } from './page-errors'
import { collectScripts } from './scripts'

test.skip(!findChromium(), installHint)

const site = `http://127.0.0.1:${Number(process.env.DECK_PORT ?? 4173) + 100}`
const idSlides = shownSlides(`${root}slides.id.md`)

test('the front door opens the reader\'s language', async ({ browser }) => {
  for (const [locale, lang] of [['id-ID', 'id'], ['en-GB', 'en']] as const) {
    const page = await browser.newPage({ locale })
    await page.goto(`${site}/`)
    await expect(page).toHaveURL(new RegExp(`/${lang}/`))
    await expect(page.locator('html')).toHaveAttribute('lang', lang)
    await page.close()
  }
})

test('every Indonesian slide renders in Indonesian, with no console error', async ({ page }) => {
  const errors = watchErrors(page)
  for (let no = 1; no <= idSlides.length; no++) {
    await page.goto(`${site}/id/${no}`)
    await expect(page.locator(`.slidev-page-${no} h1`).first(), `slide ${no}`).toBeVisible()
  }
  await expect(page.locator('html')).toHaveAttribute('lang', 'id')
  expect(errors).toEqual([])
})

test('the language switch keeps the learner on the same slide, both ways', async ({ page }) => {
  const no = idSlides.findIndex(slide => slide.info.frontmatter.routeAlias === 'four-forms') + 1
  await page.goto(`${site}/en/${no}`)
  const heading = page.locator(`.slidev-page-${no} h1`).first()
  await expect(heading).toHaveText('Four forms of implementation')
  await page.getByRole('link', { name: 'Bahasa Indonesia' }).click()
  await expect(page).toHaveURL(new RegExp(`/id/(?:${no}|four-forms)$`))
  await expect(page.locator('html')).toHaveAttribute('lang', 'id')
  await expect(heading).not.toHaveText('Four forms of implementation')
  await page.getByRole('link', { name: 'English' }).click()
  await expect(page).toHaveURL(new RegExp(`/en/(?:${no}|four-forms)$`))
  await expect(heading).toHaveText('Four forms of implementation')
})

test('saved progress is shared by the two editions', async ({ page }) => {
  await page.goto(`${site}/en/1`)
  const keys = await page.evaluate(() => {
    localStorage.setItem('jwg-health:probe', 'kept')
    return Object.keys(localStorage)
  })
  expect(keys).toContain('jwg-health:probe')
  await page.goto(`${site}/id/1`)
  expect(await page.evaluate(() => localStorage.getItem('jwg-health:probe'))).toBe('kept')
})

test('each edition downloads its own language\'s interface labels and not the other\'s', async ({ page }) => {
  for (const [lang, other] of [['id', 'en'], ['en', 'id']] as const) {
    const scripts = collectScripts(page)
    await page.goto(`${site}/${lang}/1`)
    await expect(page.locator('.slidev-page-1 h1')).toBeVisible()
    await page.waitForLoadState('networkidle')
    const code = (await scripts.texts()).join('\n')
    expect(code).toContain(labels.coverKicker[lang])
    expect(code).not.toContain(labels.coverKicker[other])
  }
})
