// @vitest-environment node
import { describe, expect, it } from 'vitest'
import * as deck from '../../data'
import { jsonPath } from '../../data/validate'

/** Paths of every `{ en, id }` pair whose two texts are the same. */
function copiedTranslations(value: unknown, path: (string | number)[] = []): string[] {
  if (Array.isArray(value))
    return value.flatMap((item, i) => copiedTranslations(item, [...path, i]))
  if (!value || typeof value !== 'object')
    return []
  const entries = Object.entries(value)
  if (entries.length === 2 && 'en' in value && 'id' in value) {
    const { en, id } = value as { en: string, id: string }
    return en.trim() === id.trim() ? [jsonPath(path)] : []
  }
  return entries.flatMap(([key, child]) => copiedTranslations(child, [...path, key]))
}

describe('translations in data', () => {
  it('are never a copy of the English', () => {
    const all = { paper: deck.paper, references: deck.references, theories: deck.theories, forms: deck.forms, levels: deck.levels, timeline: deck.timeline, indicators: deck.indicators, glossary: deck.glossary, quizzes: deck.quizzes }
    expect(copiedTranslations(all)).toEqual([])
  })

  it('are caught when copied', () => {
    expect(copiedTranslations({ forms: [{ title: { en: 'Joint research', id: 'Joint research' } }] })).toEqual(['$.forms[0].title'])
  })
})
