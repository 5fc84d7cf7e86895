// @vitest-environment node
import { spawn } from 'node:child_process'
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import process from 'node:process'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { builtEdition, choosePassword, classBanner, exportSession, parseClassArgs, PASSWORD_FLAG_REFUSED, stopClass } from '../../scripts/class'
import { parseCsv } from '../csv'
import { fakeDeck } from '../server/helpers'

const script = fileURLToPath(new URL('../../scripts/class.ts', import.meta.url))

/** Runs `npm run class` as a child; resolves once it has printed `until` (then stops it with SIGINT) or exited. */
function runClass(args: string[], env: Record<string, string>, until?: RegExp): Promise<{ code: number | null, out: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], { env: { ...process.env, ...env, CLASS_PASSWORD: env.CLASS_PASSWORD ?? '' }, stdio: ['ignore', 'pipe', 'pipe'] })
    let out = ''
    let stopped = false
    const read = (data: Uint8Array) => {
      out += String(data)
      if (until && !stopped && until.test(out)) {
        stopped = true
        child.kill('SIGINT')
      }
    }
    child.stdout.on('data', read)
    child.stderr.on('data', read)
    child.on('exit', code => resolve({ code, out }))
  })
}

describe('parseClassArgs', () => {
  it('reads the options', () => {
    expect(parseClassArgs(['--port', '4000', '--lang', 'id', '--rebuild'])).toMatchObject({ command: 'serve', port: 4000, lang: 'id', rebuild: true })
    expect(parseClassArgs([], '2026-12-02')).toEqual({ command: 'serve', port: 3030, lang: 'en', dist: 'dist', state: '.class', rebuild: false, host: '0.0.0.0', session: '2026-12-02' })
  })

  it('records into today\'s session unless given one, and refuses a name that is not one', () => {
    expect(parseClassArgs(['--session', '2026-12-02-group-b'], '2026-12-02')).toMatchObject({ session: '2026-12-02-group-b' })
    expect(parseClassArgs(['--session=Kelas_A'])).toMatchObject({ session: 'Kelas_A' })
    for (const bad of ['', '../up', 'group b', 'x'.repeat(65), 'kelas/a'])
      expect(() => parseClassArgs(['--session', bad]), bad).toThrow(/--session: A session name is 1 to 64 letters/)
    expect(() => parseClassArgs(['export', '--session', 'a.b'])).toThrow(/--session/)
  })

  it('reads the sessions and export commands, with their defaults', () => {
    expect(parseClassArgs(['sessions'])).toEqual({ command: 'sessions', state: '.class' })
    expect(parseClassArgs(['sessions', '--state', 'elsewhere'])).toEqual({ command: 'sessions', state: 'elsewhere' })
    expect(parseClassArgs(['export'])).toEqual({ command: 'export', state: '.class', session: undefined, format: 'csv', out: undefined, lang: 'en' })
    expect(parseClassArgs(['export', '--session', 'group-b', '--format', 'json', '--out', 'b.json', '--lang', 'id'])).toEqual({ command: 'export', state: '.class', session: 'group-b', format: 'json', out: 'b.json', lang: 'id' })
  })

  it('refuses what it does not know, and says what is allowed', () => {
    expect(() => parseClassArgs(['export', '--format', 'xlsx'])).toThrow(/--format must be csv or json/)
    expect(() => parseClassArgs(['export', '--port', '1'])).toThrow(/Unknown option '--port'.*Usage: npm run class -- export/)
    expect(() => parseClassArgs(['sessions', '--session', 'a'])).toThrow(/Usage: npm run class -- sessions/)
    expect(() => parseClassArgs(['results'])).toThrow(/Unknown command "results".*Commands: sessions, export/)
    expect(() => parseClassArgs(['--port', '70000'])).toThrow(/at most 65535/)
    expect(() => parseClassArgs(['--port', 'x'])).toThrow(/--port must be a whole number/)
    expect(() => parseClassArgs(['--lang', 'fr'])).toThrow(/--lang must be en or id/)
    expect(() => parseClassArgs(['--port'])).toThrow(/argument missing.*Options:/)
  })

  it('refuses a password on the command line, where `ps` shows it to every user', () => {
    expect(() => parseClassArgs(['--password', 'a long enough one'])).toThrow(PASSWORD_FLAG_REFUSED)
    expect(() => parseClassArgs(['--password=a-long-enough-one'])).toThrow(/CLASS_PASSWORD/)
    expect(() => parseClassArgs(['export', '--password', 'a long enough one'])).toThrow(PASSWORD_FLAG_REFUSED)
  })
})

