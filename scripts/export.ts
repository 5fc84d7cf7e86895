/**
 * `npm run export [-- options]`: the PDFs a lecturer and a student use.
 *
 * For each language edition it writes, under `exports/`:
 * - `jwg-health-<lang>-student.pdf`: every slide with all its click steps
 *   revealed, questions with lettered options and no answers;
 * - `jwg-health-<lang>-lecturer.pdf`: the same slides with the answer key,
 *   each on an A4 page with its presenter notes under it.
 *
 * Options: `--lang en` (one edition), `--copy student|lecturer`, `--per-click`
 * (one page per click step), `--dark`, `--format pdf|png|pptx` (PNG and PPTX
 * come from Slidev's exporter and only for the student copy), `--out <folder>`.
 * `--format moodle|gift|scorm` makes the LMS files instead (scripts/export-lms.ts).
 * Uses the Chrome or Chromium found on this machine, never a downloaded one.
 */
import type { Lang } from '../data/schema'
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative, resolve } from 'node:path'
import process from 'node:process'
import { fileURLToPath } from 'node:url'
import { chromium } from '@playwright/test'
import { PDFDocument } from 'pdf-lib'
import { loadDeckData } from '../data/load'
import { readOptions } from './args'
import { findChromium, installHint } from './chromium'
import { editions } from './editions'
import { exportLms, isLmsFormat } from './export-lms'
import { serveStatic } from './serve'

export type Copy = 'student' | 'lecturer'
export type Format = 'pdf' | 'png' | 'pptx' | 'moodle' | 'gift' | 'scorm'

export interface ExportOptions {
  langs: Lang[]
  copies: Copy[]
  /** One page per click step instead of each slide at its last step. */
  perClick: boolean
  dark: boolean
  format: Format
  outDir: string
}

const copyNames: Record<Copy, Record<Lang, string>> = {
  student: { en: 'Student handout', id: 'Bahan mahasiswa' },
  lecturer: { en: 'Lecturer copy', id: 'Salinan dosen' },
}

const usage = 'Options: --lang en|id, --copy student|lecturer, --per-click, --dark, --format pdf|png|pptx|moodle|gift|scorm, --out <folder>'

export function parseExportArgs(argv: readonly string[]): ExportOptions {
  const values = readOptions(argv, {
    'lang': { type: 'string' },
    'copy': { type: 'string' },
    'format': { type: 'string', default: 'pdf' },
    'out': { type: 'string', default: 'exports' },
    'per-click': { type: 'boolean', default: false },
    'dark': { type: 'boolean', default: false },
  }, usage)
  const langs = (Object.keys(editions) as Lang[]).filter(lang => existsSync(editions[lang]))
  if (values.lang !== undefined && !langs.includes(values.lang as Lang))
    throw new Error(`No "${values.lang}" edition: choose from ${langs.join(', ')}`)
  if (values.copy !== undefined && values.copy !== 'student' && values.copy !== 'lecturer')
    throw new Error(`--copy must be student or lecturer, not "${values.copy}"`)
  const format = values.format
  if (format !== 'pdf' && format !== 'png' && format !== 'pptx' && !isLmsFormat(format))
    throw new Error(`--format must be pdf, png, pptx, moodle, gift or scorm, not "${format}"`)
  return {
    langs: values.lang === undefined ? langs : [values.lang as Lang],
    copies: values.copy === undefined ? ['student', 'lecturer'] : [values.copy],
    perClick: values['per-click'],
    dark: values.dark,
    format,
    outDir: values.out,
  }
}

/** `jwg-health-en-student.pdf`, `jwg-health-en-lecturer-dark.pdf`, `jwg-health-en-student-clicks` (a PNG folder)… */
export function exportName(lang: Lang, copy: Copy, options: Pick<ExportOptions, 'format' | 'perClick' | 'dark'>): string {
  const parts = ['jwg-health', lang, copy, options.perClick ? 'clicks' : '', options.dark ? 'dark' : ''].filter(Boolean)
  return options.format === 'png' ? parts.join('-') : `${parts.join('-')}.${options.format}`
}

/** Title, language and authorship in the PDF's own metadata. */
async function setMetadata(file: string, lang: Lang, copy: Copy): Promise<void> {
  const { 'paper.json': paper } = loadDeckData(fileURLToPath(new URL('../data/', import.meta.url)))
  const pdf = await PDFDocument.load(readFileSync(file), { updateMetadata: false })
  pdf.setTitle(`${paper.title[lang]} · ${copyNames[copy][lang]}`, { showInWindowTitleBar: true })
  pdf.setLanguage(lang === 'en' ? 'en-GB' : 'id-ID')
  pdf.setAuthor(paper.authors.join(', '))
  pdf.setSubject(`${paper.originalTitle} (${paper.journal}, ${paper.institution})`)
  pdf.setKeywords(paper.keywords.map(keyword => keyword[lang]))
  pdf.setCreator('JWG on Health teaching deck')
  writeFileSync(file, await pdf.save())
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv): void {
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } })
  if (result.status !== 0)
    throw new Error(`${command} ${args.join(' ')} failed (exit ${result.status})`)
}

