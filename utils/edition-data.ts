/**
 * Each edition's build ships its own language of the deck's data: a deck's
 * language is fixed per edition (the headmatter's `htmlAttrs.lang`), so the
 * other language's half of every localised string (half the question bank,
 * about 15 kB gzip on the quiz slide) was never read in the browser. The
 * other language becomes an empty string rather than going away, so the data
 * keeps its schema's shape and type. Dev, the tests and the exports that read
 * data in Node keep both languages.
 */
import type { Lang } from '../data/schema'
import { langs } from '../data/picklists'

/** A localised string as the data writes it: exactly `en` and `id`, both strings. */
function isLocalized(value: object): value is Record<Lang, string> {
  const keys = Object.keys(value)
  return keys.length === langs.length && langs.every(lang => typeof (value as Record<string, unknown>)[lang] === 'string')
}

/** `value` with every localised string keeping `lang` only, the other language emptied. */
export function keepLanguage<T>(value: T, lang: Lang): T {
  if (Array.isArray(value))
    return value.map(item => keepLanguage(item, lang)) as T
  if (!value || typeof value !== 'object')
    return value
  if (isLocalized(value))
    return Object.fromEntries(langs.map(key => [key, key === lang ? value[key] : ''])) as T
  return Object.fromEntries(Object.entries(value).map(([key, child]) => [key, keepLanguage(child, lang)])) as T
}

/** The text of a data JSON file as an edition in `lang` builds it. */
export function editionDataJson(json: string, lang: Lang): string {
  return JSON.stringify(keepLanguage(JSON.parse(json) as unknown, lang))
}

/** Whether `lang` names one of the deck's editions (a headmatter may leave it out). */
export function isEditionLang(lang: unknown): lang is Lang {
  return langs.includes(lang as Lang)
}
