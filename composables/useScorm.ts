import type { Ref } from 'vue'
import type { Router } from 'vue-router'
import type { Objective, Quiz } from '../data/schema'
import type { QuizProgress } from '../utils/quiz-storage'
import type { CmiValue, LessonStatus } from '../utils/scorm-cmi'
import type { UseQuizProgressReturn } from './useQuizProgress'
import { effectScope, readonly, ref, watch } from 'vue'
import { quizzes as deckQuizzes, paper } from '../data'
import { cmiSummary, cmiTimespan, interactionValues, MASTERY_SCORE, summaryValues } from '../utils/scorm-cmi'
import { decodeSuspendData, encodeSuspendData, mergeProgress } from '../utils/scorm-suspend'
import { useQuizProgress } from './useQuizProgress'

/** The SCORM 1.2 runtime API an LMS puts on one of the launching windows as `window.API`. */
export interface Scorm12Api {
  LMSInitialize: (parameter: '') => string
  LMSFinish: (parameter: '') => string
  LMSGetValue: (element: string) => string
  LMSSetValue: (element: string, value: string) => string
  LMSCommit: (parameter: '') => string
  LMSGetLastError: () => string
  LMSGetErrorString: (code: string) => string
}

type ApiWindow = Window & { API?: Scorm12Api }

/** Where this browser remembers whose progress it holds, so a shared computer never hands one student's answers to another. */
export const LEARNER_KEY = 'jwg-health:scorm-learner'

export interface UseScormOptions {
  /** The window to search from. Default: this window. */
  window?: Window
  /** The progress to record and restore. Default: the deck's (`useQuizProgress()`). */
  progress?: UseQuizProgressReturn
  /** Default: the deck's questions. */
  quizzes?: readonly Quiz[]
  /** Default: the paper's learning objectives. */
  objectives?: readonly Objective[]
  /** Percent at which the module is passed. Default `MASTERY_SCORE` (70). */
  masteryScore?: number
  /** Where to remember the learner's id. Default `localStorage`. */
  storage?: Pick<Storage, 'getItem' | 'setItem'>
  /** Milliseconds to wait after a change before committing. Default 1000. */
  commitDelay?: number
  /**
   * The deck's router: the slide the student is on goes to
   * `cmi.core.lesson_location`, and a returning student who opens the
   * module at its start is taken back there.
   */
  router?: Pick<Router, 'currentRoute' | 'replace' | 'isReady'>
}

export interface UseScormReturn {
  /** An LMS answered and is being written to. False without one, or once it has gone. */
  connected: Readonly<Ref<boolean>>
  /** The last error the LMS reported, as `code: text`, or null. */
  lastError: Readonly<Ref<string | null>>
  /** The status last sent, or null before any. */
  status: Readonly<Ref<LessonStatus | null>>
  /** Sends everything, commits and ends the session (the page calls it when it is hidden for good). */
  finish: () => void
}

/**
 * The SCORM 1.2 API: on this window or a parent (the LMS's player frame),
 * else on the window that opened this one (a player that opens a new
 * window), or on that window's parents. Frames of another origin are skipped.
 */
export function findScormApi(start: Window): Scorm12Api | undefined {
  const search = (from: Window | null): Scorm12Api | undefined => {
    let current: Window | null = from
    for (let depth = 0; current && depth < 10; depth++) {
      try {
        const api = (current as ApiWindow).API
        if (api && typeof api.LMSInitialize === 'function')
          return api
      }
      catch {
        // Another origin's window: nothing to read there.
      }
      if (current.parent === current)
        break
      current = current.parent
    }
    return undefined
  }
  let opener: Window | null = null
  try {
    opener = start.opener as Window | null
  }
  catch {}
  return search(start) ?? search(opener)
}

/**
 * Records the student's progress in the LMS that launched the module as a
 * SCORM 1.2 package, and restores it from there, on any device. Without an
 * LMS it does nothing; if the LMS reports errors or goes away, the progress
 * saved in this browser is untouched and the deck works on.
 *
 * ```ts
 * // setup/main.ts, in the SCORM build only
 * if (import.meta.env.VITE_DECK_SCORM)
 *   useScorm({ router })
 * ```
 */
export function useScorm(options: UseScormOptions = {}): UseScormReturn {
  // Not `createSharedComposable`: each call connects with its own options (a
  // window, a progress store, a router), and one shared instance would keep
  // the first caller's. Detached, so that its watchers last as long as the
  // LMS session rather than the caller's scope.
  return effectScope(true).run(() => create(options))!
}

