import type { StorageLike } from '@vueuse/core'
import type { ComputedRef, Ref } from 'vue'
import type { Quiz } from '../data/schema'
import type { QuizEntry, QuizProgress } from '../utils/quiz-storage'
import type { Answer, Grade, ObjectiveScore } from '../utils/scoring'
import { createSharedComposable, debounceFilter, tryOnScopeDispose, useEventListener, useStorage } from '@vueuse/core'
import { computed, effectScope, readonly, shallowRef } from 'vue'
import { quizzes as deckQuizzes, paper } from '../data'
import { emptyProgress, sanitize, serialize, signature, STORAGE_KEY } from '../utils/quiz-storage'
import { emptyAnswer, grade, scoresByObjective } from '../utils/scoring'

export interface UseQuizProgressOptions {
  /** Storage key. Default `jwg-health:quiz-progress`, one for the whole deck. */
  key?: string
  /** Where to keep it. Default `localStorage`; a fresh, unshared instance when given. */
  storage?: StorageLike
  /** The questions progress may refer to. Default: the deck's. */
  quizzes?: readonly Quiz[]
  /** Milliseconds a change waits before it is written (0: at once). Default 0; the deck's own progress waits `DECK_SAVE_DELAY`. */
  saveDelay?: number
}

/**
 * How long the deck's progress waits before it is written: a check paints its
 * feedback first, and the write (serialising, the storage event every stored
 * setting of the page hears) comes after. A page being left writes at once.
 */
const DECK_SAVE_DELAY = 200

/**
 * Where a learner's answers live, for a question's attempt: the saved
 * progress (self-study), or the same kept in memory (`useMemoryProgress`,
 * for present mode, where the lecturer's saved answers must not show).
 */
export interface QuizStore {
  /** The saved entry of a question, if any. */
  entryOf: (id: string) => QuizEntry | undefined
  /** The grade of the question's checked answer, or null while it is unchecked. Graded once per check. */
  gradeOf: (quiz: Quiz) => Grade | null
  /** Saves an answer being worked on; it counts as unchecked. */
  saveAnswer: (quiz: Quiz, answer: Answer) => void
  /** Checks and saves an answer: grades it, one more attempt, best score kept. Returns the grade. */
  record: (quiz: Quiz, answer: Answer) => Grade
  /** Marks the saved answer unchecked, for another try. */
  retry: (quiz: Quiz) => void
  /** Notes that the solution was seen: later checks no longer raise the score. */
  seeSolution: (quiz: Quiz) => void
}

export interface UseQuizProgressReturn extends QuizStore {
  /** Everything saved, already sanitised. */
  progress: Readonly<Ref<QuizProgress>>
  /** The saved answer of a question, if any. */
  answerOf: (id: string) => Answer | undefined
  /** Deletes every saved answer. */
  reset: () => void
  /** Replaces everything saved with `next` (progress from elsewhere, such as an LMS), sanitised first. */
  replace: (next: QuizProgress) => void
  /** Score per learning objective, in the paper's order. */
  scores: ComputedRef<ObjectiveScore[]>
  /** Questions checked at least once. */
  answered: ComputedRef<number>
}

