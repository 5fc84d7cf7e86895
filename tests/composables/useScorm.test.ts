import type { StorageLike } from '@vueuse/core'
import type { Ref } from 'vue'
import type { Scorm12Api, UseScormOptions } from '../../composables/useScorm'
import type { Quiz } from '../../data/schema'
import type { Answer } from '../../utils/scoring'
import * as scorm12 from 'scorm-again/scorm12'
import { describe, expect, it } from 'vitest'
import { nextTick, ref } from 'vue'
import { useQuizProgress } from '../../composables/useQuizProgress'
import { findScormApi, LEARNER_KEY, useScorm } from '../../composables/useScorm'
import { quizzes } from '../../data'
import { choiceOptions, isChoice, solutionOf } from '../../utils/scoring'
import { decodeSuspendData, SUSPEND_DATA_LIMIT } from '../../utils/scorm-suspend'

// The ESM build exports the class by name; its type declarations only as default.
const Scorm12API = (scorm12 as unknown as { Scorm12API: typeof scorm12.default }).Scorm12API
type Runtime = InstanceType<typeof Scorm12API>

/** A real SCORM 1.2 runtime (scorm-again) as the LMS, with the learner's stored record. */
function lms(record: Record<string, unknown> = {}, learner = 'S1'): Runtime {
  const api = new Scorm12API({ autocommit: false, logLevel: 5 })
  api.loadFromJSON({ ...record, core: { ...(record.core as object | undefined), student_id: learner, student_name: 'Siti' } })
  return api
}

function memory(): StorageLike & Storage {
  const data = new Map<string, string>()
  return {
    getItem: (key: string) => data.get(key) ?? null,
    setItem: (key: string, value: string) => void data.set(key, value),
    removeItem: (key: string) => void data.delete(key),
    clear: () => data.clear(),
    key: () => null,
    get length() { return data.size },
  }
}

/** A window with the API on it, as an LMS's player frame has. */
function frameWith(api: unknown): Window {
  const target = new EventTarget() as Window & { API?: unknown }
  Object.assign(target, { API: api, opener: null, document: new EventTarget() })
  Object.defineProperty(target, 'parent', { value: target })
  return target
}

const cmi = (api: Runtime) => (api.renderCMIToJSONObject() as { cmi: { suspend_data: string, core: { lesson_status: string, exit: string, session_time: string, score: { raw: string } }, objectives: Record<string, { id: string, status: string, score: { raw: string } }>, interactions: Record<string, { id: string, result: string, student_response: string }> } }).cmi

/** Just enough of the deck's router: where the student is, and a way to move. */
function fakeRouter(path: string) {
  const currentRoute = ref({ path })
  const router = { currentRoute, isReady: () => Promise.resolve(), replace: async (to: string) => void (currentRoute.value = { path: to }) } as unknown as UseScormOptions['router']
  return { router, path: currentRoute as Ref<{ path: string }> }
}

function setup(api: unknown, { local = memory(), learners = memory(), router = undefined as UseScormOptions['router'] } = {}) {
  const progress = useQuizProgress({ storage: local, quizzes })
  const scorm = useScorm({ window: frameWith(api), progress, storage: learners, commitDelay: 0, router })
  return { progress, scorm, local, learners }
}

const flushPromises = () => new Promise(resolve => setTimeout(resolve, 0))

/** An answer with nothing right. */
function wrongAnswer(quiz: Quiz): Answer {
  if (quiz.type === 'true-false')
    return { kind: 'choice', selected: [String(!quiz.answer)] }
  if (isChoice(quiz))
    return { kind: 'choice', selected: [choiceOptions(quiz).find(option => !option.correct)!.id] }
  if (quiz.type === 'classify') {
    const ids = quiz.categories.map(category => category.id)
    return { kind: 'classify', placements: Object.fromEntries(quiz.items.map(item => [item.id, ids[(ids.indexOf(item.category) + 1) % ids.length]!])) }
  }
  return { kind: 'order', order: quiz.items.map(item => item.id).reverse() }
}

const nts = quizzes.find(quiz => quiz.id === 'nts-reply')!
const tf = quizzes.find(quiz => quiz.type === 'true-false')!