const slidev = fileURLToPath(new URL('../node_modules/@slidev/cli/bin/slidev.mjs', import.meta.url))

/** PNG and PPTX: Slidev's own exporter, on the student copy. */
function exportImages(entry: string, file: string, chrome: string, options: ExportOptions): void {
  run(process.execPath, [
    slidev,
    'export',
    entry,
    '--output',
    file,
    '--format',
    options.format,
    '--executable-path',
    chrome,
    ...(options.perClick ? ['--with-clicks'] : []),
    ...(options.dark ? ['--dark'] : []),
  ], { VITE_DECK_COPY: 'student' })
}

/**
 * A PDF of a build of the given copy, printed from its `/handout` route: the
 * student copy one slide a page without the lecturer-only slides, the
 * lecturer copy each slide over its notes on A4.
 */
async function exportPdf(entry: string, file: string, chrome: string, options: ExportOptions, copy: Copy): Promise<void> {
  const dist = mkdtempSync(join(tmpdir(), `deck-${copy}-`))
  try {
    run(process.execPath, [slidev, 'build', entry, '--out', dist], { VITE_DECK_COPY: copy })
    const server = await serveStatic(dist, 0)
    const address = server.address()
    const port = typeof address === 'object' && address ? address.port : 0
    const browser = await chromium.launch({ executablePath: chrome, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] })
    try {
      const page = await browser.newPage({ colorScheme: options.dark ? 'dark' : 'light', reducedMotion: 'reduce' })
      const query = `print${options.perClick ? '=clicks' : ''}${copy === 'lecturer' ? '&notes' : ''}`
      await page.goto(`http://127.0.0.1:${port}/handout?${query}`, { waitUntil: 'networkidle' })
      // Each slide is its own lazily loaded chunk, shown as Slidev's "Loading
      // slide…" until it arrives; an idle network alone does not mean all are in.
      await page.waitForFunction(() => document.querySelector('.handout__page') && !document.querySelector('.slidev-slide-loading'), undefined, { timeout: 60_000, polling: 100 })
      await page.evaluate(() => document.fonts.ready)
      // Charts draw once their canvas is visible; give them a frame to finish.
      await page.waitForTimeout(500)
      await page.pdf({ path: file, printBackground: true, preferCSSPageSize: true, tagged: true, outline: true })
    }
    finally {
      await browser.close()
      server.close()
    }
  }
  finally {
    rmSync(dist, { recursive: true, force: true })
  }
}

async function main(): Promise<void> {
  const options = parseExportArgs(process.argv.slice(2))
  if (isLmsFormat(options.format)) {
    mkdirSync(resolve(options.outDir), { recursive: true })
    const files = await exportLms({ langs: options.langs, format: options.format, outDir: resolve(options.outDir) })
    console.log('\nExported:')
    for (const file of files)
      console.log(`  ${relative(process.cwd(), file)}: ${(statSync(file).size / 1024).toFixed(0)} KB`)
    return
  }
  const chrome = findChromium()
  if (!chrome) {
    console.error(installHint)
    process.exit(1)
  }
  const outDir = resolve(options.outDir)
  mkdirSync(outDir, { recursive: true })
  const made: { file: string, seconds: number }[] = []
  for (const lang of options.langs) {
    const entry = editions[lang]
    for (const copy of options.copies) {
      if (copy === 'lecturer' && options.format !== 'pdf') {
        console.warn(`Skipping the lecturer copy: it is a PDF only (asked for ${options.format}).`)
        continue
      }
      const file = join(outDir, exportName(lang, copy, options))
      const start = performance.now()
      if (options.format === 'pdf')
        await exportPdf(entry, file, chrome, options, copy)
      else
        exportImages(entry, file, chrome, options)
      if (options.format === 'pdf')
        await setMetadata(file, lang, copy)
      made.push({ file, seconds: (performance.now() - start) / 1000 })
    }
  }
  console.log('\nExported:')
  for (const { file, seconds } of made) {
    const size = statSync(file).isDirectory() ? '' : ` ${(statSync(file).size / 1024 / 1024).toFixed(1)} MB,`
    console.log(`  ${relative(process.cwd(), file)}:${size} ${seconds.toFixed(0)} s`)
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  main().catch((error: Error) => {
    console.error(error.message)
    process.exit(1)
  })
}
