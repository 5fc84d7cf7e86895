import type { Page, Response } from '@playwright/test'

/**
 * Collects the text of every script a page fetches, in the order it asked for
 * them. `texts()` stops listening first: Slidev keeps fetching slides for a
 * while after the page is idle, and a body still being read when the test
 * ends would fail the test with "Test ended" instead of its own check.
 *
 * ```ts
 * const scripts = collectScripts(page)
 * await page.goto('/1')
 * expect((await scripts.texts()).join('\n')).not.toContain('…')
 * ```
 */
export function collectScripts(page: Page): { texts: () => Promise<string[]> } {
  const scripts: Promise<string>[] = []
  const onResponse = (response: Response): void => {
    if (new URL(response.url()).pathname.endsWith('.js'))
      scripts.push(response.text())
  }
  page.on('response', onResponse)
  return {
    texts: () => {
      page.off('response', onResponse)
      return Promise.all(scripts)
    },
  }
}
