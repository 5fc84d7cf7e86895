import type { Plugin } from 'vite'
import type { NotesBySlide } from '../utils/lazy-notes'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { defineVitePluginsSetup } from '@slidev/types'
import { editionData } from '../data/edition-data-plugin'
import { chartSlideNumbers, chartSlidesModuleCode, chartSlidesModuleId } from '../utils/chart-slides'
import { editionLabelsPlugin } from '../utils/edition-labels'
import { fillNotes, frontmatterSlide, notesModuleCode, notesModuleId, takeNote } from '../utils/lazy-notes'
import { paperCoverModuleCode } from '../utils/paper-cover'
import { isPwaSetup, registerLater } from '../utils/pwa-later'

const paperCoverFile = fileURLToPath(new URL('../data/paper-cover.ts', import.meta.url))
const paperFile = fileURLToPath(new URL('../data/paper.json', import.meta.url))
const resolvedNotesId = `\0${notesModuleId}`
const resolvedChartSlidesId = `\0${chartSlidesModuleId}`

/**
 * Four cuts to what a student's phone downloads before slide 1, all in the
 * build only (dev and the tests are unchanged), and one list that lets a chart
 * slide start loading chart.js early. Slidev passes its resolved
 * options here, which is how the plugins know the edition and the slides.
 * - `deck-lazy-notes`: presenter notes move out of the entry chunk into a
 *   chunk of their own, loaded by the pages that show notes (utils/lazy-notes.ts,
 *   setup/main.ts).
 * - `deck-edition-labels`: the edition's build gets its own language's
 *   interface labels only (utils/edition-labels.ts).
 * - `deck-pwa-later`: the service worker is registered after the first
 *   slide, not before it (utils/pwa-later.ts).
 * - `deck-paper-cover`: the cover gets the paper's title, authors and journal,
 *   not its whole record (utils/paper-cover.ts); the data check that starts
 *   the build has already checked them.
 * - `deck-chart-slides`: which slides draw a chart (utils/chart-slides.ts), so
 *   the router starts chart.js with such a slide's code, not after it renders.
 */
export default defineVitePluginsSetup(({ data }): Plugin[] => {
  const notes: NotesBySlide = {}
  const lang = data.config.htmlAttrs?.lang
  let build = false
  return [
    editionData(lang),
    {
      name: 'deck-lazy-notes',
      configResolved(config) {
        build = config.command === 'build'
      },
      resolveId(id) {
        if (id === notesModuleId)
          return resolvedNotesId
      },
      load(id) {
        // In dev the slides keep their notes and Slidev's server sends them: the module stays empty.
        if (id === resolvedNotesId)
          return build ? notesModuleCode() : 'export default {}\n'
      },
      transform(code, id) {
        const slide = build ? frontmatterSlide(id) : undefined
        if (slide === undefined)
          return
        const taken = takeNote(code)
        if (taken.noteHTML)
          notes[slide] = taken.noteHTML
        return { code: taken.code, map: null }
      },
      renderChunk(code, chunk) {
        if (chunk.moduleIds.includes(resolvedNotesId))
          return { code: fillNotes(code, notes), map: null }
      },
    },
    editionLabelsPlugin(lang),
    {
      name: 'deck-paper-cover',
      apply: 'build',
      enforce: 'pre',
      load(id) {
        if (id === paperCoverFile) {
          this.addWatchFile(paperFile)
          return paperCoverModuleCode(readFileSync(paperFile, 'utf8'))
        }
      },
    },
    {
      name: 'deck-chart-slides',
      resolveId(id) {
        if (id === chartSlidesModuleId)
          return resolvedChartSlidesId
      },
      load(id) {
        if (id === resolvedChartSlidesId)
          return chartSlidesModuleCode(chartSlideNumbers(data.slides))
      },
    },
    {
      name: 'deck-pwa-later',
      apply: 'build',
      enforce: 'pre',
      transform(code, id) {
        if (isPwaSetup(id))
          return { code: registerLater(code), map: null }
      },
    },
  ]
})
