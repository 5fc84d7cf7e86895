// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import * as deck from '../../data'
import { jsonPath } from '../../data/validate'
import { labels } from '../../utils/labels'
import { root } from '../deck'

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

/**
 * The Indonesian edition's standard terms, from the glossary in data, and the
 * variants that would make a reader think a second concept is meant.
 */
const standardTerms: Record<string, { term: string, not: string[] }> = {
  'technology-transfer': { term: 'alih teknologi', not: ['transfer teknologi'] },
  'library-research': { term: 'studi kepustakaan', not: ['riset kepustakaan', 'penelitian kepustakaan', 'kajian pustaka'] },
  'complex-interdependence': { term: 'interdependensi kompleks', not: ['saling ketergantungan kompleks', 'ketergantungan kompleks'] },
  'levels-of-analysis': { term: 'tingkat analisis', not: ['level analisis', 'tingkatan analisis'] },
  // The bound form is joined (KBBI, EYD V), as in "nonmiliter"; the hyphenated form is caught below.
  'non-traditional-security': { term: 'keamanan nontradisional', not: ['keamanan non tradisional'] },
  'plasma-fractionation': { term: 'fraksionasi plasma', not: ['fraksinasi plasma', 'pemisahan plasma'] },
  'health-diplomacy': { term: 'diplomasi kesehatan', not: ['diplomasi di bidang kesehatan'] },
  'national-health-resilience': { term: 'ketahanan kesehatan nasional', not: ['ketahanan nasional di bidang kesehatan', 'resiliensi kesehatan'] },
  'international-cooperation': { term: 'kerja sama internasional', not: ['kerjasama internasional', 'kooperasi internasional'] },
}

/** The Indonesian text of every `{ en, id }` pair in `value`. */
function indonesianOf(value: unknown): string[] {
  const ids: string[] = []
  const collect = (child: unknown): void => {
    if (Array.isArray(child))
      child.forEach(collect)
    else if (child && typeof child === 'object')
      Object.entries(child).forEach(([key, grandchild]) => key === 'id' && typeof grandchild === 'string' && 'en' in child ? ids.push(grandchild) : collect(grandchild))
  }
  collect(value)
  return ids
}

/** Every Indonesian text of the edition: its pages, its headmatter, each data file and the labels. */
function indonesianTexts(): { where: string, text: string }[] {
  const pages = readdirSync(join(root, 'pages/id')).map(name => ({ where: `pages/id/${name}`, text: readFileSync(join(root, 'pages/id', name), 'utf8') }))
  const data = { 'data/paper.json': deck.paper, 'data/references.json': deck.references, 'data/theories.json': deck.theories, 'data/findings.json': deck.forms, 'data/levels.json': deck.levels, 'data/timeline.json': deck.timeline, 'data/indicators.json': deck.indicators, 'data/glossary.json': deck.glossary, 'data/quizzes.json': deck.quizzes, 'utils/labels.ts': labels }
  const strings = Object.entries(data).map(([where, value]) => ({ where, text: indonesianOf(value).join('\n') }))
  return [...pages, { where: 'slides.id.md', text: readFileSync(join(root, 'slides.id.md'), 'utf8') }, ...strings]
}

describe('the Indonesian standard terms', () => {
  const texts = indonesianTexts()

  it('come from the glossary', () => {
    const glossaryTerms = deck.glossary.map(term => ({ id: term.id, text: term.term.id.toLowerCase() }))
    for (const [id, { term }] of Object.entries(standardTerms))
      expect(glossaryTerms.find(entry => entry.id === id)?.text, id).toContain(term)
  })

  it('are used, and their variants are not', () => {
    const variants = Object.values(standardTerms).flatMap(({ term, not }) => not.map(variant => ({ term, variant })))
    const found = texts.flatMap(({ where, text }) => variants
      .filter(({ variant }) => text.toLowerCase().includes(variant))
      .map(({ term, variant }) => `${where}: "${variant}" where the standard term is "${term}"`))
    expect(found).toEqual([])
    const all = texts.map(({ text }) => text.toLowerCase()).join('\n')
    expect(Object.values(standardTerms).filter(({ term }) => !all.includes(term)).map(({ term }) => term)).toEqual([])
  })
})

describe('the interface labels', () => {
  /** Labels that are the same word in both languages. */
  const same = new Set(['indonesia'])

  it('are translated', () => {
    const copied = Object.entries(labels).filter(([key, label]) => !same.has(key) && label.en.trim() === label.id.trim()).map(([key]) => key)
    expect(copied).toEqual([])
    expect(Object.entries(labels).filter(([, label]) => !label.en.trim() || !label.id.trim()).map(([key]) => key)).toEqual([])
  })
})

