/**
 * `npm run class [-- --port 3030] [--lang en|id] [--session <name>] [--rebuild]`:
 * a live class from the lecturer's laptop. Builds the deck if there is no
 * build, then serves it on every network the laptop is on: the lecturer signs
 * in and presents; students open the address (or scan the QR code) on their
 * phones and answer the current question. Needs the room's Wi-Fi, not the
 * internet. Each session (default: today's date) keeps its answers apart.
 *
 * `npm run class -- sessions` lists the sessions kept; `npm run class --
 * export [--session <name>] [--format csv|json] [--out <file>]` writes one
 * session's results (default: the most recent, as CSV).
 *
 * The password comes from `CLASS_PASSWORD` or is asked for at the start
 * (typed unseen); never from the command line, which every user of the
 * computer can read (`ps`), and it is never printed: the terminal may be on
 * the projector, next to the QR code.
 */
import type { Lang } from '../data/schema'
import type { ClassServer } from '../server/class-server'
import type { DeckFacts, ResultsFormat } from '../server/results'
import type { SessionSummary } from '../server/sessions'
import { spawnSync } from 'node:child_process'
import { existsSync, statSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import process from 'node:process'
import { fileURLToPath } from 'node:url'
import { read } from 'read'
import { renderUnicodeCompact } from 'uqr'
import { MIN_PASSWORD } from '../server/auth'
import { startClassServer } from '../server/class-server'
import { deckFacts, resultsFile } from '../server/results'
import { listSessions, sessionDir, sessionProblem, todaySession } from '../server/sessions'
import { readState } from '../server/store'
import { studentAssets } from '../server/student/build'
import { readOptions, wholeNumber } from './args'

export interface ClassOptions {
  command: 'serve'
  port: number
  lang: Lang
  dist: string
  state: string
  rebuild: boolean
  host: string
  /** The session the class records into: today's date unless named. */
  session: string
}

export interface SessionsOptions {
  command: 'sessions'
  state: string
}

export interface ExportOptions {
  command: 'export'
  state: string
  /** Default: the session changed most recently. */
  session?: string
  format: ResultsFormat
  /** Default: `jwg-live-<session>-<lang>.<format>` in the current folder. */
  out?: string
  lang: Lang
}

export type ClassCommand = ClassOptions | SessionsOptions | ExportOptions

const usages = {
  serve: 'Options: --port <number>, --lang en|id, --session <name>, --dist <folder>, --state <folder>, --host <address>, --rebuild. The password: CLASS_PASSWORD, or typed when asked. Commands: sessions, export.',
  sessions: 'Usage: npm run class -- sessions [--state <folder>]',
  export: 'Usage: npm run class -- export [--session <name>] [--format csv|json] [--out <file>] [--lang en|id] [--state <folder>]',
}

export const PASSWORD_FLAG_REFUSED = `--password is not accepted: any user of this computer can read a command line (with ps). Set CLASS_PASSWORD in the environment, or leave it out and type the password when asked.`

function language(value: string | undefined, usage: string): Lang {
  if (value === undefined || value === 'en' || value === 'id')
    return value ?? 'en'
  throw new Error(`--lang must be en or id, not "${value}". ${usage}`)
}

function session(value: string): string {
  const problem = sessionProblem(value)
  if (problem)
    throw new Error(`--session: ${problem}`)
  return value
}

/**
 * The command line: a class (no command), `sessions` (the list of sessions
 * kept) or `export` (one session's results to a file). `today` names the
 * session a class records into when none is given.
 */
export function parseClassArgs(argv: readonly string[], today = todaySession()): ClassCommand {
  if (argv.some(flag => flag === '--password' || flag.startsWith('--password=')))
    throw new Error(PASSWORD_FLAG_REFUSED)
  const [first, ...rest] = argv
  if (first === 'sessions') {
    const values = readOptions(rest, { state: { type: 'string', default: '.class' } }, usages.sessions)
    return { command: 'sessions', state: values.state }
  }
  if (first === 'export') {
    const values = readOptions(rest, {
      state: { type: 'string', default: '.class' },
      session: { type: 'string' },
      format: { type: 'string', default: 'csv' },
      out: { type: 'string' },
      lang: { type: 'string' },
    }, usages.export)
    if (values.format !== 'csv' && values.format !== 'json')
      throw new Error(`--format must be csv or json, not "${values.format}". ${usages.export}`)
    return { command: 'export', state: values.state, session: values.session === undefined ? undefined : session(values.session), format: values.format, out: values.out, lang: language(values.lang, usages.export) }
  }
  if (first !== undefined && !first.startsWith('-'))
    throw new Error(`Unknown command "${first}". ${usages.serve}`)
  const values = readOptions(argv, {
    port: { type: 'string' },
    lang: { type: 'string' },
    session: { type: 'string' },
    dist: { type: 'string', default: 'dist' },
    state: { type: 'string', default: '.class' },
    host: { type: 'string', default: '0.0.0.0' },
    rebuild: { type: 'boolean', default: false },
  }, usages.serve)
  const port = wholeNumber(values.port, 'port', 3030)
  if (port > 65535)
    throw new Error(`--port must be at most 65535, not ${port}. ${usages.serve}`)
  return { command: 'serve', port, lang: language(values.lang, usages.serve), dist: values.dist, state: values.state, rebuild: values.rebuild, host: values.host, session: session(values.session ?? today) }
}

/** Why a chosen password will not do, or undefined when it will. */
export function passwordProblem(password: string): string | undefined {
  if (password.length < MIN_PASSWORD)
    return `The password must be at least ${MIN_PASSWORD} characters long (it has ${password.length}): students on the same Wi-Fi can try passwords too.`
  return undefined
}

export interface PasswordSource {
  env?: NodeJS.ProcessEnv
  /** Whether someone can type at this terminal. */
  interactive?: boolean
  /** Asks for a line, typed unseen. */
  ask?: (prompt: string) => Promise<string>
}

/** The lecturer's password: `CLASS_PASSWORD`, else typed twice at the prompt. Throws with the reason when there is none fit to use. */
export async function choosePassword({ env = process.env, interactive = !!process.stdin.isTTY, ask = prompt => read({ prompt, silent: true, replace: '*' }) }: PasswordSource = {}): Promise<string> {
  const given = env.CLASS_PASSWORD
  if (given !== undefined && given !== '') {
    const problem = passwordProblem(given)
    if (problem)
      throw new Error(`CLASS_PASSWORD: ${problem}`)
    return given
  }
  if (!interactive)
    throw new Error('No password: set CLASS_PASSWORD in the environment, or start the class at a terminal to type one.')
  for (;;) {
    const password = await ask(`Choose the lecturer's password (at least ${MIN_PASSWORD} characters; it is not shown): `)
    const problem = passwordProblem(password)
    if (problem) {
      console.log(problem)
      continue
    }
    if (await ask('Type it again: ') === password)
      return password
    console.log('The two did not match; once more.')
  }
}

/** What the terminal shows once the class runs; it may be projected, so it never holds the password. */
export function classBanner({ port, addresses, state, session }: { port: number, addresses: readonly string[], state: string, session: string }): string {
  const lines = [
    '',
    'Live class is running.',
    '',
    `  Lecturer (this laptop): http://localhost:${port}/login  (with the password you chose)`,
    '',
  ]
  if (addresses.length) {
    lines.push('  Students (same Wi-Fi), open or scan:')
    for (const address of addresses)
      lines.push(`    http://${address}:${port}/join`)
  }
  else {
    lines.push('  No network found: join a Wi-Fi network (or start a hotspot) so phones can reach this laptop.')
  }
  const dir = sessionDir(state, session)
  lines.push(
    '',
    `  Session: ${session} (another group: --session <name>). Results: npm run class -- export --session ${session}`,
    `  Votes are kept in ${join(dir, 'journal.jsonl')} and ${join(dir, 'state.json')}; stop with Ctrl+C.`,
    '',
  )
  return lines.join('\n')
}

/**
 * Stops the server and says what became of the class: saved (exit code 0),
 * or exactly which changes could not be kept (2). None of those was
 * confirmed to a phone.
 */
export async function stopClass(server: Pick<ClassServer, 'close' | 'files'>, log: Pick<Console, 'log' | 'error'> = console): Promise<number> {
  try {
    const { unsaved } = await server.close()
    if (!unsaved.length) {
      log.log(`Saved in ${server.files.state}.`)
      return 0
    }
    log.error(`Could not save ${unsaved.length} change(s) to ${server.files.journal}; none of them was confirmed to a phone. They were:`)
    for (const entry of unsaved)
      log.error(`  ${JSON.stringify(entry)}`)
    return 2
  }
  catch (error) {
    log.error(`Stopping failed: ${(error as Error).message}`)
    return 2
  }
}

const pad = (value: number) => String(value).padStart(2, '0')

/** A time as the terminal shows it: local, to the minute. */
function localTime(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ${pad(date.getHours())}:${pad(date.getMinutes())}`
}

/** The sessions kept in a state folder, as a table for the terminal. */
export function sessionsTable(state: string, sessions: readonly SessionSummary[]): string {
  if (!sessions.length)
    return `No class sessions in ${state} yet: they appear here once a class has run (npm run class).`
  const rows = [['Session', 'Questions', 'Answers', 'Last change'], ...sessions.map(item => [item.name, String(item.questions), String(item.answers), localTime(item.changed)])]
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map(row => row[i]!.length)))
  const lines = rows.map(row => row.map((cell, i) => i === 1 || i === 2 ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!)).join('  ').trimEnd())
  return [...lines, '', `The most recent, ${sessions.at(-1)!.name}, is the one \`npm run class -- export\` writes unless given --session.`].join('\n')
}

