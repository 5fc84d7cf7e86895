// @vitest-environment node
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { loadDeckData } from '../../data/load'
import { parseExportArgs } from '../../scripts/export'
import { isLmsFormat, lmsFileName, questionBankText } from '../../scripts/export-lms'

describe('export-lms', () => {
  it('is reached through npm run export -- --format moodle|gift|scorm', () => {
    for (const format of ['moodle', 'gift', 'scorm'])
      expect(parseExportArgs(['--format', format, '--lang', 'id']).format).toBe(format)
    expect(() => parseExportArgs(['--format', 'qti'])).toThrow(/pdf, png, pptx, moodle, gift or scorm/)
    expect(isLmsFormat('pdf')).toBe(false)
  })

  it('names one file per edition and format', () => {
    expect(lmsFileName('en', 'moodle')).toBe('jwg-health-en-questions.moodle.xml')
    expect(lmsFileName('id', 'gift')).toBe('jwg-health-id-questions.gift.txt')
    expect(lmsFileName('en', 'scorm')).toBe('jwg-health-en-scorm12.zip')
  })

  it('writes the question bank from Node, as the script runs it', () => {
    const data = loadDeckData(fileURLToPath(new URL('../../data/', import.meta.url)))
    const quizzes = data['quizzes.json'].quizzes
    const xml = questionBankText('id', 'moodle', data)
    expect(xml.match(/<question type="(?!category)/g)).toHaveLength(quizzes.length)
    expect(xml).toContain('jwg-health-id-lo1')
    const text = questionBankText('en', 'gift', data)
    expect(text.match(/^\/\/ \[id:/gm)).toHaveLength(quizzes.length)
  })
})
