import antfu from '@antfu/eslint-config'

export default antfu({
  vue: true,
  typescript: true,
  formatters: {
    css: true,
    markdown: 'prettier',
    slidev: { files: ['slides.md', 'slides.*.md', 'pages/**/*.md'] },
  },
  ignores: ['dist', 'dist-test', 'exports', 'bench/**/dist', '.slidev', 'test-results', 'playwright-report', 'data/schema/*.json'],
}, {
  // A deck has one H1 per slide, so many per file.
  files: ['slides.md', 'slides.*.md', 'pages/**/*.md'],
  rules: { 'markdown/no-multiple-h1': 'off' },
}, {
  // Tests name the unit under test as it is written: `describe('FindingCard')`.
  files: ['tests/**/*.ts'],
  rules: { 'test/prefer-lowercase-title': 'off' },
}, {
  // Node-side tooling runs as scripts.
  files: ['scripts/**/*.ts', 'tests/e2e/serve.ts'],
  rules: { 'no-console': 'off' },
})