/**
 * Writes one session's results to a file, read from its state file and
 * journal without changing either (a class may be running), and says where.
 * Returns the file written.
 */
export function exportSession(options: Omit<ExportOptions, 'command'>, { log = console, now = new Date(), cwd = process.cwd(), deck }: { log?: Pick<Console, 'log' | 'warn'>, now?: Date, cwd?: string, deck?: DeckFacts } = {}): string {
  const sessions = listSessions(options.state)
  if (!sessions.length)
    throw new Error(`No class sessions in ${options.state} yet: run a class first (npm run class).`)
  const name = options.session ?? sessions.at(-1)!.name
  if (!sessions.some(item => item.name === name))
    throw new Error(`No session "${name}" in ${options.state}; there are: ${sessions.map(item => item.name).join(', ')}.`)
  const { snapshot, notes } = readState(sessionDir(options.state, name))
  for (const note of notes)
    log.warn(note)
  const file = resultsFile(deck ?? deckFacts(options.lang), options.lang, name, snapshot.questions, options.format, now)
  const out = resolve(cwd, options.out ?? file.name)
  writeFileSync(out, file.body)
  const used = Object.values(snapshot.questions)
  log.log(`Wrote the results of session ${name} (${used.length} question(s), ${used.reduce((sum, question) => sum + Object.keys(question.votes).length, 0)} answer(s), in ${options.lang === 'id' ? 'Indonesian' : 'English'}) to ${out}`)
  return out
}

