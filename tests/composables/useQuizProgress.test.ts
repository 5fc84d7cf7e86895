import type { StorageLike } from '@vueuse/core'
import { describe, expect, it, vi } from 'vitest'
import { nextTick } from 'vue'
import { useQuizAttempt } from '../../composables/useQuizAttempt'
import { useMemoryProgress, useQuizProgress } from '../../composables/useQuizProgress'
import { signature, STORAGE_KEY } from '../../utils/quiz-storage'
import { emptyAnswer, grade } from '../../utils/scoring'
import { classify, fixtures, multiple, order, single } from '../quiz-fixtures'

/** An in-memory storage, optionally one that refuses to write. */
function memory(initial: Record<string, string> = {}, { full = false } = {}): StorageLike & { data: Record<string, string> } {
  const data = { ...initial }
  return {
    data,
    getItem: key => data[key] ?? null,
    setItem: (key, value) => {
      if (full)
        throw new DOMException('quota', 'QuotaExceededError')
      data[key] = value
    },
    removeItem: (key) => {
      delete data[key]
    },
  }
}

// Grading is spied on, so a test can count the grades one check computes.
vi.mock('../../utils/scoring', async (original) => {
  const real = await original<typeof import('../../utils/scoring')>()
  return { ...real, grade: vi.fn(real.grade) }
})

const use = (storage: StorageLike) => useQuizProgress({ storage, quizzes: fixtures })

describe('useQuizProgress', () => {
  it('saves a checked answer under one versioned key, and a new page reads it back', async () => {
    const storage = memory()
    const progress = use(storage)
    const result = progress.record(single, { kind: 'choice', selected: ['b'] })
    expect(result.correct).toBe(true)
    await nextTick()
    expect(JSON.parse(storage.data[STORAGE_KEY]!)).toMatchObject({ version: 1, entries: { 'fixture-single': { checked: true, attempts: 1, best: 1 } } })

    const reloaded = use(storage)
    expect(reloaded.answerOf('fixture-single')).toEqual({ kind: 'choice', selected: ['b'] })
    expect(reloaded.entryOf('fixture-single')).toMatchObject({ checked: true, attempts: 1 })
  })

  it('keeps the best score checked before the solution was seen', () => {
    const progress = use(memory())
    progress.record(multiple, { kind: 'choice', selected: ['a'] })
    expect(progress.entryOf('fixture-multiple')!.best).toBe(0.5)
    progress.record(multiple, { kind: 'choice', selected: ['c'] })
    expect(progress.entryOf('fixture-multiple')).toMatchObject({ best: 0.5, attempts: 2 })
    progress.seeSolution(multiple)
    progress.record(multiple, { kind: 'choice', selected: ['a', 'b'] })
    expect(progress.entryOf('fixture-multiple')).toMatchObject({ best: 0.5, attempts: 3, checked: true, solutionSeen: true })
  })

  it('saves an answer in progress as unchecked, and a retry unchecks a checked one', () => {
    const progress = use(memory())
    progress.saveAnswer(classify, { kind: 'classify', placements: { minister: 'state' } })
    expect(progress.entryOf('fixture-classify')).toMatchObject({ checked: false, attempts: 0, best: null })
    progress.record(single, { kind: 'choice', selected: ['a'] })
    progress.retry(single)
    expect(progress.entryOf('fixture-single')).toMatchObject({ checked: false, attempts: 1, answer: { selected: ['a'] } })
  })

  it('adds up the scores per objective and forgets everything on reset', () => {
    const storage = memory()
    const progress = use(storage)
    progress.record(single, { kind: 'choice', selected: ['b'] })
    expect(progress.answered.value).toBe(1)
    expect(progress.scores.value.find(score => score.objective === 'lo1')).toMatchObject({ answered: 1, solved: 1 })
    progress.reset()
    expect(progress.answered.value).toBe(0)
    expect(progress.entryOf('fixture-single')).toBeUndefined()
  })

  it('starts from whatever valid entries corrupt storage still holds, without throwing', () => {
    const sig = signature(single)
    const raw = JSON.stringify({
      version: 1,
      entries: {
        'fixture-single': { answer: { kind: 'choice', selected: ['b'] }, checked: true, attempts: 1, best: 1, solutionSeen: false, sig },
        'fixture-order': { answer: { kind: 'order', order: ['first'] }, checked: false, attempts: 0, best: null, solutionSeen: false, sig: signature(order) },
        'removed-question': { answer: { kind: 'choice', selected: ['a'] }, checked: false, attempts: 0, best: null, solutionSeen: false, sig },
      },
    })
    const progress = use(memory({ [STORAGE_KEY]: raw }))
    expect(Object.keys(progress.progress.value.entries)).toEqual(['fixture-single'])
    expect(use(memory({ [STORAGE_KEY]: '{not json' })).progress.value.entries).toEqual({})
  })

  it('writes a change after its save delay, and the progress reads it at once', async () => {
    vi.useFakeTimers()
    try {
      const storage = memory()
      const progress = useQuizProgress({ storage, quizzes: fixtures, saveDelay: 200 })
      progress.record(single, { kind: 'choice', selected: ['b'] })
      await nextTick()
      expect(progress.entryOf('fixture-single')).toMatchObject({ checked: true })
      expect(storage.data[STORAGE_KEY]).toBeUndefined()
      await vi.advanceTimersByTimeAsync(200)
      expect(JSON.parse(storage.data[STORAGE_KEY]!)).toMatchObject({ entries: { 'fixture-single': { checked: true } } })
    }
    finally {
      vi.useRealTimers()
    }
  })

  it('writes a waiting change at once when the page is left', async () => {
    vi.useFakeTimers()
    try {
      const storage = memory()
      const progress = useQuizProgress({ storage, quizzes: fixtures, saveDelay: 200 })
      progress.record(single, { kind: 'choice', selected: ['b'] })
      await nextTick()
      window.dispatchEvent(new Event('pagehide'))
      await Promise.resolve()
      expect(JSON.parse(storage.data[STORAGE_KEY]!)).toMatchObject({ entries: { 'fixture-single': { checked: true } } })
    }
    finally {
      vi.useRealTimers()
    }
  })

  it('keeps working in memory when the storage refuses to write', async () => {
    const progress = use(memory({}, { full: true }))
    expect(() => progress.record(single, { kind: 'choice', selected: ['b'] })).not.toThrow()
    await nextTick()
    expect(progress.entryOf('fixture-single')).toMatchObject({ checked: true })
  })

  it('is one shared progress for every caller with the default storage', () => {
    expect(useQuizProgress()).toBe(useQuizProgress())
  })

  it('replaces everything with progress from elsewhere, keeping only what fits the questions', async () => {
    const storage = memory()
    const progress = use(storage)
    progress.record(single, { kind: 'choice', selected: ['a'] })
    progress.replace({
      version: 1,
      entries: {
        'fixture-order': { answer: { kind: 'order', order: ['first', 'second', 'third', 'fourth'] }, checked: true, attempts: 2, best: 1, solutionSeen: false, sig: signature(order) },
        'fixture-single': { answer: { kind: 'choice', selected: ['nope'] }, checked: true, attempts: 1, best: 1, solutionSeen: false, sig: signature(single) },
        'gone': { answer: { kind: 'choice', selected: [] }, checked: false, attempts: 0, best: null, solutionSeen: false, sig: 'x' },
      },
    })
    expect(Object.keys(progress.progress.value.entries)).toEqual(['fixture-order'])
    expect(progress.answered.value).toBe(1)
    await nextTick()
    expect(Object.keys(JSON.parse(storage.data[STORAGE_KEY]!).entries)).toEqual(['fixture-order'])
  })
})

