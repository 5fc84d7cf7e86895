import type { Objective, Quiz } from '../../data/schema'
import { describe, expect, it } from 'vitest'
import { levels, paper, quizzes } from '../../data'
import { levelTag, multipleFractions, questionBank, shorten, TAG_MAX_LENGTH, tagsOf } from '../../utils/question-bank'
import { fixtures, multiple, order, single, trueFalse } from '../quiz-fixtures'

const objectives: readonly Objective[] = paper.objectives

describe('questionBank', () => {
  it('holds every question of the deck once, in a category per learning objective', () => {
    for (const lang of ['en', 'id'] as const) {
      const bank = questionBank(quizzes, objectives, lang, levels)
      expect(bank.questions.map(question => question.id).sort()).toEqual(quizzes.map(quiz => quiz.id).sort())
      expect(bank.categories.map(category => category.id)).toEqual(objectives.map(objective => objective.id))
      expect(bank.categories[0]!.name).toBe(`LO1 ${objectives[0]!.short[lang]}`)
      for (const question of bank.questions)
        expect(question.category).toBe(quizzes.find(quiz => quiz.id === question.id)!.objective)
    }
  })

  it('lists the questions objective by objective', () => {
    const bank = questionBank(quizzes, objectives, 'en', levels)
    const positions = bank.questions.map(question => objectives.findIndex(objective => objective.id === question.category))
    expect(positions).toEqual([...positions].sort((a, b) => a - b))
  })

  it('maps each type to its Moodle question type', () => {
    const bank = questionBank(fixtures, objectives, 'en', levels)
    expect(Object.fromEntries(bank.questions.map(question => [question.id, question.kind]))).toEqual({
      'fixture-single': 'multichoice',
      'fixture-multiple': 'multichoice',
      'fixture-true-false': 'truefalse',
      'fixture-classify': 'matching',
      'fixture-order': 'ordering',
    })
  })

  it('speaks the edition\'s language', () => {
    const [question] = questionBank([single], objectives, 'id', levels).questions
    expect(question!.prompt).toBe(single.prompt.id)
    expect(question!.generalFeedback).toBe(single.explanation.id)
    expect(question!.kind === 'multichoice' && question!.answers.map(answer => answer.feedback)).toEqual(single.options.map(option => option.feedback.id))
  })

  it('gives a single choice full marks for the right option only', () => {
    const [question] = questionBank([single], objectives, 'en', levels).questions
    expect(question!.kind === 'multichoice' && question!.single).toBe(true)
    expect(question!.kind === 'multichoice' && question!.answers.map(answer => answer.fraction)).toEqual([0, 1, 0])
  })

  it('gives a true/false question its answer and both feedbacks', () => {
    const [question] = questionBank([trueFalse], objectives, 'en', levels).questions
    expect(question).toMatchObject({ kind: 'truefalse', answer: false, trueFeedback: trueFalse.feedback.true.en, falseFeedback: trueFalse.feedback.false.en })
  })

  it('keeps an order question\'s items in their right order, with positions for formats without ordering', () => {
    const [question] = questionBank([order], objectives, 'id', levels).questions
    expect(question!.kind === 'ordering' && question!.items.map(item => item.text)).toEqual(order.items.map(item => item.text.id))
    expect(question!.kind === 'ordering' && question!.positions).toEqual(['Urutan ke-1', 'Urutan ke-2', 'Urutan ke-3', 'Urutan ke-4'])
  })

  it('refuses a question whose objective does not exist', () => {
    const stray = { ...single, objective: 'lo9' } as Quiz
    expect(() => questionBank([stray], objectives, 'en', levels)).toThrow(/unknown objective "lo9"/)
  })
})

describe('multipleFractions', () => {
  it('shares the mark among the right options and takes as much for each wrong one', () => {
    expect(multipleFractions([true, true, false, false])).toEqual([0.5, 0.5, -0.5, -0.5])
    expect(multipleFractions([true, true, true, false])).toEqual([1 / 3, 1 / 3, 1 / 3, -1 / 3])
  })

  it('sums to full marks over the right options, and to nothing when every option is picked', () => {
    for (const quiz of quizzes.filter(quiz => quiz.type === 'multiple')) {
      const fractions = multipleFractions(quiz.options.map(option => option.correct))
      const right = fractions.filter(fraction => fraction > 0).reduce((a, b) => a + b, 0)
      expect(right).toBeCloseTo(1, 10)
      expect(Math.max(0, fractions.reduce((a, b) => a + b, 0))).toBeLessThanOrEqual(right)
    }
    expect(multipleFractions(multiple.options.map(option => option.correct)).reduce((a, b) => a + b, 0)).toBe(0)
  })
})

describe('tagsOf', () => {
  it('names the cognitive level in Bloom\'s terms, in the edition\'s language', () => {
    expect(levelTag('apply', 'en')).toBe('Bloom C3: apply')
    expect(levelTag('evaluate', 'id')).toBe('Bloom C5: mengevaluasi')
    expect(tagsOf(single, 'en')[0]).toBe('Bloom C3: apply')
  })

  it('adds each misconception once, within Moodle\'s 50 characters', () => {
    expect(tagsOf(single, 'en')).toEqual(['Bloom C3: apply', 'Security means only military threats.', 'Non-traditional means not security.'])
    for (const quiz of quizzes) {
      for (const tag of tagsOf(quiz, 'id'))
        expect(tag.length).toBeLessThanOrEqual(TAG_MAX_LENGTH)
    }
  })
})

describe('shorten', () => {
  it('leaves a short text alone and cuts a long one at a word, marking the cut', () => {
    expect(shorten('  Short  text ', 50)).toBe('Short text')
    const cut = shorten('An issue becomes security only when the military responds to it.', 50)
    expect(cut).toBe('An issue becomes security only when the military…')
    expect(cut.length).toBeLessThanOrEqual(50)
  })
})
