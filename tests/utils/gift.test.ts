import type { GIFTQuestion, Matching, MultipleChoice, TrueFalse } from 'gift-pegjs'
import type { Quiz } from '../../data/schema'
import { parse } from 'gift-pegjs'
import { describe, expect, it } from 'vitest'
import { levels, paper, quizzes } from '../../data'
import { escapeGift, gift } from '../../utils/gift'
import { questionBank, tagsOf } from '../../utils/question-bank'
import { categoriesOf, choiceOptions, isChoice } from '../../utils/scoring'
import { fixtures, order as orderFixture, single } from '../quiz-fixtures'

/** The text of a parsed HTML field, as the deck wrote it. */
const strip = (html: string | undefined): string => String(html ?? '').replace(/<[^>]+>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&')

const questionsOf = (parsed: GIFTQuestion[]) => parsed.filter(question => question.type !== 'Category' && question.type !== 'Description') as (MultipleChoice | TrueFalse | Matching)[]

describe('gift', () => {
  for (const lang of ['en', 'id'] as const) {
    it(`parses with an independent GIFT parser and gives back every ${lang} question, answer and feedback`, () => {
      const parsed = parse(gift(questionBank(quizzes, paper.objectives, lang, levels)))
      const categories = parsed.filter(question => question.type === 'Category')
      expect(categories).toHaveLength(paper.objectives.length)
      const questions = questionsOf(parsed)
      expect(questions.map(question => question.id).sort()).toEqual(quizzes.map(quiz => quiz.id).sort())
      for (const question of questions) {
        const quiz = quizzes.find(q => q.id === question.id)!
        expect(question.stem.format).toBe('html')
        expect(strip(question.stem.text)).toContain(quiz.prompt[lang])
        expect(strip(question.globalFeedback?.text)).toContain(quiz.explanation[lang])
        expect(question.tags).toEqual(tagsOf(quiz, lang))
        check(quiz, question, lang)
      }
    })
  }

  it('escapes GIFT\'s special characters so the text comes back unchanged', () => {
    const text = 'Ratio 1:2 = {half} ~ not #1, a \\ b'
    const tricky: Quiz = { ...single, prompt: { en: text, id: 'x' }, options: single.options.map(option => ({ ...option, feedback: { en: `${option.feedback.en} ${text}`, id: 'x' } })) }
    const [question] = questionsOf(parse(gift(questionBank([tricky], paper.objectives, 'en', levels)))) as MultipleChoice[]
    expect(strip(question!.stem.text)).toBe(text)
    expect(strip(question!.choices[0]!.feedback?.text)).toBe(`${single.options[0]!.feedback.en} ${text}`)
    expect(escapeGift('a:b\nc')).toBe('a\\:b\\nc')
  })

  it('turns an order question into matching each item to its position', () => {
    const order = questionsOf(parse(gift(questionBank(fixtures, paper.objectives, 'en', levels)))).find(question => question.id === orderFixture.id)
    expect(order!.type).toBe('Matching')
    expect((order as Matching).matchPairs.map(pair => [strip(pair.subquestion.text), pair.subanswer])).toEqual(
      orderFixture.items.map((item, i) => [item.text.en, `Position ${i + 1}`]),
    )
    expect(strip(order!.stem.text)).toContain('Give each item its position, 1 for the first.')
  })
})

function check(quiz: Quiz, question: MultipleChoice | TrueFalse | Matching, lang: 'en' | 'id'): void {
  if (quiz.type === 'true-false') {
    expect(question.type).toBe('TF')
    const tf = question as TrueFalse
    expect(tf.isTrue).toBe(quiz.answer)
    // Moodle reads the first feedback as the wrong answer's, the second as the right one's.
    const [wrong, right] = quiz.answer ? [quiz.feedback.false, quiz.feedback.true] : [quiz.feedback.true, quiz.feedback.false]
    expect(strip(tf.trueFeedback?.text)).toBe(wrong[lang])
    expect(strip(tf.falseFeedback?.text)).toBe(right[lang])
    return
  }
  if (isChoice(quiz)) {
    expect(question.type).toBe('MC')
    const mc = question as MultipleChoice
    const options = choiceOptions(quiz)
    expect(mc.choices.map(choice => strip(choice.text.text))).toEqual(options.map(option => option.text[lang]))
    expect(mc.choices.map(choice => strip(choice.feedback?.text))).toEqual(options.map(option => option.feedback[lang]))
    if (quiz.type === 'single') {
      expect(mc.choices.map(choice => choice.isCorrect)).toEqual(options.map(option => option.correct))
    }
    else {
      const weights = mc.choices.map(choice => choice.weight ?? 0)
      expect(weights.filter(weight => weight > 0).reduce((a, b) => a + b, 0)).toBeCloseTo(100, 3)
      expect(weights.map(weight => weight > 0)).toEqual(options.map(option => option.correct))
    }
    return
  }
  expect(question.type).toBe('Matching')
  const pairs = (question as Matching).matchPairs.map(pair => [strip(pair.subquestion.text), pair.subanswer])
  if (quiz.type === 'classify') {
    const labels = new Map(categoriesOf(quiz, levels).map(category => [category.id, category.label[lang]]))
    expect(pairs).toEqual(quiz.items.map(item => [item.text[lang], labels.get(item.category)]))
    for (const item of quiz.items)
      expect(strip(question.globalFeedback?.text)).toContain(item.feedback[lang])
  }
  else {
    expect(pairs.map(pair => pair[0])).toEqual(quiz.items.map(item => item.text[lang]))
    for (const item of quiz.items)
      expect(strip(question.globalFeedback?.text)).toContain(item.feedback[lang])
  }
}
