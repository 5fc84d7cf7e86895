import type { SimClient } from '../../scripts/class-sim'
// @vitest-environment node
import type { StoreIo } from '../../server/store'
import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import process from 'node:process'
import { fileURLToPath } from 'node:url'
import { afterEach, describe, expect, it } from 'vitest'
import { connect, joinAsPhone, phoneAddress, signIn } from '../../scripts/class-sim'
import { emptySnapshot } from '../../server/state'
import { createStore, fileIo, readState } from '../../server/store'
import { fakeDeck, PASSWORD, Q, startClass } from './helpers'

const folders: string[] = []
function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'class-store-'))
  folders.push(dir)
  return dir
}
afterEach(() => {
  for (const dir of folders.splice(0))
    rmSync(dir, { recursive: true, force: true })
})

/** Node's file operations, with a switch that makes every append fail as a full disk (or a read-only folder) does. */
function failingIo(code: 'ENOSPC' | 'EROFS') {
  const real = fileIo()
  const io = {
    failing: true,
    appends: 0,
    append: async (file: string, text: string) => {
      io.appends++
      if (io.failing)
        throw Object.assign(new Error(`${code}: simulated`), { code })
      return real.append(file, text)
    },
    replace: (file: string, text: string) => {
      if (io.failing)
        throw Object.assign(new Error(`${code}: simulated`), { code })
      real.replace(file, text)
    },
    release: () => real.release(),
  } satisfies Partial<StoreIo> & Record<string, unknown>
  return io
}

/** What a restart would find in the state folder. */
function onDisk(dir: string) {
  return createStore(dir).load().snapshot
}

const vote = (d: string, c: string[]) => ({ k: 'vote' as const, q: Q, d, c })
const device = (n: number) => `device-${String(n).padStart(12, '0')}`

