/**
 * The reading layout on phones and zoomed laptops, in both editions of the
 * site: every slide readable (text at 16 px or more as rendered, nothing
 * running off the side), the deck moved by swipes and keys, a question
 * answered by touch, the diagram and a chart working; the canvas kept on a
 * laptop, in the presenter view and in print.
 */
import type { Page } from '@playwright/test'
import { readFileSync } from 'node:fs'
import process from 'node:process'
import { expect, test } from '@playwright/test'
import { findChromium, installHint } from '../../scripts/chromium'
import { root, shownSlides, slideNumber, slideNumberOfPath, slideNumberOfQuiz } from '../deck'
import { watchErrors } from './page-errors'

test.skip(!findChromium(), installHint)

const site = `http://127.0.0.1:${Number(process.env.DECK_PORT ?? 4173) + 100}`
const editions = [
  { lang: 'en', total: shownSlides(`${root}slides.md`).length },
  { lang: 'id', total: shownSlides(`${root}slides.id.md`).length },
] as const
const phones = [
  { width: 390, height: 844 },
  { width: 320, height: 640 },
]

interface RawQuiz { id: string, options?: { text: { en: string, id: string }, correct: boolean }[] }
const quizzes = (JSON.parse(readFileSync(new URL('../../data/quizzes.json', import.meta.url), 'utf8')) as { quizzes: RawQuiz[] }).quizzes
const single = 'nts-reply'
const singleNo = slideNumberOfQuiz(single)
const correct = quizzes.find(q => q.id === single)!.options!.find(option => option.correct)!.text

const slideNo = (page: Page) => slideNumberOfPath(new URL(page.url()).pathname)
const current = (page: Page, no: number) => page.locator(`.slidev-page-${no}`).first()

/** Opens slide `no` of an edition and waits until it is drawn. */
async function open(page: Page, lang: string, no: number) {
  await page.goto(`${site}/${lang}/${no}`)
  await expect(current(page, no)).toBeVisible()
  await page.evaluate(() => document.fonts.ready.then(() => new Promise(resolve => requestAnimationFrame(() => requestAnimationFrame(resolve)))))
}

interface Reading {
  reading: boolean
  smallest: { size: number, text: string }
  scrollWidth: number
  width: number
}

/**
 * The smallest text the current slide shows, as rendered: the computed font
 * size times whatever scale is applied to the element (the canvas's
 * transform, an SVG's viewBox), and the page's width against the window's.
 */
function measure(page: Page, no: number): Promise<Reading> {
  return page.evaluate((n) => {
    const slide = document.querySelector(`.slidev-page-${n}`)!
    let smallest = { size: Infinity, text: '' }
    const walker = document.createTreeWalker(slide, NodeFilter.SHOW_TEXT)
    while (walker.nextNode()) {
      const node = walker.currentNode
      const text = node.textContent!.trim()
      const element = node.parentElement
      if (!text || !element || element.closest('.sr-only'))
        continue
      if (!element.checkVisibility({ opacityProperty: true, visibilityProperty: true }))
        continue
      const size = Number.parseFloat(getComputedStyle(element).fontSize)
      let scale = 1
      if (element instanceof SVGGraphicsElement) {
        scale = element.getScreenCTM()?.a ?? 1
      }
      else {
        const box = element.closest('#slide-content') as HTMLElement | null
        if (box && box.offsetWidth)
          scale = box.getBoundingClientRect().width / box.offsetWidth
      }
      if (size * scale < smallest.size)
        smallest = { size: size * scale, text: text.slice(0, 40) }
    }
    return {
      reading: document.documentElement.classList.contains('reading'),
      smallest,
      scrollWidth: document.documentElement.scrollWidth,
      width: document.documentElement.clientWidth,
    }
  }, no)
}

/** A horizontal swipe with one finger, from touch events as a phone sends them. */
async function swipe(page: Page, direction: 'left' | 'right') {
  const session = await page.context().newCDPSession(page)
  const { width, height } = page.viewportSize()!
  const y = Math.round(height * 0.4)
  const [from, to] = direction === 'left' ? [width * 0.85, width * 0.15] : [width * 0.15, width * 0.85]
  await session.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: from, y }] })
  for (let step = 1; step <= 8; step++)
    await session.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x: from + (to - from) * step / 8, y }] })
  await session.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] })
  await session.detach()
}

