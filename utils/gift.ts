/**
 * A question bank in GIFT, Moodle's plain-text question format, for a
 * lecturer who would rather read or edit the questions in a text editor.
 * Every text is HTML (`[html]`), escaped for HTML and then for GIFT.
 * GIFT has no ordering question (Moodle's Ordering plugin reads its own
 * `{>…}` extension, which standard GIFT parsers do not), so an order
 * question becomes a matching question: each item is matched to its position.
 * The Moodle XML file keeps it a real ordering question.
 */
import type { Lang } from '../data/schema'
import type { BankQuestion, QuestionBank } from './question-bank'
import { escapeHtml, generalFeedbackHtml, percent } from './moodle-xml'

/** What an order question asks once it is a matching question. */
const ORDER_AS_MATCHING: Record<Lang, string> = {
  en: 'Give each item its position, 1 for the first.',
  id: 'Beri setiap butir nomor urutnya; 1 untuk yang pertama.',
}

/** Escapes GIFT's special characters `~ = # { } :` and the backslash; a line break becomes `\n`. */
export function escapeGift(text: string): string {
  return text.replace(/[\\~=#{}:]/g, char => `\\${char}`).replace(/\r?\n/g, '\\n')
}

/** HTML text, escaped for GIFT, after the `[html]` marker. */
const html = (text: string): string => `[html]${escapeGift(`<p>${escapeHtml(text)}</p>`)}`

/** Plain text for a matching answer: GIFT splits a pair at `->`. */
function plain(text: string): string {
  if (text.includes('->'))
    throw new Error(`A matching answer cannot contain "->": ${text}`)
  return escapeGift(text)
}

function generalFeedback(question: BankQuestion): string {
  return `####[html]${escapeGift(generalFeedbackHtml(question))}`
}

/** `// [id:…] [tag:…]`: the ID number and tags that Moodle reads from the comment line. */
function header(question: BankQuestion): string {
  const tags = question.tags.map(tag => ` [tag:${tag.replace(/[[\]]/g, '')}]`).join('')
  return `// [id:${question.id}]${tags}`
}

function answers(question: BankQuestion): string[] {
  switch (question.kind) {
    case 'multichoice':
      return question.answers.map((answer) => {
        const mark = question.single
          ? (answer.fraction >= 1 ? '=' : '~')
          : `~%${percent(answer.fraction)}%`
        return `${mark}${html(answer.text)}#${html(answer.feedback)}`
      })
    case 'truefalse': {
      // The first feedback is for the wrong answer, the second for the right one.
      const [wrong, right] = question.answer
        ? [question.falseFeedback, question.trueFeedback]
        : [question.trueFeedback, question.falseFeedback]
      return [`${question.answer ? 'TRUE' : 'FALSE'}#${html(wrong)}#${html(right)}`]
    }
    case 'matching':
      return question.pairs.map(pair => `=${html(pair.question)} -> ${plain(pair.answer)}`)
    case 'ordering':
      return question.items.map((item, i) => `=${html(item.text)} -> ${plain(question.positions[i]!)}`)
  }
}

function questionText(question: BankQuestion, lang: Lang): string {
  const prompt = question.kind === 'ordering' ? `${question.prompt} ${ORDER_AS_MATCHING[lang]}` : question.prompt
  return `::${escapeGift(question.name)}::${html(prompt)}`
}

function questionBlock(question: BankQuestion, lang: Lang): string {
  return [
    header(question),
    `${questionText(question, lang)} {`,
    ...answers(question).map(line => `  ${line}`),
    `  ${generalFeedback(question)}`,
    '}',
  ].join('\n')
}

/** The whole bank as one GIFT file, a `$CATEGORY` line before each objective's questions. */
export function gift(bank: QuestionBank): string {
  const blocks: string[] = [`// ${bank.name}: ${bank.questions.length} questions, one category per learning objective.`]
  for (const category of bank.categories) {
    const questions = bank.questions.filter(question => question.category === category.id)
    if (!questions.length)
      continue
    blocks.push(`$CATEGORY: $course$/top/${bank.name.replace(/\//g, '//')}/${category.name.replace(/\//g, '//')}`)
    blocks.push(...questions.map(question => questionBlock(question, bank.lang)))
  }
  return `${blocks.join('\n\n')}\n`
}