describe('choosePassword', () => {
  it('takes CLASS_PASSWORD, and refuses one shorter than 10 characters', async () => {
    expect(await choosePassword({ env: { CLASS_PASSWORD: 'ten chars!' }, interactive: false })).toBe('ten chars!')
    await expect(choosePassword({ env: { CLASS_PASSWORD: 'x' }, interactive: true })).rejects.toThrow(/at least 10 characters/)
  })

  it('asks at the terminal, again after a short password or a mismatch', async () => {
    const answers = ['short', 'a good long password', 'a typo', 'a good long password', 'a good long password']
    const asked: string[] = []
    const password = await choosePassword({ env: {}, interactive: true, ask: async (prompt) => {
      asked.push(prompt)
      return answers.shift()!
    } })
    expect(password).toBe('a good long password')
    expect(asked).toHaveLength(5)
  })

  it('says what to do when there is no terminal to ask at', async () => {
    await expect(choosePassword({ env: {}, interactive: false })).rejects.toThrow(/CLASS_PASSWORD/)
  })
})

describe('npm run class', () => {
  it('prints the addresses and never the password, and a normal stop saves and exits 0', async () => {
    const dist = fakeDeck()
    const state = mkdtempSync(join(tmpdir(), 'class-cli-'))
    try {
      const password = 'projected-never-4821'
      const { code, out } = await runClass(['--dist', dist, '--state', state, '--port', '0', '--host', '127.0.0.1'], { CLASS_PASSWORD: password }, /stop with Ctrl\+C/)
      expect(out).toContain('Live class is running')
      expect(out).toMatch(/http:\/\/localhost:\d+\/login/)
      expect(out).not.toContain(password)
      expect(out).toContain('Saved in')
      expect(code).toBe(0)
      // Unnamed, the class records into today's session.
      const [today] = readdirSync(join(state, 'sessions'))
      expect(today).toMatch(/^\d{4}-\d{2}-\d{2}$/)
      expect(out).toContain(`Session: ${today}`)
      expect(readdirSync(join(state, 'sessions', today!))).toContain('state.json')
    }
    finally {
      rmSync(dist, { recursive: true, force: true })
      rmSync(state, { recursive: true, force: true })
    }
  }, 30_000)

  it('refuses --password with a message and a non-zero exit', async () => {
    const { code, out } = await runClass(['--password', 'a long enough one'], {})
    expect(code).toBe(1)
    expect(out).toContain('--password is not accepted')
  }, 30_000)

  it('shows the terminal\'s banner without any password in it', () => {
    const banner = classBanner({ port: 3030, addresses: ['192.168.1.20'], state: '.class', session: '2026-12-02-group-b' })
    expect(banner).toContain('http://192.168.1.20:3030/join')
    expect(banner).toContain('Session: 2026-12-02-group-b')
    expect(banner).toContain(join('.class', 'sessions', '2026-12-02-group-b', 'journal.jsonl'))
    expect(banner).not.toMatch(/Password:/)
  })
})

