// @vitest-environment node
/**
 * The question bank as a whole, in both languages: the right option gives
 * itself away neither by being the longest nor by a true/false bias, the
 * options of a question are parallel in length, and enough questions work
 * above recall (PEDAGOGY.md, "Writing a question"), and no feedback says
 * again the verdict the question prints beside it.
 */
import type { Lang, Quiz, QuizOf } from '../../data/schema'
import { describe, expect, it } from 'vitest'
import { quizzes } from '../../data'
import { multiple, single } from '../quiz-fixtures'

type ChoiceItem = QuizOf<'single'> | QuizOf<'multiple'>

/** Words a question may put on the projector: its stem and its options or items (PEDAGOGY.md). */
const maxShownWords = 90
/** Options of one question stay within this ratio of each other's length. */
const minRatio = 0.65
const levelsAboveRecall = new Set(['apply', 'analyse', 'evaluate'])

const isChoiceItem = (quiz: Quiz): quiz is ChoiceItem => quiz.type === 'single' || quiz.type === 'multiple'
const lengths = (quiz: ChoiceItem, lang: Lang): number[] => quiz.options.map(option => option.text[lang].length)

/** Whether a right option is (one of) the longest, so that length alone would find it. */
function longestIsRight(quiz: ChoiceItem, lang: Lang): boolean {
  const longest = Math.max(...lengths(quiz, lang))
  return quiz.options.some(option => option.correct && option.text[lang].length === longest)
}

/** Shortest option over longest option, in characters: 1 when all are as long. */
/** The words of a question's stem, options, items and own category labels. */
function shownWords(quiz: Quiz, lang: Lang): number {
  const texts = [
    quiz.prompt[lang],
    ...('options' in quiz ? quiz.options.map(option => option.text[lang]) : []),
    ...('items' in quiz ? quiz.items.map(item => item.text[lang]) : []),
    ...(quiz.type === 'classify' ? quiz.categories.flatMap(category => category.label ? [category.label[lang]] : []) : []),
  ]
  return texts.join(' ').split(/\s+/).filter(Boolean).length
}

function lengthRatio(quiz: ChoiceItem, lang: Lang): number {
  const all = lengths(quiz, lang)
  return Math.min(...all) / Math.max(...all)
}

/**
 * A verdict at the head of a choice's feedback: the question already prints
 * one beside it ("✓ Right." / "✓ Tepat."), so "Right: …" would say it twice.
 */
const verdictLead: Record<Lang, RegExp> = {
  en: /^(?:right|wrong|correct|incorrect|not so|not quite|yes|no)\s*[:,.!]/i,
  id: /^(?:tepat|benar|keliru|salah|kurang tepat|ya|tidak)\s*[:,.!]/i,
}

/** Where a choice's feedback opens with a verdict: "question-id option" for each. */
function restatedVerdicts(bank: readonly Quiz[], lang: Lang): string[] {
  return bank.flatMap((quiz) => {
    const feedback = quiz.type === 'true-false'
      ? Object.entries(quiz.feedback).map(([key, text]) => [key, text] as const)
      : 'options' in quiz ? quiz.options.map(option => [option.id, option.feedback] as const) : []
    return feedback.filter(([, text]) => verdictLead[lang].test(text[lang])).map(([key]) => `${quiz.id} ${key}`)
  })
}

/** The figures the bank is held to, for one language. */
function bankBalance(bank: readonly Quiz[], lang: Lang) {
  const choice = bank.filter(isChoiceItem)
  const trueFalse = bank.filter((quiz): quiz is QuizOf<'true-false'> => quiz.type === 'true-false')
  return {
    choiceItems: choice.length,
    longestRight: choice.filter(quiz => longestIsRight(quiz, lang)).map(quiz => quiz.id),
    trueFalse: trueFalse.length,
    answeredTrue: trueFalse.filter(quiz => quiz.answer).length,
    uneven: choice.filter(quiz => lengthRatio(quiz, lang) < minRatio).map(quiz => `${quiz.id} (${lengthRatio(quiz, lang).toFixed(2)})`),
  }
}

