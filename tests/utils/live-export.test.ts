import type { Quiz } from '../../data/schema'
import type { ResultsInput, SessionQuestions } from '../../utils/live-export'
import { describe, expect, it } from 'vitest'
import { labels } from '../../utils/labels'
import { liveEntryOf } from '../../utils/live'
import { csvColumns, csvField, EXPORT_FORMAT, resultsCsv, resultsFileName, resultsJson, sessionResults } from '../../utils/live-export'
import { parseCsv } from '../csv'
import { classify, fixtures, multiple, order, single, trueFalse } from '../quiz-fixtures'

/** Device ids as the server issues them: none of them may reach a file. */
const devices = ['dev-Secret0000000001', 'dev-Secret0000000002', 'dev-Secret0000000003', 'dev-Secret0000000004']
const votes = (...answers: string[][]) => Object.fromEntries(answers.map((answer, i) => [devices[i]!, answer]))
const level = (id: string) => ({ en: `Level ${id}`, id: `Tingkat ${id}` })

function results(questions: SessionQuestions, more: Partial<ResultsInput> = {}) {
  return sessionResults({ quizzes: fixtures, lang: 'en', levelName: level, questions, title: 'The deck', session: '2026-12-02-group-b', exportedAt: new Date('2026-12-02T10:00:00Z'), ...more })
}

describe('sessionResults', () => {
  it('counts a single-choice question per option, with the share right and each wrong option\'s misconception', () => {
    const [question] = results({ [single.id]: { status: 'revealed', votes: votes(['a'], ['b'], ['b'], ['c']) } }).questions
    expect(question).toMatchObject({ id: single.id, type: 'single', prompt: 'Which reply is strongest?', status: 'revealed', answered: 4, right: 2, shareRight: 0.5 })
    expect(question!.rows).toEqual([
      { id: 'a', letter: 'A', text: 'Only armies count', count: 1, share: 0.25, right: false, misconception: 'Security means only military threats.' },
      { id: 'b', letter: 'B', text: 'Disease shakes stability', count: 2, share: 0.5, right: true },
      { id: 'c', letter: 'C', text: 'It is welfare policy', count: 1, share: 0.25, right: false, misconception: 'Non-traditional means not security.' },
    ])
    expect(question!.misconceptions.map(line => line.letter)).toEqual(['A', 'C'])
  })

  it('counts a multiple-choice answer right only when it is whole, and names the misconception of a wrong option nobody chose', () => {
    const [question] = results({ [multiple.id]: { status: 'closed', votes: votes(['a', 'b'], ['a', 'c']) } }).questions
    expect(question).toMatchObject({ answered: 2, right: 1, shareRight: 0.5 })
    expect(question!.rows.map(row => [row.letter, row.count, row.right, row.misconception])).toEqual([
      ['A', 2, true, undefined],
      ['B', 1, true, undefined],
      ['C', 1, false, 'Transfer is buying medicines.'],
      ['D', 0, false, 'The JWG is an ASEAN body.'],
    ])
    expect(question!.misconceptions).toHaveLength(1)
  })

  it('gives a true-false question its two values as options', () => {
    const [question] = results({ [trueFalse.id]: { status: 'open', votes: votes(['false'], ['true'], ['false']) } }).questions
    expect(question!.rows).toEqual([
      { id: 'true', letter: 'A', text: 'True', count: 1, share: 1 / 3, right: false, misconception: 'Levels of analysis is Waltz\'s term.' },
      { id: 'false', letter: 'B', text: 'False', count: 2, share: 2 / 3, right: true },
    ])
    expect(question).toMatchObject({ right: 2, shareRight: 2 / 3 })
  })

  it('counts a classify question per statement and category, with the statement\'s misconception on its wrong placements', () => {
    const allRight = ['minister=individual', 'imports=state', 'shortage=system']
    const [question] = results({ [classify.id]: { status: 'closed', votes: votes(allRight, ['minister=state', 'imports=state', 'shortage=system']) } }).questions
    expect(question).toMatchObject({ answered: 2, right: 1, shareRight: 0.5 })
    expect(question!.rows).toHaveLength(9)
    const minister = question!.rows.filter(row => row.id === 'minister')
    expect(minister.map(row => [row.category?.text, row.count, row.right, row.misconception])).toEqual([
      ['Level individual', 1, true, undefined],
      ['Level state', 1, false, 'Leaders are the state.'],
      ['Level system', 0, false, 'Leaders are the state.'],
    ])
    expect(minister[0]).toMatchObject({ letter: 'A', text: 'A minister\'s drive', share: 0.5 })
    expect(question!.misconceptions).toEqual([{ kind: 'statement', option: 'minister', letter: 'A', count: 1, share: 0.5, text: 'Leaders are the state.' }])
  })

  it('counts an order question per item and position, and the whole orders right', () => {
    const [question] = results({ [order.id]: { status: 'revealed', votes: votes(['first', 'second', 'third', 'fourth'], ['second', 'first', 'third', 'fourth'], ['first', 'second', 'third', 'fourth']) } }).questions
    expect(question).toMatchObject({ answered: 3, right: 2, shareRight: 2 / 3, misconceptions: [] })
    expect(question!.rows).toHaveLength(16)
    // Items keep the letters they have on the slide (the deck's scrambled order).
    const letters = new Map(liveEntryOf(order, 'en')!.question.options.map(option => [option.id, option.letter]))
    const first = question!.rows.filter(row => row.id === 'first')
    expect(first.map(row => [row.position, row.count, row.right])).toEqual([[1, 2, true], [2, 1, false], [3, 0, false], [4, 0, false]])
    expect(first[0]!.letter).toBe(letters.get('first'))
    expect(question!.rows.find(row => row.id === 'third' && row.position === 3)).toMatchObject({ count: 3, share: 1, right: true })
  })

  it('lists the questions used in the deck\'s order, leaves out one the deck no longer has, and does not count an answer that no longer fits', () => {
    const { questions } = results({
      [order.id]: { status: 'open', votes: {} },
      'gone-question': { status: 'closed', votes: votes(['a']) },
      [single.id]: { status: 'closed', votes: votes(['a'], ['z'], ['a', 'b']) },
    })
    expect(questions.map(question => question.id)).toEqual([single.id, order.id])
    expect(questions[0]).toMatchObject({ answered: 1, right: 0, shareRight: 0 })
    expect(questions[1]).toMatchObject({ answered: 0, shareRight: 0 })
    expect(questions[1]!.rows.every(row => row.count === 0 && row.share === 0)).toBe(true)
  })
})

