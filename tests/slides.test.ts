// @vitest-environment node
/**
 * The markdown is content too, in both editions: every `src:` file exists,
 * every slide has presenter notes, every component a slide uses exists, every
 * data id a slide names resolves in `data/`, the two editions stay in step,
 * and every question slide's notes say what the data says: the answer with
 * the letters on screen, the explanation, the misconceptions, the slides to
 * reread by their headings, and the follow-up.
 */
import type { Lang } from '../data/schema'
import type { Slide } from './deck'
import type { EditionSlide } from './parity'
import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { accessors, getQuiz, levels, quizzes } from '../data'
import { editions } from '../scripts/editions'
import { lectureTiming, minuteOf } from '../utils/lecture-time'
import { questionNoteParagraphs } from '../utils/question-notes'
import { deckSlides, headingOf, quizIdsOn, root } from './deck'
import { compareEditions } from './parity'
import { noteProblems } from './question-notes'

const decks = Object.fromEntries((Object.keys(editions) as Lang[]).map(lang => [lang, deckSlides(join(root, editions[lang]))])) as Record<Lang, Slide[]>
const where = (slide: Slide): string => `${slide.file} slide ${slide.index}`

/** Component → which prop names which kind of data id. */
const idProps: Record<string, { prop: string, kind: keyof typeof accessors }> = {
  TheoryCard: { prop: 'id', kind: 'theory' },
  FindingCard: { prop: 'id', kind: 'form' },
  LevelsCard: { prop: 'id', kind: 'level' },
  ObjectiveTag: { prop: 'id', kind: 'objective' },
  ChartIndicators: { prop: 'ids', kind: 'indicator' },
  Sources: { prop: 'ids', kind: 'reference' },
  QuizQuestion: { prop: 'id', kind: 'quiz' },
}

/** Ids a tag names, from `id="x"` or `:ids="['x', 'y']"`. */
function idsIn(attributes: string, prop: string): string[] {
  const plain = attributes.match(new RegExp(`(?:^|\\s)${prop}="([^"]*)"`))
  if (plain)
    return [plain[1]!]
  const bound = attributes.match(new RegExp(`(?:^|\\s):${prop}="\\[([^\\]]*)\\]"`))
  return bound ? [...bound[1]!.matchAll(/'([^']*)'/g)].map(match => match[1]!) : []
}

const components = new Set(readdirSync(join(root, 'components')).map(name => name.replace(/\.vue$/, '')))
const builtins = new Set(['RenderWhen', 'Toc', 'Link', 'SlideCurrentNo', 'SlidesTotal', 'Transform', 'LightOrDark', 'Arrow', 'AutoFitText'])

