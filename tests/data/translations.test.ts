// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import * as deck from '../../data'
import { jsonPath } from '../../data/validate'
import { editions } from '../../scripts/editions'
import { labels } from '../../utils/labels'
import { deckSlides, root } from '../deck'

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

/** Every Indonesian text of the edition: its pages, its headmatter, the data and the labels. */
function indonesianTexts(): { where: string, text: string }[] {
  const pages = readdirSync(join(root, 'pages/id')).map(name => ({ where: `pages/id/${name}`, text: readFileSync(join(root, 'pages/id', name), 'utf8') }))
  const ids = indonesianOf([deck.paper, deck.references, deck.theories, deck.forms, deck.levels, deck.timeline, deck.indicators, deck.glossary, deck.quizzes, labels])
  return [...pages, { where: 'slides.id.md', text: readFileSync(join(root, 'slides.id.md'), 'utf8') }, { where: 'data and labels', text: ids.join('\n') }]
}

/**
 * The Indonesian text of the question bank: the questions and the glossary in
 * data, and the question and Practice slides of the edition, notes included.
 */
function questionBankTexts(): { where: string, text: string }[] {
  const slides = deckSlides(join(root, editions.id))
    .filter(slide => slide.info.content.includes('<QuizQuestion') || slide.info.frontmatter.routeAlias === 'practice')
    .map(slide => ({ where: `${slide.file} slide ${slide.index}`, text: `${slide.info.content}\n${slide.info.note ?? ''}` }))
  return [...slides, { where: 'data/quizzes.json', text: indonesianOf(deck.quizzes).join('\n') }, { where: 'data/glossary.json', text: indonesianOf(deck.glossary).join('\n') }]
}

/**
 * Forms that make the Indonesian read as a translation or slip out of the
 * academic register, each with what a lecturer would write instead.
 */
const avoidedForms: { form: RegExp, instead: string }[] = [
  { form: /\bdek\b/i, instead: '"modul" or "salindia" ("dek" is a ship\'s deck in KBBI)' },
  { form: /\bnon-tradisional/i, instead: '"nontradisional", a bound form written joined' },
  { form: /konteks publik/i, instead: '"konteks dari sumber lain" (not "the public\'s context")' },
  { form: /^Tanya:/m, instead: '"Pertanyaan untuk kelas:"' },
  { form: /selebihnya untuk belajar mandiri/i, instead: '"bila tidak, untuk belajar mandiri"' },
  { form: /huruf yang keliru menunjukkan/i, instead: '"Miskonsepsi di balik pilihan yang salah:"' },
  { form: /\b(?:di|me)?teken\b/i, instead: '"ditandatangani", "menandatangani"' },
  { form: /\bala\b/i, instead: '"menurut", "seperti"' },
  { form: /\bbersidang\b/i, instead: '"bertemu", "mengadakan pertemuan"' },
  { form: /macam apakah/i, instead: '"jenis apa"' },
  { form: /memparafrase/i, instead: '"menguraikan dengan kata-kata sendiri"' },
  { form: /\b(?:capai|awas|lagi-lagi)\b/i, instead: 'the academic register ("mencapai", "perhatikan", "sekali lagi")' },
  { form: /\d %/, instead: 'no space before the per cent sign ("98,72%")' },
  { form: /Indonesia Investment Authority/, instead: '"Lembaga Pengelola Investasi (LPI)"' },
  { form: /\bCEO\b|Plan of Action/, instead: 'the Indonesian name ("direktur utama", "Rencana Aksi")' },
]

function avoidedFormsIn(texts: readonly { where: string, text: string }[]): string[] {
  return texts.flatMap(({ where, text }) => avoidedForms
    .filter(({ form }) => form.test(text))
    .map(({ form, instead }) => `${where}: ${form.exec(text)![0]} (write ${instead})`))
}

