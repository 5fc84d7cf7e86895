/**
 * How much a projected slide says, counted as the room sees it: a presenter
 * view drives the audience window through every slide and click, and the words
 * visible on the audience's slide are counted (source marks and text for
 * screen readers only left out). At most 60 words a slide; a question's stem
 * and options up to 90 (counted before the reveal, without the slide's heading); the references and the
 * glossary are read, not projected. Both editions, from the site build.
 */
import type { Browser, Page } from '@playwright/test'
import process from 'node:process'
import { expect, test } from '@playwright/test'
import { findChromium, installHint } from '../../scripts/chromium'
import { root, shownSlides, slideNumberOfPath } from '../deck'

test.skip(!findChromium(), installHint)

const site = `http://127.0.0.1:${Number(process.env.DECK_PORT ?? 4173) + 100}`
const MAX_WORDS = 60
const MAX_QUESTION_WORDS = 90

/** What each slide may hold, from its markdown: a limit, or none for the slides that are read. */
function limits(file: string): (number | null)[] {
  return shownSlides(file).map(({ info }) => {
    if (/<(?:ReferenceList|GlossaryList|QuizAnswerKey)\b/.test(info.content))
      return null
    return /<Quiz(?:Question|Summary)\b/.test(info.content) ? MAX_QUESTION_WORDS : MAX_WORDS
  })
}

/**
 * The audience's current slide and the words the room can read on it. On a
 * question slide that is the question itself, its stem, hint and options; the
 * slide's heading and objective badge around it are not counted.
 */
function countVisibleWords(page: Page): Promise<{ no: number, words: number, text: string }> {
  return page.evaluate(() => {
    const current = [...document.querySelectorAll<HTMLElement>('[class*="slidev-page-"]')]
      .find(element => /\bslidev-page-\d+\b/.test(element.className) && element.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true }))
    if (!current)
      return { no: 0, words: 0, text: '' }
    const no = Number(current.className.match(/\bslidev-page-(\d+)\b/)![1])
    const question = current.querySelector<HTMLElement>('.quiz-choice, .quiz-classify, .quiz-order')
    const walker = document.createTreeWalker(question ?? current, NodeFilter.SHOW_TEXT)
    const parts: string[] = []
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement
      if (!parent || parent.closest('.sources, .sr-only, script, style'))
        continue
      if (!parent.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true }))
        continue
      parts.push(node.textContent ?? '')
    }
    const text = parts.join(' ').replace(/\s+/g, ' ').trim()
    const words = text.split(' ').filter(word => /[\p{L}\p{N}]/u.test(word)).length
    return { no, words, text }
  })
}

/** Walks the deck in a presenter view and returns the most words the audience saw on each slide. */
async function walk(browser: Browser, lang: string, allowed: (number | null)[]): Promise<Map<number, { words: number, text: string }>> {
  const context = await browser.newContext()
  const presenter = await context.newPage()
  await presenter.goto(`${site}/${lang}/presenter/1`)
  await expect(presenter.locator('.slidev-presenter')).toBeVisible()
  const audience = await context.newPage()
  await audience.goto(`${site}/${lang}/1`)
  await expect(audience.locator('.slidev-page-1')).toBeVisible()
  const most = new Map<number, { words: number, text: string }>()
  const seenAtStart = new Set<number>()
  let previous = ''
  for (let step = 0; step < 400; step++) {
    // Let the audience window follow the presenter to the same slide and click, then read it.
    const state = (url: string) => `${new URL(url).pathname.split('/').at(-1)} ${new URL(url).searchParams.get('clicks') ?? '0'}`
    await expect.poll(() => state(audience.url()), { timeout: 5000 }).toBe(state(presenter.url())).catch(() => {})
    // Past the fade between slides, so only the new one is visible; on a busy
    // machine the audience may still be drawing the presenter's slide, so wait for it.
    await audience.waitForTimeout(step === 0 ? 800 : 550)
    const expected = slideNumberOfPath(new URL(presenter.url()).pathname)
    let seen = await countVisibleWords(audience)
    for (let retry = 0; retry < 20 && seen.no !== expected; retry++) {
      await audience.waitForTimeout(250)
      seen = await countVisibleWords(audience)
    }
    const first = !seenAtStart.has(seen.no)
    seenAtStart.add(seen.no)
    // A question counts as it is asked, before the answer is revealed.
    const counts = allowed[seen.no - 1] !== MAX_QUESTION_WORDS || first
    if (counts && seen.words > (most.get(seen.no)?.words ?? -1))
      most.set(seen.no, { words: seen.words, text: seen.text })
    const where = `${seen.no} ${new URL(audience.url()).search}`
    if (seen.no === allowed.length && where === previous)
      break
    previous = where
    await presenter.keyboard.press('ArrowRight')
  }
  await context.close()
  return most
}

function overLimit(most: Map<number, { words: number, text: string }>, allowed: (number | null)[], limit: number): string[] {
  return [...most.entries()]
    .filter(([no, { words }]) => allowed[no - 1] === limit && words > limit)
    .map(([no, { words, text }]) => `slide ${no}: ${words} words (limit ${limit}): ${text.slice(0, 160)}…`)
}

for (const [lang, file] of [['en', `${root}slides.md`], ['id', `${root}slides.id.md`]] as const) {
  test.describe.serial(`the ${lang} edition as the room sees it`, () => {
    const allowed = limits(file)
    let most = new Map<number, { words: number, text: string }>()

    test.beforeAll(async ({ browser }) => {
      test.setTimeout(600_000)
      most = await walk(browser, lang, allowed)
    })

    test(`no projected slide says more than ${MAX_WORDS} words`, () => {
      const missed = allowed.map((_, i) => i + 1).filter(no => !most.has(no))
      expect.soft(missed, 'the audience window followed the presenter to every slide').toEqual([])
      const top = Math.max(...[...most.entries()].filter(([no]) => allowed[no - 1] === MAX_WORDS).map(([, { words }]) => words))
      test.info().annotations.push({ type: 'density', description: `${lang}: at most ${top} words on a projected slide` })
      console.warn(`${lang}: at most ${top} words on a projected slide`)
      expect(overLimit(most, allowed, MAX_WORDS)).toEqual([])
    })

    test(`no question shows more than ${MAX_QUESTION_WORDS} words in its stem and options`, () => {
      const over = overLimit(most, allowed, MAX_QUESTION_WORDS)
      console.warn(`${lang}: ${over.length} questions over ${MAX_QUESTION_WORDS} words`)
      expect(over).toEqual([])
    })
  })
}
