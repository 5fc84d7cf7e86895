/**
 * The PDFs: exports both copies once, then reads them with poppler's tools,
 * as a lecturer or a student would receive them.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import process from 'node:process'
import { expect, test } from '@playwright/test'
import { PDFDocument, PDFName } from 'pdf-lib'
import { forms, indicators, quizzes } from '../../data'
import { findChromium, installHint } from '../../scripts/chromium'
import { formatNumber } from '../../utils/format'
import { deckSlides, root } from '../deck'

test.skip(!findChromium(), installHint)
test.describe.configure({ mode: 'serial', timeout: 300_000 })

const outDir = mkdtempSync(join(tmpdir(), 'deck-export-'))
const student = join(outDir, 'jwg-health-en-student.pdf')
const lecturer = join(outDir, 'jwg-health-en-lecturer.pdf')

/** Text as a reader would search it: ligatures undone, whitespace collapsed. */
const normalise = (text: string): string => text.normalize('NFKC').replace(/\s+/g, ' ')
const textOf = (file: string): string => normalise(execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }))
const pagesOf = (file: string): number => Number(execFileSync('pdfinfo', [file], { encoding: 'utf8' }).match(/Pages:\s+(\d+)/)![1])
/** The first words of a long string: enough to find it, short enough not to cross a column. */
const opening = (text: string, words = 7): string => normalise(text).split(' ').slice(0, words).join(' ')

test.beforeAll(() => {
  const result = spawnSync(process.execPath, [join(root, 'node_modules/tsx/dist/cli.mjs'), join(root, 'scripts/export.ts'), '--out', outDir], { cwd: root, encoding: 'utf8' })
  expect(result.status, result.stderr + result.stdout).toBe(0)
})

test('the student handout has a page per printed slide', () => {
  const printed = deckSlides().filter(slide => !slide.info.frontmatter.lecturerOnly)
  expect(pagesOf(student)).toBe(printed.length)
})

test('the lecturer copy puts every slide, answer key included, over its notes', () => {
  const total = deckSlides().length
  const text = textOf(lecturer)
  for (let no = 1; no <= total; no++)
    expect(text, `slide ${no}`).toContain(`Slide ${no} / ${total}`)
  expect(pagesOf(lecturer)).toBeGreaterThanOrEqual(total)
  expect(text).toContain('Ask:')
})

test('both copies carry every finding and every chart value', () => {
  for (const file of [student, lecturer]) {
    const text = textOf(file)
    for (const form of forms)
      expect(text).toContain(normalise(form.title.en))
    for (const indicator of indicators) {
      for (const value of indicator.values)
        expect(text, `${indicator.id} ${value.country}`).toContain(value.display ?? formatNumber(value.value, 'en'))
    }
  }
})

test('no answer or explanation reaches the student copy; every one reaches the lecturer copy', () => {
  const studentText = textOf(student)
  const lecturerText = textOf(lecturer)
  for (const quiz of quizzes) {
    expect(studentText, quiz.id).not.toContain(opening(quiz.explanation.en))
    expect(lecturerText, quiz.id).toContain(opening(quiz.explanation.en))
    if (quiz.type === 'single' || quiz.type === 'multiple') {
      for (const option of quiz.options)
        expect(studentText, `${quiz.id} ${option.id}`).not.toContain(opening(option.feedback.en))
    }
  }
})

test('fonts are embedded, text is selectable, and the metadata says title and language', async () => {
  for (const file of [student, lecturer]) {
    const fonts = execFileSync('pdffonts', [file], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean)
    expect(fonts.length).toBeGreaterThan(0)
    for (const line of fonts)
      expect(line, file).toMatch(/\byes\s+(?:yes|no)\s+(?:yes|no)\s+\d+\s+\d+$/)
    expect(textOf(file)).toContain('Joint Working Group')
    const pdf = await PDFDocument.load(readFileSync(file))
    expect(pdf.getTitle()).toMatch(/Joint Working Group on Health/)
    expect(String(pdf.catalog.get(PDFName.of('Lang')))).toBe('(en-GB)')
  }
})
