// @vitest-environment node
/**
 * The markdown is content too: every `src:` file exists, every slide has
 * presenter notes, every component a slide uses exists, and every data id a
 * slide names resolves in `data/`.
 */
import type { Slide } from './deck'
import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { accessors, quizzes } from '../data'
import { deckSlides, root } from './deck'

const slides = deckSlides()
const where = (slide: Slide): string => `${slide.file} slide ${slide.index}`

/** Component → which prop names which kind of data id. */
const idProps: Record<string, { prop: string, kind: keyof typeof accessors }> = {
  TheoryCard: { prop: 'id', kind: 'theory' },
  FindingCard: { prop: 'id', kind: 'form' },
  LevelCard: { prop: 'id', kind: 'level' },
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

describe('the slides', () => {
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

describe('the questions', () => {
  it('name slides to reread that exist', () => {
    const aliases = new Set(slides.map(slide => slide.info.frontmatter.routeAlias as string | undefined).filter(Boolean))
    const broken = quizzes.flatMap(quiz => quiz.reread.filter(alias => !aliases.has(alias)).map(alias => `${quiz.id}: ${alias}`))
    expect(broken).toEqual([])
  })
})

describe('the slides check', () => {
  it('finds ids in both attribute forms', () => {
    expect(idsIn(' id="state" ', 'id')).toEqual(['state'])
    expect(idsIn(' :ids="[\'a\', \'b\']" ', 'ids')).toEqual(['a', 'b'])
    expect(idsIn(' kind="x" ', 'id')).toEqual([])
  })
})
