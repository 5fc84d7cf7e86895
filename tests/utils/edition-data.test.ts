import { describe, expect, it } from 'vitest'
import questionBank from '../../data/quizzes.json'
import { editionDataJson, isEditionLang, keepLanguage } from '../../utils/edition-data'

const bank = JSON.stringify(questionBank)

describe('keepLanguage', () => {
  it('keeps the edition\'s language of a localised string and empties the other', () => {
    expect(keepLanguage({ en: 'Right', id: 'Benar' }, 'id')).toEqual({ en: '', id: 'Benar' })
    expect(keepLanguage({ en: 'Right', id: 'Benar' }, 'en')).toEqual({ en: 'Right', id: '' })
  })

  it('reaches localised strings inside arrays and objects and leaves everything else as it is', () => {
    const data = { id: 'q1', correct: true, weight: 2, tags: ['a'], options: [{ id: 'a', text: { en: 'Yes', id: 'Ya' }, misconception: null }] }
    expect(keepLanguage(data, 'en')).toEqual({ id: 'q1', correct: true, weight: 2, tags: ['a'], options: [{ id: 'a', text: { en: 'Yes', id: '' }, misconception: null }] })
  })

  it('leaves an object that only looks localised alone', () => {
    expect(keepLanguage({ en: 'Yes', id: 'Ya', note: 'x' }, 'en')).toEqual({ en: 'Yes', id: 'Ya', note: 'x' })
    expect(keepLanguage({ en: 'Yes', id: 3 }, 'en')).toEqual({ en: 'Yes', id: 3 })
  })
})

describe('editionDataJson', () => {
  it('keeps the question bank\'s shape and its edition\'s words, and drops the other language\'s', () => {
    const full = JSON.parse(bank) as { quizzes: { id: string, prompt: { en: string, id: string } }[] }
    const en = JSON.parse(editionDataJson(bank, 'en')) as typeof full
    expect(en.quizzes.map(quiz => quiz.id)).toEqual(full.quizzes.map(quiz => quiz.id))
    expect(en.quizzes.map(quiz => quiz.prompt.en)).toEqual(full.quizzes.map(quiz => quiz.prompt.en))
    expect(en.quizzes.every(quiz => quiz.prompt.id === '')).toBe(true)
    expect(editionDataJson(bank, 'id').length).toBeLessThan(bank.length * 0.7)
  })
})

describe('isEditionLang', () => {
  it('accepts the deck\'s two languages only', () => {
    expect(isEditionLang('en')).toBe(true)
    expect(isEditionLang('id')).toBe(true)
    expect(isEditionLang('fr')).toBe(false)
    expect(isEditionLang(undefined)).toBe(false)
  })
})
