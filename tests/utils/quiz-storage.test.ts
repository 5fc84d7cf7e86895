import type { Migration, QuizEntry } from '../../utils/quiz-storage'
import { describe, expect, it } from 'vitest'
import { emptyProgress, sanitize, sanitizeWithReport, serialize, signature, STORAGE_VERSION } from '../../utils/quiz-storage'
import { classify, fixtures, multiple, order, single, trueFalse } from '../quiz-fixtures'

function entry(quiz: (typeof fixtures)[number], fields: Partial<QuizEntry> & Pick<QuizEntry, 'answer'>): QuizEntry {
  return { checked: false, attempts: 0, best: null, solutionSeen: false, sig: signature(quiz), ...fields }
}

const good = {
  'fixture-single': entry(single, { answer: { kind: 'choice', selected: ['b'] }, checked: true, attempts: 1, best: 1 }),
  'fixture-multiple': entry(multiple, { answer: { kind: 'choice', selected: ['a', 'c'] }, checked: true, attempts: 2, best: 0, solutionSeen: true }),
  'fixture-true-false': entry(trueFalse, { answer: { kind: 'choice', selected: ['true'] } }),
  'fixture-classify': entry(classify, { answer: { kind: 'classify', placements: { minister: 'state' } } }),
  'fixture-order': entry(order, { answer: { kind: 'order', order: ['fourth', 'third', 'second', 'first'] }, checked: true, attempts: 1, best: 0 }),
}
const saved = { version: STORAGE_VERSION, entries: good } as const

