// @vitest-environment node
/**
 * A hostile client's worth of malformed requests and frames, sent over raw
 * TCP: the server must answer or drop each one, and keep serving the
 * presenter and the phones. An exception thrown by a handler would fail this
 * file (vitest reports it) and, in `npm run class`, stop the class.
 */
import type { Class } from './helpers'
import { Buffer } from 'node:buffer'
import { randomBytes } from 'node:crypto'
import { connect as tcp } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { isTally } from '../../utils/live'
import { Q, startClass } from './helpers'

let live: Class

beforeAll(async () => {
  live = await startClass({ limits: { helloWithin: 2000 } })
})
afterAll(() => live.end())

/** Sends raw bytes and resolves with whatever came back before the server closed or `wait` ms passed. */
function raw(bytes: string | Buffer, wait = 400): Promise<string> {
  return new Promise((resolve) => {
    const socket = tcp(live.server.port, '127.0.0.1')
    let answer = ''
    let timer: ReturnType<typeof setTimeout> | undefined
    const done = () => {
      clearTimeout(timer)
      socket.destroy()
      resolve(answer)
    }
    timer = setTimeout(done, wait)
    socket.on('data', (data) => {
      answer += data.toString('latin1')
    })
    socket.on('error', done)
    socket.on('close', done)
    socket.write(bytes)
  })
}

async function inBatches<T>(items: readonly T[], size: number, run: (item: T) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < items.length; i += size)
    await Promise.all(items.slice(i, i + size).map(run))
}

/** The class still works: the student page loads, a phone votes, and the presenter sees it. */
async function stillServing(): Promise<void> {
  const page = await fetch(`http://127.0.0.1:${live.server.port}/join`)
  expect(page.status).toBe(200)
  const lecturer = await live.presenter()
  await live.openQuestion(lecturer)
  const phone = await live.phone()
  phone.send({ t: 'vote', question: Q, vote: ['a'] })
  await phone.next(message => message.t === 'ack')
  await lecturer.next(message => isTally(message) && message.questions[Q]?.voters === 1)
}

const targets = ['//', '///', '//evil.example/live/ws', 'http://', 'http://evil.example/live/ws', 'https://[::1', '\\\\', '/\\\\', '*', 'evil.example:443', '/%zz', '/%', '/..%2f..%2fetc/passwd', '/live/ws?role=presenter', '/live/ws?role=', '/live/ws?role=student&role=presenter', '/live/ws/../ws', '/live%2fws', `/${'a'.repeat(9000)}`, '/join?%zz=1', '/login?next=%zz', '/login?next=/%09/evil.example', '/\u0000', '/\u007F', '/\u00FF', '//:@/', '/live/ws#x', '/live/export.csv', '/live/export.json?format=%zz', '/live/export.csv/..', '/live%2fexport.csv', '?', '']
const methods = ['GET', 'POST', 'HEAD', 'PUT', 'DELETE', 'OPTIONS', 'CONNECT', 'BREW', 'G ET', '']
const headerSets: Record<string, string[]> = {
  'plain': ['Host: 127.0.0.1'],
  'upgrade': ['Host: 127.0.0.1', 'Connection: Upgrade', 'Upgrade: websocket', 'Sec-WebSocket-Version: 13', 'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ=='],
  'upgrade, no key': ['Host: 127.0.0.1', 'Connection: Upgrade', 'Upgrade: websocket', 'Sec-WebSocket-Version: 13'],
  'upgrade, bad version': ['Host: 127.0.0.1', 'Connection: Upgrade', 'Upgrade: websocket', 'Sec-WebSocket-Version: 99', 'Sec-WebSocket-Key: x'],
  'upgrade, another protocol': ['Host: 127.0.0.1', 'Connection: Upgrade', 'Upgrade: h2c'],
  'upgrade, forged cookie': ['Host: 127.0.0.1', 'Connection: Upgrade', 'Upgrade: websocket', 'Sec-WebSocket-Version: 13', 'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==', 'Cookie: jwg_class="%%%', 'Origin: null'],
  'no host': [],
  'two hosts': ['Host: a', 'Host: b'],
  'bad header': ['Host: 127.0.0.1', 'X-\u0001: y', 'Cookie: ;;;===;jwg_class'],
  'bad length': ['Host: 127.0.0.1', 'Content-Length: -1'],
  'bad chunks': ['Host: 127.0.0.1', 'Transfer-Encoding: chunked'],
  'huge header': ['Host: 127.0.0.1', `X-Big: ${'b'.repeat(20_000)}`],
  'cross-site': ['Host: 127.0.0.1', 'Origin: http://evil.example', 'Sec-Fetch-Site: cross-site', 'Content-Type: application/x-www-form-urlencoded', 'Content-Length: 5'],
}

