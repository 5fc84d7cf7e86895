/**
 * `npm run export [-- <slidev export options>]`: exports the deck with the
 * Chrome or Chromium found on this machine, never a downloaded one.
 */
import { spawnSync } from 'node:child_process'
import process from 'node:process'
import { findChromium, installHint } from './chromium'

const executable = findChromium()
if (!executable) {
  console.error(installHint)
  process.exit(1)
}

const args = process.argv.slice(2)
const result = spawnSync('npx', ['slidev', 'export', '--executable-path', executable, ...args], { stdio: 'inherit' })
process.exit(result.status ?? 1)
