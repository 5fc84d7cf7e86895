import type { SimClient } from '../../scripts/class-sim'
// @vitest-environment node
import type { ClassServer } from '../../server/class-server'
import type { TallyMessage } from '../../utils/live'
import { Buffer } from 'node:buffer'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { connect, joinAsPhone, phoneAddress, signIn } from '../../scripts/class-sim'
import { startClassServer } from '../../server/class-server'
import { isTally, isView } from '../../utils/live'
import { fixtures } from '../quiz-fixtures'

const PASSWORD = 'class-test-pass'
const Q = 'fixture-single'
let dist: string
let stateDir: string
let server: ClassServer
let cookie: string
const open: SimClient[] = []

function start(): Promise<ClassServer> {
  return startClassServer({ dist, stateDir, password: PASSWORD, port: 0, host: '127.0.0.1', lang: 'en', quizzes: fixtures, tallyInterval: 50 })
}

async function client(options: Parameters<typeof connect>[1] = {}): Promise<SimClient> {
  const made = await connect(server.port, options)
  open.push(made)
  return made
}

let phones = 0

/** A student who said hello (from an address of its own) and got the current view. */
async function student(): Promise<SimClient & { device: string }> {
  const made = await joinAsPhone(server.port, { localAddress: phoneAddress(phones++) })
  open.push(made)
  return made
}

async function presenter(): Promise<SimClient> {
  const made = await client({ cookie })
  await made.seen(isTally)
  return made
}

/** The presenter's next tally in which `test` holds. */
function tallyWhere(made: SimClient, test: (message: TallyMessage) => boolean): Promise<TallyMessage> {
  return made.next((message): message is TallyMessage => isTally(message) && test(message))
}

function get(path: string, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`http://127.0.0.1:${server.port}${path}`, { headers, redirect: 'manual' })
}

beforeAll(async () => {
  dist = mkdtempSync(join(tmpdir(), 'class-deck-'))
  mkdirSync(join(dist, 'assets'))
  writeFileSync(join(dist, 'index.html'), '<!doctype html><html><head><title>Deck</title></head><body>deck</body></html>')
  writeFileSync(join(dist, 'assets', 'deck.js'), 'console.log("the answers are in here")')
  stateDir = mkdtempSync(join(tmpdir(), 'class-state-'))
  server = await start()
  cookie = await signIn(server.port, PASSWORD)
})

afterEach(() => {
  for (const made of open.splice(0))
    made.close()
})

afterAll(async () => {
  await server.close()
  rmSync(dist, { recursive: true, force: true })
  rmSync(stateDir, { recursive: true, force: true })
})

describe('the class server over HTTP', () => {
  it('serves the student page to anyone, with its script and styles, and no deck', async () => {
    const page = await get('/join')
    expect(page.status).toBe(200)
    expect(page.headers.get('content-security-policy')).toContain('default-src \'none\'')
    const html = await page.text()
    expect(html).toContain('Connecting to the lecturer')
    expect(html).not.toContain('deck.js')
    const script = await get(/src="(\/join\/assets\/[^"]+\.js)"/.exec(html)![1]!)
    expect(script.status).toBe(200)
    expect(script.headers.get('cache-control')).toContain('immutable')
    // The phone's own script: it keeps the device id the laptop signed.
    expect(await script.text()).toContain('jwg-health:live-device')
    const style = await get(/href="(\/join\/assets\/[^"]+\.css)"/.exec(html)![1]!)
    expect(await style.text()).toContain('.quiz-option')
    expect((await get('/join/assets/missing.js')).status).toBe(404)
  })

  it('keeps the deck, which holds the answers, for the signed-in lecturer', async () => {
    expect((await get('/assets/deck.js')).status).toBe(403)
    const phone = await get('/5', { accept: 'text/html' })
    expect(phone.status).toBe(303)
    expect(phone.headers.get('location')).toMatch(/^\/login|^\/join/)
    const lecturer = await get('/5', { accept: 'text/html', cookie })
    expect(lecturer.status).toBe(200)
    expect(await lecturer.text()).toContain('<meta name="jwg-live" content="1">')
    expect((await get('/assets/deck.js', { cookie })).status).toBe(200)
    expect((await get('/assets/deck.js', { cookie: 'jwg_class=forged' })).status).toBe(403)
  })

  it('serves nothing from outside the build, even to the lecturer', async () => {
    writeFileSync(`${dist}-secret.txt`, 'not part of the deck')
    for (const path of [`/..%2f${encodeURIComponent(`${dist.split('/').at(-1)}-secret.txt`)}`, '/%2e%2e/%2e%2e/etc/passwd', '/../package.json']) {
      const response = await get(path, { cookie })
      const text = await response.text()
      expect(text, path).not.toContain('not part of the deck')
      expect(text, path).not.toContain('root:')
    }
    rmSync(`${dist}-secret.txt`)
  })

  it('turns a wrong password away', async () => {
    await expect(signIn(server.port, 'guess')).rejects.toThrow(/Sign-in failed/)
  })
})

