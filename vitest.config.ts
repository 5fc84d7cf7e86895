import vue from '@vitejs/plugin-vue'
import { defineConfig } from 'vitest/config'

// Separate from Slidev's own Vite config: unit and component tests mount
// components with plain Vue, never through Slidev's plugins.
export default defineConfig({
  plugins: [vue()],
  define: { __DEV__: 'true' },
  test: {
    environment: 'happy-dom',
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    setupFiles: ['tests/setup.ts'],
  },
})
