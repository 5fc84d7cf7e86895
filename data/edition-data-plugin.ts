/**
 * A build plugin that serves each edition only its own language of the data
 * files (utils/edition-data.ts). Vite turns a JSON import into a module after
 * this runs, so the deck imports the trimmed JSON exactly as before.
 */
import type { Plugin } from 'vite'
import { fileURLToPath } from 'node:url'
import { editionDataJson, isEditionLang } from '../utils/edition-data'

const dataDir = fileURLToPath(new URL('.', import.meta.url))

/** Trims the data files to `lang` in a build; without an edition's language, or in dev, it does nothing. */
export function editionData(lang: string | undefined): Plugin {
  return {
    name: 'deck-edition-data',
    apply: 'build',
    enforce: 'pre',
    transform(code, id) {
      const [file = ''] = id.split('?')
      if (!isEditionLang(lang) || !file.startsWith(dataDir) || !file.endsWith('.json'))
        return
      return { code: editionDataJson(code, lang), map: null }
    },
  }
}