describe('the store', () => {
  it('resolves an append only once it is in the journal, and groups appends made meanwhile into later writes', async () => {
    const dir = folder()
    const writes: string[] = []
    let release: (() => void) | undefined
    const real = fileIo()
    const store = createStore(dir, { io: { append: async (file, text) => {
      writes.push(text)
      // The first write is slow: everything appended meanwhile waits for the next one.
      if (writes.length === 1)
        await new Promise<void>(resolve => (release = resolve))
      await real.append(file, text)
    } } })
    store.load()
    const first = store.append([vote(device(0), ['a'])])
    await new Promise(resolve => setTimeout(resolve, 20))
    const later = Array.from({ length: 50 }, (_, i) => store.append([vote(device(i + 1), ['b'])]))
    release!()
    await Promise.all([first, ...later])
    // Two writes for 51 changes, each change exactly once, in order (no batch shares or loses an array).
    expect(writes).toHaveLength(2)
    const lines = readFileSync(store.journal, 'utf8').trim().split('\n').map(line => JSON.parse(line) as { d: string })
    expect(lines.map(line => line.d)).toEqual(Array.from({ length: 51 }, (_, i) => device(i)))
    expect(Object.keys(onDisk(dir).questions[Q]!.votes)).toHaveLength(51)
    await real.release()
  })

  for (const code of ['ENOSPC', 'EROFS'] as const) {
    it(`holds votes through failing writes (${code}), retries, and loses none it acknowledged`, async () => {
      const io = failingIo(code)
      const messages: string[] = []
      const health: boolean[] = []
      const dir = folder()
      const store = createStore(dir, { io, retryDelay: 5, maxRetryDelay: 20, warn: message => messages.push(message), onHealth: ok => health.push(ok) })
      store.load()
      let acknowledged = 0
      const appends = Array.from({ length: 50 }, (_, i) => store.append([vote(device(i), ['a'])]).then(() => acknowledged++))
      await new Promise(resolve => setTimeout(resolve, 100))
      expect(acknowledged).toBe(0)
      expect(io.appends).toBeGreaterThan(2)
      expect(health).toEqual([false])
      expect(messages.join('\n')).toMatch(new RegExp(`${code}.*retrying`))
      io.failing = false
      await Promise.all(appends)
      expect(health).toEqual([false, true])
      expect(Object.keys(onDisk(dir).questions[Q]!.votes)).toHaveLength(50)
      await io.release()
    })

    it(`says at a normal stop exactly what it could not save while writes fail (${code}), and none of it was acknowledged`, async () => {
      const io = failingIo(code)
      io.failing = false
      const dir = folder()
      const store = createStore(dir, { io, retryDelay: 5, maxRetryDelay: 20 })
      store.load()
      const acknowledged = new Set<string>()
      await Promise.all(Array.from({ length: 25 }, (_, i) => store.append([vote(device(i), ['a'])]).then(() => acknowledged.add(device(i)))))
      io.failing = true
      for (let i = 25; i < 50; i++)
        void store.append([vote(device(i), ['b'])]).then(() => acknowledged.add(device(i)))
      const { unsaved } = await store.close(emptySnapshot(), 200)
      expect(unsaved.map(entry => entry.k === 'vote' && entry.d)).toEqual(Array.from({ length: 25 }, (_, i) => device(i + 25)))
      expect(acknowledged.size).toBe(25)
      // The folder was never overwritten with the (empty) state: every acknowledged vote is still there.
      const votes = onDisk(dir).questions[Q]!.votes
      for (const id of acknowledged)
        expect(votes[id], id).toEqual(['a'])
    })
  }

  it('moves a state file of an unknown shape aside, untouched, and never overwrites it', () => {
    for (const text of ['{"version":2,"current":null,"questions":{}}', '[]', 'null', '{"version":1,"current":null,"questions":[]}', 'not json at all', '"a string"']) {
      const dir = folder()
      const file = join(dir, 'state.json')
      writeFileSync(file, text)
      const messages: string[] = []
      const { snapshot, notes } = createStore(dir, { warn: message => messages.push(message) }).load()
      expect(snapshot, text).toEqual(emptySnapshot())
      expect(notes).toHaveLength(1)
      expect(messages[0], text).toContain(file)
      const aside = readdirSync(dir).filter(name => name.startsWith('state.json.unknown-'))
      expect(aside, text).toHaveLength(1)
      expect(readFileSync(join(dir, aside[0]!), 'utf8')).toBe(text)
      expect(existsSync(file)).toBe(false)
    }
  })

  it('reads a state file with a byte-order mark, and keeps what it can of one with trailing bytes (and a copy)', () => {
    const state = { version: 1, current: Q, questions: { [Q]: { status: 'open', votes: { [device(1)]: ['a'] } } } }
    const dir = folder()
    writeFileSync(join(dir, 'state.json'), `\uFEFF${JSON.stringify(state)}\n`)
    expect(createStore(dir).load()).toEqual({ snapshot: state, notes: [] })

    const damaged = folder()
    const text = `${JSON.stringify(state)}\n}garbage{"x":`
    writeFileSync(join(damaged, 'state.json'), text)
    const { snapshot, notes } = createStore(damaged).load()
    expect(snapshot).toEqual(state)
    expect(notes[0]).toMatch(/bytes after its end/)
    const copy = readdirSync(damaged).find(name => name.startsWith('state.json.damaged-'))!
    expect(readFileSync(join(damaged, copy), 'utf8')).toBe(text)
  })

  it('replays the journal over the state, skips a last line cut short, and keeps a copy of a journal with bad lines', () => {
    const dir = folder()
    const lines = [vote(device(1), ['a']), { k: 'status', q: Q, s: 'closed' }, vote(device(2), ['b'])].map(entry => JSON.stringify(entry))
    writeFileSync(join(dir, 'journal.jsonl'), `${lines.join('\n')}\n{"k":"vote","q":`)
    expect(createStore(dir).load()).toEqual({ snapshot: { version: 1, current: null, questions: { [Q]: { status: 'closed', votes: { [device(1)]: ['a'], [device(2)]: ['b'] } } } }, notes: [] })
    writeFileSync(join(dir, 'journal.jsonl'), `${lines[0]}\n{"k":"unknown"}\n${lines[2]}\n`)
    const { snapshot, notes } = createStore(dir).load()
    expect(Object.keys(snapshot.questions[Q]!.votes)).toHaveLength(2)
    expect(notes[0]).toMatch(/1 line\(s\)/)
  })
})

