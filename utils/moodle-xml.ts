/**
 * A question bank as Moodle XML, the format Moodle's question bank imports
 * with every question type and setting: a category question before each
 * objective's questions, then multichoice, truefalse, matching and ordering
 * questions. Rich text is HTML inside CDATA; plain text (names, tags,
 * matching answers) is XML-escaped.
 */
import type { BankAnswer, BankQuestion, QuestionBank } from './question-bank'

/** Escapes the five XML entities, for text and attribute values. */
export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;')
}

/** Escapes text for HTML content. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

/** Wraps HTML in CDATA; a `]]>` inside is split across two sections. */
export function cdata(html: string): string {
  return `<![CDATA[${html.replace(/\]\]>/g, ']]]]><![CDATA[>')}]]>`
}

/** A category path segment: Moodle reads `/` as a separator, `//` as a slash. */
export function categorySegment(name: string): string {
  return name.replace(/\//g, '//')
}

/** A fraction as the percentage Moodle lists (`33.33333`, `-50`, `100`). */
export function percent(fraction: number): string {
  return String(Number((fraction * 100).toFixed(5)))
}

const paragraph = (text: string): string => `<p>${escapeHtml(text)}</p>`

function htmlElement(tag: string, html: string, indent: string): string {
  return `${indent}<${tag} format="html">\n${indent}  <text>${cdata(html)}</text>\n${indent}</${tag}>`
}

/** The explanation, then each item with its feedback: HTML shared by Moodle XML and GIFT. */
export function generalFeedbackHtml(question: BankQuestion): string {
  const list = question.itemFeedback
  if (!list)
    return paragraph(question.generalFeedback)
  const tag = list.numbered ? 'ol' : 'ul'
  const items = list.items.map(item => `<li><strong>${escapeHtml(item.text)}</strong><br>${escapeHtml(item.feedback)}</li>`).join('')
  return `${paragraph(question.generalFeedback)}${paragraph(list.heading)}<${tag}>${items}</${tag}>`
}

function answerElement(answer: BankAnswer, indent: string): string {
  return [
    `${indent}<answer fraction="${percent(answer.fraction)}" format="html">`,
    `${indent}  <text>${cdata(paragraph(answer.text))}</text>`,
    htmlElement('feedback', paragraph(answer.feedback), `${indent}  `),
    `${indent}</answer>`,
  ].join('\n')
}

/** The empty combined feedback every question type with parts expects. */
function combinedFeedback(indent: string): string[] {
  return ['correctfeedback', 'partiallycorrectfeedback', 'incorrectfeedback'].map(tag => `${indent}<${tag} format="html">\n${indent}  <text></text>\n${indent}</${tag}>`)
}

function typeFields(question: BankQuestion, i: string): string[] {
  switch (question.kind) {
    case 'multichoice':
      return [
        `${i}<single>${question.single}</single>`,
        `${i}<shuffleanswers>true</shuffleanswers>`,
        `${i}<answernumbering>abc</answernumbering>`,
        `${i}<showstandardinstruction>1</showstandardinstruction>`,
        ...combinedFeedback(i),
        `${i}<shownumcorrect/>`,
        ...question.answers.map(answer => answerElement(answer, i)),
      ]
    case 'truefalse':
      // Moodle reads the answers' text, `true` and `false`, in English whatever the language.
      return [true, false].map(value => [
        `${i}<answer fraction="${value === question.answer ? 100 : 0}" format="moodle_auto_format">`,
        `${i}  <text>${value}</text>`,
        htmlElement('feedback', paragraph(value ? question.trueFeedback : question.falseFeedback), `${i}  `),
        `${i}</answer>`,
      ].join('\n'))
    case 'matching':
      return [
        `${i}<shuffleanswers>true</shuffleanswers>`,
        ...combinedFeedback(i),
        `${i}<shownumcorrect/>`,
        ...question.pairs.map(pair => [
          `${i}<subquestion format="html">`,
          `${i}  <text>${cdata(paragraph(pair.question))}</text>`,
          `${i}  <answer>`,
          `${i}    <text>${escapeXml(pair.answer)}</text>`,
          `${i}  </answer>`,
          `${i}</subquestion>`,
        ].join('\n')),
      ]
    case 'ordering':
      // Graded as the deck grades it: the share of items in their right place.
      return [
        `${i}<layouttype>VERTICAL</layouttype>`,
        `${i}<selecttype>ALL</selecttype>`,
        `${i}<selectcount>0</selectcount>`,
        `${i}<gradingtype>ABSOLUTE_POSITION</gradingtype>`,
        `${i}<showgrading>SHOW</showgrading>`,
        `${i}<numberingstyle>none</numberingstyle>`,
        ...combinedFeedback(i),
        `${i}<shownumcorrect/>`,
        ...question.items.map((item, n) => [
          `${i}<answer fraction="${n + 1}" format="html">`,
          `${i}  <text>${cdata(escapeHtml(item.text))}</text>`,
          htmlElement('feedback', paragraph(item.feedback), `${i}  `),
          `${i}</answer>`,
        ].join('\n')),
      ]
  }
}

/** Moodle's penalty for each wrong try in adaptive mode: a third, all of it for true/false. */
function penalty(question: BankQuestion): string {
  return question.kind === 'truefalse' ? '1' : '0.3333333'
}

function questionElement(question: BankQuestion): string {
  const i = '    '
  return [
    `  <question type="${question.kind}">`,
    `${i}<name>`,
    `${i}  <text>${escapeXml(question.name)}</text>`,
    `${i}</name>`,
    htmlElement('questiontext', paragraph(question.prompt), i),
    htmlElement('generalfeedback', generalFeedbackHtml(question), i),
    `${i}<defaultgrade>1</defaultgrade>`,
    `${i}<penalty>${penalty(question)}</penalty>`,
    `${i}<hidden>0</hidden>`,
    `${i}<idnumber>${escapeXml(question.id)}</idnumber>`,
    ...typeFields(question, i),
    `${i}<tags>`,
    ...question.tags.map(tag => `${i}  <tag>\n${i}    <text>${escapeXml(tag)}</text>\n${i}  </tag>`),
    `${i}</tags>`,
    `  </question>`,
  ].join('\n')
}

function categoryElement(path: string, info: string, id: string): string {
  return [
    `  <question type="category">`,
    `    <category>`,
    `      <text>${escapeXml(path)}</text>`,
    `    </category>`,
    htmlElement('info', paragraph(info), '    '),
    `    <idnumber>${escapeXml(id)}</idnumber>`,
    `  </question>`,
  ].join('\n')
}

/** The whole bank as one Moodle XML file. */
export function moodleXml(bank: QuestionBank): string {
  const top = `$course$/top/${categorySegment(bank.name)}`
  const parts: string[] = []
  for (const category of bank.categories) {
    const questions = bank.questions.filter(question => question.category === category.id)
    if (!questions.length)
      continue
    // The edition in the ID number: both editions' banks can sit in one course.
    parts.push(categoryElement(`${top}/${categorySegment(category.name)}`, category.info, `jwg-health-${bank.lang}-${category.id}`))
    parts.push(...questions.map(questionElement))
  }
  return `<?xml version="1.0" encoding="UTF-8"?>\n<quiz>\n${parts.join('\n')}\n</quiz>\n`
}