for (const phone of phones) {
  test.describe(`on a phone, ${phone.width}×${phone.height}`, () => {
    test.use({ viewport: phone, hasTouch: true, isMobile: true })

    for (const { lang, total } of editions) {
      test(`every ${lang} slide renders its text at 16 px or more, with no sideways scroll`, async ({ page }) => {
        test.setTimeout(240_000)
        const errors = watchErrors(page)
        const unreadable: string[] = []
        for (let no = 1; no <= total; no++) {
          await open(page, lang, no)
          const seen = await measure(page, no)
          expect(seen.reading, `slide ${no}`).toBe(true)
          if (seen.smallest.size < 16)
            unreadable.push(`slide ${no}: ${seen.smallest.size.toFixed(1)} px "${seen.smallest.text}"`)
          if (seen.scrollWidth > seen.width)
            unreadable.push(`slide ${no}: ${seen.scrollWidth} px wide in ${seen.width}`)
        }
        expect(unreadable).toEqual([])
        expect(errors).toEqual([])
      })
    }

    test('swipes, arrow keys and PageDown/PageUp move between slides, and each slide starts at its top', async ({ page }) => {
      const no = slideNumber('References')
      await open(page, 'en', no)
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight))
      expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0)
      await swipe(page, 'left')
      await expect.poll(() => slideNo(page)).toBe(no + 1)
      expect(await page.evaluate(() => window.scrollY)).toBe(0)
      await swipe(page, 'right')
      await expect.poll(() => slideNo(page)).toBe(no)
      await page.keyboard.press('ArrowRight')
      await expect.poll(() => slideNo(page)).toBe(no + 1)
      await page.keyboard.press('PageUp')
      await expect.poll(() => slideNo(page)).toBe(no)
      await page.keyboard.press('PageDown')
      await expect.poll(() => slideNo(page)).toBe(no + 1)
      await page.keyboard.press('ArrowLeft')
      await expect.poll(() => slideNo(page)).toBe(no)
      // A vertical drag scrolls the page; it never changes the slide.
      await page.mouse.wheel(0, 600)
      expect(slideNo(page)).toBe(no)
    })

    test('the slide number, the progress bar and the navigation stay in view, with targets of 44 px', async ({ page }) => {
      await open(page, 'en', 10)
      const nav = page.locator('nav').filter({ has: page.getByRole('button', { name: 'Go to next slide' }) })
      await expect(nav).toBeInViewport({ ratio: 1 })
      await expect(nav).toContainText('10')
      await expect(page.locator('.nav-progress__done')).toBeAttached()
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight))
      await expect(nav).toBeInViewport({ ratio: 1 })
      for (const name of ['Go to previous slide', 'Go to next slide', 'Show slide overview']) {
        const box = (await nav.getByRole('button', { name }).boundingBox())!
        expect(box.height, name).toBeGreaterThanOrEqual(44)
        expect(box.width, name).toBeGreaterThanOrEqual(44)
      }
    })

    test('the pointer stays in view: Slidev\'s idle hiding is for the projector', async ({ page }) => {
      await open(page, 'en', 10)
      await page.mouse.move(100, 200)
      await page.mouse.move(120, 220)
      // Slidev hides the pointer 2 s after it stops, by an inline style on body.
      await expect.poll(() => page.evaluate(() => document.body.style.cursor), { timeout: 5000 }).toBe('none')
      expect(await page.evaluate(() => getComputedStyle(document.body).cursor)).toBe('auto')
    })

    for (const { lang } of editions) {
      test(`a question is answered by touch (${lang})`, async ({ page }) => {
        await open(page, lang, singleNo)
        const question = current(page, singleNo).locator('.quiz')
        const radio = question.getByRole('radio', { name: correct[lang] })
        const box = (await question.locator('label:has(input)').first().boundingBox())!
        expect(box.height).toBeGreaterThanOrEqual(44)
        await radio.tap()
        await expect(radio).toBeChecked()
        await question.getByRole('button', { name: lang === 'en' ? 'Check my answer' : 'Periksa jawaban' }).tap()
        await expect(question.getByRole('status')).toHaveText(lang === 'en' ? /Correct/ : /Benar/)
        expect(slideNo(page)).toBe(singleNo)
        const next = page.getByRole('button', { name: 'Go to next slide' })
        await next.tap()
        await expect(question.locator('.quiz__explanation')).toBeVisible()
        await next.tap()
        await expect.poll(() => slideNo(page)).toBe(singleNo + 1)
      })
    }

    test('the levels diagram opens a level by tap and steps by key, inside the page width', async ({ page }) => {
      const no = slideNumber('Three levels at once')
      await open(page, 'en', no)
      const diagram = current(page, no).locator('.levels-diagram')
      const box = (await diagram.boundingBox())!
      expect(box.x).toBeGreaterThanOrEqual(0)
      expect(box.x + box.width).toBeLessThanOrEqual(phone.width)
      const state = current(page, no).locator('[data-level="state"] > .levels-ring__own .levels-ring__findings')
      await state.tap()
      await expect(current(page, no).getByRole('button', { name: 'State level' })).toHaveAttribute('aria-expanded', 'true')
      await page.keyboard.press('ArrowRight')
      await expect(page).toHaveURL(/clicks=1/)
      expect(slideNo(page)).toBe(no)
    })

    test('a chart is drawn across the page and its table opens', async ({ page }) => {
      const no = slideNumber('Two capacities')
      await open(page, 'en', no)
      const chart = current(page, no).locator('canvas[role="img"]').first()
      await expect(chart).toBeVisible()
      const box = (await chart.boundingBox())!
      expect(box.width).toBeGreaterThan(phone.width * 0.6)
      expect(box.x + box.width).toBeLessThanOrEqual(phone.width)
      await expect.poll(() => chart.evaluate((canvas: HTMLCanvasElement) => {
        const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height)
        return data.some((value, i) => i % 4 === 3 && value > 0)
      })).toBe(true)
      const toggle = current(page, no).getByRole('button', { name: 'Show the data table' })
      await toggle.tap()
      await expect(current(page, no).locator('table')).toBeVisible()
      expect(slideNo(page)).toBe(no)
    })

    test('the presenter view and print keep the canvas', async ({ page }) => {
      await page.goto(`${site}/en/presenter/1`)
      await expect(page.locator('.slidev-page-1').first()).toBeVisible()
      await expect(page.locator('html')).not.toHaveClass(/\breading\b/)
      await page.goto(`${site}/en/1?print`)
      await expect(page.locator('.slidev-page-1').first()).toBeVisible()
      await expect(page.locator('html')).not.toHaveClass(/\breading\b/)
    })
  })
}