describe('voting', () => {
  it('counts 300 students who answer at once, each once, and shows the presenter the final tally', async () => {
    const lecturer = await presenter()
    lecturer.send({ t: 'reset', question: Q })
    lecturer.send({ t: 'open', question: Q })
    await tallyWhere(lecturer, message => message.questions[Q]?.status === 'open')
    const students = await Promise.all(Array.from({ length: 300 }, () => student()))
    const options = ['a', 'b', 'c']
    await Promise.all(students.map((made, i) => {
      const ack = made.next(message => message.t === 'ack')
      made.send({ t: 'vote', question: Q, vote: [options[i % 3]!] })
      return ack
    }))
    // Those who chose A change their mind, sending the new vote twice: still one vote each.
    await Promise.all(students.filter((_, i) => i % 3 === 0).map((made) => {
      const ack = made.next(message => message.t === 'ack')
      made.send({ t: 'vote', question: Q, vote: ['b'] })
      made.send({ t: 'vote', question: Q, vote: ['b'] })
      return ack
    }))
    const final = await tallyWhere(lecturer, message => message.questions[Q]?.counts.b === 200)
    expect(final.questions[Q]).toEqual({ status: 'open', counts: { a: 0, b: 200, c: 100 }, voters: 300, right: 200 })
    expect(server.state.tally(Q).voters).toBe(300)
  })

  it('refuses a vote once voting closes, and sends no answer to phones before the reveal', async () => {
    const lecturer = await presenter()
    lecturer.send({ t: 'reset', question: Q })
    lecturer.send({ t: 'open', question: Q })
    const phone = await student()
    await phone.seen(message => isView(message) && message.status === 'open')
    phone.send({ t: 'vote', question: Q, vote: ['a'] })
    await phone.next(message => message.t === 'ack')
    lecturer.send({ t: 'close', question: Q })
    await phone.next(message => isView(message) && message.status === 'closed')
    phone.send({ t: 'vote', question: Q, vote: ['b'] })
    expect(await phone.next(message => message.t === 'refused')).toEqual({ t: 'refused', reason: 'closed' })
    expect(server.state.voteOf(Q, phone.device)).toEqual(['a'])
    // Nothing of the answer has left the laptop yet.
    expect(JSON.stringify(phone.received)).not.toMatch(/correct|feedback|explanation/i)
    lecturer.send({ t: 'reveal', question: Q })
    const revealed = await phone.next(message => isView(message) && message.status === 'revealed')
    expect(revealed).toMatchObject({ correct: ['b'], vote: ['a'] })
  })

  it('gives a reloaded phone its own vote back', async () => {
    const lecturer = await presenter()
    lecturer.send({ t: 'reset', question: Q })
    lecturer.send({ t: 'open', question: Q })
    const first = await student()
    await first.seen(message => isView(message) && message.status === 'open')
    first.send({ t: 'vote', question: Q, vote: ['c'] })
    await first.next(message => message.t === 'ack')
    first.close()
    const again = await client()
    again.send({ t: 'hello', device: first.device })
    expect(await again.next(isView)).toMatchObject({ status: 'open', vote: ['c'] })
    expect(server.state.tally(Q).voters).toBe(1)
  })
})

