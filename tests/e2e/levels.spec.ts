/**
 * The levels-of-analysis diagram in the built deck: the presenter's clicks
 * step through it before the slide changes, keyboard and touch open its
 * levels, the presenter view and the audience agree, and print shows it all.
 */
import type { Page } from '@playwright/test'
import { readFileSync } from 'node:fs'
import { expect, test } from '@playwright/test'
import { findChromium, installHint } from '../../scripts/chromium'
import { slideNumber } from '../deck'

test.skip(!findChromium(), installHint)

const no = slideNumber('Three levels at once')
const levels = JSON.parse(readFileSync(new URL('../../data/levels.json', import.meta.url), 'utf8')) as {
  levels: { id: string, name: { en: string }, factors: { id: string, text: { en: string } }[] }[]
}
const order = ['individual', 'state', 'system']
const factors = levels.levels.flatMap(level => level.factors)
const levelName = (id: string) => levels.levels.find(level => level.id === id)!.name.en

const slide = (page: Page, n = no) => page.locator(`.slidev-page-${n}`).first()
const diagram = (page: Page) => slide(page).locator('.levels-diagram')
const levelButton = (page: Page, id: string) => slide(page).getByRole('button', { name: levelName(id) })

async function open(page: Page, query = '') {
  await page.goto(`/${no}${query}`)
  await expect(slide(page).locator('h1')).toBeVisible()
  await expect(diagram(page)).toBeVisible()
}

async function highlighted(page: Page): Promise<string[]> {
  return diagram(page).locator('.levels-ring.is-highlighted').evaluateAll(rings => rings.map(ring => (ring as HTMLElement).dataset.level!))
}

for (const key of ['PageDown', 'ArrowRight']) {
  test(`${key} steps through every level, then all together, before the next slide; PageUp comes back`, async ({ page }) => {
    await open(page)
    await expect(diagram(page)).toHaveAttribute('data-step', '0')
    for (const [i, id] of order.entries()) {
      await page.keyboard.press(key)
      await expect(diagram(page)).toHaveAttribute('data-step', String(i + 1))
      await expect(levelButton(page, id)).toHaveAttribute('aria-expanded', 'true')
      expect(await highlighted(page)).toEqual([id])
      await expect(slide(page).getByRole('region', { name: levelName(id) })).toBeVisible()
    }
    await page.keyboard.press(key)
    await expect(diagram(page)).toHaveAttribute('data-step', '4')
    expect(await highlighted(page)).toEqual(['system', 'state', 'individual'])
    await expect(slide(page)).toBeVisible()

    await page.keyboard.press(key)
    await expect(slide(page, no + 1).locator('h1')).toBeVisible()
    await expect(slide(page)).toBeHidden()

    await page.keyboard.press('PageUp')
    await expect(slide(page).locator('h1')).toBeVisible()
    await expect(diagram(page)).toHaveAttribute('data-step', '4')
    await page.keyboard.press('PageUp')
    await expect(diagram(page)).toHaveAttribute('data-step', '3')
  })
}

test('Enter and Space on a focused level open and close it without changing the slide', async ({ page }) => {
  await open(page)
  const state = levelButton(page, 'state')
  await state.focus()
  await page.keyboard.press('Enter')
  await expect(state).toHaveAttribute('aria-expanded', 'true')
  await expect(slide(page).getByRole('region', { name: levelName('state') })).toContainText('What goals inside each state')
  await page.keyboard.press('Space')
  await expect(state).toHaveAttribute('aria-expanded', 'false')
  await page.keyboard.press('Space')
  await expect(state).toHaveAttribute('aria-expanded', 'true')
  await expect(state).toBeFocused()
  await expect(diagram(page)).toHaveAttribute('data-step', '0')
  await expect(slide(page)).toBeVisible()
})

test('Tab reaches every level, with a visible focus ring', async ({ page }) => {
  await open(page)
  const names: string[] = []
  for (let i = 0; i < 40 && names.length < 3; i++) {
    await page.keyboard.press('Tab')
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null
      return el?.closest('.levels-diagram') ? { text: el.textContent ?? '', outline: getComputedStyle(el).outlineStyle } : null
    })
    if (focused) {
      expect(focused.outline).not.toBe('none')
      names.push(focused.text)
    }
  }
  expect(names.map(name => order.find(id => name.includes(levelName(id))))).toEqual(['system', 'state', 'individual'])
})

test('a mouse click opens a level and leaves the clicker working', async ({ page }) => {
  await open(page)
  await levelButton(page, 'system').click()
  await expect(levelButton(page, 'system')).toHaveAttribute('aria-expanded', 'true')
  await page.keyboard.press('PageDown')
  await expect(diagram(page)).toHaveAttribute('data-step', '1')
  await expect(levelButton(page, 'individual')).toHaveAttribute('aria-expanded', 'true')
})

