/**
 * The questions in the built deck: operated by keyboard alone without the
 * slide moving, answers kept over a reload, corrupt saved progress survived,
 * the presenter's click revealing the answer in the audience window (and
 * nothing of it before), print with no answers, and a phone-sized screen.
 */
import type { Page } from '@playwright/test'
import { readFileSync } from 'node:fs'
import { expect, test } from '@playwright/test'
import { findChromium, installHint } from '../../scripts/chromium'
import { slideNumber, slideNumberOfPath, slideNumberOfQuiz } from '../deck'
import { watchErrors } from './page-errors'

test.skip(!findChromium(), installHint)

interface RawQuiz {
  id: string
  type: string
  explanation: { en: string }
  followUp: { en: string }
  options?: { id: string, text: { en: string }, correct: boolean, feedback: { en: string }, misconception?: { en: string } }[]
  items?: { id: string, text: { en: string }, feedback: { en: string } }[]
}
const quizzes = (JSON.parse(readFileSync(new URL('../../data/quizzes.json', import.meta.url), 'utf8')) as { quizzes: RawQuiz[] }).quizzes
const quiz = (id: string) => quizzes.find(q => q.id === id)!
const KEY = 'jwg-health:quiz-progress'

/** The texts that give a question's answer away. */
function answerTexts(id: string): string[] {
  const q = quiz(id)
  return [
    q.explanation.en,
    q.followUp.en,
    ...(q.options ?? []).flatMap(option => [option.feedback.en, ...(option.misconception ? [option.misconception.en] : [])]),
    ...(q.items ?? []).map(item => item.feedback.en),
  ]
}

const slide = (page: Page, no: number) => page.locator(`.slidev-page-${no}`).first()
const slideNo = (page: Page) => slideNumberOfPath(new URL(page.url()).pathname)
const clicksIn = (page: Page) => new URL(page.url()).searchParams.get('clicks') ?? '0'

async function open(page: Page, no: number, query = '') {
  await page.goto(`/${no}${query}`)
  await expect(slide(page, no).locator('h1')).toBeVisible()
  await expect(slide(page, no).locator('.quiz')).toBeVisible()
}

/** Presses Tab until the focus is inside the question (Tab itself never moves the deck). */
async function tabInto(page: Page, no: number) {
  for (let presses = 0; presses < 40; presses++) {
    await page.keyboard.press('Tab')
    if (await slide(page, no).locator('.quiz :focus').count())
      return
  }
  throw new Error('Tab never reached the question')
}

const single = 'nts-reply'
const singleNo = slideNumberOfQuiz(single)
const correctLetter = quiz(single).options!.findIndex(option => option.correct)
const correctText = quiz(single).options![correctLetter]!.text.en

