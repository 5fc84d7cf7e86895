/**
 * Formatting that depends on the language: partial dates, numbers and short
 * citations. Pure functions, so slides, charts and tests agree.
 */
import type { Lang, Reference, ReferenceTitle } from '../data/schema'

const locales: Record<Lang, string> = { en: 'en-GB', id: 'id-ID' }

/**
 * Formatters, made once per language and options: building an `Intl`
 * formatter costs far more than using one, and a question's feedback formats
 * a dozen source dates at once.
 */
const formatters = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>()

function formatter<T extends Intl.DateTimeFormat | Intl.NumberFormat>(kind: string, lang: Lang, options: object, make: () => T): T {
  const key = `${kind} ${lang} ${JSON.stringify(options)}`
  let made = formatters.get(key) as T | undefined
  if (!made) {
    made = make()
    formatters.set(key, made)
  }
  return made
}

/** `2020` → "2020"; `2020-03` → "March 2020"; `2020-03-02` → "2 March 2020" ("2 Maret 2020" in Indonesian). */
export function formatPartialDate(date: string, lang: Lang): string {
  const [year, month, day] = date.split('-').map(Number)
  if (month === undefined)
    return String(year)
  const value = new Date(Date.UTC(year!, month - 1, day ?? 1))
  const options: Intl.DateTimeFormatOptions = {
    timeZone: 'UTC',
    year: 'numeric',
    month: 'long',
    ...(day === undefined ? {} : { day: 'numeric' }),
  }
  return formatter('date', lang, options, () => new Intl.DateTimeFormat(locales[lang], options)).format(value)
}

/** A number with the language's separators: 1,255 in English, 1.255 in Indonesian. */
export function formatNumber(value: number, lang: Lang, options: Intl.NumberFormatOptions = {}): string {
  const all = { maximumFractionDigits: 2, ...options }
  return formatter('number', lang, all, () => new Intl.NumberFormat(locales[lang], all)).format(value)
}

/**
 * A reference's title in the edition's language: the work's own title (a
 * string) as it is, the deck's description (`{ en, id }`) in `lang`.
 */
export function referenceTitle(title: ReferenceTitle, lang: Lang): string {
  return typeof title === 'string' ? title : title[lang]
}

/**
 * A value as charts and tables label it: its `display` pattern filled with the
 * number in the language's format ("{value} %" → "86.9 %", "86,9 %"), a fixed
 * `display` as it is ("≈ 527"), or else the number alone.
 */
export function displayValue(value: { value: number, display?: string }, lang: Lang): string {
  if (value.display === undefined)
    return formatNumber(value.value, lang)
  return value.display.replace('{value}', formatNumber(value.value, lang))
}

/**
 * A title as a citation prints it: a work's own title as it is; the deck's
 * description of a news item or record in square brackets, so it cannot be
 * mistaken for the outlet's real headline.
 */
export function citedTitle(title: ReferenceTitle, lang: Lang): string {
  return typeof title === 'string' ? title : `[${title[lang]}]`
}

/** "Alman et al.", "Waltz 1959", "Korea Biomed, 8 March 2023": enough to find the full entry. */
export function shortCitation(reference: Pick<Reference, 'kind' | 'authors' | 'container' | 'title' | 'date'>, lang: Lang): string {
  // People are cited by surname; an organisation as an author keeps its whole name.
  const people = reference.kind === 'paper' || reference.kind === 'book'
  const who = reference.authors
    ? people ? shortAuthors(reference.authors) : reference.authors
    : reference.container ?? shortTitle(referenceTitle(reference.title, lang))
  if (!reference.date)
    return who
  return reference.authors
    ? `${who} ${reference.date.slice(0, 4)}`
    : `${who}, ${formatPartialDate(reference.date, lang)}`
}

const whitespace = /\s+/
const trailingPunctuation = /[,:;]$/
const trailingDot = /\.$/
const doubleDot = /\.\./g
const authorSeparator = /,\s*|\s*&\s*|\s+and\s+/

/** The first words of a title, enough to find it in the list. */
function shortTitle(title: string): string {
  const words = title.split(whitespace)
  return words.length > 5 ? `${words.slice(0, 4).join(' ').replace(trailingPunctuation, '')}…` : title
}

function shortAuthors(authors: string): string {
  const people = authors.split(authorSeparator).filter(Boolean)
  const surname = (name: string): string => name.trim().split(whitespace).at(-1)!.replace(trailingDot, '')
  if (people.length > 2)
    return `${surname(people[0]!)} et al.`
  return people.map(surname).join(' & ')
}

/** A full citation line: who (authors, else the outlet), when, what, where. */
export function fullCitation(reference: Reference, lang: Lang): string {
  const who = reference.authors ?? reference.container
  const parts = [
    who,
    reference.date ? `(${formatPartialDate(reference.date, lang)})` : undefined,
    citedTitle(reference.title, lang),
    reference.authors ? reference.container : undefined,
  ].filter(Boolean)
  return `${parts.join('. ').replace(doubleDot, '.')}.`
}
