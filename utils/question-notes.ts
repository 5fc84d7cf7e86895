/**
 * What the presenter notes of a question slide must say, built from the
 * question's data, so the notes cannot drift from `data/quizzes.json`: the
 * answer with the letters shown on screen, the explanation, the misconception
 * behind each wrong option, the slides to reread by their headings, and the
 * follow-up question for the room.
 */
import type { Lang, Quiz } from '../data/schema'
import type { LevelNames } from './scoring'
import { answerKeyText, choiceOptions, isChoice, letter, rightChoices } from './scoring'

/** The label that opens each data-derived paragraph of the notes. */
export const noteLabels = {
  answer: { en: 'Answer:', id: 'Jawaban:' },
  why: { en: 'Why:', id: 'Alasan:' },
  wrongOptions: { en: 'Misconceptions behind the wrong options:', id: 'Miskonsepsi di balik pilihan yang salah:' },
  wrongPlacements: { en: 'Misconceptions behind a wrong placement:', id: 'Miskonsepsi di balik penempatan yang salah:' },
  wrongAnswer: { en: 'Misconception behind answering', id: 'Miskonsepsi di balik jawaban' },
  reread: { en: 'Reread:', id: 'Baca ulang:' },
  ask: { en: 'Ask:', id: 'Pertanyaan untuk kelas:' },
} as const satisfies Record<string, Record<Lang, string>>

const and = { en: 'and', id: 'dan' } as const

/** "A", "A and B", "A, B and C", in either language. */
function joinAnd(parts: readonly string[], lang: Lang): string {
  return parts.length < 2 ? parts.join('') : `${parts.slice(0, -1).join(', ')} ${and[lang]} ${parts.at(-1)}`
}

const ownQuotes = /^"|"$/g
const finalStop = /\.$/

/** An option's words as the notes quote them: without its own quotation marks or final full stop. */
function quoted(text: string): string {
  return `"${text.replace(ownQuotes, '').replace(finalStop, '')}"`
}

/** `Answer: B ("…").`, `Jawaban: Salah.`, `Answer: C → A → B.` */
export function answerLine(quiz: Quiz, lang: Lang, levels: LevelNames): string {
  const label = noteLabels.answer[lang]
  if (isChoice(quiz) && quiz.type !== 'true-false') {
    return `${label} ${joinAnd(rightChoices(quiz, lang).map(choice => `${choice.letter} (${quoted(choice.text)})`), lang)}.`
  }
  return `${label} ${answerKeyText(quiz, lang, levels)}.`
}

/** The misconceptions the wrong answers reveal, one line each, or nothing for an order question. */
export function misconceptionLines(quiz: Quiz, lang: Lang): string[] {
  if (quiz.type === 'true-false') {
    const wrong = choiceOptions(quiz).find(option => !option.correct)!
    return [`${noteLabels.wrongAnswer[lang]} "${wrong.text[lang]}": ${quiz.misconception[lang]}`]
  }
  if (quiz.type === 'single' || quiz.type === 'multiple') {
    const lines = quiz.options.flatMap((option, i) => option.misconception ? [`- ${letter(i)}: ${option.misconception[lang]}`] : [])
    return lines.length ? [noteLabels.wrongOptions[lang], ...lines] : []
  }
  if (quiz.type === 'classify')
    return [noteLabels.wrongPlacements[lang], ...quiz.items.map((item, i) => `- ${letter(i)}: ${item.misconception[lang]}`)]
  return []
}

/**
 * The paragraphs, in order, that a question slide's notes must hold for
 * `quiz`; `heading` names the slide that has a route alias, in this edition,
 * and `levels` the levels of analysis a classify question may place in.
 */
export function questionNoteParagraphs(quiz: Quiz, lang: Lang, heading: (alias: string) => string, levels: LevelNames): string[] {
  const misconceptions = misconceptionLines(quiz, lang)
  return [
    answerLine(quiz, lang, levels),
    `${noteLabels.why[lang]} ${quiz.explanation[lang]}`,
    ...(misconceptions.length ? [misconceptions.join('\n')] : []),
    `${noteLabels.reread[lang]} ${joinAnd(quiz.reread.map(alias => `"${heading(alias)}"`), lang)}.`,
    `${noteLabels.ask[lang]} ${quiz.followUp[lang]}`,
  ]
}
