/**
 * `npm run class [-- --port 3030] [--lang en|id] [--rebuild]`: a live class
 * from the lecturer's laptop. Builds the deck if there is no build, then
 * serves it on every network the laptop is on: the lecturer signs in and
 * presents; students open the address (or scan the QR code) on their phones
 * and answer the current question. Needs the room's Wi-Fi, not the internet.
 *
 * The password comes from `CLASS_PASSWORD` or is asked for at the start
 * (typed unseen); never from the command line, which every user of the
 * computer can read (`ps`), and it is never printed: the terminal may be on
 * the projector, next to the QR code.
 */
import type { Lang } from '../data/schema'
import type { ClassServer } from '../server/class-server'
import { spawnSync } from 'node:child_process'
import { existsSync, statSync } from 'node:fs'
import { join } from 'node:path'
import process from 'node:process'
import { fileURLToPath } from 'node:url'
import { read } from 'read'
import { renderUnicodeCompact } from 'uqr'
import { MIN_PASSWORD } from '../server/auth'
import { startClassServer } from '../server/class-server'

export interface ClassOptions {
  port: number
  lang: Lang
  dist: string
  state: string
  rebuild: boolean
  host: string
}

const digits = /^\d+$/

const usage = 'Options: --port <number>, --lang en|id, --dist <folder>, --state <folder>, --host <address>, --rebuild. The password: CLASS_PASSWORD, or typed when asked.'

export const PASSWORD_FLAG_REFUSED = `--password is not accepted: any user of this computer can read a command line (with ps). Set CLASS_PASSWORD in the environment, or leave it out and type the password when asked.`

export function parseClassArgs(argv: readonly string[]): ClassOptions {
  const options: ClassOptions = { port: 3030, lang: 'en', dist: 'dist', state: '.class', rebuild: false, host: '0.0.0.0' }
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i]!
    if (flag === '--password' || flag.startsWith('--password='))
      throw new Error(PASSWORD_FLAG_REFUSED)
    const value = argv[i + 1]
    if (flag === '--rebuild') {
      options.rebuild = true
      continue
    }
    if (value === undefined)
      throw new Error(`${flag} needs a value. ${usage}`)
    i++
    if (flag === '--port' && digits.test(value) && Number(value) < 65536)
      options.port = Number(value)
    else if (flag === '--lang' && (value === 'en' || value === 'id'))
      options.lang = value
    else if (flag === '--dist')
      options.dist = value
    else if (flag === '--state')
      options.state = value
    else if (flag === '--host')
      options.host = value
    else
      throw new Error(`Unknown option or bad value: ${flag} ${value}. ${usage}`)
  }
  return options
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
export function classBanner({ port, addresses, state }: { port: number, addresses: readonly string[], state: string }): string {
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
  lines.push('', `  Votes are kept in ${join(state, 'journal.jsonl')} and ${join(state, 'state.json')}; stop with Ctrl+C.`, '')
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

/** The edition's page in a build: `dist/<lang>/index.html`, or a one-edition build's own. */
function builtEdition(dist: string, lang: Lang): string | undefined {
  return [join(dist, lang, 'index.html'), join(dist, 'index.html')].find(existsSync)
}

function newestSource(): number {
  return ['slides.md', 'slides.id.md', 'data/quizzes.json'].filter(existsSync).reduce((newest, file) => Math.max(newest, statSync(file).mtimeMs), 0)
}

async function main(): Promise<void> {
  const options = parseClassArgs(process.argv.slice(2))
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
    warn: message => console.warn(message),
  })
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
  console.log(classBanner({ port: server.port, addresses, state: options.state }))
  if (addresses[0])
    console.log(renderUnicodeCompact(`http://${addresses[0]}:${server.port}/join`))
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  main().catch((error: Error) => {
    console.error(error.message)
    process.exit(1)
  })
}