describe('useScorm', () => {
  it('does nothing without an LMS: the deck is the plain self-study deck', () => {
    const { scorm, progress } = setup(undefined)
    expect(scorm.connected.value).toBe(false)
    progress.record(nts, solutionOf(nts))
    expect(progress.entryOf(nts.id)?.attempts).toBe(1)
  })

  it('starts the attempt: incomplete, no score, every objective not attempted', () => {
    const api = lms()
    const { scorm } = setup(api)
    expect(scorm.connected.value).toBe(true)
    const record = cmi(api)
    expect(record.core.lesson_status).toBe('incomplete')
    expect(record.core.score.raw).toBe('0')
    expect(Object.values(record.objectives).map(objective => [objective.id, objective.status])).toEqual(
      ['lo1', 'lo2', 'lo3', 'lo4', 'lo5'].map(id => [id, 'not attempted']),
    )
  })

  it('records each checked question as an interaction, and a re-check in the same one', async () => {
    const api = lms()
    const { progress } = setup(api)
    progress.record(nts, wrongAnswer(nts))
    progress.record(tf, solutionOf(tf))
    await nextTick()
    expect(Object.values(cmi(api).interactions).map(interaction => [interaction.id, interaction.result])).toEqual([[nts.id, 'wrong'], [tf.id, 'correct']])
    progress.record(nts, solutionOf(nts))
    await nextTick()
    expect(Object.values(cmi(api).interactions).map(interaction => [interaction.id, interaction.result])).toEqual([[nts.id, 'correct'], [tf.id, 'correct']])
    expect(cmi(api).core.score.raw).toBe(String(Math.round(2 / quizzes.length * 100)))
  })

  it('passes with every question right, and suspend_data stays within 4,096 characters', async () => {
    const api = lms()
    const { progress, scorm } = setup(api)
    for (const quiz of quizzes)
      progress.record(quiz, solutionOf(quiz))
    await nextTick()
    const record = cmi(api)
    expect(record.core.lesson_status).toBe('passed')
    expect(scorm.status.value).toBe('passed')
    expect(record.core.score.raw).toBe('100')
    expect(Object.values(record.objectives).every(objective => objective.status === 'passed' && objective.score.raw === '100')).toBe(true)
    expect(Object.keys(record.interactions)).toHaveLength(quizzes.length)
    expect(record.suspend_data.length).toBeLessThanOrEqual(SUSPEND_DATA_LIMIT)
    expect(Object.keys(decodeSuspendData(record.suspend_data, quizzes).progress.entries)).toHaveLength(quizzes.length)
  })

  it('fails when every question is checked and the score stays under 70 %', async () => {
    const api = lms()
    const { progress, scorm } = setup(api)
    for (const quiz of quizzes)
      progress.record(quiz, wrongAnswer(quiz))
    await nextTick()
    expect(Number(cmi(api).core.score.raw)).toBeLessThan(70)
    expect(cmi(api).core.lesson_status).toBe('failed')
    // A retry that brings the score up still passes.
    for (const quiz of quizzes)
      progress.record(quiz, solutionOf(quiz))
    await nextTick()
    expect(scorm.status.value).toBe('passed')
  })

  it('restores the progress from suspend_data on another device', async () => {
    const first = lms()
    const one = setup(first)
    one.progress.record(nts, solutionOf(nts))
    await nextTick()
    const saved = cmi(first)
    // A new browser: nothing stored locally.
    const second = lms({ suspend_data: saved.suspend_data, interactions: saved.interactions })
    const sent: string[] = []
    const setValue = second.LMSSetValue.bind(second)
    second.LMSSetValue = (element: string, value: string) => {
      sent.push(element)
      return setValue(element, value)
    }
    const two = setup(second)
    // What the LMS holds is not sent again.
    expect(sent.filter(element => element.startsWith('cmi.interactions.'))).toEqual([])
    expect(two.progress.entryOf(nts.id)).toMatchObject({ checked: true, attempts: 1, best: 1 })
    two.progress.record(tf, solutionOf(tf))
    await nextTick()
    expect(Object.values(cmi(second).interactions).map(interaction => interaction.id)).toEqual([nts.id, tf.id])
  })

  it('merges this browser\'s progress with the LMS\'s for the same learner, and drops another learner\'s', async () => {
    const local = memory()
    const learners = memory()
    const earlier = setup(undefined, { local, learners })
    earlier.progress.record(tf, solutionOf(tf))
    learners.setItem(LEARNER_KEY, 'S1')
    await nextTick()
    const same = setup(lms(), { local, learners })
    expect(same.progress.entryOf(tf.id)?.attempts).toBe(1)

    const other = setup(lms({}, 'S2'), { local, learners })
    expect(other.progress.entryOf(tf.id)).toBeUndefined()
    expect(learners.getItem(LEARNER_KEY)).toBe('S2')
  })

  it('keeps the progress in the browser when the LMS answers with errors', async () => {
    const api = lms()
    const failing = Object.assign(Object.create(api) as Runtime, { LMSSetValue: () => 'false', LMSCommit: () => 'false', LMSGetLastError: () => '101', LMSGetErrorString: () => 'General exception' })
    const { progress, scorm, local } = setup(failing)
    progress.record(nts, solutionOf(nts))
    await nextTick()
    expect(scorm.lastError.value).toBe('101: General exception')
    expect(local.getItem('jwg-health:quiz-progress')).toContain(nts.id)
  })

  it('keeps working, and saving in the browser, when the LMS goes away mid-session', async () => {
    const api = lms()
    const { progress, scorm, local } = setup(api)
    const gone = () => {
      throw new Error('The LMS has gone')
    }
    Object.assign(api, { LMSSetValue: gone, LMSGetValue: gone, LMSCommit: gone, LMSFinish: gone, LMSGetLastError: gone })
    expect(() => progress.record(nts, solutionOf(nts))).not.toThrow()
    await nextTick()
    expect(scorm.connected.value).toBe(false)
    expect(local.getItem('jwg-health:quiz-progress')).toContain(nts.id)
    expect(() => scorm.finish()).not.toThrow()
  })

  it('remembers the slide the student is on, and takes a returning student back there', async () => {
    const api = lms()
    const here = fakeRouter('/1')
    setup(api, { router: here.router })
    await flushPromises()
    here.path.value = { path: '/12' }
    await nextTick()
    expect(api.LMSGetValue('cmi.core.lesson_location')).toBe('/12')

    const back = fakeRouter('/1')
    setup(lms({ core: { lesson_location: '/12' } }), { router: back.router })
    await flushPromises()
    expect(back.path.value.path).toBe('/12')
    // A link to a given slide wins over where the student stopped.
    const linked = fakeRouter('/20')
    setup(lms({ core: { lesson_location: '/12' } }), { router: linked.router })
    await flushPromises()
    expect(linked.path.value.path).toBe('/20')
  })

  it('ends the session with its time, asking the LMS to keep the attempt for the next visit', () => {
    const api = lms()
    const { scorm } = setup(api)
    scorm.finish()
    expect(api.isTerminated()).toBe(true)
    expect(cmi(api).core.exit).toBe('suspend')
    expect(cmi(api).core.session_time).toMatch(/^\d{2,4}:\d{2}:\d{2}/)
    expect(scorm.connected.value).toBe(false)
  })
})

describe('findScormApi', () => {
  const api = { LMSInitialize: () => 'true' } as unknown as Scorm12Api
  const chain = (depth: number, top: Partial<Window> & { API?: unknown }, opener: Window | null = null): Window => {
    let current = top as Window
    Object.defineProperty(current, 'parent', { value: current, configurable: true })
    for (let i = 0; i < depth; i++)
      current = { parent: current, opener } as unknown as Window
    Object.defineProperty(current, 'opener', { value: opener, configurable: true })
    return current
  }

  it('finds the API on a parent frame, a few levels up', () => {
    expect(findScormApi(chain(3, { API: api }))).toBe(api)
  })

  it('finds it through the window that opened this one', () => {
    expect(findScormApi(chain(1, {}, chain(2, { API: api })))).toBe(api)
  })

  it('skips a frame of another origin and finds none when there is none', () => {
    const foreign = {} as Window
    Object.defineProperty(foreign, 'API', {
      get: () => {
        throw new DOMException('Blocked', 'SecurityError')
      },
    })
    expect(findScormApi(chain(2, foreign))).toBeUndefined()
  })
})
