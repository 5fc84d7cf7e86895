import { describe, expect, it } from 'vitest'
import { fillNotes, frontmatterSlide, notesModuleCode, notesPlaceholder, restoreNotes, showsNotes, takeNote } from '../../utils/lazy-notes'

/** A frontmatter module as Slidev 52 writes it in a build (abridged). */
function frontmatterModule(info: Record<string, unknown>): string {
  return [
    'import { computed, reactive, shallowReactive } from "vue"',
    'export const frontmatterData = {"layout":"default"}',
    'export const meta = shallowReactive({',
    '  get layout(){ return frontmatter.layout },',
    '  slide: {',
    `    ...(${JSON.stringify(info)}),`,
    '    frontmatter,',
    '    id: 2,',
    '    no: 3,',
    '  },',
    '})',
  ].join('\n')
}

describe('frontmatterSlide', () => {
  it('reads the slide number of a frontmatter module, and nothing else', () => {
    expect(frontmatterSlide('/deck/slides.md__slidev_12.frontmatter')).toBe(12)
    expect(frontmatterSlide('/deck/slides.md__slidev_12.md')).toBeUndefined()
    expect(frontmatterSlide('/deck/components/Chart.vue')).toBeUndefined()
  })
})

describe('takeNote', () => {
  it('takes the rendered notes out and leaves the rest of the slide info', () => {
    const html = '<p>Ask: "why now?" <span class="slidev-note-click-mark" data-clicks="1"></span>),</p>'
    const { code, noteHTML } = takeNote(frontmatterModule({ title: 'Two capacities', level: 1, noteHTML: html }))
    expect(noteHTML).toBe(html)
    expect(code).not.toContain('why now')
    expect(code).toContain('    ...({"title":"Two capacities","level":1,"noteHTML":""}),')
    expect(code).toContain('    no: 3,')
  })

  it('empties the editor\'s copy of the frontmatter, which the built deck never reads', () => {
    const { code } = takeNote(frontmatterModule({ title: 'Cover', frontmatterRaw: 'theme: default\nlayout: cover\n', noteHTML: '' }))
    expect(code).not.toContain('theme: default')
    expect(code).toContain('"frontmatterRaw":""')
  })

  it('stops the build when the module is not shaped as expected', () => {
    expect(() => takeNote('export const meta = {}')).toThrow(/has Slidev changed/)
    expect(() => takeNote(frontmatterModule({ title: 'No notes field' }))).toThrow(/no noteHTML/)
  })
})

/** The notes a filled chunk hands to `JSON.parse`, read the way the browser reads them. */
function notesIn(code: string): unknown {
  const literal = code.match(/JSON\.parse\((.*)\)/)![1]!
  return JSON.parse(JSON.parse(literal) as string)
}

describe('fillNotes', () => {
  it('writes the notes into the chunk where the placeholder stood, whatever its quotes', () => {
    const notes = { 1: '<p>Welcome "the class"</p>', 4: '<p>`Time`: 2 min</p>' }
    for (const quote of ['"', '\'', '`']) {
      const chunk = `var e=JSON.parse(${quote}${notesPlaceholder}${quote});export{e as default};`
      expect(notesIn(fillNotes(chunk, notes))).toEqual({ 1: notes[1], 4: notes[4] })
    }
  })

  it('fills the module code the build starts from', () => {
    expect(notesIn(fillNotes(notesModuleCode(), { 2: '<p>x</p>' }))).toEqual({ 2: '<p>x</p>' })
  })

  it('refuses a chunk without the placeholder rather than ship an empty presenter view', () => {
    expect(() => fillNotes('var e={};', { 1: '<p>x</p>' })).toThrow(notesPlaceholder)
  })
})

describe('showsNotes', () => {
  it('is false for the slides themselves and true for the pages around them', () => {
    expect(showsNotes('play')).toBe(false)
    for (const name of ['presenter', 'notes', 'overview', 'print', 'export', 'handout', undefined])
      expect(showsNotes(name)).toBe(true)
  })
})

describe('restoreNotes', () => {
  it('puts each slide\'s notes back into its info, by slide number', () => {
    const slides = [1, 2, 3].map(no => ({ no, meta: { slide: { noteHTML: '' } } }))
    restoreNotes(slides, { 1: '<p>one</p>', 3: '<p>three</p>' }, (slide, html) => {
      slide.noteHTML = html
    })
    expect(slides.map(slide => slide.meta.slide.noteHTML)).toEqual(['<p>one</p>', '', '<p>three</p>'])
  })
})