describe('sanitize', () => {
  it('keeps valid progress of every question type as it is', () => {
    expect(sanitize(saved, fixtures)).toEqual(saved)
    expect(sanitize(serialize(saved), fixtures)).toEqual(saved)
  })

  it('turns text that is not JSON, or JSON that is not an object, into empty progress', () => {
    for (const raw of ['{"version":1,"entr', '', 'null', '42', '"text"', '[1,2]', null, undefined, 7, []])
      expect(sanitizeWithReport(raw, fixtures), String(raw)).toEqual({ progress: emptyProgress(), dropped: [{ id: '*', reason: 'unreadable' }] })
  })

  it('sets aside a version it cannot read: not a whole number, or newer than this deck', () => {
    expect(sanitizeWithReport({ ...saved, version: 'one' }, fixtures).dropped).toEqual([{ id: '*', reason: 'bad-version' }])
    expect(sanitizeWithReport({ ...saved, version: 1.5 }, fixtures).dropped).toEqual([{ id: '*', reason: 'bad-version' }])
    expect(sanitizeWithReport({ ...saved, version: STORAGE_VERSION + 1 }, fixtures)).toEqual({ progress: emptyProgress(), dropped: [{ id: '*', reason: 'newer-version' }] })
  })

  it('drops an entry for a question that no longer exists, and keeps the rest', () => {
    const result = sanitizeWithReport({ version: 1, entries: { ...good, 'gone-question': good['fixture-single'] } }, fixtures)
    expect(result.progress.entries).toEqual(good)
    expect(result.dropped).toEqual([{ id: 'gone-question', reason: 'unknown-question' }])
  })

  it('drops an entry saved for an earlier shape of its question (options or items changed)', () => {
    const changed = { ...single, options: single.options.map(option => option.id === 'c' ? { ...option, id: 'z' } : option) }
    const result = sanitizeWithReport(saved, [changed, multiple, trueFalse, classify, order])
    expect(result.dropped).toEqual([{ id: 'fixture-single', reason: 'changed-question' }])
    expect(Object.keys(result.progress.entries)).toEqual(['fixture-multiple', 'fixture-true-false', 'fixture-classify', 'fixture-order'])
  })

  it('keeps an entry when only the wording of its question changed', () => {
    const reworded = { ...single, prompt: { en: 'New wording', id: 'Kata baru' } }
    expect(signature(reworded)).toBe(signature(single))
    expect(sanitize(saved, [reworded, multiple, trueFalse, classify, order])).toEqual(saved)
  })

  const broken: Record<string, [keyof typeof good, unknown]> = {
    'an entry that is not an object': ['fixture-single', 'b'],
    'an entry with no signature': ['fixture-single', { ...good['fixture-single'], sig: undefined }],
    'an answer of the wrong kind': ['fixture-single', { ...good['fixture-single'], answer: { kind: 'order', order: ['a', 'b', 'c'] } }],
    'an option that does not exist': ['fixture-single', { ...good['fixture-single'], answer: { kind: 'choice', selected: ['x'] } }],
    'two options for a single choice': ['fixture-single', { ...good['fixture-single'], answer: { kind: 'choice', selected: ['a', 'b'] } }],
    'the same option twice': ['fixture-multiple', { ...good['fixture-multiple'], answer: { kind: 'choice', selected: ['a', 'a'] } }],
    'a true-false answer that is not "true" or "false"': ['fixture-true-false', { ...good['fixture-true-false'], answer: { kind: 'choice', selected: ['yes'] } }],
    'a placement of an unknown item': ['fixture-classify', { ...good['fixture-classify'], answer: { kind: 'classify', placements: { stranger: 'state' } } }],
    'a placement in an unknown category': ['fixture-classify', { ...good['fixture-classify'], answer: { kind: 'classify', placements: { minister: 'galaxy' } } }],
    'an order that misses an item': ['fixture-order', { ...good['fixture-order'], answer: { kind: 'order', order: ['first', 'second', 'third'] } }],
    'an order with an item twice': ['fixture-order', { ...good['fixture-order'], answer: { kind: 'order', order: ['first', 'first', 'third', 'fourth'] } }],
    'a negative number of attempts': ['fixture-single', { ...good['fixture-single'], attempts: -1 }],
    'attempts that are not a whole number': ['fixture-single', { ...good['fixture-single'], attempts: 1.5 }],
    'a best score above 1': ['fixture-single', { ...good['fixture-single'], best: 2 }],
    'a best score that is text': ['fixture-single', { ...good['fixture-single'], best: '1' }],
    'a flag that is not a boolean': ['fixture-single', { ...good['fixture-single'], checked: 'yes' }],
    'a checked answer never attempted': ['fixture-single', { ...good['fixture-single'], attempts: 0 }],
    'a checked classify answer with items left unplaced': ['fixture-classify', { ...good['fixture-classify'], checked: true, attempts: 1 }],
  }
  for (const [what, [id, value]] of Object.entries(broken)) {
    it(`drops ${what}, and only that entry`, () => {
      const result = sanitizeWithReport({ version: 1, entries: { ...good, [id]: value } }, fixtures)
      expect(result.dropped).toEqual([{ id, reason: 'broken-entry' }])
      const { [id]: _, ...others } = good
      expect(result.progress.entries).toEqual(others)
    })
  }

  it('treats a missing or broken list of entries as no progress', () => {
    expect(sanitize({ version: 1 }, fixtures)).toEqual(emptyProgress())
    expect(sanitize({ version: 1, entries: ['a'] }, fixtures)).toEqual(emptyProgress())
  })

  it('ignores keys that would reach an object\'s prototype', () => {
    const raw = JSON.parse(`{"version":1,"entries":{"__proto__":{"polluted":true},"fixture-single":${JSON.stringify(good['fixture-single'])}}}`)
    const result = sanitizeWithReport(raw, fixtures)
    expect(result.progress.entries).toEqual({ 'fixture-single': good['fixture-single'] })
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(result.dropped).toEqual([{ id: '__proto__', reason: 'unknown-question' }])
  })

  describe('data from an older version', () => {
    // A stand-in for a future change: suppose version 0 stored `{ answers: { id: { selected } } }`.
    const fromVersion0: Migration = data => ({
      version: 1,
      entries: Object.fromEntries(Object.entries(data.answers as Record<string, { selected: string[] }>).map(([id, old]) => [id, {
        answer: { kind: 'choice', selected: old.selected },
        checked: false,
        attempts: 0,
        best: null,
        solutionSeen: false,
        sig: signature(fixtures.find(quiz => quiz.id === id) ?? single),
      }])),
    })

    it('is migrated step by step to the current version', () => {
      const old = { version: 0, answers: { 'fixture-single': { selected: ['a'] }, 'fixture-multiple': { selected: ['a', 'b'] } } }
      const result = sanitizeWithReport(old, fixtures, { migrations: { 0: fromVersion0 } })
      expect(result.dropped).toEqual([])
      expect(result.progress.entries['fixture-single']!.answer).toEqual({ kind: 'choice', selected: ['a'] })
      expect(result.progress.entries['fixture-multiple']!.answer).toEqual({ kind: 'choice', selected: ['a', 'b'] })
      expect(result.progress.version).toBe(STORAGE_VERSION)
    })

    it('keeps only the entries that migrate to a valid shape', () => {
      const old = { version: 0, answers: { 'fixture-single': { selected: ['a'] }, 'fixture-true-false': { selected: ['maybe'] } } }
      const result = sanitizeWithReport(old, fixtures, { migrations: { 0: fromVersion0 } })
      expect(Object.keys(result.progress.entries)).toEqual(['fixture-single'])
      expect(result.dropped).toEqual([{ id: 'fixture-true-false', reason: 'broken-entry' }])
    })

    it('without a migration, or when one throws, keeps whatever entries still fit today\'s shape', () => {
      const unversioned = { entries: { 'fixture-single': good['fixture-single'], 'fixture-order': { answer: 'first,second' } } }
      const result = sanitizeWithReport(unversioned, fixtures)
      expect(result.progress.entries).toEqual({ 'fixture-single': good['fixture-single'] })
      expect(result.dropped).toEqual([{ id: '*', reason: 'failed-migration' }, { id: 'fixture-order', reason: 'broken-entry' }])
      const boom: Migration = () => {
        throw new Error('boom')
      }
      const throwing = sanitizeWithReport({ version: 0, entries: good }, fixtures, { migrations: { 0: boom } })
      expect(throwing.progress.entries).toEqual(good)
    })
  })

  it('never throws, whatever it is given', () => {
    const odd: unknown[] = [Symbol.iterator.toString(), { version: 1, entries: { 'fixture-single': null } }, { version: 1, entries: { 'fixture-order': { answer: { kind: 'order', order: null } } } }, { version: -1 }, { version: Number.NaN }, Object.create(null)]
    for (const raw of odd)
      expect(() => sanitize(raw, fixtures)).not.toThrow()
  })
})
