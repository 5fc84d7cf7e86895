import type { Locator, Page } from '@playwright/test'
import type { ClassServer, ClassServerOptions } from '../../server/class-server'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import process from 'node:process'
import { expect } from '@playwright/test'
import { startClassServer } from '../../server/class-server'

/** A class server for a browser test, and the address the browsers open. */
export interface TestClass {
  server: ClassServer
  /** `http://127.0.0.1:<port>`. */
  base: string
  /** Stops the server and removes its state folder. */
  stop: () => Promise<void>
}

/** Starts the class server over the built deck, on a free loopback port, with a state folder of its own. */
export async function startTestClass(password: string, options: Partial<ClassServerOptions> = {}): Promise<TestClass> {
  const stateDir = mkdtempSync(join(tmpdir(), 'class-e2e-'))
  const server = await startClassServer({ dist: process.env.DECK_DIST ?? 'dist-test', stateDir, password, port: 0, host: '127.0.0.1', ...options })
  return {
    server,
    base: `http://127.0.0.1:${server.port}`,
    stop: async () => {
      await server.close()
      rmSync(stateDir, { recursive: true, force: true })
    },
  }
}

/** Fills in the sign-in page the browser is on and sends it. */
export async function submitPassword(page: Page, password: string): Promise<void> {
  await page.getByLabel('Password').fill(password)
  await page.getByRole('button', { name: 'Sign in' }).click()
}

/** Signs the lecturer in and opens the presenter view at slide `no`; returns the live panel of the slide shown there. */
export async function signInToPresenter(page: Page, base: string, password: string, no: number): Promise<Locator> {
  await page.goto(`${base}/login?next=/presenter/${no}`)
  await submitPassword(page, password)
  await expect(page.locator('.slidev-presenter')).toBeVisible()
  return presenterPanel(page)
}

/** The live panel of the slide the presenter view shows. */
export function presenterPanel(page: Page): Locator {
  return page.locator('.slidev-presenter .live-panel').first()
}
