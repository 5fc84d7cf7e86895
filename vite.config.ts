import { defineConfig } from 'vite'
import { deckDataCheck } from './data/plugin'

export default defineConfig({
  plugins: [deckDataCheck()],
})
