/**
 * What a question's answer looks like, whether it is right, what each option
 * or item says about it, and the score per learning objective. Pure functions
 * over the data's own types, shared by the questions, the summary, the
 * answer key and the saved-progress checks.
 */
import type { Lang, Level, Localized, Quiz, QuizOf, QuizOption } from '../data/schema'
import { labels } from './labels'
import { scrambled } from './shuffle'

export type ChoiceQuiz = QuizOf<'single'> | QuizOf<'multiple'> | QuizOf<'true-false'>

/** Single, multiple and true-false questions: the options chosen, by id. */
export interface ChoiceAnswer {
  readonly kind: 'choice'
  readonly selected: readonly string[]
}
/** Classify: the category chosen for each item, by item id. */
export interface ClassifyAnswer {
  readonly kind: 'classify'
  readonly placements: Readonly<Record<string, string>>
}
/** Order: every item id, in the order the student put them. */
export interface OrderAnswer {
  readonly kind: 'order'
  readonly order: readonly string[]
}
export type Answer = ChoiceAnswer | ClassifyAnswer | OrderAnswer

/** One option of a choice question, whatever its type; true-false has two, built to the schema's own option shape. */
export type ChoiceOption = QuizOption

/** The levels of analysis by name: a classify question's categories without a label of their own are levels. */
export type LevelNames = readonly Pick<Level, 'id' | 'name'>[]

/** A category of a classify question with its label resolved. */
export interface Category {
  readonly id: string
  readonly label: Localized
}

export type Verdict = 'right' | 'wrong'

export interface Grade {
  /** Everything right. */
  readonly correct: boolean
  /** From 0 to 1. */
  readonly score: number
  /** Right answers chosen (choice), items placed right (classify) or in place (order). */
  readonly right: number
  /** What `right` counts out of. */
  readonly total: number
  /** Wrong options chosen (choice) or items misplaced (classify, order). */
  readonly wrong: number
  /** Per chosen option (choice) or per item (classify, order). */
  readonly verdicts: Readonly<Record<string, Verdict>>
}

export function isChoice(quiz: Quiz): quiz is ChoiceQuiz {
  return quiz.type === 'single' || quiz.type === 'multiple' || quiz.type === 'true-false'
}

/** A, B, C… for the option at `index` (from 0). */
export function letter(index: number): string {
  return String.fromCharCode(65 + index)
}

/** The options of a choice question; a true-false question gets "True" and "False". */
export function choiceOptions(quiz: ChoiceQuiz): readonly ChoiceOption[] {
  if (quiz.type !== 'true-false')
    return quiz.options
  return ([true, false] as const).map(value => ({
    id: String(value),
    text: value ? labels.quizTrue : labels.quizFalse,
    correct: quiz.answer === value,
    feedback: quiz.feedback[String(value) as 'true' | 'false'],
    misconception: quiz.answer === value ? undefined : quiz.misconception,
  }))
}

/** A right option of a choice question, lettered as the question shows it. */
export interface RightChoice {
  readonly letter: string
  readonly text: string
}

/**
 * The right options, lettered as shown, in `lang`: the parts every written
 * answer is made of (the answer key, the presenter notes, the reveal).
 */
export function rightChoices(quiz: ChoiceQuiz, lang: Lang): RightChoice[] {
  return choiceOptions(quiz).flatMap((option, i) => option.correct ? [{ letter: letter(i), text: option.text[lang] }] : [])
}

/** The categories of a classify question; a category without a label is a level of analysis, named from `levels`. */
export function categoriesOf(quiz: QuizOf<'classify'>, levels: LevelNames): readonly Category[] {
  return quiz.categories.map((category) => {
    const label = category.label ?? levels.find(level => level.id === category.id)?.name
    if (!label)
      throw new Error(`Question ${quiz.id}: category "${category.id}" has no label and is not a level of analysis`)
    return { id: category.id, label }
  })
}

/** The order items as they are first shown: scrambled, the same way everywhere. */
export function shownOrder(quiz: QuizOf<'order'>): readonly string[] {
  return scrambled(quiz.items.map(item => item.id), quiz.id)
}

/** The answer a question starts from. */
export function emptyAnswer(quiz: Quiz): Answer {
  if (quiz.type === 'classify')
    return { kind: 'classify', placements: {} }
  if (quiz.type === 'order')
    return { kind: 'order', order: shownOrder(quiz) }
  return { kind: 'choice', selected: [] }
}

/** The right answer. */
export function solutionOf(quiz: Quiz): Answer {
  if (quiz.type === 'classify')
    return { kind: 'classify', placements: Object.fromEntries(quiz.items.map(item => [item.id, item.category])) }
  if (quiz.type === 'order')
    return { kind: 'order', order: quiz.items.map(item => item.id) }
  return { kind: 'choice', selected: choiceOptions(quiz).filter(option => option.correct).map(option => option.id) }
}

/** The kind of answer a question takes. */
export function answerKind(quiz: Quiz): Answer['kind'] {
  return quiz.type === 'classify' ? 'classify' : quiz.type === 'order' ? 'order' : 'choice'
}

/** How much of the answer is given: options chosen, items placed. */
export function completion(quiz: Quiz, answer: Answer): { done: number, total: number } {
  if (quiz.type === 'classify' && answer.kind === 'classify') {
    const ids = new Set(quiz.items.map(item => item.id))
    return { done: Object.keys(answer.placements).filter(id => ids.has(id)).length, total: quiz.items.length }
  }
  if (quiz.type === 'order')
    return { done: quiz.items.length, total: quiz.items.length }
  return { done: answer.kind === 'choice' ? Math.min(answer.selected.length, 1) : 0, total: 1 }
}