describe('readState', () => {
  it('reads the state with the journal replayed over it, and writes nothing', () => {
    const dir = folder()
    const state = { version: 1, current: Q, questions: { [Q]: { status: 'open', votes: { [device(1)]: ['a'] } } } }
    writeFileSync(join(dir, 'state.json'), JSON.stringify(state))
    writeFileSync(join(dir, 'journal.jsonl'), `${JSON.stringify(vote(device(2), ['b']))}\n${JSON.stringify({ k: 'status', q: Q, s: 'closed' })}\n{"k":"vo`)
    const before = readdirSync(dir).map(name => [name, readFileSync(join(dir, name), 'utf8')])
    expect(readState(dir)).toEqual({ snapshot: { version: 1, current: Q, questions: { [Q]: { status: 'closed', votes: { [device(1)]: ['a'], [device(2)]: ['b'] } } } }, notes: [] })
    expect(readdirSync(dir).map(name => [name, readFileSync(join(dir, name), 'utf8')])).toEqual(before)
  })

  it('leaves a file it cannot read where it is, says so, and keeps what it can read', () => {
    const dir = folder()
    writeFileSync(join(dir, 'state.json'), '{"version":2}')
    writeFileSync(join(dir, 'journal.jsonl'), `${JSON.stringify(vote(device(1), ['a']))}\n{"k":"unknown"}\n${JSON.stringify(vote(device(2), ['a']))}\n`)
    const { snapshot, notes } = readState(dir)
    expect(Object.keys(snapshot.questions[Q]!.votes)).toEqual([device(1), device(2)])
    expect(notes).toHaveLength(2)
    expect(readdirSync(dir).sort()).toEqual(['journal.jsonl', 'state.json'])
  })

  it('reads a folder that holds nothing as an empty class, and creates no folder', () => {
    const missing = join(folder(), 'sessions', 'none')
    expect(readState(missing)).toEqual({ snapshot: emptySnapshot(), notes: [] })
    expect(existsSync(missing)).toBe(false)
  })
})

describe('the class server and its disk', () => {
  it('shows the presenter that saving fails, acknowledges no vote until it works, then acknowledges every one', async () => {
    const io = failingIo('ENOSPC')
    io.failing = false
    const live = await startClass({ io, retryDelay: 5 })
    try {
      const lecturer = await live.presenter()
      await live.openQuestion(lecturer)
      const phones = await Promise.all(Array.from({ length: 10 }, () => live.phone()))
      io.failing = true
      const acks = phones.map(phone => phone.next(message => message.t === 'ack', 3000))
      for (const phone of phones)
        phone.send({ t: 'vote', question: Q, vote: ['b'] })
      expect(await lecturer.next(message => message.t === 'save')).toEqual({ t: 'save', ok: false })
      await new Promise(resolve => setTimeout(resolve, 100))
      expect(phones.some(phone => phone.received.some(message => message.t === 'ack'))).toBe(false)
      io.failing = false
      expect(await lecturer.next(message => message.t === 'save')).toEqual({ t: 'save', ok: true })
      await Promise.all(acks)
    }
    finally {
      await live.end()
    }
  })

  it('loses no acknowledged vote when killed with SIGKILL mid-class', async () => {
    const dist = fakeDeck()
    const stateDir = folder()
    folders.push(dist)
    const child = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(new URL('./class-child.ts', import.meta.url)), dist, stateDir], { stdio: ['ignore', 'pipe', 'inherit'] })
    const clients: SimClient[] = []
    try {
      const port = await new Promise<number>((resolve, reject) => {
        child.stdout.once('data', (data: Uint8Array) => resolve((JSON.parse(String(data)) as { port: number }).port))
        child.once('exit', code => reject(new Error(`The server stopped (${code})`)))
      })
      const cookie = await signIn(port, PASSWORD)
      const lecturer = await connect(port, { cookie })
      clients.push(lecturer)
      lecturer.send({ t: 'open', question: Q })
      await lecturer.next(message => message.t === 'tally' && message.questions[Q]?.status === 'open')
      const phones = await Promise.all(Array.from({ length: 120 }, (_, i) => joinAsPhone(port, { localAddress: phoneAddress(4000 + i) })))
      clients.push(...phones)
      const acknowledged = new Map<string, string>()
      for (const [i, phone] of phones.entries()) {
        const choice = ['a', 'b', 'c'][i % 3]!
        phone.next(message => message.t === 'ack').then(() => acknowledged.set(phone.device, choice), () => {})
      }
      // Votes stream in; the process is killed while some are still on their way to the disk.
      for (const [i, phone] of phones.entries()) {
        phone.send({ t: 'vote', question: Q, vote: [['a', 'b', 'c'][i % 3]!] })
        if (acknowledged.size >= 30)
          break
        await new Promise(resolve => setTimeout(resolve, 2))
      }
      const exited = new Promise(resolve => child.once('exit', resolve))
      child.kill('SIGKILL')
      await exited
      expect(acknowledged.size).toBeGreaterThan(0)
      const votes = onDisk(stateDir).questions[Q]?.votes ?? {}
      for (const [id, choice] of acknowledged)
        expect(votes[id], id).toEqual([choice])
    }
    finally {
      for (const client of clients)
        client.socket.terminate()
      child.kill('SIGKILL')
    }
  }, 30_000)
})
