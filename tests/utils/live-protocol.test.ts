import { describe, expect, it } from 'vitest'
import { liveSocketUrl, MAX_MESSAGE_BYTES, parseClientMessage, parseServerMessage } from '../../utils/live-protocol'

const device = 'd'.repeat(24)

describe('parseClientMessage', () => {
  it('reads each known message', () => {
    expect(parseClientMessage(JSON.stringify({ t: 'hello', device }))).toEqual({ t: 'hello', device })
    // A phone's first hello has no id yet: the server issues one.
    expect(parseClientMessage('{"t":"hello"}')).toEqual({ t: 'hello' })
    expect(parseClientMessage(JSON.stringify({ t: 'vote', question: 'q-1', vote: ['a', 'b'] }))).toEqual({ t: 'vote', question: 'q-1', vote: ['a', 'b'] })
    expect(parseClientMessage(JSON.stringify({ t: 'open', question: 'q-1' }))).toEqual({ t: 'open', question: 'q-1' })
    expect(parseClientMessage(JSON.stringify({ t: 'current', question: null }))).toEqual({ t: 'current', question: null })
    expect(parseClientMessage(JSON.stringify({ t: 'leave', question: 'q-1' }))).toEqual({ t: 'leave', question: 'q-1' })
    expect(parseClientMessage(JSON.stringify({ t: 'leave', question: null }))).toBeUndefined()
  })

  it('drops anything else', () => {
    const bad = [
      'not json',
      'null',
      '[]',
      '"vote"',
      JSON.stringify({ t: 'vote', question: 'q', vote: 'a' }),
      JSON.stringify({ t: 'vote', question: 'q', vote: ['a', 'a'] }),
      JSON.stringify({ t: 'vote', question: 'q', vote: Array.from({ length: 9 }, (_, i) => `o${i}`) }),
      JSON.stringify({ t: 'vote', question: 'q', vote: ['a'], extra: 1 }),
      JSON.stringify({ t: 'vote', question: '<script>', vote: ['a'] }),
      JSON.stringify({ t: 'vote', question: 'q', vote: [{ toString: 1 }] }),
      JSON.stringify({ t: 'hello', device: 'short' }),
      JSON.stringify({ t: 'reveal' }),
      JSON.stringify({ t: 'sudo', question: 'q' }),
      `{"t":"hello","device":"${device}","__proto__":{"admin":true}}`,
      JSON.stringify({ t: 'vote', question: 'q', vote: ['a'.repeat(MAX_MESSAGE_BYTES)] }),
    ]
    for (const text of bad)
      expect(parseClientMessage(text), text).toBeUndefined()
  })
})

describe('parseServerMessage', () => {
  it('reads the messages the server sends, and nothing else', () => {
    expect(parseServerMessage('{"t":"device","device":"x"}')).toEqual({ t: 'device', device: 'x' })
    expect(parseServerMessage('{"t":"save","ok":false}')).toEqual({ t: 'save', ok: false })
    for (const text of ['{"t":"other"}', 'null', '[]', '{', '"view"'])
      expect(parseServerMessage(text), text).toBeUndefined()
  })
})

describe('liveSocketUrl', () => {
  it('opens the socket on the page\'s own host, secure only behind https', () => {
    expect(liveSocketUrl('student', { protocol: 'http:', host: '192.168.1.20:3030' })).toBe('ws://192.168.1.20:3030/live/ws?role=student')
    expect(liveSocketUrl('presenter', { protocol: 'https:', host: 'class.example' })).toBe('wss://class.example/live/ws?role=presenter')
  })
})