test.describe('self-study', () => {
  test('a question is answered with the keyboard alone, and the slide never moves', async ({ page }) => {
    const errors = watchErrors(page)
    await open(page, singleNo)
    const quizBox = slide(page, singleNo).locator('.quiz')
    await tabInto(page, singleNo)
    await expect(quizBox.getByRole('radio').first()).toBeFocused()
    // Arrow keys move within the radio group; Space selects; none of them changes the slide.
    for (const key of ['ArrowDown', 'ArrowRight', 'ArrowLeft', 'ArrowUp', 'Space', 'PageDown', 'End'])
      await page.keyboard.press(key)
    expect(slideNo(page)).toBe(singleNo)
    expect(clicksIn(page)).toBe('0')
    // Walk to the right answer and check it with Enter.
    await page.keyboard.press('Home')
    for (let i = 0; i < correctLetter; i++)
      await page.keyboard.press('ArrowDown')
    await expect(quizBox.getByRole('radio', { name: correctText })).toBeChecked()
    await page.keyboard.press('Enter')
    await expect(quizBox.getByRole('status')).toHaveText(/✓\s*Correct\./)
    // The focus moved to "Try again", a button: Space works it, and the slide stays.
    await expect(quizBox.getByRole('button', { name: 'Try again' })).toBeFocused()
    await page.keyboard.press('Space')
    await expect(quizBox.getByRole('radio', { name: correctText })).toBeFocused()
    await page.keyboard.press('Tab')
    await expect(quizBox.getByRole('button', { name: 'Check my answer' })).toBeFocused()
    await page.keyboard.press('Enter')
    await page.keyboard.press('Tab')
    await expect(quizBox.getByRole('button', { name: 'Show the solution' })).toBeFocused()
    await page.keyboard.press('Enter')
    await expect(quizBox).toContainText(quiz(single).explanation.en)
    expect(slideNo(page)).toBe(singleNo)
    expect(clicksIn(page)).toBe('0')
    expect(errors).toEqual([])
  })

  test('an order question and a classify question work by keyboard too', async ({ page }) => {
    const orderId = quizzes.find(q => q.type === 'order')!.id
    const orderNo = slideNumberOfQuiz(orderId)
    await open(page, orderNo)
    const order = slide(page, orderNo).locator('.quiz')
    const first = order.locator('.quiz-order__text').first()
    const firstText = (await first.textContent())!.trim()
    await order.getByRole('button', { name: `Move down: ${firstText}` }).focus()
    await page.keyboard.press('Enter')
    await expect(order.locator('.quiz-order__text').nth(1)).toHaveText(firstText)
    await expect(order.getByRole('button', { name: `Move down: ${firstText}` })).toBeFocused()
    await page.keyboard.press('Space')
    await expect(order.locator('.quiz-order__text').nth(2)).toHaveText(firstText)
    expect(slideNo(page)).toBe(orderNo)

    const classifyQuiz = quizzes.find(q => q.type === 'classify')! as RawQuiz & { categories: unknown[] }
    const classifyNo = slideNumberOfQuiz(classifyQuiz.id)
    await open(page, classifyNo)
    const sorting = slide(page, classifyNo).locator('.quiz')
    await sorting.getByRole('radio').first().focus()
    // Arrow keys move round the first statement's categories and place it.
    await page.keyboard.press('ArrowRight')
    await page.keyboard.press('ArrowRight')
    await expect(sorting.getByRole('radio').nth(2 % classifyQuiz.categories.length)).toBeChecked()
    await page.keyboard.press('Enter')
    await expect(sorting.getByRole('status')).toContainText('Place every statement first: 1 of')
    expect(slideNo(page)).toBe(classifyNo)
    expect(clicksIn(page)).toBe('0')
  })

  test('a checked answer is still there after a reload', async ({ page }) => {
    await open(page, singleNo)
    const quizBox = () => slide(page, singleNo).locator('.quiz')
    await quizBox().getByRole('radio', { name: correctText }).check()
    await quizBox().getByRole('button', { name: 'Check my answer' }).click()
    await expect(quizBox().getByRole('status')).toHaveText(/Correct/)
    await page.reload()
    await expect(quizBox().getByRole('radio', { name: correctText })).toBeChecked()
    await expect(quizBox().getByRole('status')).toHaveText(/✓\s*Correct\./)
    // And the score summary counts it.
    const summaryNo = slideNumber('Your score by objective')
    await page.goto(`/${summaryNo}`)
    await expect(slide(page, summaryNo)).toContainText(/Health as security, 1 of \d+ answered/)
  })

  test('corrupt saved progress resets only what is broken, and the deck keeps working', async ({ page }) => {
    const errors = watchErrors(page)
    await open(page, singleNo)
    for (const raw of ['{"version":1,"entr', '[]', '{"version":99,"entries":{}}', 'null']) {
      await page.evaluate(([key, value]) => localStorage.setItem(key!, value!), [KEY, raw])
      await page.reload()
      const quizBox = slide(page, singleNo).locator('.quiz')
      await expect(quizBox.getByRole('radio')).toHaveCount(quiz(single).options!.length)
      await expect(quizBox.getByRole('radio', { checked: true })).toHaveCount(0)
    }
    // A good entry beside a broken one and one for a question that is gone: only the good one survives.
    await slide(page, singleNo).getByRole('radio', { name: correctText }).check()
    await slide(page, singleNo).getByRole('button', { name: 'Check my answer' }).click()
    await expect.poll(() => page.evaluate(key => localStorage.getItem(key), KEY)).toContain(single)
    await page.evaluate((key) => {
      const saved = JSON.parse(localStorage.getItem(key)!)
      saved.entries['no-such-question'] = saved.entries['nts-reply']
      saved.entries['harmony-or-cooperation'] = { answer: { kind: 'choice', selected: ['zz'] }, checked: true }
      localStorage.setItem(key, JSON.stringify(saved))
    }, KEY)
    await page.reload()
    await expect(slide(page, singleNo).getByRole('radio', { name: correctText })).toBeChecked()
    const harmonyNo = slideNumberOfQuiz('harmony-or-cooperation')
    await page.goto(`/${harmonyNo}`)
    await expect(slide(page, harmonyNo).locator('.quiz').getByRole('radio', { checked: true })).toHaveCount(0)
    await expect(slide(page, harmonyNo).locator('.quiz').getByRole('button', { name: 'Check my answer' })).toBeVisible()
    // The deck still steps on: the question's reveal step, then the next slide.
    await page.keyboard.press('ArrowRight')
    await expect(slide(page, harmonyNo).getByRole('status')).toContainText('Check an answer first')
    await page.keyboard.press('ArrowRight')
    await expect.poll(() => slideNo(page)).toBe(harmonyNo + 1)
    expect(errors).toEqual([])
  })

  // A student's copy of the deck holds the answers anyway; self-study renders
  // its feedback ahead, hidden, so that a check only uncovers it. Hidden means
  // not shown, not in the accessibility tree and not printed.
  test('nothing of an answer is shown before it is checked, nor in the overview', async ({ page }) => {
    for (const id of ['nts-reply', quizzes.find(q => q.type === 'order')!.id, quizzes.find(q => q.type === 'classify')!.id]) {
      const no = slideNumberOfQuiz(id)
      await open(page, no)
      const quizBox = slide(page, no).locator('.quiz')
      // eslint-disable-next-line unicorn/prefer-dom-node-text-content
      const shown = await quizBox.innerText()
      const tree = await quizBox.ariaSnapshot()
      for (const text of answerTexts(id)) {
        expect(shown, `${id}: ${text.slice(0, 40)}`).not.toContain(text)
        expect(tree, `${id}: ${text.slice(0, 40)}`).not.toContain(text.slice(0, 40))
      }
      expect(await page.content()).not.toMatch(/data-correct|is-right|is-wrong/)
      await page.emulateMedia({ media: 'print' })
      // eslint-disable-next-line unicorn/prefer-dom-node-text-content
      expect(await quizBox.innerText()).toBe(shown)
      await page.emulateMedia({ media: 'screen' })
    }
    await page.keyboard.press('o')
    await expect.poll(() => page.locator('.slidev-page').count()).toBeGreaterThan(30)
    // eslint-disable-next-line unicorn/prefer-dom-node-text-content
    const text = await page.locator('body').innerText()
    for (const answer of answerTexts(single))
      expect(text).not.toContain(answer)
  })

  test('a check uncovers the feedback rendered ahead and announces the result', async ({ page }) => {
    await open(page, singleNo)
    const quizBox = slide(page, singleNo).locator('.quiz')
    const wrong = quiz(single).options!.find(option => !option.correct)!
    const reread = quizBox.locator('.quiz__reread')
    // Laid out ahead at no height, and out of sight, focus and the accessibility tree.
    await expect(reread).toBeHidden()
    expect((await quizBox.locator('.quiz__footer').boundingBox())?.height ?? 0).toBe(0)
    // At the width it is shown at, so its lines are broken ahead, not at the check.
    const feedback = quizBox.locator('.quiz-option', { hasText: wrong.text.en }).locator('.quiz-feedback')
    const width = () => feedback.evaluate(element => element.getBoundingClientRect().width)
    const widthAhead = await width()
    await quizBox.getByRole('radio', { name: wrong.text.en }).check()
    await quizBox.getByRole('button', { name: 'Check my answer' }).click()
    await expect(quizBox.getByRole('status')).toHaveText(/✗\s*Not yet/)
    await expect(quizBox.getByText(wrong.feedback.en)).toBeVisible()
    expect(await width()).toBe(widthAhead)
    await expect(reread).toBeVisible()
    await expect(quizBox.getByText(quiz(single).explanation.en)).toBeHidden()
    await expect(quizBox.getByRole('button', { name: 'Try again' })).toBeFocused()
  })
})

