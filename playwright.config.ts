import process from 'node:process'
import { defineConfig } from '@playwright/test'
import { findChromium, installHint } from './scripts/chromium'

const executablePath = findChromium()
if (!executablePath && process.env.CI)
  throw new Error(`Browser tests need Chrome or Chromium under CI.\n${installHint}`)

// DECK_DIST and DECK_PORT let several builds be tested side by side.
const dist = process.env.DECK_DIST ?? 'dist-test'
const port = Number(process.env.DECK_PORT ?? 4173)
const site = process.env.DECK_SITE ?? 'dist'
const sitePort = port + 100

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '*.spec.ts',
  fullyParallel: true,
  workers: 2,
  timeout: 120_000,
  reporter: process.env.CI ? 'list' : 'line',
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    viewport: { width: 1280, height: 720 },
    launchOptions: {
      executablePath,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
  webServer: [
    // The English edition built alone at the root, for most tests.
    {
      command: `npx tsx scripts/serve.ts ${dist} ${port}`,
      url: `http://127.0.0.1:${port}/`,
      reuseExistingServer: !process.env.CI,
    },
    // The site with both editions (`npm run build`), for the editions test.
    {
      command: `npx tsx scripts/serve.ts ${site} ${sitePort}`,
      url: `http://127.0.0.1:${sitePort}/`,
      reuseExistingServer: !process.env.CI,
    },
  ],
})