describe('resultsJson', () => {
  it('says its format, the deck, the session, the language and when it was made', () => {
    const value = JSON.parse(resultsJson(results({ [single.id]: { status: 'open', votes: votes(['b']) } })))
    expect(value).toMatchObject({ format: EXPORT_FORMAT, version: 1, title: 'The deck', session: '2026-12-02-group-b', lang: 'en', exportedAt: '2026-12-02T10:00:00.000Z' })
    expect(value.questions[0].rows[1]).toMatchObject({ letter: 'B', count: 1, share: 1, right: true })
  })
})

describe('resultsCsv', () => {
  const all: SessionQuestions = {
    [single.id]: { status: 'revealed', votes: votes(['a'], ['b']) },
    [multiple.id]: { status: 'closed', votes: votes(['a', 'b']) },
    [trueFalse.id]: { status: 'closed', votes: votes(['true']) },
    [classify.id]: { status: 'closed', votes: votes(['minister=state', 'imports=state', 'shortage=system']) },
    [order.id]: { status: 'closed', votes: votes(['first', 'second', 'third', 'fourth']) },
  }

  it('starts with a byte-order mark and a header row, then one row per option, placement or position', () => {
    const csv = resultsCsv(results(all))
    expect(csv.startsWith('\uFEFF')).toBe(true)
    expect(csv.endsWith('\r\n')).toBe(true)
    const rows = parseCsv(csv.slice(1))
    expect(rows[0]).toEqual(csvColumns.map(key => labels[key].en))
    expect(rows).toHaveLength(1 + 3 + 4 + 2 + 9 + 16)
    const header = rows[0]!
    const cell = (row: string[], key: typeof csvColumns[number]) => row[header.indexOf(labels[key].en)]
    const a = rows.find(row => cell(row, 'exportQuestion') === single.id && cell(row, 'exportLetter') === 'A')!
    expect([cell(a, 'exportSession'), cell(a, 'exportType'), cell(a, 'exportStatus'), cell(a, 'exportAnswered'), cell(a, 'exportWhollyRight'), cell(a, 'exportShareWhollyRight')]).toEqual(['2026-12-02-group-b', 'Single choice', 'Answer revealed', '2', '1', '50 %'])
    expect([cell(a, 'exportCount'), cell(a, 'exportShare'), cell(a, 'exportIsRight'), cell(a, 'exportMisconception')]).toEqual(['1', '50 %', 'no', 'Security means only military threats.'])
    const placed = rows.find(row => cell(row, 'exportQuestion') === classify.id && cell(row, 'exportLetter') === 'A' && cell(row, 'exportPlacedIn') === 'Level state')!
    expect([cell(placed, 'exportCount'), cell(placed, 'exportIsRight'), cell(placed, 'exportMisconception')]).toEqual(['1', 'no', 'Leaders are the state.'])
    expect(rows.filter(row => cell(row, 'exportQuestion') === order.id).map(row => cell(row, 'exportPlacedIn'))).toEqual(Array.from({ length: 16 }, (_, i) => String((i % 4) + 1)))
  })

  it('quotes commas, quotes and line breaks in texts, so every field reads back as it was', () => {
    const tricky: Quiz = { ...single, prompt: { en: 'Which, of "these",\nis right?', id: 'x' }, options: single.options.map((option, i) => i ? option : { ...option, text: { en: 'A "quoted", text\r\nover lines', id: 'x' } }) }
    const csv = resultsCsv(results({ [single.id]: { status: 'open', votes: votes(['a']) } }, { quizzes: [tricky] }))
    expect(csv).toContain('"Which, of ""these"",\nis right?"')
    const rows = parseCsv(csv.slice(1))
    expect(rows).toHaveLength(4)
    expect(rows[1]![3]).toBe('Which, of "these",\nis right?')
    expect(rows[1]![9]).toBe('A "quoted", text\r\nover lines')
    expect(csvField('plain')).toBe('plain')
    expect(csvField(12)).toBe('12')
  })

  it('holds no device id, in CSV or JSON', () => {
    const made = results(all)
    for (const text of [resultsCsv(made), resultsJson(made)]) {
      for (const device of devices)
        expect(text).not.toContain(device)
      expect(text).not.toMatch(/dev-Secret/)
    }
  })

  it('speaks Indonesian in an Indonesian export: its columns, types, statuses and texts', () => {
    const csv = resultsCsv(results(all, { lang: 'id', session: 'kelas-a' }))
    const rows = parseCsv(csv.slice(1))
    expect(rows[0]).toEqual(['Sesi', 'Soal', 'Jenis soal', 'Teks soal', 'Status soal', 'Jumlah penjawab', 'Benar seluruhnya', 'Persentase benar seluruhnya', 'Pilihan, pernyataan, atau butir', 'Teks', 'Kategori atau urutan', 'Jumlah', 'Persentase', 'Benar', 'Miskonsepsi'])
    expect(rows[1]!.slice(0, 5)).toEqual(['kelas-a', single.id, 'Pilihan ganda (satu jawaban)', 'Which reply is strongest? (id)', 'Jawaban ditampilkan'])
    expect(rows[1]![13]).toBe('tidak')
    expect(rows[2]![13]).toBe('ya')
    expect(rows.find(row => row[1] === trueFalse.id)![9]).toBe('Benar')
    expect(rows.find(row => row[1] === classify.id)![10]).toBe('Tingkat individual')
    expect(rows.find(row => row[1] === multiple.id)![2]).toBe('Pilihan ganda (beberapa jawaban)')
  })
})

describe('resultsFileName', () => {
  it('names the session and the language', () => {
    expect(resultsFileName('2026-12-02-group-b', 'id', 'csv')).toBe('jwg-live-2026-12-02-group-b-id.csv')
  })
})
