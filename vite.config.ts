import { defineConfig } from 'vite'
import { deckDataCheck } from './data/plugin'

const pureDataModule = /\/data\/(?:schema|validate)\.ts$/

export default defineConfig({
  plugins: [
    deckDataCheck(),
    {
      // The schema and its check only define things; saying so lets the build
      // drop them, and valibot, when nothing calls them (data/index.ts in a build).
      name: 'deck-data-pure',
      transform(code, id) {
        if (pureDataModule.test(id))
          return { code, map: null, moduleSideEffects: false }
      },
    },
  ],
})