describe('the sessions and export commands', () => {
  /** A state folder with two sessions on the deck's first live question, the second the more recent, and a class from before sessions. */
  function stateWithSessions(): string {
    const state = mkdtempSync(join(tmpdir(), 'class-cli-'))
    const write = (dir: string, answers: string[], time: number) => {
      mkdirSync(dir, { recursive: true })
      const votes = Object.fromEntries(answers.map((answer, i) => [`device-${dir.length}${String(i).padStart(14, '0')}`, [answer]]))
      writeFileSync(join(dir, 'state.json'), JSON.stringify({ version: 1, current: null, questions: { 'nts-reply': { status: 'revealed', votes } } }))
      writeFileSync(join(dir, 'journal.jsonl'), '')
      for (const file of ['state.json', 'journal.jsonl'])
        utimesSync(join(dir, file), time, time)
    }
    write(state, ['d'], 1_000)
    write(join(state, 'sessions', '2026-12-02'), ['a', 'b'], 2_000)
    write(join(state, 'sessions', '2026-12-02-group-b'), ['b', 'b', 'c'], 3_000)
    return state
  }
  const snapshotOf = (dir: string) => readdirSync(dir, { recursive: true }).map(String).sort().map(name => [name, statSync(join(dir, name)).isFile() ? readFileSync(join(dir, name), 'utf8') : ''])
  const quiet = { log() {}, warn() {} }
  /** The counts of one question in a CSV, by option letter. */
  const counts = (csv: string, question: string) => {
    const [header, ...rows] = parseCsv(csv.replace(/^\uFEFF/, ''))
    return Object.fromEntries(rows.filter(row => row[header!.indexOf('Question')] === question).map(row => [row[header!.indexOf('Option, statement or item')], Number(row[header!.indexOf('Count')])]))
  }

  it('list every session, the old unnamed one included, with its questions, answers and last change', async () => {
    const state = stateWithSessions()
    try {
      const { code, out } = await runClass(['sessions', '--state', state], {})
      expect(code).toBe(0)
      const lines = out.trim().split('\n')
      expect(lines[0]).toMatch(/^Session\s+Questions\s+Answers\s+Last change$/)
      expect(lines.slice(1, 4).map(line => line.split(/\s+/).slice(0, 3))).toEqual([['unnamed', '1', '1'], ['2026-12-02', '1', '2'], ['2026-12-02-group-b', '1', '3']])
      expect(out).toContain('The most recent, 2026-12-02-group-b')
      expect((await runClass(['sessions', '--state', join(state, 'nowhere')], {})).out).toMatch(/No class sessions/)
    }
    finally {
      rmSync(state, { recursive: true, force: true })
    }
  }, 30_000)

  it('exports the most recent session by default, under its own name in the current folder, and changes no file of the class', () => {
    const state = stateWithSessions()
    const cwd = mkdtempSync(join(tmpdir(), 'class-out-'))
    try {
      const before = snapshotOf(state)
      const out = exportSession({ state, format: 'csv', lang: 'en' }, { log: quiet, cwd })
      expect(out).toBe(join(cwd, 'jwg-live-2026-12-02-group-b-en.csv'))
      expect(counts(readFileSync(out, 'utf8'), 'nts-reply')).toEqual({ A: 0, B: 2, C: 1, D: 0 })
      expect(snapshotOf(state)).toEqual(before)
      const unnamed = exportSession({ state, session: 'unnamed', format: 'csv', lang: 'en' }, { log: quiet, cwd })
      expect(counts(readFileSync(unnamed, 'utf8'), 'nts-reply')).toEqual({ A: 0, B: 0, C: 0, D: 1 })
      expect(() => exportSession({ state, session: 'group-z', format: 'csv', lang: 'en' }, { log: quiet, cwd })).toThrow(/No session "group-z".*2026-12-02-group-b/)
    }
    finally {
      rmSync(state, { recursive: true, force: true })
      rmSync(cwd, { recursive: true, force: true })
    }
  })

  it('exports a named session as JSON in Indonesian to the file asked for, and says where', async () => {
    const state = stateWithSessions()
    const file = join(state, 'kelas.json')
    try {
      const { code, out } = await runClass(['export', '--state', state, '--session', '2026-12-02', '--format', 'json', '--lang', 'id', '--out', file], {})
      expect(code).toBe(0)
      expect(out).toContain(`to ${file}`)
      const value = JSON.parse(readFileSync(file, 'utf8'))
      expect(value).toMatchObject({ format: 'jwg-live-results', session: '2026-12-02', lang: 'id', title: 'JWG on Health Indonesia–Korea Selatan pasca-COVID-19' })
      expect(value.questions[0]).toMatchObject({ id: 'nts-reply', answered: 2, right: 1 })
      expect(readFileSync(file, 'utf8')).not.toMatch(/device-/)
    }
    finally {
      rmSync(state, { recursive: true, force: true })
    }
  }, 30_000)
})

describe('stopClass', () => {
  const files = { state: '.class/state.json', journal: '.class/journal.jsonl' }
  const recorder = () => {
    const lines: string[] = []
    return { lines, log: { log: (text: string) => lines.push(text), error: (text: string) => lines.push(`error: ${text}`) } }
  }

  it('says the class is saved and exits 0', async () => {
    const { lines, log } = recorder()
    expect(await stopClass({ files, close: async () => ({ unsaved: [] }) }, log)).toBe(0)
    expect(lines).toEqual(['Saved in .class/state.json.'])
  })

  it('names every change it could not keep and exits non-zero', async () => {
    const { lines, log } = recorder()
    const unsaved = [{ k: 'vote' as const, q: 'q1', d: 'device-000000000001', c: ['a'] }, { k: 'status' as const, q: 'q1', s: 'closed' as const }]
    expect(await stopClass({ files, close: async () => ({ unsaved }) }, log)).toBe(2)
    expect(lines[0]).toMatch(/^error: Could not save 2 change\(s\) to \.class\/journal\.jsonl/)
    expect(lines.slice(1)).toEqual(unsaved.map(entry => `error:   ${JSON.stringify(entry)}`))
  })
})

describe('builtEdition', () => {
  it('finds the edition\'s page in a build of both editions, or a one-edition build\'s own, or none', () => {
    const dist = mkdtempSync(join(tmpdir(), 'class-built-'))
    try {
      expect(builtEdition(dist, 'en')).toBeUndefined()
      writeFileSync(join(dist, 'index.html'), '')
      expect(builtEdition(dist, 'id')).toBe(join(dist, 'index.html'))
      mkdirSync(join(dist, 'id'))
      writeFileSync(join(dist, 'id', 'index.html'), '')
      expect(builtEdition(dist, 'id')).toBe(join(dist, 'id', 'index.html'))
    }
    finally {
      rmSync(dist, { recursive: true, force: true })
    }
  })
})
