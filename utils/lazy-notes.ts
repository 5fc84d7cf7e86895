/**
 * Presenter notes out of the first download. Slidev renders each slide's notes
 * into that slide's frontmatter module, and the entry chunk imports every
 * frontmatter module (routes and navigation need them), so every student's
 * phone downloaded the lecturer's notes for the whole deck before slide 1.
 * The build (setup/vite-plugins.ts) takes the notes out of those modules into
 * one chunk of their own, which the routes that show notes (presenter view,
 * notes, overview, print, handout) load before they render.
 */

/** Rendered notes (HTML) by slide number, from 1; slides without notes are left out. */
export type NotesBySlide = Record<number, string>

/** The id the deck imports the notes chunk by. */
export const notesModuleId = 'virtual:deck-notes'

/** What the notes module's code holds until the build knows every note (see `fillNotes`). */
export const notesPlaceholder = '__DECK_NOTES__'

// Slidev writes the slide's info as one line of JSON spread into `meta.slide`:
// `    ...({"title":…,"noteHTML":"<p>…</p>",…}),`
const slideInfoLine = /^( {4}\.\.\.\()(\{.*\})(\),)$/m
const frontmatterId = /__slidev_(\d+)\.frontmatter$/
const placeholderLiteral = new RegExp(`(["'\`])${notesPlaceholder}\\1`)

/** The slide number of a Slidev frontmatter module's id (`…/slides.md__slidev_12.frontmatter`), else undefined. */
export function frontmatterSlide(id: string): number | undefined {
  const match = id.match(frontmatterId)
  return match ? Number(match[1]) : undefined
}

/**
 * Takes the rendered notes out of a slide's frontmatter module: the module's
 * code with `noteHTML` (and the editor's `frontmatterRaw`) emptied, and the notes. Throws when the module does not
 * have the shape this Slidev writes, so a Slidev upgrade that changes it stops
 * the build instead of silently shipping the notes again.
 */
export function takeNote(code: string): { code: string, noteHTML: string } {
  const match = code.match(slideInfoLine)
  if (!match)
    throw new Error('A slide\'s frontmatter module has no slide info line: the notes cannot be moved out of it (has Slidev changed how it writes them?)')
  const info = JSON.parse(match[2]!) as Record<string, unknown>
  if (typeof info.noteHTML !== 'string')
    throw new Error('A slide\'s info has no noteHTML: the notes cannot be moved out of it (has Slidev changed how it writes them?)')
  const noteHTML = info.noteHTML
  info.noteHTML = ''
  // The YAML of the frontmatter, again, for the dev server's slide editor only
  // (the headmatter is half a kilobyte): the built deck never reads it.
  if (typeof info.frontmatterRaw === 'string')
    info.frontmatterRaw = ''
  return { code: code.replace(slideInfoLine, (_, start: string, _info: string, end: string) => `${start}${JSON.stringify(info)}${end}`), noteHTML }
}

/** The notes module's code, before the build fills in the notes. */
export function notesModuleCode(): string {
  return `export default JSON.parse(${JSON.stringify(notesPlaceholder)})\n`
}

/**
 * The notes chunk's code with the notes filled in. Throws when the chunk has
 * no placeholder, so the presenter view never ships empty.
 */
export function fillNotes(code: string, notes: NotesBySlide): string {
  if (!placeholderLiteral.test(code))
    throw new Error(`The notes chunk lost its placeholder ${notesPlaceholder}: the notes cannot be written into it`)
  return code.replace(placeholderLiteral, () => JSON.stringify(JSON.stringify(notes)))
}

/**
 * Whether a route shows presenter notes and so needs the notes chunk: every
 * page but the slides themselves (presenter, notes, overview, print, export,
 * the handout). Loading them for a page that does not show them costs one
 * small request; missing a page that does would show it without notes.
 */
export function showsNotes(routeName: string | symbol | null | undefined): boolean {
  return routeName !== 'play'
}

/** Puts each slide's notes back into its info, where Slidev's note views read them. */
export function restoreNotes(slides: readonly { no: number, meta: { slide?: { noteHTML?: string } } }[], notes: NotesBySlide, write: (slide: { noteHTML?: string }, html: string) => void): void {
  for (const route of slides) {
    const html = notes[route.no]
    if (html && route.meta.slide)
      write(route.meta.slide, html)
  }
}
