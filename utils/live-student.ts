/**
 * The phones' side of a live class in the deck's own terms: a question as a
 * phone receives it (`LiveQuestion`, nothing of the answer) turned into the
 * shape the deck's question components take, and a student's answer turned
 * into a vote and back. Pure: the phone page and the tests use it.
 */
import type { Localized, QuizOf } from '../data/schema'
import type { LiveQuestion, Vote } from './live-protocol'
import type { Answer, Category, ChoiceQuiz } from './scoring'
import { placementKey } from './live-protocol'

/** What the phone shows one question with: the component's question, and for classify and order what the component needs besides. */
export type StudentQuestion
  = | { kind: 'choice', quiz: ChoiceQuiz }
    | { kind: 'classify', quiz: QuizOf<'classify'>, categories: readonly Category[] }
    | { kind: 'order', quiz: QuizOf<'order'>, start: readonly string[] }

/** A phone receives one language; the components pick a language from a pair. */
function same(text: string): Localized {
  return { en: text, id: text }
}

/**
 * What a phone never receives: the feedback, the explanation, the sources.
 * The components show feedback only with a grade or a full solution; the
 * phone passes neither, only the compact answer once it is revealed.
 */
const unknown = same('')

/**
 * The question in the components' shape. `correct` (sent only once the
 * lecturer reveals) marks the right options, gives each statement its
 * category, and lists the order's items in the right order; before then
 * every option is unmarked, every statement without a category, and the
 * items stay in the order the phone was sent.
 */
export function studentQuestion(question: LiveQuestion, correct?: readonly string[]): StudentQuestion {
  const base = { id: question.id, objective: '', level: 'understand' as const, prompt: same(question.prompt), explanation: unknown, followUp: unknown, reread: [], sources: [] }
  const revealed = new Set(correct ?? [])
  if (question.type === 'classify') {
    const categories = (question.categories ?? []).map(category => ({ id: category.id, label: same(category.text) }))
    const placed = new Map([...revealed].map(key => key.split('=') as [string, string]))
    const items = question.options.map(option => ({ id: option.id, text: same(option.text), category: placed.get(option.id) ?? '', feedback: unknown, misconception: unknown }))
    return { kind: 'classify', quiz: { ...base, type: 'classify', categories, items }, categories }
  }
  if (question.type === 'order') {
    const byId = new Map(question.options.map(option => [option.id, option]))
    const start = question.options.map(option => option.id)
    const ids = correct?.length === start.length ? correct : start
    const items = ids.map(id => ({ id, text: same(byId.get(id)?.text ?? id), feedback: unknown }))
    return { kind: 'order', quiz: { ...base, type: 'order', items }, start }
  }
  if (question.type === 'true-false')
    return { kind: 'choice', quiz: { ...base, type: 'true-false', answer: revealed.has('true'), feedback: { true: unknown, false: unknown }, misconception: unknown } }
  const options = question.options.map(option => ({ id: option.id, text: same(option.text), correct: revealed.has(option.id), feedback: unknown }))
  return { kind: 'choice', quiz: { ...base, type: question.type, options } }
}

/** A student's answer as the vote the class server takes (see `acceptedVote`). */
export function voteOf(answer: Answer): Vote {
  if (answer.kind === 'choice')
    return [...answer.selected]
  if (answer.kind === 'classify')
    return Object.entries(answer.placements).map(([statement, category]) => placementKey(statement, category))
  return [...answer.order]
}

/** A vote the server counted (the view's `vote`) as the components' answer; none gives the question's empty answer. */
export function answerOf(question: LiveQuestion, vote: Readonly<Vote> | null | undefined): Answer {
  if (question.type === 'classify')
    return { kind: 'classify', placements: Object.fromEntries((vote ?? []).map(part => part.split('=') as [string, string])) }
  if (question.type === 'order')
    return { kind: 'order', order: vote?.length ? [...vote] : question.options.map(option => option.id) }
  return { kind: 'choice', selected: [...(vote ?? [])] }
}

/** Whether an answer can be sent: a choice at any time (none withdraws it), a classify answer once every statement is placed. */
export function isComplete(question: LiveQuestion, answer: Answer): boolean {
  if (answer.kind === 'classify')
    return question.options.every(option => answer.placements[option.id] !== undefined)
  return true
}