describe('integrity', () => {
  it('lets only the signed-in presenter open, close, reveal or reset', async () => {
    await expect(connect(server.port, { role: 'presenter' })).rejects.toThrow(/403/)
    await expect(connect(server.port, { role: 'presenter', cookie: 'jwg_class=forged' })).rejects.toThrow(/403/)
    const lecturer = await presenter()
    lecturer.send({ t: 'reset', question: Q })
    await tallyWhere(lecturer, message => !message.questions[Q])
    const phone = await student()
    for (const t of ['open', 'close', 'reveal', 'reset'] as const) {
      phone.send({ t, question: Q })
      expect(await phone.next(message => message.t === 'refused')).toEqual({ t: 'refused', reason: 'forbidden' })
    }
    phone.send({ t: 'current', question: Q })
    await phone.next(message => message.t === 'refused')
    expect(server.state.status(Q)).toBe('idle')
  })

  it('drops malformed, binary, flooding and oversized messages and keeps serving everyone else', async () => {
    const lecturer = await presenter()
    lecturer.send({ t: 'reset', question: Q })
    lecturer.send({ t: 'open', question: Q })
    const honest = await student()
    await honest.seen(message => isView(message) && message.status === 'open')
    const rogue = await student()
    for (const text of ['{', '{"t":"vote"}', 'null', '{"t":"vote","question":"fixture-single","choice":["a","a"]}', '{"t":"hello","device":"other-device-0000000"}', '{"t":"hello"}'])
      rogue.send(text)
    rogue.socket.send(Buffer.from([1, 2, 3]), { binary: true })
    // A flood: most of it is dropped unread by the rate limit.
    for (let i = 0; i < 200; i++)
      rogue.send({ t: 'vote', question: Q, vote: ['a'] })
    await new Promise(resolve => setTimeout(resolve, 100))
    expect(server.state.tally(Q).voters).toBe(1)
    // An oversized frame closes that socket (1009), nothing more.
    const closed = new Promise<number>(resolve => rogue.socket.once('close', code => resolve(code)))
    rogue.send(JSON.stringify({ t: 'vote', question: Q, vote: ['x'.repeat(5000)] }))
    expect(await closed).toBe(1009)
    honest.send({ t: 'vote', question: Q, vote: ['b'] })
    await honest.next(message => message.t === 'ack')
    expect(server.state.tally(Q)).toMatchObject({ voters: 2, counts: { a: 1, b: 1 } })
    expect(server.stats.dropped).toBeGreaterThan(100)
  })
})

describe('a restart', () => {
  it('keeps the votes, the statuses, the current question and the lecturer\'s session', async () => {
    const lecturer = await presenter()
    lecturer.send({ t: 'reset', question: Q })
    lecturer.send({ t: 'open', question: Q })
    const phone = await student()
    await phone.seen(message => isView(message) && message.status === 'open')
    phone.send({ t: 'vote', question: Q, vote: ['a'] })
    await phone.next(message => message.t === 'ack')
    lecturer.send({ t: 'close', question: 'fixture-multiple' })
    const before = server.state.snapshot()
    for (const made of open.splice(0))
      made.close()
    expect(await server.close()).toEqual({ unsaved: [] })
    server = await start()
    expect(server.state.snapshot()).toEqual(before)
    // The same password: the lecturer's cookie still works.
    expect((await get('/', { accept: 'text/html', cookie })).status).toBe(200)
    const back = await client()
    back.send({ t: 'hello', device: phone.device })
    expect(await back.next(isView)).toMatchObject({ status: 'open', vote: ['a'] })
  })
})
