import type { Quiz } from '../../data/schema'
import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { describe, expect, it } from 'vitest'
import { levels, paper, quizzes } from '../../data'
import { categorySegment, cdata, escapeXml, moodleXml, percent } from '../../utils/moodle-xml'
import { questionBank } from '../../utils/question-bank'
import { choiceOptions, isChoice } from '../../utils/scoring'
import { fixtures, single } from '../quiz-fixtures'

interface Text { text: string | number }
interface Answer { fraction: string, format?: string, text: string | number, feedback?: Text }
interface Question {
  type: string
  name?: Text
  questiontext?: Text & { format: string }
  generalfeedback?: Text
  idnumber?: string
  single?: boolean
  answer?: Answer[]
  subquestion?: (Text & { answer: Text })[]
  gradingtype?: string
  category?: Text
  tags?: { tag: Text[] }
}

const arrays = new Set(['quiz.question', 'quiz.question.answer', 'quiz.question.subquestion', 'quiz.question.tags.tag'])
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', parseAttributeValue: false, parseTagValue: false, isArray: (_name, path) => arrays.has(String(path)) })
const parse = (xml: string): Question[] => (parser.parse(xml) as { quiz: { question: Question[] } }).quiz.question
const strip = (html: string | number): string => String(html).replace(/<[^>]+>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&')

describe('moodleXml', () => {
  for (const lang of ['en', 'id'] as const) {
    it(`is well-formed and holds every ${lang} question in Moodle's format`, () => {
      const xml = moodleXml(questionBank(quizzes, paper.objectives, lang, levels))
      expect(XMLValidator.validate(xml)).toBe(true)
      const questions = parse(xml)
      const real = questions.filter(question => question.type !== 'category')
      expect(real.map(question => question.idnumber).sort()).toEqual(quizzes.map(quiz => quiz.id).sort())
      for (const question of real) {
        const quiz = quizzes.find(q => q.id === question.idnumber)!
        expect(question.name?.text).toBeTruthy()
        expect(question.questiontext?.format).toBe('html')
        expect(strip(question.questiontext!.text)).toBe(quiz.prompt[lang])
        expect(strip(question.generalfeedback!.text)).toContain(quiz.explanation[lang])
        expect(question.tags!.tag.length).toBeGreaterThan(0)
        checkAnswers(quiz, question, lang)
      }
    })
  }

  it('puts a category question before each objective\'s questions', () => {
    const questions = parse(moodleXml(questionBank(quizzes, paper.objectives, 'en', levels)))
    const categories = questions.filter(question => question.type === 'category').map(question => String(question.category!.text))
    expect(categories).toEqual(paper.objectives.map((objective, i) => `$course$/top/JWG on Health (Indonesia–South Korea)/LO${i + 1} ${objective.short.en}`))
    let current = ''
    for (const question of questions) {
      if (question.type === 'category')
        current = String(question.category!.text)
      else
        expect(current).toContain(`LO${paper.objectives.findIndex(objective => objective.id === quizzes.find(q => q.id === question.idnumber)!.objective) + 1} `)
    }
  })

  it('escapes text: entities in plain text, HTML inside CDATA, and a CDATA end split', () => {
    const tricky: Quiz = {
      ...single,
      prompt: { en: 'Is A < B & "C" > D? ]]> end', id: 'x' },
      options: single.options.map(option => ({ ...option, text: { en: `${option.text.en} <b>&</b>`, id: 'x' } })),
    }
    const xml = moodleXml(questionBank([tricky, ...fixtures.slice(1)], paper.objectives, 'en', levels))
    expect(XMLValidator.validate(xml)).toBe(true)
    const question = parse(xml).find(q => q.idnumber === single.id)!
    expect(question.questiontext!.text).toBe('<p>Is A &lt; B &amp; "C" &gt; D? ]]&gt; end</p>')
    expect(strip(question.questiontext!.text)).toBe(tricky.prompt.en)
    expect(strip(question.answer![0]!.text)).toBe(`${single.options[0]!.text.en} <b>&</b>`)
    expect(escapeXml('a<b>&"\'')).toBe('a&lt;b&gt;&amp;&quot;&apos;')
    expect(cdata('x]]>y')).toBe('<![CDATA[x]]]]><![CDATA[>y]]>')
    expect(categorySegment('Either/or')).toBe('Either//or')
  })

  it('writes fractions as the percentages Moodle lists', () => {
    expect([1, 0.5, -0.5, 1 / 3, -1 / 3, 0].map(percent)).toEqual(['100', '50', '-50', '33.33333', '-33.33333', '0'])
  })
})

function checkAnswers(quiz: Quiz, question: Question, lang: 'en' | 'id'): void {
  if (quiz.type === 'true-false') {
    expect(question.type).toBe('truefalse')
    expect(question.answer!.map(answer => [String(answer.text), answer.fraction])).toEqual([['true', quiz.answer ? '100' : '0'], ['false', quiz.answer ? '0' : '100']])
    expect(question.answer!.map(answer => strip(answer.feedback!.text))).toEqual([quiz.feedback.true[lang], quiz.feedback.false[lang]])
    return
  }
  if (isChoice(quiz)) {
    expect(question.type).toBe('multichoice')
    expect(String(question.single)).toBe(String(quiz.type === 'single'))
    const options = choiceOptions(quiz)
    expect(question.answer!.map(answer => strip(answer.text))).toEqual(options.map(option => option.text[lang]))
    expect(question.answer!.map(answer => strip(answer.feedback!.text))).toEqual(options.map(option => option.feedback[lang]))
    const fractions = question.answer!.map(answer => Number(answer.fraction))
    // Full marks for all the right options, and only for them.
    expect(fractions.filter(fraction => fraction > 0).reduce((a, b) => a + b, 0)).toBeCloseTo(100, 3)
    expect(fractions.map(fraction => fraction > 0)).toEqual(options.map(option => option.correct))
    if (quiz.type === 'multiple')
      expect(fractions.filter(fraction => fraction < 0).length).toBe(options.filter(option => !option.correct).length)
    return
  }
  if (quiz.type === 'classify') {
    expect(question.type).toBe('matching')
    expect(question.subquestion!.map(sub => strip(sub.text))).toEqual(quiz.items.map(item => item.text[lang]))
    for (const item of quiz.items)
      expect(strip(question.generalfeedback!.text)).toContain(item.feedback[lang])
    return
  }
  expect(question.type).toBe('ordering')
  expect(question.gradingtype).toBe('ABSOLUTE_POSITION')
  expect(question.answer!.map(answer => [strip(answer.text), answer.fraction])).toEqual(quiz.items.map((item, i) => [item.text[lang], String(i + 1)]))
  expect(question.answer!.map(answer => strip(answer.feedback!.text))).toEqual(quiz.items.map(item => item.feedback[lang]))
}
