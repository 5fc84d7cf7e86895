/**
 * `npm run export -- --format moodle|gift|scorm [--lang en] [--out folder]`:
 * the module for a lecturer's LMS, per edition, under `exports/`:
 * - `jwg-health-<lang>-questions.moodle.xml`: the question bank in Moodle XML;
 * - `jwg-health-<lang>-questions.gift.txt`: the same bank in GIFT;
 * - `jwg-health-<lang>-scorm12.zip`: the self-study deck as a SCORM 1.2
 *   package (hash routing, relative paths, no service worker, every asset
 *   inside) that records progress, score and status in the LMS.
 */
import type { DeckData, Lang } from '../data/schema'
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative, sep } from 'node:path'
import process from 'node:process'
import { fileURLToPath } from 'node:url'
import { zipSync } from 'fflate'
import { loadDeckData } from '../data/load'
import { gift } from '../utils/gift'
import { moodleXml } from '../utils/moodle-xml'
import { questionBank } from '../utils/question-bank'
import { scormManifest } from '../utils/scorm-manifest'
import { editions } from './editions'

export type LmsFormat = 'moodle' | 'gift' | 'scorm'

export const lmsFormats: readonly LmsFormat[] = ['moodle', 'gift', 'scorm']

export function isLmsFormat(format: string): format is LmsFormat {
  return (lmsFormats as readonly string[]).includes(format)
}

/** `jwg-health-en-questions.moodle.xml`, `jwg-health-id-questions.gift.txt`, `jwg-health-en-scorm12.zip`. */
export function lmsFileName(lang: Lang, format: LmsFormat): string {
  if (format === 'moodle')
    return `jwg-health-${lang}-questions.moodle.xml`
  if (format === 'gift')
    return `jwg-health-${lang}-questions.gift.txt`
  return `jwg-health-${lang}-scorm12.zip`
}

const root = fileURLToPath(new URL('..', import.meta.url))

/** The Moodle XML or GIFT text of one edition's question bank, from the deck's data as loaded from disk. */
export function questionBankText(lang: Lang, format: 'moodle' | 'gift', data: DeckData): string {
  const bank = questionBank(data['quizzes.json'].quizzes, data['paper.json'].objectives, lang, data['levels.json'].levels)
  return format === 'moodle' ? moodleXml(bank) : gift(bank)
}

/** Every file under `dir`, as paths relative to it with `/`. */
export function listFiles(dir: string): string[] {
  const files: string[] = []
  const walk = (folder: string): void => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name)
      if (statSync(path).isDirectory())
        walk(path)
      else
        files.push(relative(dir, path).split(sep).join('/'))
    }
  }
  walk(dir)
  return files.sort()
}

/** Files a static host needs and an LMS package must not carry. */
const notInPackage = new Set(['404.html', '_redirects', 'sw.js', 'manifest.webmanifest', 'registerSW.js'])

/**
 * Builds one edition as the SCORM build (`VITE_DECK_SCORM`: the LMS bridge
 * on, the service worker off) and zips it with its manifest. Returns the
 * zip's bytes.
 */
export function buildScormPackage(lang: Lang, title: string): Uint8Array {
  const dist = mkdtempSync(join(tmpdir(), `deck-scorm-${lang}-`))
  try {
    const slidev = join(root, 'node_modules/@slidev/cli/bin/slidev.mjs')
    const result = spawnSync(process.execPath, [slidev, 'build', editions[lang], '--base', './', '--router-mode', 'hash', '--out', dist], {
      cwd: root,
      stdio: 'inherit',
      env: { ...process.env, VITE_DECK_SCORM: '1', VITE_DECK_COPY: 'student' },
    })
    if (result.status !== 0)
      throw new Error(`slidev build ${editions[lang]} failed (exit ${result.status})`)
    const files = listFiles(dist).filter(file => !notInPackage.has(file) && !file.startsWith('workbox-'))
    const entries: Record<string, Uint8Array> = {}
    for (const file of files)
      entries[file] = readFileSync(join(dist, file))
    entries['imsmanifest.xml'] = new TextEncoder().encode(scormManifest({ identifier: `jwg-health-${lang}`, title, files }))
    return zipSync(entries, { level: 9 })
  }
  finally {
    rmSync(dist, { recursive: true, force: true })
  }
}

export interface LmsExportOptions {
  langs: readonly Lang[]
  format: LmsFormat
  outDir: string
}

/** Writes the chosen format for each edition into `outDir`; returns the files written. */
export async function exportLms(options: LmsExportOptions): Promise<string[]> {
  const data = loadDeckData(join(root, 'data'))
  const paper = data['paper.json']
  const written: string[] = []
  for (const lang of options.langs) {
    if (!existsSync(join(root, editions[lang])))
      continue
    const file = join(options.outDir, lmsFileName(lang, options.format))
    if (options.format === 'scorm')
      writeFileSync(file, buildScormPackage(lang, paper.title[lang]))
    else
      writeFileSync(file, questionBankText(lang, options.format, data))
    written.push(file)
  }
  return written
}
