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
import { PDFDict, PDFDocument, PDFHexString, PDFName, PDFString } from 'pdf-lib'
import { loadDeckData } from '../../data/load'
import { findChromium, installHint } from '../../scripts/chromium'
import { editions } from '../../scripts/editions'
import { displayValue } from '../../utils/format'
import { labels } from '../../utils/labels'
import { deckSlides, root, shownSlides } from '../deck'

test.skip(!findChromium(), installHint)
test.describe.configure({ mode: 'serial', timeout: 300_000 })

const data = loadDeckData(join(root, 'data'))
const forms = data['findings.json'].forms
const indicators = data['indicators.json'].indicators
const quizzes = data['quizzes.json'].quizzes
const langs = ['en', 'id'] as const

const outDir = mkdtempSync(join(tmpdir(), 'deck-export-'))
const pdf = (lang: string, copy: string): string => join(outDir, `jwg-health-${lang}-${copy}.pdf`)
const slidesOf = (lang: 'en' | 'id') => deckSlides(join(root, editions[lang]))
/** The indicators a slide of the edition charts; the others are only spoken, from the notes. */
function chartedIn(lang: 'en' | 'id') {
  return new Set(slidesOf(lang).flatMap(slide =>
    [...slide.info.content.matchAll(/<ChartIndicators\s[^>]*:ids="\[([^\]]*)\]"/g)].flatMap(match => match[1]!.split(',').map(id => id.trim().replace(/'/g, '')))))
}

/** Text as a reader would search it: ligatures undone, whitespace collapsed. */
const normalise = (text: string): string => text.normalize('NFKC').replace(/\s+/g, ' ')
const textOf = (file: string): string => normalise(execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }))
const pagesOf = (file: string): number => Number(execFileSync('pdfinfo', [file], { encoding: 'utf8' }).match(/Pages:\s+(\d+)/)![1])
/**
 * The first words of a long string: enough to find it and to tell it from a
 * slide that makes the same point, short enough not to cross a column.
 */
const opening = (text: string, words = 12): string => normalise(text).split(' ').slice(0, words).join(' ')

/** The titles of the outline's top-level bookmarks, in order. */
function outlineTitles(doc: PDFDocument): string[] {
  const titles: string[] = []
  let item = doc.catalog.lookup(PDFName.of('Outlines'), PDFDict)?.lookupMaybe(PDFName.of('First'), PDFDict)
  while (item) {
    titles.push(item.lookup(PDFName.of('Title'), PDFString, PDFHexString).decodeText())
    item = item.lookupMaybe(PDFName.of('Next'), PDFDict)
  }
  return titles
}
/** Each slide's own `# Heading` in its markdown (a component draws the rest, such as the cover's). */
const headingOf = (content: string): string | undefined => content.split('\n').find(line => line.startsWith('# '))?.slice(2).trim()
/**
 * A heading as a bookmark may spell it: a line break in the heading leaves no
 * space, and the Markdown's straight quotes come out curly.
 */
const squeeze = (text: string): string => normalise(text).replace(/[\s*_`]/g, '').replace(/[‘’]/g, '\'').replace(/[“”]/g, '"')

test.beforeAll(() => {
  const result = spawnSync(process.execPath, [join(root, 'node_modules/tsx/dist/cli.mjs'), join(root, 'scripts/export.ts'), '--out', outDir], { cwd: root, encoding: 'utf8' })
  expect(result.status, result.stderr + result.stdout).toBe(0)
})

for (const lang of langs) {
  const student = pdf(lang, 'student')
  const lecturer = pdf(lang, 'lecturer')
  const slideWord = lang === 'en' ? 'Slide' : 'Salindia'
  const ask = lang === 'en' ? 'Ask:' : 'Pertanyaan untuk kelas:'

  test.describe(`the ${lang} edition`, () => {
    test('the student handout has a page per printed slide', () => {
      const printed = shownSlides(join(root, editions[lang]))
      expect(pagesOf(student)).toBe(printed.length)
    })

    test('the lecturer copy puts every slide, answer key included, over its notes', () => {
      const total = slidesOf(lang).length
      const text = textOf(lecturer)
      for (let no = 1; no <= total; no++)
        expect(text, `slide ${no}`).toContain(`${slideWord} ${no} / ${total}`)
      expect(pagesOf(lecturer)).toBeGreaterThanOrEqual(total)
      expect(text).toContain(ask)
    })

    test('both copies carry every finding and every chart value', () => {
      for (const file of [student, lecturer]) {
        const text = textOf(file)
        // Every slide had arrived when the page was printed.
        expect(text).not.toContain('Loading slide')
        for (const form of forms)
          expect(text).toContain(normalise(form.title[lang]))
        const charted = chartedIn(lang)
        expect(charted.size).toBeGreaterThan(0)
        for (const indicator of indicators.filter(indicator => charted.has(indicator.id))) {
          for (const value of indicator.values)
            expect(text, `${indicator.id} ${value.country}`).toContain(displayValue(value, lang))
        }
        // Computed values print their inputs; no on-screen toggle reaches paper.
        expect(text).toContain(lang === 'en' ? 'Computed from: Cumulative COVID-19 deaths 160,612' : 'Dihitung dari:')
        expect(text).not.toContain(labels.chartShowTable[lang])
      }
    })

    test('no answer or explanation reaches the student copy; every one reaches the lecturer copy', () => {
      const studentText = textOf(student)
      const lecturerText = textOf(lecturer)
      for (const quiz of quizzes) {
        expect(studentText, quiz.id).not.toContain(opening(quiz.explanation[lang]))
        expect(lecturerText, quiz.id).toContain(opening(quiz.explanation[lang]))
        if (quiz.type === 'single' || quiz.type === 'multiple') {
          for (const option of quiz.options)
            expect(studentText, `${quiz.id} ${option.id}`).not.toContain(opening(option.feedback[lang]))
        }
      }
    })

    test('both copies are tagged PDFs with one bookmark per slide heading', async () => {
      for (const [file, slides] of [[student, shownSlides(join(root, editions[lang]))], [lecturer, slidesOf(lang)]] as const) {
        const doc = await PDFDocument.load(readFileSync(file))
        // A structure tree for screen readers, and the flag that says the content is marked.
        expect(doc.catalog.get(PDFName.of('StructTreeRoot')), file).toBeDefined()
        expect(String(doc.catalog.lookup(PDFName.of('MarkInfo'), PDFDict).get(PDFName.of('Marked'))), file).toBe('true')
        const titles = outlineTitles(doc)
        expect(titles, file).toHaveLength(slides.length)
        slides.forEach((slide, i) => {
          const heading = headingOf(slide.info.content)
          if (heading)
            expect(squeeze(titles[i]!), `${file}, slide ${i + 1}`).toBe(squeeze(heading))
        })
      }
    })

    test('fonts are embedded, text is selectable, and the metadata says title and language', async () => {
      for (const file of [student, lecturer]) {
        const fonts = execFileSync('pdffonts', [file], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean)
        expect(fonts.length).toBeGreaterThan(0)
        for (const line of fonts)
          expect(line, file).toMatch(/\byes\s+(?:yes|no)\s+(?:yes|no)\s+\d+\s+\d+$/)
        expect(textOf(file)).toContain('Joint Working Group')
        const doc = await PDFDocument.load(readFileSync(file))
        expect(doc.getTitle()).toContain(data['paper.json'].title[lang])
        expect(String(doc.catalog.get(PDFName.of('Lang')))).toBe(lang === 'en' ? '(en-GB)' : '(id-ID)')
      }
    })
  })
}