/** The edition's page in a build: `dist/<lang>/index.html`, or a one-edition build's own. */
export function builtEdition(dist: string, lang: Lang): string | undefined {
  return [join(dist, lang, 'index.html'), join(dist, 'index.html')].find(existsSync)
}

function newestSource(): number {
  return ['slides.md', 'slides.id.md', 'data/quizzes.json'].filter(existsSync).reduce((newest, file) => Math.max(newest, statSync(file).mtimeMs), 0)
}

async function main(): Promise<void> {
  const command = parseClassArgs(process.argv.slice(2))
  if (command.command === 'sessions')
    return console.log(sessionsTable(command.state, listSessions(command.state)))
  if (command.command === 'export')
    return void exportSession(command)
  const options = command
  const password = await choosePassword()
  const edition = builtEdition(options.dist, options.lang)
  if (options.rebuild || !edition) {
    console.log(options.rebuild ? 'Rebuilding the deck…' : `No build in ${options.dist}/: building the deck once (about a minute)…`)
    const build = fileURLToPath(new URL('./build.ts', import.meta.url))
    const result = spawnSync(process.execPath, ['--import', 'tsx', build, '--out', options.dist], { stdio: 'inherit' })
    if (result.status !== 0)
      process.exit(result.status ?? 1)
  }
  else if (statSync(edition).mtimeMs < newestSource()) {
    console.log(`Note: ${options.dist}/ is older than the slides; run with --rebuild to include your latest changes.`)
  }

  const server = await startClassServer({
    dist: options.dist,
    port: options.port,
    host: options.host,
    lang: options.lang,
    password,
    stateDir: options.state,
    session: options.session,
    warn: message => console.warn(message),
  })
  // Build the phones' page now, so that a broken build is said here, before any phone asks for it.
  await studentAssets(options.lang)
  // The last resort: whatever a handler missed is logged and the class goes on (every vote is already in the journal).
  const lastResort = (error: unknown) => {
    console.error(`Unexpected error; the class goes on: ${String((error as Error)?.stack ?? error)}`)
    server.checkpoint()
  }
  process.on('uncaughtException', lastResort)
  process.on('unhandledRejection', lastResort)

  let stopping = false
  const stop = () => {
    if (stopping)
      return
    stopping = true
    console.log('\nSaving the class state and stopping…')
    stopClass(server).then(code => process.exit(code))
  }
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)

  const addresses = server.addresses()
  console.log(classBanner({ port: server.port, addresses, state: options.state, session: server.session }))
  if (addresses[0])
    console.log(renderUnicodeCompact(`http://${addresses[0]}:${server.port}/join`))
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  main().catch((error: Error) => {
    console.error(error.message)
    process.exit(1)
  })
}
