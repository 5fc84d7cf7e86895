// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { levels } from '../data'
import { questionNoteParagraphs } from '../utils/question-notes'
import { noteProblems } from './question-notes'
import { single } from './quiz-fixtures'

describe('noteProblems', () => {
  const expected = questionNoteParagraphs(single, 'en', alias => `Slide ${alias}`, levels)
  const note = ['Give the room a minute.', ...expected, 'Time: 2 min'].join('\n\n')

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
