import process from 'node:process'
import { definePreparserSetup } from '@slidev/types'
import { practiceSource } from '../scripts/deck-source'
import { expandPractice } from '../utils/practice-slides'

/**
 * Two changes to the slides as Slidev reads them. The Practice section is
 * written from the data where its marker slide stands (utils/practice-slides.ts).
 * Slides marked `lecturerOnly: true` (the answer key) are built only into the
 * lecturer copy that the export makes (`VITE_DECK_COPY=lecturer`). Everywhere
 * else (the dev server, the site, the student handout) they are hidden, so
 * students never page through six slides that could only say "printed for the
 * lecturer", and the slide numbers on screen match the student handout.
 */
export default definePreparserSetup(({ filepath }) => [{
  name: 'practice-section',
  transformRawLines(lines) {
    expandPractice(lines, () => practiceSource(filepath))
  },
}, {
  name: 'lecturer-only-slides',
  async transformSlide(_content, frontmatter) {
    if (frontmatter.lecturerOnly && process.env.VITE_DECK_COPY !== 'lecturer')
      frontmatter.hide = true
    // Inside an LMS frame the deck runs without a service worker (see scripts/export-lms.ts).
    if (process.env.VITE_DECK_SCORM && 'pwa' in frontmatter)
      frontmatter.pwa = false
    return undefined
  },
}])
