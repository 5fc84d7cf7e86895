// @vitest-environment node
/**
 * Every question slide's presenter notes say what the data says, in both
 * editions: the answer with the letters on screen, the explanation, the
 * misconceptions, the slides to reread by their headings, and the follow-up.
 */
import type { Lang } from '../data/schema'
import type { Slide } from './deck'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { getQuiz, levels, quizzes } from '../data'
import { editions } from '../scripts/editions'
import { answerLine, misconceptionLines, questionNoteParagraphs } from '../utils/question-notes'
import { deckSlides, headingOf, quizIdsOn, root } from './deck'
import { noteProblems } from './question-notes'
import { single, trueFalse } from './quiz-fixtures'

const langs = Object.keys(editions) as Lang[]
const where = (slide: Slide): string => `${slide.file} slide ${slide.index}`
describe.each(langs)('the question slides of the %s edition', (lang) => {
  const slides = deckSlides(join(root, editions[lang]))
  const questionSlides = slides.flatMap(slide => quizIdsOn(slide).map(id => ({ slide, id })))

  it('show every question once', () => {
    expect(questionSlides.map(found => found.id).sort()).toEqual(quizzes.map(quiz => quiz.id).sort())
  })

  it('hold in their notes what the data says about the question', () => {
    const wrong = questionSlides.flatMap(({ slide, id }) => {
      const expected = questionNoteParagraphs(getQuiz(id), lang, alias => headingOf(slides, alias), levels)
      return noteProblems(slide.info.note ?? '', expected, lang).map(problem => `${where(slide)} (${id}): ${problem}`)
    })
    expect(wrong).toEqual([])
  })
})

describe('the notes check', () => {
  const heading = (alias: string): string => `Slide ${alias}`
  const expected = questionNoteParagraphs(single, 'en', heading, levels)
  const note = ['Give the room a minute.', ...expected, 'Time: 2 min'].join('\n\n')

  it('gives the answer with the letters and words shown on screen', () => {
    expect(answerLine(single, 'en', levels)).toBe('Answer: B ("Disease shakes stability").')
    expect(answerLine(trueFalse, 'id', levels)).toMatch(/^Jawaban: (Benar|Salah)\.$/)
  })

  it('lists the misconception behind each wrong option by its letter', () => {
    expect(misconceptionLines(single, 'en')).toEqual([
      'Misconceptions behind the wrong options:',
      '- A: Security means only military threats.',
      '- C: Non-traditional means not security.',
    ])
  })

  it('names the slides to reread and the follow-up question', () => {
    expect(expected).toContain('Reread: "Slide health-security".')
    expect(expected).toContain('Ask: What else would you add?')
  })

  it('accepts notes that match the data', () => {
    expect(noteProblems(note, expected, 'en')).toEqual([])
  })

  it('reports an explanation that has drifted from the data', () => {
    const drifted = note.replace('Why: Because the concept widens security.', 'Why: Because the concept widens security, and more.')
    expect(noteProblems(drifted, expected, 'en')).toEqual([
      'missing: Why: Because the concept widens security.',
      'not in the data: Why: Because the concept widens security, and more.',
    ])
  })

  it('reports a missing follow-up and a wrong answer letter', () => {
    const broken = note.replace('\n\nAsk: What else would you add?', '').replace('Answer: B', 'Answer: C')
    expect(noteProblems(broken, expected, 'en')).toHaveLength(3)
  })
})
