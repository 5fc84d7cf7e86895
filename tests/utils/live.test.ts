import { describe, expect, it } from 'vitest'
import { quizzes } from '../../data'
import { allowedCommands, liveBars, liveCatalog, liveEntryOf, parseLiveConfig } from '../../utils/live'
import { shownOrder } from '../../utils/scoring'
import { classify, fixtures, multiple, order, single, trueFalse } from '../quiz-fixtures'

describe('liveEntryOf', () => {
  it('letters the options in one language and keeps the answer apart from what phones get', () => {
    const entry = liveEntryOf(single, 'id')!
    expect(entry.question).toEqual({
      id: 'fixture-single',
      type: 'single',
      prompt: 'Which reply is strongest? (id)',
      options: [
        { id: 'a', letter: 'A', text: 'Only armies count (id)' },
        { id: 'b', letter: 'B', text: 'Disease shakes stability (id)' },
        { id: 'c', letter: 'C', text: 'It is welfare policy (id)' },
      ],
    })
    expect(entry.correct).toEqual(['b'])
    expect(liveEntryOf(multiple, 'en')!.correct).toEqual(['a', 'b'])
  })

  it('gives a true-false question the options True and False', () => {
    const entry = liveEntryOf(trueFalse, 'en')!
    expect(entry.question.options.map(option => `${option.letter} ${option.id} ${option.text}`)).toEqual(['A true True', 'B false False'])
    expect(entry.correct).toEqual([String(trueFalse.answer)])
    expect(liveEntryOf(trueFalse, 'id')!.question.options.map(option => option.text)).toEqual(['Benar', 'Salah'])
  })

  it('sends a classify question\'s statements, numbered, and its categories, without saying where each belongs', () => {
    const entry = liveEntryOf(classify, 'id', id => ({ en: `Level ${id}`, id: `Tingkat ${id}` }))!
    expect(entry.question.options.map(option => `${option.letter} ${option.id}`)).toEqual(['A minister', 'B imports', 'C shortage'])
    expect(entry.question.categories).toEqual([{ id: 'individual', text: 'Tingkat individual' }, { id: 'state', text: 'Tingkat state' }, { id: 'system', text: 'Tingkat system' }])
    expect(entry.correct).toEqual(['minister=individual', 'imports=state', 'shortage=system'])
    expect(JSON.stringify(entry.question)).not.toMatch(/=/)
  })

  it('sends an order question\'s items scrambled as on the slide, never in the right order', () => {
    const entry = liveEntryOf(order, 'en')!
    const shown = entry.question.options.map(option => option.id)
    expect(entry.correct).toEqual(['first', 'second', 'third', 'fourth'])
    expect([...shown].sort()).toEqual([...entry.correct].sort())
    expect(shown).not.toEqual(entry.correct)
    expect(shown).toEqual(shownOrder(order))
    expect([...liveCatalog(fixtures, 'en').keys()]).toEqual(fixtures.map(quiz => quiz.id))
  })

  it('sends phones no word of any real question\'s answer, feedback or explanation', () => {
    for (const [id, entry] of liveCatalog(quizzes, 'en')) {
      const quiz = quizzes.find(q => q.id === id)!
      const sent = JSON.stringify(entry.question)
      expect(sent).not.toMatch(/correct|feedback|misconception|explanation/i)
      expect(sent).not.toContain(quiz.explanation.en)
      expect(sent).not.toContain(quiz.followUp.en)
    }
  })
})

describe('allowedCommands', () => {
  it('offers only the verbs that change something', () => {
    expect([...allowedCommands('idle', 0)].sort()).toEqual(['open', 'reveal'])
    expect([...allowedCommands('open', 3)].sort()).toEqual(['close', 'reset', 'reveal'])
    expect([...allowedCommands('closed', 3)].sort()).toEqual(['open', 'reset', 'reveal'])
    expect([...allowedCommands('revealed', 3)].sort()).toEqual(['reset'])
  })
})

describe('liveBars', () => {
  const question = liveEntryOf(single, 'en')!.question

  it('counts per lettered option, with shares of those who answered', () => {
    expect(liveBars(question, { status: 'open', counts: { a: 1, b: 3, c: 0 }, voters: 4 }, undefined)).toEqual({
      labels: ['A', 'B', 'C'],
      values: [1, 3, 0],
      display: ['1 (25 %)', '3 (75 %)', '0 (0 %)'],
    })
  })

  it('marks the right option with a tick once revealed, and shows zeros before any vote', () => {
    expect(liveBars(question, undefined, ['b'])).toEqual({ labels: ['A', 'B ✓', 'C'], values: [0, 0, 0], display: ['0', '0', '0'] })
  })
})

describe('parseLiveConfig', () => {
  it('takes a configuration only in the expected shape', () => {
    expect(parseLiveConfig({ join: 'http://10.0.0.2:3030/join', short: '10.0.0.2:3030' })).toEqual({ join: 'http://10.0.0.2:3030/join', short: '10.0.0.2:3030' })
    expect(parseLiveConfig('<!doctype html>')).toBeUndefined()
    expect(parseLiveConfig(null)).toBeUndefined()
  })
})