describe('a flood of malformed requests', () => {
  it('answers or drops every request line, target and header set, with and without Upgrade, and keeps serving', async () => {
    const requests: string[] = []
    for (const target of targets) {
      for (const [name, headers] of Object.entries(headerSets)) {
        const method = name.startsWith('upgrade') ? 'GET' : methods[requests.length % methods.length]
        const body = name === 'bad chunks' ? 'zz\r\nnot a chunk\r\n' : name === 'cross-site' ? 'a=b&c' : ''
        requests.push(`${method} ${target} HTTP/1.1\r\n${headers.join('\r\n')}${headers.length ? '\r\n' : ''}\r\n${body}`)
      }
    }
    // Request lines that are not HTTP at all.
    requests.push('\r\n\r\n', 'GET\r\n\r\n', 'GET / HTTP/9.9\r\n\r\n', 'GET / FTP/1.0\r\n\r\n', `${'A'.repeat(70_000)}\r\n\r\n`, '\u0016\u0003\u0001\u0002\u0000', ...Array.from({ length: 20 }, () => randomBytes(200).toString('latin1')))
    expect(requests.length).toBeGreaterThan(400)
    // The request that used to stop the server: an Upgrade to a target `new URL()` cannot read.
    expect(await raw(`GET // HTTP/1.1\r\n${headerSets.upgrade!.join('\r\n')}\r\n\r\n`)).toMatch(/^HTTP\/1\.1 400/)
    await inBatches(requests, 25, request => raw(request, 300))
    await stillServing()
  }, 60_000)

  it('drops malformed WebSocket frames on a socket and keeps serving the others', async () => {
    const handshake = `GET /live/ws?role=student HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: Upgrade\r\nUpgrade: websocket\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n\r\n`
    const mask = Buffer.from([1, 2, 3, 4])
    const masked = (opcode: number, payload: Buffer, fin = true) => Buffer.concat([Buffer.from([(fin ? 0x80 : 0) | opcode, 0x80 | payload.length]), mask, Buffer.from(payload.map((byte, i) => byte ^ mask[i % 4]!))])
    const frames: Buffer[] = [
      Buffer.from([0x81, 0x05, ...Buffer.from('hello')]), // not masked
      Buffer.from([0x83, 0x80, 1, 2, 3, 4]), // reserved opcode
      Buffer.from([0xF1, 0x80, 1, 2, 3, 4]), // reserved bits
      Buffer.from([0x81, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF]), // impossible length
      Buffer.from([0x81, 0xFE, 0xFF, 0xFF, 1, 2, 3, 4]), // over the size limit
      masked(0x9, Buffer.alloc(0), false), // fragmented ping
      masked(0x1, Buffer.from([0xC3, 0x28])), // invalid UTF-8
      masked(0x1, Buffer.from('{"t":"hello","device":"made-up-device-id-000"}')),
      masked(0x1, Buffer.from('{"t":"vote","question":"fixture-single","choice":["a"]}')),
      masked(0x1, Buffer.from('{"t":"open","question":"fixture-single"}')),
      masked(0x2, randomBytes(50)),
      masked(0x8, Buffer.from([0x03])), // close with half a code
      masked(0x0, Buffer.from('continuation with nothing before')),
      ...Array.from({ length: 60 }, (_, i) => masked(i % 16, randomBytes(i % 40))),
      ...Array.from({ length: 40 }, () => randomBytes(64)),
    ]
    await inBatches(frames, 20, frame => raw(Buffer.concat([Buffer.from(handshake), frame]), 300))
    expect(live.server.state.tally(Q).voters).toBeLessThanOrEqual(1)
    await stillServing()
  }, 60_000)
})
