/**
 * Finds a Chrome or Chromium for the browser tests and the PDF export: an
 * environment variable first, then the usual install paths on Linux (Debian's
 * `chromium` included), macOS and Windows. Never downloads one.
 */
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import process from 'node:process'

/** Environment variables checked first, in this order. */
export const chromiumEnvVars = ['CHROME_PATH', 'CHROMIUM_PATH'] as const

export function candidatePaths(platform: NodeJS.Platform = process.platform, env: NodeJS.ProcessEnv = process.env): string[] {
  if (platform === 'darwin') {
    return [
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
      '/Applications/Chromium.app/Contents/MacOS/Chromium',
      '/Applications/Google Chrome Canary.app/Contents/MacOS/Google Chrome Canary',
    ]
  }
  if (platform === 'win32') {
    const roots = [env.PROGRAMFILES, env['PROGRAMFILES(X86)'], env.LOCALAPPDATA].filter(Boolean) as string[]
    return roots.flatMap(root => [
      join(root, 'Google', 'Chrome', 'Application', 'chrome.exe'),
      join(root, 'Chromium', 'Application', 'chrome.exe'),
    ])
  }
  return [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/snap/bin/chromium',
    '/opt/google/chrome/chrome',
  ]
}

/** The first Chrome or Chromium found, or `undefined`. */
export function findChromium(env: NodeJS.ProcessEnv = process.env, exists: (path: string) => boolean = existsSync): string | undefined {
  for (const name of chromiumEnvVars) {
    const path = env[name]
    if (path && exists(path))
      return path
  }
  return candidatePaths(process.platform, env).find(exists)
}

export const installHint = [
  'No Chrome or Chromium found.',
  `Set ${chromiumEnvVars.join(' or ')} to its executable, or install one:`,
  '  Debian/Ubuntu: sudo apt-get install chromium',
  '  macOS:         brew install --cask chromium   (or install Google Chrome)',
  '  Windows:       install Google Chrome',
].join('\n')