test('the presenter view steps the diagram, previews the next click, and the audience window follows', async ({ context }) => {
  const audience = await context.newPage()
  await audience.goto(`/${no}`)
  await expect(slide(audience).locator('h1')).toBeVisible()
  const presenter = await context.newPage()
  await presenter.goto(`/presenter/${no}`)
  await expect(presenter.locator('.slidev-presenter')).toBeVisible()
  const current = presenter.locator('.slidev-presenter .levels-diagram')
  await expect(current.first()).toBeVisible()
  await presenter.keyboard.press('PageDown')
  await presenter.keyboard.press('PageDown')
  // The current slide is at step 2, the next-click preview at step 3.
  await expect.poll(() => current.evaluateAll(all => all.map(d => (d as HTMLElement).dataset.step).sort())).toEqual(['2', '3'])
  await expect(presenter.getByText('Click 2, state level')).toBeVisible()
  // The audience window is on the projector, visible: a background tab here
  // may have its timers throttled under load.
  await audience.bringToFront()
  await expect(diagram(audience)).toHaveAttribute('data-step', '2', { timeout: 15_000 })
  expect(await highlighted(audience)).toEqual(['state'])
})

test('printed, the slide shows every level and every factor', async ({ page }) => {
  await open(page, '?print')
  await expect(diagram(page)).toHaveClass(/is-print/)
  // innerText: only what is rendered counts, as on paper.
  for (const text of [...factors.map(factor => factor.text.en), ...levels.levels.map(level => level.name.en), '"images"'])
    await expect(diagram(page)).toContainText(text, { useInnerText: true })
})

test('printed one page per click, each page is its own step and still holds every factor', async ({ page }) => {
  for (const clicks of [0, 1, 2, 3, 4]) {
    await open(page, `?print=clicks&clicks=${clicks}`)
    await expect(diagram(page)).toHaveAttribute('data-step', String(clicks))
    expect(await highlighted(page)).toEqual(clicks === 4 ? ['system', 'state', 'individual'] : clicks ? [order[clicks - 1]] : [])
    for (const factor of factors)
      await expect(diagram(page), factor.id).toContainText(factor.text.en, { useInnerText: true })
  }
})

test.describe('at phone width', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true })

  test('a tap on a level\'s band opens it, and each band is at least 24 px tall', async ({ page }) => {
    await open(page)
    for (const id of order) {
      const band = slide(page).locator(`[data-level="${id}"] > .levels-ring__own`)
      const box = (await band.boundingBox())!
      expect(box.height, id).toBeGreaterThanOrEqual(24)
      expect(box.width, id).toBeGreaterThanOrEqual(24)
    }
    await slide(page).locator('[data-level="state"] > .levels-ring__own .levels-ring__findings').tap()
    await expect(levelButton(page, 'state')).toHaveAttribute('aria-expanded', 'true')
    await expect(slide(page).getByRole('region', { name: levelName('state') })).toBeVisible()
  })
})

for (const colorScheme of ['light', 'dark'] as const) {
  test(`text in the diagram has at least 4.5:1 contrast in ${colorScheme} mode`, async ({ page }) => {
    await page.emulateMedia({ colorScheme })
    await open(page, '?clicks=2')
    await expect(diagram(page)).toHaveAttribute('data-step', '2')
    await page.waitForTimeout(400) // let the 0.2 s colour transitions finish
    const { checked, low } = await diagram(page).evaluate((root) => {
      const rgb = (value: string) => (value.match(/[\d.]+/g) ?? []).map(Number)
      const lum = ([r, g, b]: number[]) => [r!, g!, b!].map(c => c / 255).map(c => c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4).reduce((sum, c, i) => sum + c * [0.2126, 0.7152, 0.0722][i]!, 0)
      const background = (el: Element | null): number[] => {
        for (; el; el = el.parentElement) {
          const color = rgb(getComputedStyle(el).backgroundColor)
          if (color.length >= 3 && (color[3] ?? 1) > 0.5)
            return color
        }
        return [255, 255, 255]
      }
      const selector = '.levels-ring__step, .levels-ring__name, .levels-ring__image, .levels-ring__group li, .levels-panel__asks, .levels-panel__context li, .levels-panel__date, .levels-panel__title'
      const shown = [...root.querySelectorAll(selector)].filter(el => (el as HTMLElement).offsetParent)
      return {
        checked: shown.length,
        low: shown.flatMap((el) => {
          const [a, b] = [lum(rgb(getComputedStyle(el).color)), lum(background(el))].sort((x, y) => y - x)
          const ratio = (a! + 0.05) / (b! + 0.05)
          return ratio < 4.5 ? [`${el.className || el.tagName}: ${ratio.toFixed(2)} "${el.textContent!.trim().slice(0, 30)}"`] : []
        }),
      }
    })
    // Rings (names, images, findings) and the open state panel, receded and highlighted alike.
    expect(checked).toBeGreaterThanOrEqual(15)
    expect(low).toEqual([])
  })
}

test('no transition runs when reduced motion is asked for', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' })
  await open(page)
  const durations = await diagram(page).locator('.levels-ring, .levels-ring__chevron').evaluateAll(all => all.map(el => getComputedStyle(el).transitionDuration))
  for (const duration of durations)
    expect(duration.split(',').every(d => Number.parseFloat(d) < 0.001)).toBe(true)
})