function create(options: UseScormOptions): UseScormReturn {
  const win = options.window ?? window
  const quizzes = options.quizzes ?? deckQuizzes
  const objectives = options.objectives ?? paper.objectives
  const mastery = options.masteryScore ?? MASTERY_SCORE
  const storage = options.storage ?? safeLocalStorage()
  const commitDelay = options.commitDelay ?? 1000

  const connected = ref(false)
  const lastError = ref<string | null>(null)
  const status = ref<LessonStatus | null>(null)
  const result: UseScormReturn = { connected: readonly(connected), lastError: readonly(lastError), status: readonly(status), finish: () => {} }

  const api = findScormApi(win)
  if (!api)
    return result

  /** Calls the LMS; an exception means it has gone, and nothing more is sent. */
  function call<T>(fn: () => T, fallback: T): T {
    if (!connected.value)
      return fallback
    try {
      return fn()
    }
    catch (error) {
      connected.value = false
      lastError.value = `gone: ${error instanceof Error ? error.message : String(error)}`
      return fallback
    }
  }
  const noteError = (): void => {
    // A SCORM call that returns an error code, not an Error constructor.
    // eslint-disable-next-line unicorn/throw-new-error
    const code = call(() => api.LMSGetLastError(), '0')
    if (code && code !== '0')
      lastError.value = `${code}: ${call(() => api.LMSGetErrorString(code), '')}`
  }
  const get = (element: string): string => {
    const value = call(() => api.LMSGetValue(element), '')
    noteError()
    return typeof value === 'string' ? value : String(value ?? '')
  }
  /** Only what changed is sent. */
  const sent = new Map<string, string>()
  const set = ([element, value]: CmiValue): void => {
    if (sent.get(element) === value)
      return
    const ok = call(() => api.LMSSetValue(element, value), 'false')
    if (String(ok) === 'true')
      sent.set(element, value)
    else
      noteError()
  }
  const commit = (): void => {
    if (String(call(() => api.LMSCommit(''), 'false')) !== 'true')
      noteError()
  }

  connected.value = true
  if (String(call(() => api.LMSInitialize(''), 'false')) !== 'true') {
    noteError()
    connected.value = false
    return result
  }
  const started = Date.now()
  const progress = options.progress ?? useQuizProgress()

  // Restore: the LMS's record, merged with this browser's if it is the same learner's.
  const learner = get('cmi.core.student_id')
  const remote = decodeSuspendData(get('cmi.suspend_data'), quizzes)
  const sameLearner = readStored(storage) === null || readStored(storage) === learner
  const restored: QuizProgress = sameLearner ? mergeProgress(progress.progress.value, remote.progress) : remote.progress
  progress.replace(restored)
  writeStored(storage, learner)

  /** Questions with an interaction, by index: fixed once given, kept in suspend_data. */
  const order: string[] = [...remote.order]
  const recorded = new Map<string, number>()
  const byId = new Map(quizzes.map(quiz => [quiz.id, quiz]))
  // What the LMS already holds is not sent again (and keeps its time); a
  // question answered since, here or on this device, is.
  const held = Number(get('cmi.interactions._count')) || 0
  remote.order.slice(0, held).forEach((id) => {
    const entry = remote.progress.entries[id]
    if (entry)
      recorded.set(id, entry.attempts)
  })

  function sync(current: QuizProgress): void {
    for (const [id, entry] of Object.entries(current.entries)) {
      const quiz = byId.get(id)
      if (!quiz || entry.attempts === 0 || !entry.checked || recorded.get(id) === entry.attempts)
        continue
      if (!order.includes(id))
        order.push(id)
      interactionValues(quiz, entry, order.indexOf(id)).forEach(set)
      recorded.set(id, entry.attempts)
    }
    const summary = cmiSummary(quizzes, objectives, id => current.entries[id], mastery)
    summaryValues(summary).forEach(set)
    status.value = summary.status
    set(['cmi.suspend_data', encodeSuspendData(current, quizzes, order)])
  }

  let timer: ReturnType<typeof setTimeout> | undefined
  const scheduleCommit = (): void => {
    clearTimeout(timer)
    timer = setTimeout(commit, commitDelay)
  }

  sync(progress.progress.value)
  commit()
  watch(progress.progress, (current) => {
    sync(current)
    scheduleCommit()
  })

  const router = options.router
  if (router) {
    // Read before the first write below replaces it.
    const location = get('cmi.core.lesson_location')
    watch(() => router.currentRoute.value.path, (path) => {
      set(['cmi.core.lesson_location', path.slice(0, 255)])
      scheduleCommit()
    })
    router.isReady().then(() => {
      const here = router.currentRoute.value.path
      // Only a launch at the start: a link to a given slide wins over where the student stopped.
      if (location.startsWith('/') && (here === '/' || here === '/1') && location !== here)
        return router.replace(location)
      set(['cmi.core.lesson_location', here])
    }).catch(() => {})
  }

  let finished = false
  result.finish = () => {
    if (finished || !connected.value)
      return
    finished = true
    clearTimeout(timer)
    sync(progress.progress.value)
    set(['cmi.core.session_time', cmiTimespan(Date.now() - started)])
    // "suspend": the LMS keeps this attempt, and its suspend_data, for the next visit
    // (a passed student may still come back to retry or reread).
    set(['cmi.core.exit', 'suspend'])
    commit()
    call(() => api.LMSFinish(''), 'false')
    connected.value = false
  }
  win.addEventListener('pagehide', () => result.finish())
  // A phone may never fire pagehide; a hidden page commits what it has.
  win.document?.addEventListener('visibilitychange', () => {
    if (win.document.visibilityState === 'hidden' && connected.value)
      commit()
  })
  return result
}

function safeLocalStorage(): Pick<Storage, 'getItem' | 'setItem'> | undefined {
  try {
    return window.localStorage
  }
  catch {
    return undefined
  }
}

function readStored(storage: Pick<Storage, 'getItem'> | undefined): string | null {
  try {
    return storage?.getItem(LEARNER_KEY) ?? null
  }
  catch {
    return null
  }
}

function writeStored(storage: Pick<Storage, 'setItem'> | undefined, learner: string): void {
  try {
    storage?.setItem(LEARNER_KEY, learner)
  }
  catch {}
}
