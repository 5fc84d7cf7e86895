/**
 * A class's sessions: each group taught keeps its answers in a folder of its
 * own, `<state>/sessions/<name>/`, so two groups taught the same day never mix.
 * The sign-ins and the secret that signs device ids stay in `<state>/`,
 * shared. A class recorded before sessions existed (`<state>/state.json`)
 * stays where it is, as the session `unnamed`.
 *
 * ```ts
 * const dir = sessionDir('.class', '2026-12-02-group-b') // .class/sessions/2026-12-02-group-b
 * ```
 */
import { existsSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { readState } from './store'

/** The session of the files written before sessions existed, at the top of the state folder. */
export const UNNAMED = 'unnamed'

const sessionPattern = /^[\w-]{1,64}$/

/** Why a session name will not do, or undefined when it will. */
export function sessionProblem(name: string): string | undefined {
  if (sessionPattern.test(name))
    return undefined
  return `A session name is 1 to 64 letters (a–z, A–Z), digits, "-" or "_", such as 2026-12-02-group-b; not ${JSON.stringify(name)}.`
}

/** Today's date on this laptop's clock, `YYYY-MM-DD`: the session a class records into unless named. */
export function todaySession(now = new Date()): string {
  const pad = (value: number) => String(value).padStart(2, '0')
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`
}

/** Where a session's state file and journal are. */
export function sessionDir(stateDir: string, name: string): string {
  return name === UNNAMED ? stateDir : join(stateDir, 'sessions', name)
}

/** One session as the list shows it. */
export interface SessionSummary {
  name: string
  dir: string
  /** Questions used (opened at least once and not reset since). */
  questions: number
  /** Answers kept, one per device and question. */
  answers: number
  /** When its files last changed. */
  changed: Date
}

function lastChange(dir: string): Date | undefined {
  const times = ['state.json', 'journal.jsonl'].map(name => join(dir, name)).filter(existsSync).map(file => statSync(file).mtimeMs)
  return times.length ? new Date(Math.max(...times)) : undefined
}

/** Every session kept in a state folder, the least recently changed first; read only, nothing is written. */
export function listSessions(stateDir: string): SessionSummary[] {
  const root = join(stateDir, 'sessions')
  const names = existsSync(root) ? readdirSync(root, { withFileTypes: true }).filter(entry => entry.isDirectory() && !sessionProblem(entry.name) && entry.name !== UNNAMED).map(entry => entry.name) : []
  const sessions: SessionSummary[] = []
  for (const name of [UNNAMED, ...names]) {
    const dir = sessionDir(stateDir, name)
    const changed = lastChange(dir)
    if (!changed)
      continue
    const questions = Object.values(readState(dir).snapshot.questions)
    sessions.push({ name, dir, questions: questions.length, answers: questions.reduce((sum, question) => sum + Object.keys(question.votes).length, 0), changed })
  }
  return sessions.sort((a, b) => a.changed.getTime() - b.changed.getTime() || a.name.localeCompare(b.name))
}