describe('the Indonesian of the question bank', () => {
  it('avoids the forms that read as a translation or slip out of register', () => {
    expect(avoidedFormsIn(questionBankTexts())).toEqual([])
  })

  it('catches each avoided form', () => {
    const samples = ['dek ini', 'keamanan non-tradisional', 'konteks publik', 'Tanya: mengapa?', 'selebihnya untuk belajar mandiri', 'Huruf yang keliru menunjukkan', 'MoU diteken', 'studi ala Zed', 'JWG bersidang', 'lembaga macam apakah', 'memparafrasekan', 'Awas', '98,72 %', 'Indonesia Investment Authority', 'CEO SK Plasma']
    expect(samples.filter(text => avoidedFormsIn([{ where: 'sample', text }]).length !== 1)).toEqual([])
    expect(avoidedFormsIn([{ where: 'sample', text: 'Modul ini menandatangani MoU; keamanan nontradisional; mencapai 98,72%.' }])).toEqual([])
  })
})

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
 * Forms that made the Indonesian read as a translation or slip out of the
 * academic register (EYD V, KBBI), with what to write instead. Checked in the
 * slides (the question slides' notes are generated from `data/quizzes.json`
 * and checked with it), the headmatter, the data other than the question bank
 * and the glossary, and the labels.
 */
const avoided: { pattern: RegExp, instead: string }[] = [
  { pattern: /\bdek\b/i, instead: '"modul" or "salindia" (KBBI\'s "dek" is a ship\'s deck)' },
  { pattern: /selebihnya untuk belajar mandiri/, instead: '"opsional di kelas; untuk belajar mandiri"' },
  { pattern: /konteks publik/i, instead: '"konteks dari sumber publik"' },
  { pattern: /Huruf yang keliru/, instead: '"Pilihan yang keliru"' },
  { pattern: /^Tanya:/m, instead: '"Pertanyaan untuk kelas:"' },
  { pattern: /\d %/, instead: 'no space before the percent sign, "98,72%"' },
  { pattern: /\b(?:diteken|meneken)\b/i, instead: '"ditandatangani", "menandatangani"' },
  { pattern: /\bcapai\b/i, instead: '"mencapai"' },
  { pattern: /\bala\b/i, instead: '"menurut", "sebagaimana diuraikan"' },
  { pattern: /\b(?:Awas|Lagi-lagi|macam apakah|bersidang)\b/i, instead: 'the academic register ("Perhatikan", "Sekali lagi", "jenis apa", "bertemu")' },
  { pattern: /menyaksikan perjanjian/i, instead: '"menyaksikan penandatanganan perjanjian"' },
  { pattern: /memparafrasekan/i, instead: '"memparafrasakan" (KBBI)' },
  { pattern: /mengalihkan vaksin/i, instead: '"mengalihkan teknologi vaksin"' },
  { pattern: /(?<!\()Plan of Action/, instead: '"Rencana Aksi"' },
  { pattern: /\bCEO\b/, instead: '"direktur utama"' },
  { pattern: /(?<!\()Indonesia Investment Authority/, instead: '"Lembaga Pengelola Investasi (INA)"' },
  { pattern: /\bknow-how\b|keahlian teknis/i, instead: '"pengetahuan teknis", one rendering throughout' },
]

/** Indonesian text the forms are checked in, line by line, the question slides left out. */
function checkedIndonesian(): { where: string, text: string }[] {
  const slides = [...readdirSync(join(root, 'pages/id')).map(name => `pages/id/${name}`), 'slides.id.md']
    .flatMap(file => readFileSync(join(root, file), 'utf8').split(/\n---\n/).filter(block => !block.includes('<QuizQuestion')).map(text => ({ where: file, text })))
  const strings: { where: string, text: string }[] = []
  const collect = (value: unknown, where: string): void => {
    if (Array.isArray(value))
      value.forEach(item => collect(item, where))
    else if (value && typeof value === 'object')
      Object.entries(value).forEach(([key, child]) => key === 'id' && typeof child === 'string' && 'en' in value ? strings.push({ where, text: child }) : collect(child, where))
  }
  const data = { paper: deck.paper, references: deck.references, theories: deck.theories, findings: deck.forms, levels: deck.levels, timeline: deck.timeline, indicators: deck.indicators, labels }
  Object.entries(data).forEach(([name, value]) => collect(value, name))
  return [...slides, ...strings].flatMap(({ where, text }) => text.split('\n').map(line => ({ where, text: line })))
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

  it('are caught when they come back', () => {
    const caught = (text: string) => avoided.some(({ pattern }) => pattern.test(text))
    expect(caught('Cara memakai dek ini')).toBe(true)
    expect(caught('Tanya: Mengapa?')).toBe(true)
    expect(caught('mencapai 98,72 %')).toBe(true)
    expect(caught('Indonesia Investment Authority menandatangani')).toBe(true)
    expect(caught('Lembaga Pengelola Investasi (Indonesia Investment Authority, INA)')).toBe(false)
    expect(caught('Tanyakan: Mengapa?')).toBe(false)
  })
})
