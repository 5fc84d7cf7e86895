/**
 * `npm run class [-- --port 3030] [--lang en|id] [--password …] [--rebuild]`:
 * a live class from the lecturer's laptop. Builds the deck if there is no
 * build, then serves it on every network the laptop is on: the lecturer signs
 * in and presents; students open the address (or scan the QR code) on their
 * phones and answer the current question. Needs the room's Wi-Fi, not the internet.
 * The password comes from `--password`, else `CLASS_PASSWORD`, else a random
 * one kept in the state folder (`.class/` by default), printed below.
 */
import type { Lang } from '../data/schema'
import { spawnSync } from 'node:child_process'
import { existsSync, statSync } from 'node:fs'
import { join } from 'node:path'
import process from 'node:process'
import { fileURLToPath } from 'node:url'
import { renderUnicodeCompact } from 'uqr'
import { keptValue, randomPassword } from '../server/auth'
import { startClassServer } from '../server/class-server'

export interface ClassOptions {
  port: number
  lang: Lang
  password?: string
  dist: string
  state: string
  rebuild: boolean
  host: string
}

const digits = /^\d+$/

const usage = 'Options: --port <number>, --lang en|id, --password <text>, --dist <folder>, --state <folder>, --host <address>, --rebuild'

export function parseClassArgs(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): ClassOptions {
  const options: ClassOptions = { port: 3030, lang: 'en', password: env.CLASS_PASSWORD || undefined, dist: 'dist', state: '.class', rebuild: false, host: '0.0.0.0' }
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i]
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
    else if (flag === '--password' && value.length >= 4)
      options.password = value
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

/** The edition's page in a build: `dist/<lang>/index.html`, or a one-edition build's own. */
function builtEdition(dist: string, lang: Lang): string | undefined {
  return [join(dist, lang, 'index.html'), join(dist, 'index.html')].find(existsSync)
}

function newestSource(): number {
  return ['slides.md', 'slides.id.md', 'data/quizzes.json'].filter(existsSync).reduce((newest, file) => Math.max(newest, statSync(file).mtimeMs), 0)
}

async function main(): Promise<void> {
  const options = parseClassArgs(process.argv.slice(2))
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

  const password = options.password ?? keptValue(options.state, 'password', randomPassword)
  const server = await startClassServer({
    dist: options.dist,
    port: options.port,
    host: options.host,
    lang: options.lang,
    password,
    stateDir: options.state,
    warn: message => console.warn(message),
  })
  const addresses = server.addresses()
  const first = addresses[0]
  const lines = [
    '',
    'Live class is running.',
    '',
    `  Lecturer (this laptop): http://localhost:${server.port}/login`,
    `  Password:               ${password}`,
    '',
  ]
  if (first) {
    lines.push('  Students (same Wi-Fi), open or scan:')
    for (const address of addresses)
      lines.push(`    http://${address}:${server.port}/join`)
  }
  else {
    lines.push('  No network found: join a Wi-Fi network (or start a hotspot) so phones can reach this laptop.')
  }
  lines.push('', `  Votes are kept in ${join(options.state, 'state.json')}; stop with Ctrl+C.`, '')
  console.log(lines.join('\n'))
  if (first)
    console.log(renderUnicodeCompact(`http://${first}:${server.port}/join`))

  let stopping = false
  const stop = () => {
    if (stopping)
      return
    stopping = true
    console.log('\nSaving the class state and stopping…')
    server.close().then(() => process.exit(0))
  }
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  main().catch((error: Error) => {
    console.error(error.message)
    process.exit(1)
  })
}