/** Whether the answer can be checked: something chosen, every item placed. */
export function isComplete(quiz: Quiz, answer: Answer): boolean {
  if (answer.kind !== answerKind(quiz))
    return false
  const { done, total } = completion(quiz, answer)
  return done === total
}

function mismatch(quiz: Quiz, answer: Answer): never {
  throw new TypeError(`A ${answer.kind} answer does not fit the ${quiz.type} question "${quiz.id}"`)
}

/**
 * Grades an answer. Multiple select scores the right options found minus the
 * wrong ones chosen, so choosing every option scores nothing; classify and
 * order score the share of items placed right.
 */
export function grade(quiz: Quiz, answer: Answer): Grade {
  if (isChoice(quiz)) {
    if (answer.kind !== 'choice')
      return mismatch(quiz, answer)
    const options = choiceOptions(quiz)
    const chosen = new Set(answer.selected)
    const verdicts: Record<string, Verdict> = {}
    let right = 0
    let wrong = 0
    for (const option of options) {
      if (!chosen.has(option.id))
        continue
      verdicts[option.id] = option.correct ? 'right' : 'wrong'
      option.correct ? right++ : wrong++
    }
    const total = options.filter(option => option.correct).length
    const correct = right === total && wrong === 0
    return { correct, score: correct ? 1 : Math.max(0, right - wrong) / total, right, total, wrong, verdicts }
  }
  if (quiz.type === 'classify') {
    if (answer.kind !== 'classify')
      return mismatch(quiz, answer)
    const verdicts: Record<string, Verdict> = {}
    for (const item of quiz.items) {
      const placed = answer.placements[item.id]
      if (placed !== undefined)
        verdicts[item.id] = placed === item.category ? 'right' : 'wrong'
    }
    const right = Object.values(verdicts).filter(verdict => verdict === 'right').length
    const total = quiz.items.length
    return { correct: right === total, score: right / total, right, total, wrong: total - right, verdicts }
  }
  if (answer.kind !== 'order')
    return mismatch(quiz, answer)
  const verdicts: Record<string, Verdict> = {}
  quiz.items.forEach((item, i) => {
    verdicts[item.id] = answer.order[i] === item.id ? 'right' : 'wrong'
  })
  const right = Object.values(verdicts).filter(verdict => verdict === 'right').length
  const total = quiz.items.length
  return { correct: right === total, score: right / total, right, total, wrong: total - right, verdicts }
}

/** Puts values into a label such as "{right} of {total} placed correctly." */
export function fillTemplate(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => name in values ? String(values[name]) : whole)
}

/** The words that sum up a grade, e.g. "Not yet: 2 of 4 placed correctly." */
export function gradeSummary(quiz: Quiz, result: Grade, lang: Lang): string {
  const head = result.correct ? labels.quizCorrect[lang] : labels.quizNotYet[lang]
  if (quiz.type === 'single' || quiz.type === 'true-false')
    return `${head}.`
  const template = quiz.type === 'multiple'
    ? labels.quizScoreChoice
    : quiz.type === 'classify' ? labels.quizScoreClassify : labels.quizScoreOrder
  return `${head}: ${fillTemplate(template[lang], { right: result.right, total: result.total, wrong: result.wrong })}`
}

/**
 * The answer in a few words, for the answer key: "B", "A, C", "False",
 * "C → A → B", or "A: System; B: Individual".
 */
export function answerKeyText(quiz: Quiz, lang: Lang, levels: LevelNames): string {
  if (isChoice(quiz)) {
    const right = rightChoices(quiz, lang)
    return quiz.type === 'true-false' ? right[0]!.text : right.map(choice => choice.letter).join(', ')
  }
  if (quiz.type === 'order') {
    const shown = shownOrder(quiz)
    return quiz.items.map(item => letter(shown.indexOf(item.id))).join(' → ')
  }
  const categories = new Map(categoriesOf(quiz, levels).map(category => [category.id, category.label[lang]]))
  return quiz.items.map((item, i) => `${letter(i)}: ${categories.get(item.category)}`).join('; ')
}

/** A learner's standing on one objective. */
export interface ObjectiveScore {
  readonly objective: string
  /** Questions that test it. */
  readonly total: number
  /** Questions checked at least once. */
  readonly answered: number
  /** Questions fully right. */
  readonly solved: number
  /** Sum of the questions' scores over all its questions, 0–100, unanswered counting 0. */
  readonly percent: number
  /** Slides to reread: those of its questions answered but not yet fully right, in order, once each. */
  readonly reread: readonly string[]
}

/** What the summary needs of a question's saved progress. */
export interface ScoreSource {
  /** Checked at least once. */
  readonly answered: boolean
  /** Best score (0–1) that counts, or null. */
  readonly score: number | null
}

/** The score for each objective, in the order of `objectives`. */
export function scoresByObjective(
  quizzes: readonly Quiz[],
  objectives: readonly string[],
  progressOf: (quizId: string) => ScoreSource | undefined,
): ObjectiveScore[] {
  return objectives.map((objective) => {
    const mine = quizzes.filter(quiz => quiz.objective === objective)
    let answered = 0
    let solved = 0
    let sum = 0
    const reread: string[] = []
    for (const quiz of mine) {
      const progress = progressOf(quiz.id)
      const score = progress?.score ?? 0
      if (progress?.answered)
        answered++
      if (score >= 1)
        solved++
      else if (progress?.answered)
        reread.push(...quiz.reread.filter(alias => !reread.includes(alias)))
      sum += score
    }
    const percent = mine.length ? Math.round((sum / mine.length) * 100) : 0
    return { objective, total: mine.length, answered, solved, percent, reread }
  })
}