describe.each(Object.keys(editions) as Lang[])('the slides of the %s edition', (lang) => {
  const slides = decks[lang]

  it('hold a whole lecture', () => {
    expect(slides.length).toBeGreaterThanOrEqual(28)
  })

  it('each have presenter notes', () => {
    const missing = slides.filter(slide => !slide.info.note?.trim()).map(where)
    expect(missing).toEqual([])
  })

  it('each have a heading, so the overview and screen readers can name them', () => {
    const missing = slides.filter(slide => !/^#\s|<CoverTitle/m.test(slide.info.content)).map(where)
    expect(missing).toEqual([])
  })

  it('use only components that exist', () => {
    const unknown = slides.flatMap(slide => [...slide.info.content.matchAll(/<([A-Z]\w+)/g)]
      .map(match => match[1]!)
      .filter(name => !components.has(name) && !builtins.has(name))
      .map(name => `${where(slide)}: <${name}>`))
    expect(unknown).toEqual([])
  })

  it('name only data ids that exist', () => {
    const broken: string[] = []
    let checked = 0
    for (const slide of slides) {
      for (const [, name, attributes] of slide.info.content.matchAll(/<([A-Z][a-z]\w*)(\s[^>]*)?>/g)) {
        const rule = idProps[name!]
        if (!rule)
          continue
        for (const id of idsIn(attributes ?? '', rule.prop)) {
          checked++
          try {
            accessors[rule.kind](id)
          }
          catch {
            broken.push(`${where(slide)}: <${name}> names unknown ${rule.kind} "${id}"`)
          }
        }
      }
    }
    expect(broken).toEqual([])
    expect(checked).toBeGreaterThan(10)
  })
})

/** The lecture's targets (PEDAGOGY.md): at most 60 minutes by the notes, the four forms within the first 25. */
const LECTURE_MINUTES = 60
const FORMS_BY_MINUTE = 25

describe.each(Object.keys(editions) as Lang[])('the lecture of the %s edition', (lang) => {
  const slides = decks[lang].map(slide => ({ note: slide.info.note, alias: slide.info.frontmatter.routeAlias as string | undefined }))

  it('gives every slide a Time line in its notes', () => {
    expect(lectureTiming(slides).untimed.map(i => where(decks[lang][i]!))).toEqual([])
  })

  it(`runs at most ${LECTURE_MINUTES} minutes by the notes, the Practice section left out`, () => {
    const { minutes, optionalMinutes } = lectureTiming(slides)
    expect(minutes).toBeLessThanOrEqual(LECTURE_MINUTES)
    expect(minutes).toBeGreaterThan(40)
    expect(optionalMinutes).toBeGreaterThan(0)
  })

  it(`reaches the four forms within the first ${FORMS_BY_MINUTE} minutes`, () => {
    const minute = minuteOf(slides, slide => (slide as { alias?: string }).alias === 'four-forms')
    expect(minute).toBeGreaterThan(0)
    expect(minute).toBeLessThanOrEqual(FORMS_BY_MINUTE)
  })

  it('puts the findings before the theory', () => {
    const at = (alias: string) => slides.findIndex(slide => slide.alias === alias)
    expect(at('four-forms')).toBeLessThan(at('neoliberalism'))
  })
})

describe('the two editions', () => {
  const asEdition = (slides: Slide[]): EditionSlide[] => slides.map((slide, i) => ({
    where: where(slide),
    // The first slide carries the headmatter, which names each edition's own title and language.
    frontmatter: i === 0 ? { layout: slide.info.frontmatter.layout } : slide.info.frontmatter,
    content: slide.info.content,
    note: slide.info.note,
  }))

  it('have the same slides, components and ids, with notes, translated', () => {
    expect(compareEditions(asEdition(decks.en), asEdition(decks.id))).toEqual([])
  })

  it('fall out of step when one edition loses a slide, a note or an id, or keeps English text', () => {
    const en = asEdition(decks.en)
    const id = asEdition(decks.id)
    const quiz = id.findIndex(slide => slide.content.includes('<QuizQuestion'))
    expect(compareEditions(en, id.filter((_, i) => i !== 5))).not.toEqual([])
    expect(compareEditions(en, id.map((slide, i) => i === 5 ? { ...slide, note: '' } : slide))).not.toEqual([])
    expect(compareEditions(en, id.map((slide, i) => i === quiz ? { ...slide, content: slide.content.replace(/id="[^"]+"/g, 'id="plasma-imports-vulnerability"') } : slide))).not.toEqual([])
    expect(compareEditions(en, id.map((slide, i) => i === 5 ? en[5]! : slide))).not.toEqual([])
  })
})

describe('the questions', () => {
  const slides = decks.en
  it('name slides to reread that exist', () => {
    // A merged slide answers to the aliases of the slides it replaced (`aliases:`), as `slideLink` does.
    const aliases = new Set(slides.flatMap(slide => [slide.info.frontmatter.routeAlias, ...(slide.info.frontmatter.aliases ?? [])] as (string | undefined)[]).filter(Boolean))
    const broken = quizzes.flatMap(quiz => quiz.reread.filter(alias => !aliases.has(alias)).map(alias => `${quiz.id}: ${alias}`))
    expect(broken).toEqual([])
  })
})

describe.each(Object.keys(editions) as Lang[])('the question slides of the %s edition', (lang) => {
  const slides = decks[lang]
  const questionSlides = slides.flatMap(slide => quizIdsOn(slide).map(id => ({ slide, id })))

  it('show every question once', () => {
    expect(questionSlides.map(found => found.id).sort()).toEqual(quizzes.map(quiz => quiz.id).sort())
  })

  it('hold in their notes what the data says about the question', () => {
    const wrong = questionSlides.flatMap(({ slide, id }) => {
      const expected = questionNoteParagraphs(getQuiz(id), lang, alias => headingOf(slides, alias), levels)
      return noteProblems(slide.info.note ?? '', expected, lang).map(problem => `${where(slide)} (${id}): ${problem}`)
    })
    expect(wrong).toEqual([])
  })
})

describe('the slides check', () => {
  it('finds ids in both attribute forms', () => {
    expect(idsIn(' id="state" ', 'id')).toEqual(['state'])
    expect(idsIn(' :ids="[\'a\', \'b\']" ', 'ids')).toEqual(['a', 'b'])
    expect(idsIn(' kind="x" ', 'id')).toEqual([])
  })
})