function createProgress(stored: Ref<QuizProgress>, quizzes: readonly Quiz[]): UseQuizProgressReturn {
  // Entries are replaced, never changed, so an entry object stands for one
  // check: its grade is computed once, by `record` (or on the first read of
  // a check restored from storage), and read from here ever after.
  const grades = new WeakMap<QuizEntry, Grade>()

  const entryOf = (id: string): QuizEntry | undefined => Object.hasOwn(stored.value.entries, id) ? stored.value.entries[id] : undefined
  function put(quiz: Quiz, change: (entry: QuizEntry) => QuizEntry): QuizEntry {
    const before = entryOf(quiz.id) ?? { answer: emptyAnswer(quiz), checked: false, attempts: 0, best: null, solutionSeen: false, sig: '' }
    const entry = { ...change(before), sig: signature(quiz) }
    stored.value = { ...stored.value, entries: { ...stored.value.entries, [quiz.id]: entry } }
    return entry
  }

  function gradeOf(quiz: Quiz): Grade | null {
    const entry = entryOf(quiz.id)
    if (!entry?.checked)
      return null
    let result = grades.get(entry)
    if (!result) {
      result = grade(quiz, entry.answer)
      grades.set(entry, result)
    }
    return result
  }

  return {
    progress: readonly(stored) as Readonly<Ref<QuizProgress>>,
    entryOf,
    gradeOf,
    answerOf: id => entryOf(id)?.answer,
    saveAnswer: (quiz, answer) => put(quiz, entry => ({ ...entry, answer, checked: false })),
    record(quiz, answer) {
      const result = grade(quiz, answer)
      const entry = put(quiz, entry => ({
        ...entry,
        answer,
        checked: true,
        attempts: entry.attempts + 1,
        best: entry.solutionSeen ? entry.best : Math.max(entry.best ?? 0, result.score),
      }))
      grades.set(entry, result)
      return result
    },
    retry: quiz => entryOf(quiz.id) && put(quiz, entry => ({ ...entry, checked: false })),
    seeSolution: quiz => put(quiz, entry => ({ ...entry, solutionSeen: true })),
    reset: () => {
      stored.value = emptyProgress()
    },
    replace: (next) => {
      stored.value = sanitize(next, quizzes)
    },
    scores: computed(() => scoresByObjective(quizzes, paper.objectives.map(objective => objective.id), (id) => {
      const entry = entryOf(id)
      return entry && { answered: entry.attempts > 0, score: entry.best }
    })),
    answered: computed(() => Object.values(stored.value.entries).filter(entry => entry.attempts > 0).length),
  }
}

function createSavedProgress(key: string, storage: StorageLike | undefined, quizzes: readonly Quiz[], saveDelay = 0): UseQuizProgressReturn {
  const save = debounceFilter(saveDelay, { maxWait: 1000 })
  if (saveDelay > 0) {
    // A phone may drop a page it hid without a pagehide: either one writes what waits.
    useEventListener('pagehide', () => save.flush())
    useEventListener(globalThis.document, 'visibilitychange', () => document.visibilityState === 'hidden' && save.flush())
    // Nor may a change wait past the progress it belongs to.
    tryOnScopeDispose(() => save.flush())
  }
  const stored = useStorage<QuizProgress>(key, emptyProgress(), storage, {
    eventFilter: save,
    // Every read, including another tab's writes, goes through `sanitize`:
    // corrupt, outdated or unknown entries are dropped one by one, never thrown.
    serializer: { read: raw => sanitize(raw, quizzes), write: serialize },
    writeDefaults: false,
    // Progress is replaced whole, never changed in place: a shallow ref, and
    // no deep watch walking every saved answer on each change.
    shallow: true,
    deep: false,
    // A full or blocked storage must not break the deck: progress then lives in memory.
    onError: () => {},
  })
  return createProgress(stored, quizzes)
}

/** The deck's own progress, one per page, shared by every question and the summary. */
const useDeckProgress = createSharedComposable(() => createSavedProgress(STORAGE_KEY, undefined, deckQuizzes, DECK_SAVE_DELAY))

/**
 * A student's saved answers, shared by every question of the deck, kept in
 * this browser's storage under one versioned key.
 *
 * ```ts
 * const { answerOf, record, reset, scores } = useQuizProgress()
 * record(quiz, { kind: 'choice', selected: ['b'] }) // → { correct: true, score: 1, … }
 * ```
 */
export function useQuizProgress(options: UseQuizProgressOptions = {}): UseQuizProgressReturn {
  if (!options.storage && !options.key && !options.quizzes && options.saveDelay === undefined)
    return useDeckProgress()
  return effectScope(true).run(() => createSavedProgress(options.key ?? STORAGE_KEY, options.storage, options.quizzes ?? deckQuizzes, options.saveDelay))!
}

/**
 * Progress of the same shape kept in memory only, fresh for each call and
 * never saved: the attempt a question shows the room in present mode. It
 * lives as long as the component that asks for it.
 */
export function useMemoryProgress(quizzes: readonly Quiz[] = deckQuizzes): UseQuizProgressReturn {
  return createProgress(shallowRef(emptyProgress()), quizzes)
}