test.describe('present mode', () => {
  test('the clicker\'s PageDown in the presenter view reveals the answer, and the audience window shows it', async ({ context }) => {
    const audience = await context.newPage()
    const errors = watchErrors(audience)
    await open(audience, singleNo)
    const presenter = await context.newPage()
    await presenter.goto(`/presenter/${singleNo}`)
    await expect(presenter.locator('.slidev-presenter')).toBeVisible()
    // The presenter view has the answer in its notes, not on the slide.
    await expect(presenter.locator('.slidev-presenter')).toContainText('Answer: B')
    const current = presenter.locator('.slidev-presenter .quiz--present').first()
    await expect(current).toBeVisible()
    await expect(current.getByRole('status')).toHaveText('')

    // Once the presenter view is open, the audience window shows the class's view: no controls, nothing of the answer.
    await audience.bringToFront()
    const shown = slide(audience, singleNo).locator('.quiz')
    await expect(shown).toHaveClass(/quiz--present/, { timeout: 15_000 })
    await expect(shown.getByRole('radio')).toHaveCount(0)
    const before = await audience.content()
    for (const text of answerTexts(single))
      expect(before).not.toContain(text)

    await presenter.bringToFront()
    await presenter.keyboard.press('PageDown')
    await expect(current.getByRole('status')).toHaveText(/Answer revealed: B/)
    expect(slideNumberOfPath(new URL(presenter.url()).pathname.replace('/presenter', ''))).toBe(singleNo)

    await audience.bringToFront()
    await expect(shown.getByRole('status')).toHaveText(/Answer revealed: B/, { timeout: 15_000 })
    await expect(shown).toContainText(quiz(single).explanation.en)
    await expect(shown).toContainText('Correct answer')
    expect(slideNo(audience)).toBe(singleNo)

    // The next press moves on: the reveal is the slide's one click.
    await presenter.bringToFront()
    await presenter.keyboard.press('PageDown')
    await audience.bringToFront()
    await expect.poll(() => slideNo(audience), { timeout: 15_000 }).toBe(singleNo + 1)
    expect(errors).toEqual([])
  })

  test('ArrowRight and the presenter view\'s "next" button reveal it too', async ({ page }) => {
    await page.goto(`/presenter/${singleNo}`)
    const current = page.locator('.slidev-presenter .quiz').first()
    await expect(current).toBeVisible()
    await page.keyboard.press('ArrowRight')
    await expect(current.getByRole('status')).toHaveText(/Answer revealed/)
    await page.keyboard.press('ArrowLeft')
    await expect(current.getByRole('status')).toHaveText('')
    await page.locator('.slidev-presenter').getByRole('button', { name: /next/i }).first().click()
    await expect(current.getByRole('status')).toHaveText(/Answer revealed/)
  })
})

test.describe('print', () => {
  test('prints every question with lettered options and no answer', async ({ page }) => {
    const ids = ['nts-reply', ...['multiple', 'true-false', 'classify', 'order'].map(type => quizzes.find(q => q.type === type)!.id)]
    for (const id of ids) {
      const no = slideNumberOfQuiz(id)
      await page.goto(`/${no}?print`)
      const quizBox = slide(page, no).locator('.quiz')
      await expect(quizBox).toHaveClass(/quiz--print/)
      await expect(quizBox.locator('input, button')).toHaveCount(0)
      await expect(quizBox.locator('.quiz-letter').first()).toHaveText('A')
      // What is rendered counts, as on paper.
      // eslint-disable-next-line unicorn/prefer-dom-node-text-content
      const text = await quizBox.innerText()
      for (const answer of answerTexts(id))
        expect(text, id).not.toContain(answer)
      expect(text).not.toContain('Correct answer')
    }
  })
})
