// @vitest-environment node
import type { Objective } from '../../data/schema'
import type { PracticeSource } from '../../utils/practice-slides'
import { describe, expect, it } from 'vitest'
import { levels } from '../../data'
import { expandPractice, findPracticeMarker, PRACTICE_MARKER, practiceQuizzes, practiceSlides } from '../../utils/practice-slides'
import { questionNoteParagraphs } from '../../utils/question-notes'
import { classify, fixtures, multiple, order, single, trueFalse } from '../quiz-fixtures'

const objective = (id: string, en: string): Objective => ({ id, short: { en, id: `${en} (id)` }, text: { en, id: en } })
const objectives = [objective('lo4', 'Levels'), objective('lo1', 'Security'), objective('lo2', 'Forms')]
const heading = (alias: string): string => `Slide ${alias}`

function source(overrides: Partial<PracticeSource> = {}): PracticeSource {
  return { lang: 'en', quizzes: fixtures, objectives, asked: new Set([multiple.id]), heading, levels, ...overrides }
}

describe('practiceQuizzes', () => {
  it('takes the questions the lecture does not ask, by objective in the given order, then in the data\'s order', () => {
    // The fixtures: single, true-false and order test lo1, multiple lo2, classify lo4.
    expect(practiceQuizzes(source()).map(quiz => quiz.id)).toEqual([classify.id, single.id, trueFalse.id, order.id])
  })
})

describe('practiceSlides', () => {
  const text = practiceSlides(source()).join('\n')

  it('writes one question slide per question, numbered, headed by its objective', () => {
    expect(text.match(/^# .+$/gm)).toEqual(['# Practice 1 · Levels', '# Practice 2 · Security', '# Practice 3 · Security', '# Practice 4 · Security'])
    expect(text).toContain(`<QuizQuestion id="${single.id}" :revealed="$clicks > 0" />`)
    expect(text).toContain(`<QuizQuestion id="${single.id}" print />`)
    expect(text.match(/^clicks: 1$/gm)).toHaveLength(4)
  })

  it('writes each slide\'s notes from the question\'s data', () => {
    for (const paragraph of questionNoteParagraphs(single, 'en', heading, levels))
      expect(text).toContain(paragraph)
    expect(text).toContain('Time: 2 min, if you use it in class; otherwise self-study')
  })

  it('writes the Indonesian edition in Indonesian', () => {
    const id = practiceSlides(source({ lang: 'id' })).join('\n')
    expect(id).toContain('# Latihan 2 · Security (id)')
    expect(id).toContain('Waktu: 2 menit bila dipakai di kelas; bila tidak, untuk belajar mandiri')
    expect(id).toContain(questionNoteParagraphs(single, 'id', heading, levels)[0])
  })
})

describe('expandPractice', () => {
  const before = ['---', 'layout: section', '---', '', '# Practice', '']
  const marker = ['---', '# written from the data', PRACTICE_MARKER, '---', '']
  const after = ['---', 'layout: default', '---', '', '# Your score']

  it('puts the section where the marker slide stands, and nothing else changes', () => {
    const lines = [...before, ...marker, ...after]
    expect(expandPractice(lines, () => source())).toBe(true)
    expect(lines.slice(0, before.length)).toEqual(before)
    expect(lines.slice(-after.length)).toEqual(after)
    expect(lines.join('\n')).not.toContain(PRACTICE_MARKER)
    expect(lines.filter(line => line.startsWith('# Practice '))).toHaveLength(4)
  })

  it('leaves a file without the marker alone, and reads no data for it', () => {
    const lines = [...before, ...after]
    expect(expandPractice(lines, () => {
      throw new Error('not needed')
    })).toBe(false)
    expect(lines).toEqual([...before, ...after])
  })

  it('refuses a marker that shares its slide with other settings', () => {
    expect(() => findPracticeMarker(['---', 'layout: default', PRACTICE_MARKER, '---'])).toThrow(/slide of its own/)
  })
})