/**
 * Forms that make the Indonesian read as a translation or slip out of the
 * academic register (EYD V, KBBI), each with what a lecturer would write
 * instead. Checked line by line in all the edition's Indonesian: the slides
 * and their notes, the headmatter, the data (the question bank and the
 * glossary included) and the labels.
 */
const avoided: { pattern: RegExp, instead: string }[] = [
  { pattern: /\bdek\b/i, instead: '"modul" or "salindia" (KBBI\'s "dek" is a ship\'s deck)' },
  { pattern: /\bnon-tradisional/i, instead: '"nontradisional", a bound form written joined' },
  { pattern: /konteks publik/i, instead: '"konteks dari sumber lain" (not "the public\'s context")' },
  { pattern: /^Tanya:/m, instead: '"Pertanyaan untuk kelas:"' },
  { pattern: /selebihnya untuk belajar mandiri/i, instead: '"opsional di kelas; untuk belajar mandiri"' },
  { pattern: /huruf yang keliru/i, instead: '"Miskonsepsi di balik pilihan yang salah:"' },
  { pattern: /\b(?:di|me)?teken\b|\bmeneken\b/i, instead: '"ditandatangani", "menandatangani"' },
  { pattern: /\bala\b/i, instead: '"menurut", "sebagaimana diuraikan"' },
  { pattern: /\b(?:capai|awas|lagi-lagi|macam apakah|bersidang)\b/i, instead: 'the academic register ("mencapai", "perhatikan", "sekali lagi", "jenis apa", "bertemu")' },
  { pattern: /memparafrase/i, instead: '"memparafrasakan" (KBBI) or "menguraikan dengan kata-kata sendiri"' },
  { pattern: /\d %/, instead: 'no space before the per cent sign ("98,72%")' },
  { pattern: /menyaksikan perjanjian/i, instead: '"menyaksikan penandatanganan perjanjian"' },
  { pattern: /mengalihkan vaksin/i, instead: '"mengalihkan teknologi vaksin"' },
  { pattern: /(?<!\()Plan of Action/, instead: '"Rencana Aksi"' },
  { pattern: /\bCEO\b/, instead: '"direktur utama"' },
  { pattern: /(?<!\()Indonesia Investment Authority/, instead: '"Lembaga Pengelola Investasi", the English name only in brackets' },
  { pattern: /\bknow-how\b|keahlian teknis/i, instead: '"pengetahuan teknis", one rendering throughout' },
]

/** Every line of the edition's Indonesian, with where it is. */
function checkedIndonesian(): { where: string, text: string }[] {
  return indonesianTexts().flatMap(({ where, text }) => text.split('\n').map(line => ({ where, text: line })))
}

describe('the Indonesian forms', () => {
  const texts = checkedIndonesian()

  it('avoid the forms of a translation and the slips of register', () => {
    const found = texts.flatMap(({ where, text }) => avoided.filter(({ pattern }) => pattern.test(text)).map(({ pattern, instead }) => `${where}: ${String(pattern)} in "${text.slice(0, 90)}…": write ${instead}`))
    expect(found).toEqual([])
  })

  it('give PHEIC its Indonesian name wherever it appears', () => {
    const bare = texts.filter(({ text }) => /PHEIC/.test(text) && !/Kedaruratan Kesehatan Masyarakat|KKMMD/.test(text)).map(({ where, text }) => `${where}: ${text.slice(0, 90)}`)
    expect(bare).toEqual([])
  })

  it('use one rendering of know-how, "pengetahuan teknis"', () => {
    expect(texts.some(({ text }) => text.includes('pengetahuan teknis'))).toBe(true)
  })

  it('are caught when they come back, one pattern each, and good Indonesian passes', () => {
    const caught = (text: string) => avoided.filter(({ pattern }) => pattern.test(text)).length
    const samples = ['Cara memakai dek ini', 'keamanan non-tradisional', 'konteks publik', 'Tanya: Mengapa?', 'selebihnya untuk belajar mandiri', 'Huruf yang keliru menunjukkan', 'MoU diteken', 'studi ala Zed', 'JWG bersidang', 'lembaga macam apakah', 'memparafrasekan', 'Awas', 'mencapai 98,72 %', 'menyaksikan perjanjian', 'mengalihkan vaksin', 'Plan of Action', 'CEO SK Plasma', 'Indonesia Investment Authority menandatangani', 'keahlian teknis']
    expect(samples.filter(text => caught(text) !== 1)).toEqual([])
    expect(caught('Modul ini menandatangani MoU; keamanan nontradisional; mencapai 98,72%.')).toBe(0)
    expect(caught('Lembaga Pengelola Investasi (Indonesia Investment Authority, INA)')).toBe(0)
    expect(caught('Tanyakan: Mengapa?')).toBe(0)
  })
})