describe.each(['en', 'id'] as const)('the question bank in %s', (lang) => {
  const balance = bankBalance(quizzes, lang)

  it('makes the right option the longest in at most a third of the choice questions', () => {
    expect(balance.choiceItems).toBeGreaterThanOrEqual(15)
    expect(balance.longestRight.length, balance.longestRight.join(', ')).toBeLessThanOrEqual(Math.floor(balance.choiceItems / 3))
  })

  it('answers its true/false questions "true" about as often as "false"', () => {
    expect(balance.trueFalse).toBeGreaterThanOrEqual(2)
    expect(Math.abs(2 * balance.answeredTrue - balance.trueFalse)).toBeLessThanOrEqual(1)
  })

  it('keeps the options of each question parallel in length', () => {
    expect(balance.uneven).toEqual([])
  })

  it('never opens a choice\'s feedback with the verdict the question prints beside it', () => {
    expect(restatedVerdicts(quizzes, lang)).toEqual([])
  })

  it('puts at most 90 words of stem and options on the projector for any question', () => {
    const long = quizzes.filter(quiz => shownWords(quiz, lang) > maxShownWords).map(quiz => `${quiz.id} (${shownWords(quiz, lang)})`)
    expect(long).toEqual([])
  })
})

describe('the question bank', () => {
  it('asks at least two in five questions above recall', () => {
    const above = quizzes.filter(quiz => levelsAboveRecall.has(quiz.level)).length
    expect(above / quizzes.length).toBeGreaterThanOrEqual(0.4)
  })

  it('draws on no misconception in more than three questions, so the bank tests more than a few ideas', () => {
    const uses = new Map<string, Set<string>>()
    for (const quiz of quizzes) {
      const own = [
        ...('options' in quiz ? quiz.options.flatMap(option => option.misconception ? [option.misconception.en] : []) : []),
        ...('items' in quiz ? quiz.items.flatMap(item => 'misconception' in item ? [item.misconception.en] : []) : []),
        ...(quiz.type === 'true-false' ? [quiz.misconception.en] : []),
      ]
      for (const text of own)
        uses.set(text, (uses.get(text) ?? new Set()).add(quiz.id))
    }
    const overused = [...uses].filter(([, ids]) => ids.size > 3).map(([text, ids]) => `${text} (${[...ids].join(', ')})`)
    expect(overused).toEqual([])
  })

  it('gives every misconception to one wrong option only within a question', () => {
    const repeated = quizzes.filter(isChoiceItem).filter((quiz) => {
      const texts = quiz.options.flatMap(option => option.misconception ? [option.misconception.en] : [])
      return new Set(texts).size !== texts.length
    }).map(quiz => quiz.id)
    expect(repeated).toEqual([])
  })
})

describe('the bank checks', () => {
  const l = (en: string) => ({ en, id: en })
  const withTexts = <T extends ChoiceItem>(quiz: T, texts: string[]): T => ({ ...quiz, options: quiz.options.map((option, i) => ({ ...option, text: l(texts[i]!) })) })

  it('find a right option that is the longest, and one that is not', () => {
    expect(longestIsRight(withTexts(single, ['short', 'the longest of all', 'medium']), 'en')).toBe(true)
    expect(longestIsRight(withTexts(single, ['the longest of all', 'short', 'medium']), 'en')).toBe(false)
    expect(longestIsRight(withTexts(multiple, ['aaaa', 'bb', 'cccc', 'd']), 'en')).toBe(true)
  })

  it('find feedback that opens with a verdict, and pass feedback that names something else', () => {
    // The fixture's right option says "Right: stability is at stake."
    expect(restatedVerdicts([single], 'en')).toEqual([`${single.id} b`])
    const named = { ...single, options: single.options.map(option => ({ ...option, feedback: l('Context: the paper dates it to 2020.') })) }
    expect(restatedVerdicts([named], 'en')).toEqual([])
  })

  it('count the words a question shows', () => {
    expect(shownWords(single, 'en')).toBe(4 + 3 + 3 + 4)
  })

  it('measure how uneven the options are', () => {
    expect(lengthRatio(withTexts(single, ['abcd', 'ab', 'abcd']), 'en')).toBe(0.5)
  })

  it('count a bank that always answers "false" as unbalanced', () => {
    const tf = quizzes.find((quiz): quiz is QuizOf<'true-false'> => quiz.type === 'true-false')!
    const bank = [false, false, false, true].map((answer, i) => ({ ...tf, id: `tf-${i}`, answer }))
    const balance = bankBalance(bank, 'en')
    expect(balance.answeredTrue).toBe(1)
    expect(Math.abs(2 * balance.answeredTrue - balance.trueFalse)).toBeGreaterThan(1)
  })
})
