import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vite'
import { deckDataCheck } from './data/plugin'

const dataDir = fileURLToPath(new URL('./data/', import.meta.url))

export default defineConfig({
  plugins: [
    deckDataCheck(),
    {
      // The data modules only define things; saying so lets the build drop
      // what nothing uses: the schema and valibot (only dev checks a file), and
      // every data file a chunk does not read, though it imports data/index.ts.
      name: 'deck-data-pure',
      transform(code, id) {
        if (id.startsWith(dataDir) && id.endsWith('.ts'))
          return { code, map: null, moduleSideEffects: false }
      },
    },
  ],
})
