/**
 * The deck's questions as an LMS question bank sees them, for one edition:
 * one category per learning objective, and each question in the shape its
 * Moodle question type takes (multichoice, truefalse, matching, ordering),
 * with the feedback, the explanation and the tags. The Moodle XML and GIFT
 * writers (`moodle-xml.ts`, `gift.ts`) only spell this out, so both files
 * always hold the same bank.
 */
import type { CognitiveLevel, Lang, Objective, Quiz } from '../data/schema'
import type { LevelNames } from './scoring'
import { categoriesOf, choiceOptions, isChoice } from './scoring'

/** The top category under which the objectives' categories sit. */
export const BANK_NAME: Record<Lang, string> = {
  en: 'JWG on Health (Indonesia–South Korea)',
  id: 'JWG on Health (Indonesia–Korea Selatan)',
}

/**
 * Bloom's revised taxonomy with the C1–C5 codes Indonesian curricula use
 * (C6, create, has no question here).
 */
const BLOOM: Record<CognitiveLevel, { code: string, en: string, id: string }> = {
  remember: { code: 'C1', en: 'remember', id: 'mengingat' },
  understand: { code: 'C2', en: 'understand', id: 'memahami' },
  apply: { code: 'C3', en: 'apply', id: 'menerapkan' },
  analyse: { code: 'C4', en: 'analyse', id: 'menganalisis' },
  evaluate: { code: 'C5', en: 'evaluate', id: 'mengevaluasi' },
}

/** Moodle keeps at most 50 characters of a tag. */
export const TAG_MAX_LENGTH = 50

const words = {
  position: { en: 'Position', id: 'Urutan ke-' },
  whyItems: { en: 'Why each item goes where it does:', id: 'Alasan penempatan setiap butir:' },
  whyOrder: { en: 'The order, item by item:', id: 'Urutannya, butir demi butir:' },
} as const

export interface ItemFeedback {
  /** "Why each item goes where it does:" */
  readonly heading: string
  /** Numbered (order, in the right order) or not (classify). */
  readonly numbered: boolean
  readonly items: readonly { readonly text: string, readonly feedback: string }[]
}

export interface BankCategory {
  /** The objective's id, also the category's Moodle ID number. */
  readonly id: string
  /** `LO1 Health as security`. */
  readonly name: string
  /** The objective in full, as the category's description. */
  readonly info: string
}

export interface BankAnswer {
  readonly text: string
  /** Share of the mark, from -1 to 1. */
  readonly fraction: number
  readonly feedback: string
}

interface BankBase {
  /** The deck's question id, also the question's Moodle ID number. */
  readonly id: string
  /** The question's name in the bank. */
  readonly name: string
  /** Id of its category (the learning objective). */
  readonly category: string
  readonly prompt: string
  /** The explanation, shown after the answer whatever it was. */
  readonly generalFeedback: string
  /**
   * What the general feedback lists after the explanation: each classify or
   * order item with its feedback (Moodle's matching has no feedback per item).
   */
  readonly itemFeedback?: ItemFeedback
  readonly tags: readonly string[]
}

export interface BankChoice extends BankBase {
  readonly kind: 'multichoice'
  /** One answer (radio buttons) or several (checkboxes). */
  readonly single: boolean
  readonly answers: readonly BankAnswer[]
}

export interface BankTrueFalse extends BankBase {
  readonly kind: 'truefalse'
  readonly answer: boolean
  readonly trueFeedback: string
  readonly falseFeedback: string
}

export interface BankMatching extends BankBase {
  readonly kind: 'matching'
  /** Each item with the category it belongs to. */
  readonly pairs: readonly { readonly question: string, readonly answer: string }[]
}

export interface BankOrdering extends BankBase {
  readonly kind: 'ordering'
  /** The items in their correct order, each with its feedback. */
  readonly items: readonly { readonly text: string, readonly feedback: string }[]
  /** "Position 1", "Position 2"…: the answers when a format has no ordering type. */
  readonly positions: readonly string[]
}

export type BankQuestion = BankChoice | BankTrueFalse | BankMatching | BankOrdering

export interface QuestionBank {
  readonly lang: Lang
  /** The top category's name. */
  readonly name: string
  readonly categories: readonly BankCategory[]
  readonly questions: readonly BankQuestion[]
}

/** `LO1`, `LO2`… for the objective at `index` (from 0). */
export function objectiveCode(index: number): string {
  return `LO${index + 1}`
}

const TRAILING_PUNCTUATION = /[\s,;:.]+$/

