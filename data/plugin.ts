/**
 * A Vite plugin that checks `data/` when the dev server or the build starts,
 * and again whenever a data file changes in dev, so bad data stops the deck
 * with a message that names the file and the field instead of a blank slide.
 */
import type { Plugin } from 'vite'
import { fileURLToPath } from 'node:url'
import { loadDeckData } from './load'
import { DataError } from './validate'

const dataDir = fileURLToPath(new URL('.', import.meta.url))

export function deckDataCheck(): Plugin {
  return {
    name: 'deck-data-check',
    // Runs before Slidev starts serving or bundling: a throw here stops both.
    configResolved() {
      loadDeckData(dataDir)
    },
    configureServer(server) {
      server.watcher.on('change', (file) => {
        if (!file.startsWith(dataDir) || !file.endsWith('.json'))
          return
        try {
          loadDeckData(dataDir)
        }
        catch (error) {
          if (!(error instanceof DataError))
            throw error
          server.config.logger.error(error.message)
          server.ws.send({ type: 'error', err: { message: error.message, stack: '', plugin: 'deck-data-check' } })
        }
      })
    },
  }
}
