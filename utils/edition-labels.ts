/**
 * Each edition's build carries its own language's labels only: the deck's
 * language is fixed per edition (the headmatter's `htmlAttrs.lang`), so the
 * other language's half of utils/labels.ts was dead weight before slide 1.
 * The build (setup/vite-plugins.ts) serves this module in place of
 * utils/labels.ts; dev and the tests keep both languages.
 */
import type { Plugin } from 'vite'
import type { Lang } from '../data/schema'
import { fileURLToPath } from 'node:url'
import { isEditionLang } from './edition-data'
import { labels } from './labels'

type EditionLabels = { [K in keyof typeof labels]: Partial<Record<Lang, string>> }

/** The labels with one language left in each: the same shape, so `labels[key][lang]` reads them as before. */
export function editionLabels(lang: Lang): EditionLabels {
  return Object.fromEntries(Object.entries(labels).map(([key, text]) => [key, { [lang]: text[lang] }])) as EditionLabels
}

/** The code of utils/labels.ts as an edition in `lang` builds it. */
export function editionLabelsModule(lang: Lang): string {
  return `export const labels = ${JSON.stringify(editionLabels(lang))}\n`
}

/** A build plugin that serves utils/labels.ts in `lang` alone; without an edition's language it does nothing. */
export function editionLabelsPlugin(lang: string | undefined): Plugin {
  const labelsFile = fileURLToPath(new URL('./labels.ts', import.meta.url))
  return {
    name: 'deck-edition-labels',
    enforce: 'pre',
    apply: 'build',
    load: id => id === labelsFile && isEditionLang(lang) ? editionLabelsModule(lang) : undefined,
  }
}
