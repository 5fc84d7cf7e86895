import type { EditionSlide } from './parity'
import { describe, expect, it } from 'vitest'
import { compareEditions, componentTags } from './parity'

function slide(content: string, note: string, frontmatter: Record<string, unknown> = { layout: 'default' }): EditionSlide {
  return { where: 'x.md', frontmatter, content, note }
}

const en = [
  slide('# Four forms\n\nThe paper names four.\n\n<FindingCard id="joint-research" />', 'Say what each form is.'),
  slide('# Levels\n\n<LevelsCard id="state" />', 'Ask about the state.', { layout: 'default', clicks: 4 }),
]
const id = [
  slide('# Empat bentuk\n\nArtikel menyebut empat.\n\n<FindingCard id="joint-research" />', 'Jelaskan tiap bentuk.'),
  slide('# Tingkat\n\n<LevelsCard id="state" />', 'Tanyakan tentang negara.', { layout: 'default', clicks: 4 }),
]

describe('compareEditions', () => {
  it('accepts two editions in step', () => {
    expect(compareEditions(en, id)).toEqual([])
  })

  it('catches a missing slide', () => {
    expect(compareEditions(en, id.slice(0, 1))[0]).toMatch(/2 slides, the Indonesian 1/)
  })

  it('catches a missing note', () => {
    expect(compareEditions(en, [id[0]!, { ...id[1]!, note: '' }])).toEqual([expect.stringMatching(/Indonesian slide has no presenter notes/)])
  })

  it('catches a component id that differs', () => {
    expect(compareEditions(en, [{ ...id[0]!, content: id[0]!.content.replace('joint-research', 'technology-transfer') }, id[1]!])[0]).toMatch(/components differ/)
  })

  it('catches frontmatter that differs', () => {
    expect(compareEditions(en, [id[0]!, { ...id[1]!, frontmatter: { layout: 'default', clicks: 3 } }])[0]).toMatch(/frontmatter differs/)
  })

  it('catches a slide or a note left untranslated', () => {
    expect(compareEditions(en, [{ ...en[0]! }, id[1]!])).toEqual([
      expect.stringMatching(/notes are a copy/),
      expect.stringMatching(/slide text is a copy/),
    ])
  })
})

describe('componentTags', () => {
  it('reads each component with its attributes', () => {
    expect(componentTags('<RenderWhen context="print">\n<ChartIndicators :ids="[\'a\']"\n  print />')).toEqual([
      '<RenderWhen context="print">',
      '<ChartIndicators :ids="[\'a\']" print />',
    ])
  })
})
