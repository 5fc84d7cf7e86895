import type { StorageLike } from '@vueuse/core'
import type { ComputedRef, Ref } from 'vue'
import type { Quiz } from '../data/schema'
import type { QuizEntry, QuizProgress } from '../utils/quiz-storage'
import type { Answer, Grade, ObjectiveScore } from '../utils/scoring'
import { useStorage } from '@vueuse/core'
import { computed, effectScope, readonly } from 'vue'
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
}

export interface UseQuizProgressReturn {
  /** Everything saved, already sanitised. */
  progress: Readonly<Ref<QuizProgress>>
  /** The saved entry of a question, if any. */
  entryOf: (id: string) => QuizEntry | undefined
  /** The saved answer of a question, if any. */
  answerOf: (id: string) => Answer | undefined
  /** Saves an answer being worked on; it counts as unchecked. */
  saveAnswer: (quiz: Quiz, answer: Answer) => void
  /** Checks and saves an answer: one more attempt, best score kept. Returns the grade. */
  record: (quiz: Quiz, answer: Answer) => Grade
  /** Marks the saved answer unchecked, for another try. */
  retry: (quiz: Quiz) => void
  /** Notes that the solution was seen: later checks no longer raise the score. */
  seeSolution: (quiz: Quiz) => void
  /** Deletes every saved answer. */
  reset: () => void
  /** Replaces everything saved with `next` (progress from elsewhere, such as an LMS), sanitised first. */
  replace: (next: QuizProgress) => void
  /** Score per learning objective, in the paper's order. */
  scores: ComputedRef<ObjectiveScore[]>
  /** Questions checked at least once. */
  answered: ComputedRef<number>
}

const shared = new Map<string, UseQuizProgressReturn>()

function create(key: string, storage: StorageLike | undefined, quizzes: readonly Quiz[]): UseQuizProgressReturn {
  const stored = useStorage<QuizProgress>(key, emptyProgress(), storage, {
    // Every read, including another tab's writes, goes through `sanitize`:
    // corrupt, outdated or unknown entries are dropped one by one, never thrown.
    serializer: { read: raw => sanitize(raw, quizzes), write: serialize },
    writeDefaults: false,
    // A full or blocked storage must not break the deck: progress then lives in memory.
    onError: () => {},
  })

  const entryOf = (id: string): QuizEntry | undefined => Object.hasOwn(stored.value.entries, id) ? stored.value.entries[id] : undefined
  function put(quiz: Quiz, change: (entry: QuizEntry) => QuizEntry) {
    const before = entryOf(quiz.id) ?? { answer: emptyAnswer(quiz), checked: false, attempts: 0, best: null, solutionSeen: false, sig: '' }
    stored.value = { ...stored.value, entries: { ...stored.value.entries, [quiz.id]: { ...change(before), sig: signature(quiz) } } }
  }

  return {
    progress: readonly(stored) as Readonly<Ref<QuizProgress>>,
    entryOf,
    answerOf: id => entryOf(id)?.answer,
    saveAnswer: (quiz, answer) => put(quiz, entry => ({ ...entry, answer, checked: false })),
    record(quiz, answer) {
      const result = grade(quiz, answer)
      put(quiz, entry => ({
        ...entry,
        answer,
        checked: true,
        attempts: entry.attempts + 1,
        best: entry.solutionSeen ? entry.best : Math.max(entry.best ?? 0, result.score),
      }))
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
  const key = options.key ?? STORAGE_KEY
  const quizzes = options.quizzes ?? deckQuizzes
  if (options.storage)
    return effectScope(true).run(() => create(key, options.storage, quizzes))!
  let instance = shared.get(key)
  if (!instance) {
    // Detached from any component: slides mount and unmount, the progress stays.
    instance = effectScope(true).run(() => create(key, undefined, quizzes))!
    shared.set(key, instance)
  }
  return instance
}