test.describe('on a laptop at 200 % zoom (1280×720 seen as 640×360)', () => {
  test.use({ viewport: { width: 640, height: 360 } })

  test('the slides reflow, and text grows with the zoom', async ({ page }) => {
    await open(page, 'en', 2)
    await expect(page.locator('html')).toHaveClass(/\breading\b/)
    const seen = await measure(page, 2)
    expect(seen.smallest.size).toBeGreaterThanOrEqual(16)
    expect(seen.scrollWidth).toBeLessThanOrEqual(seen.width)
  })
})

test.describe('on a laptop, 1280×720', () => {
  test('keeps the canvas, and the reader can choose the reading layout, which is remembered', async ({ page }) => {
    await open(page, 'en', 2)
    const html = page.locator('html')
    await expect(html).not.toHaveClass(/\breading\b/)
    const choice = page.getByRole('button', { name: 'Reading layout' })
    await expect(choice).toHaveAttribute('aria-pressed', 'false')
    await choice.click()
    await expect(html).toHaveClass(/\breading\b/)
    await expect(choice).toHaveAttribute('aria-pressed', 'true')
    expect((await measure(page, 2)).smallest.size).toBeGreaterThanOrEqual(16)
    await page.reload()
    await expect(current(page, 2)).toBeVisible()
    await expect(html).toHaveClass(/\breading\b/)
    await page.getByRole('button', { name: 'Reading layout' }).click()
    await expect(html).not.toHaveClass(/\breading\b/)
  })
})
