// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { levels } from '../../data'
import { answerLine, misconceptionLines, questionNoteParagraphs } from '../../utils/question-notes'
import { single, trueFalse } from '../quiz-fixtures'

describe('answerLine', () => {
  it('gives the answer with the letters and words shown on screen', () => {
    expect(answerLine(single, 'en', levels)).toBe('Answer: B ("Disease shakes stability").')
    expect(answerLine(trueFalse, 'id', levels)).toMatch(/^Jawaban: (Benar|Salah)\.$/)
  })
})

describe('misconceptionLines', () => {
  it('lists the misconception behind each wrong option by its letter', () => {
    expect(misconceptionLines(single, 'en')).toEqual([
      'Misconceptions behind the wrong options:',
      '- A: Security means only military threats.',
      '- C: Non-traditional means not security.',
    ])
  })
})

describe('questionNoteParagraphs', () => {
  const expected = questionNoteParagraphs(single, 'en', alias => `Slide ${alias}`, levels)

  it('opens with the answer and the explanation', () => {
    expect(expected.slice(0, 2)).toEqual(['Answer: B ("Disease shakes stability").', 'Why: Because the concept widens security.'])
  })

  it('names the slides to reread and the follow-up question', () => {
    expect(expected).toContain('Reread: "Slide health-security".')
    expect(expected).toContain('Ask: What else would you add?')
  })
})