/** Shortens a text to `max` characters at a word boundary, marking the cut with "…". */
export function shorten(text: string, max: number): string {
  const clean = text.replace(/\s+/g, ' ').trim()
  if (clean.length <= max)
    return clean
  const cut = clean.slice(0, max - 1)
  const space = cut.lastIndexOf(' ')
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(TRAILING_PUNCTUATION, '')}…`
}

/** The tag that names a cognitive level, e.g. `Bloom C3: apply`. */
export function levelTag(level: CognitiveLevel, lang: Lang): string {
  const bloom = BLOOM[level]
  return `Bloom ${bloom.code}: ${bloom[lang]}`
}

/** Every misconception a question's wrong answers reveal, once each. */
function misconceptionsOf(quiz: Quiz, lang: Lang): string[] {
  const texts = isChoice(quiz)
    ? choiceOptions(quiz).flatMap(option => option.misconception ? [option.misconception[lang]] : [])
    : quiz.type === 'classify' ? quiz.items.map(item => item.misconception[lang]) : []
  return [...new Set(texts)]
}

/**
 * The question's tags: its cognitive level, then each misconception (cut to
 * Moodle's 50 characters; the same misconception gives the same tag on every
 * question, so the bank can be filtered by it).
 */
export function tagsOf(quiz: Quiz, lang: Lang): string[] {
  const tags = [levelTag(quiz.level, lang), ...misconceptionsOf(quiz, lang).map(text => shorten(text, TAG_MAX_LENGTH))]
  return [...new Set(tags)]
}

/**
 * The share of the mark each option of a multiple-select question carries:
 * each right option an equal share of 1, each wrong one minus that share, so
 * that picking every option scores nothing, as the deck scores it.
 */
export function multipleFractions(correct: readonly boolean[]): number[] {
  const right = correct.filter(Boolean).length
  return correct.map(isRight => (isRight ? 1 : -1) / right)
}

function questionOf(quiz: Quiz, lang: Lang, number: number, levels: LevelNames): BankQuestion {
  const base = {
    id: quiz.id,
    name: `${String(number).padStart(2, '0')} ${shorten(quiz.prompt[lang], 80)}`,
    category: quiz.objective,
    prompt: quiz.prompt[lang],
    generalFeedback: quiz.explanation[lang],
    tags: tagsOf(quiz, lang),
  }
  if (quiz.type === 'true-false') {
    return {
      ...base,
      kind: 'truefalse',
      answer: quiz.answer,
      trueFeedback: quiz.feedback.true[lang],
      falseFeedback: quiz.feedback.false[lang],
    }
  }
  if (isChoice(quiz)) {
    const options = choiceOptions(quiz)
    const fractions = quiz.type === 'multiple' ? multipleFractions(options.map(option => option.correct)) : options.map(option => option.correct ? 1 : 0)
    return {
      ...base,
      kind: 'multichoice',
      single: quiz.type === 'single',
      answers: options.map((option, i) => ({ text: option.text[lang], fraction: fractions[i]!, feedback: option.feedback[lang] })),
    }
  }
  if (quiz.type === 'classify') {
    const labels = new Map(categoriesOf(quiz, levels).map(category => [category.id, category.label[lang]]))
    return {
      ...base,
      kind: 'matching',
      itemFeedback: {
        heading: words.whyItems[lang],
        numbered: false,
        items: quiz.items.map(item => ({ text: item.text[lang], feedback: item.feedback[lang] })),
      },
      pairs: quiz.items.map(item => ({ question: item.text[lang], answer: labels.get(item.category)! })),
    }
  }
  return {
    ...base,
    kind: 'ordering',
    itemFeedback: {
      heading: words.whyOrder[lang],
      numbered: true,
      items: quiz.items.map(item => ({ text: item.text[lang], feedback: item.feedback[lang] })),
    },
    items: quiz.items.map(item => ({ text: item.text[lang], feedback: item.feedback[lang] })),
    positions: quiz.items.map((_, i) => lang === 'id' ? `${words.position.id}${i + 1}` : `${words.position.en} ${i + 1}`),
  }
}

/** The bank of one edition: the objectives as categories, the questions in the deck's order. */
export function questionBank(quizzes: readonly Quiz[], objectives: readonly Objective[], lang: Lang, levels: LevelNames): QuestionBank {
  const codes = new Map(objectives.map((objective, i) => [objective.id, objectiveCode(i)]))
  const categories = objectives.map(objective => ({
    id: objective.id,
    name: `${codes.get(objective.id)} ${objective.short[lang]}`,
    info: objective.text[lang],
  }))
  const questions = quizzes.map((quiz, i) => {
    if (!codes.has(quiz.objective))
      throw new Error(`Question "${quiz.id}" tests the unknown objective "${quiz.objective}"`)
    return questionOf(quiz, lang, i + 1, levels)
  })
  // Objectives' order, then the deck's order within each: the bank reads like the module.
  const order = new Map(objectives.map((objective, i) => [objective.id, i]))
  const sorted = [...questions].sort((a, b) => order.get(a.category)! - order.get(b.category)!)
  return { lang, name: BANK_NAME[lang], categories, questions: sorted }
}
