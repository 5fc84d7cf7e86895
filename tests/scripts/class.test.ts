// @vitest-environment node
import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import process from 'node:process'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { choosePassword, classBanner, parseClassArgs, PASSWORD_FLAG_REFUSED, stopClass } from '../../scripts/class'
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
    expect(parseClassArgs(['--port', '4000', '--lang', 'id', '--rebuild'])).toMatchObject({ port: 4000, lang: 'id', rebuild: true })
  })

  it('refuses a password on the command line, where `ps` shows it to every user', () => {
    expect(() => parseClassArgs(['--password', 'a long enough one'])).toThrow(PASSWORD_FLAG_REFUSED)
    expect(() => parseClassArgs(['--password=a-long-enough-one'])).toThrow(/CLASS_PASSWORD/)
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
    const banner = classBanner({ port: 3030, addresses: ['192.168.1.20'], state: '.class' })
    expect(banner).toContain('http://192.168.1.20:3030/join')
    expect(banner).not.toMatch(/Password:/)
  })
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
