// @vitest-environment node
import type { Class } from './helpers'
import { afterEach, describe, expect, it } from 'vitest'
import { connect, joinAsPhone, phoneAddress } from '../../scripts/class-sim'
import { isTally, isView } from '../../utils/live'
import { Q, startClass } from './helpers'

let live: Class | undefined
afterEach(async () => {
  await live?.end()
  live = undefined
})

const closed = (socket: { once: (event: 'close', listener: (code: number) => void) => unknown }) => new Promise<number>(resolve => socket.once('close', code => resolve(code)))

describe('device ids and connection limits', () => {
  it('holds the cap against one client inventing device ids while real students still vote', async () => {
    live = await startClass()
    const lecturer = await live.presenter()
    await live.openQuestion(lecturer)
    const rogueAddress = '127.9.9.9'
    const started = Date.now()
    let counted = 0
    let refused = 0
    // For 3 s one address keeps opening sockets, each with a made-up id or none, and votes with whatever it gets.
    const stuffing = (async () => {
      for (let i = 0; Date.now() - started < 3000; i++) {
        const socket = await connect(live!.server.port, { localAddress: rogueAddress }).catch(() => undefined)
        if (!socket) {
          refused++
          continue
        }
        socket.send(i % 2 ? { t: 'hello', device: `made-up-${String(i).padStart(12, '0')}` } : { t: 'hello' })
        const reply = await socket.next(message => message.t === 'view' || message.t === 'refused', 2000).catch(() => undefined)
        if (reply?.t === 'view') {
          socket.send({ t: 'vote', question: Q, vote: ['a'] })
          if ((await socket.next(message => message.t === 'ack' || message.t === 'refused', 2000).catch(() => undefined))?.t === 'ack')
            counted++
        }
        else {
          refused++
        }
        socket.close()
      }
    })()
    // Meanwhile 100 students, each on an address of their own, join and vote.
    const honest = await Promise.all(Array.from({ length: 100 }, (_, i) => joinAsPhone(live!.server.port, { localAddress: phoneAddress(1000 + i) })))
    await Promise.all(honest.map((phone) => {
      const ack = phone.next(message => message.t === 'ack')
      phone.send({ t: 'vote', question: Q, vote: ['b'] })
      return ack
    }))
    await stuffing
    for (const phone of honest)
      phone.close()
    expect(counted).toBeLessThanOrEqual(64)
    expect(refused).toBeGreaterThan(0)
    expect(live.server.state.tally(Q)).toMatchObject({ counts: { a: counted, b: 100 }, voters: 100 + counted })
  }, 30_000)

  it('closes a socket that never says hello, so idle sockets cannot hold the room\'s slots', async () => {
    live = await startClass({ limits: { helloWithin: 200, perAddress: 3 } })
    const idle = await Promise.all(Array.from({ length: 3 }, () => connect(live!.server.port, { localAddress: '127.8.0.1' })))
    await expect(connect(live.server.port, { localAddress: '127.8.0.1' })).rejects.toThrow(/503/)
    const codes = await Promise.all(idle.map(client => closed(client.socket)))
    expect(codes).toEqual([4002, 4002, 4002])
    // The slots are free again.
    const phone = await joinAsPhone(live.server.port, { localAddress: '127.8.0.1' })
    expect(phone.view).toMatchObject({ t: 'view' })
    phone.close()
  })

  it('keeps one connection per device: a second one replaces the first', async () => {
    live = await startClass()
    const lecturer = await live.presenter()
    await live.openQuestion(lecturer)
    const first = await live.phone()
    const gone = closed(first.socket)
    const second = await live.phone({ device: first.device })
    expect(await gone).toBe(4001)
    second.send({ t: 'vote', question: Q, vote: ['c'] })
    await second.next(message => message.t === 'ack')
    await lecturer.next(message => isTally(message) && message.questions[Q]?.voters === 1)
    // A third asks for the same id over again: still one voter.
    const third = await live.phone({ device: first.device })
    expect(third.view).toMatchObject({ vote: ['c'] })
    expect(live.server.state.tally(Q).voters).toBe(1)
  })

  it('issues a phone an id once and takes it back at the next hello, after a restart too', async () => {
    live = await startClass()
    const lecturer = await live.presenter()
    await live.openQuestion(lecturer)
    const phone = await live.phone()
    expect(phone.received.filter(message => message.t === 'device')).toHaveLength(1)
    phone.send({ t: 'vote', question: Q, vote: ['a'] })
    await phone.next(message => message.t === 'ack')
    await live.restart()
    const back = await live.phone({ device: phone.device })
    expect(back.received.some(message => message.t === 'device')).toBe(false)
    expect(back.received.find(isView)).toMatchObject({ vote: ['a'] })
  })
})

describe('a state file of an unknown shape', () => {
  it('is moved aside untouched with a message naming it, and the class starts', async () => {
    const { mkdtempSync, readdirSync, readFileSync, writeFileSync } = await import('node:fs')
    const { tmpdir } = await import('node:os')
    const { join } = await import('node:path')
    const stateDir = mkdtempSync(join(tmpdir(), 'class-state-'))
    const text = '{"version":3,"rooms":[]}'
    writeFileSync(join(stateDir, 'state.json'), text)
    const warnings: string[] = []
    live = await startClass({ warn: message => warnings.push(message) }, { stateDir })
    expect(warnings.join('\n')).toContain(join(stateDir, 'state.json'))
    const aside = readdirSync(stateDir).find(name => name.startsWith('state.json.unknown-'))!
    expect(readFileSync(join(stateDir, aside), 'utf8')).toBe(text)
    const lecturer = await live.presenter()
    await live.openQuestion(lecturer)
    const phone = await live.phone()
    phone.send({ t: 'vote', question: Q, vote: ['a'] })
    await phone.next(message => message.t === 'ack')
  })
})