describe('useQuizAttempt', () => {
  it('answers, checks, retries and shows the solution only after a first attempt, saving as it goes', () => {
    const progress = use(memory())
    const attempt = useQuizAttempt(single, { store: progress })
    expect(attempt.answer.value).toEqual(emptyAnswer(single))
    expect(attempt.check()).toBeNull()
    attempt.toggleSolution()
    expect(attempt.solutionOpen.value).toBe(false)

    attempt.update({ kind: 'choice', selected: ['a'] })
    expect(progress.answerOf('fixture-single')).toEqual({ kind: 'choice', selected: ['a'] })
    expect(attempt.check()).toMatchObject({ correct: false })
    expect(attempt.checked.value).toBe(true)
    expect(attempt.result.value).toMatchObject({ correct: false })

    attempt.retry()
    expect(attempt.checked.value).toBe(false)
    expect(attempt.answer.value).toEqual({ kind: 'choice', selected: ['a'] })

    expect(attempt.canShowSolution.value).toBe(true)
    attempt.toggleSolution()
    expect(attempt.solutionOpen.value).toBe(true)
    expect(progress.entryOf('fixture-single')!.solutionSeen).toBe(true)
  })

  it('changing a checked answer unchecks it', () => {
    const attempt = useQuizAttempt(single, { store: use(memory()) })
    attempt.update({ kind: 'choice', selected: ['a'] })
    attempt.check()
    attempt.update({ kind: 'choice', selected: ['b'] })
    expect(attempt.checked.value).toBe(false)
  })

  it('grades once per check, and every reader of the result gets that one grade', () => {
    const attempt = useQuizAttempt(single, { store: use(memory()) })
    attempt.update({ kind: 'choice', selected: ['a'] })
    vi.mocked(grade).mockClear()
    const checked = attempt.check()
    expect(attempt.result.value).toBe(checked)
    expect(attempt.result.value).toBe(checked)
    expect(grade).toHaveBeenCalledTimes(1)
    attempt.retry()
    expect(attempt.result.value).toBeNull()
    attempt.check()
    expect(grade).toHaveBeenCalledTimes(2)
  })

  it('grades a check restored from storage once, on its first reading', async () => {
    const storage = memory()
    use(storage).record(single, { kind: 'choice', selected: ['b'] })
    await nextTick()
    const attempt = useQuizAttempt(single, { store: use(storage) })
    vi.mocked(grade).mockClear()
    expect(attempt.result.value).toMatchObject({ correct: true })
    expect(attempt.result.value).toMatchObject({ correct: true })
    expect(grade).toHaveBeenCalledTimes(1)
  })

  it('kept in memory, neither shows saved answers nor saves new ones', () => {
    const progress = use(memory())
    progress.record(single, { kind: 'choice', selected: ['b'] })
    const attempt = useQuizAttempt(single, { store: useMemoryProgress(fixtures) })
    expect(attempt.answer.value).toEqual(emptyAnswer(single))
    expect(attempt.checked.value).toBe(false)
    attempt.update({ kind: 'choice', selected: ['a'] })
    expect(attempt.check()).toMatchObject({ correct: false })
    expect(progress.entryOf('fixture-single')).toMatchObject({ answer: { selected: ['b'] }, attempts: 1 })
  })
})
