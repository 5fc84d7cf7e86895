// @vitest-environment node
import type { Class } from './helpers'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { request } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { phoneAddress } from '../../scripts/class-sim'
import { startClassServer } from '../../server/class-server'
import { listSessions } from '../../server/sessions'
import { parseCsv } from '../csv'
import { Q, startClass } from './helpers'

const running: Class[] = []
afterEach(async () => {
  for (const live of running.splice(0))
    await live.end()
})

async function start(session: string, stateDir?: string): Promise<Class> {
  const live = await startClass({ session }, { stateDir })
  running.push(live)
  return live
}

/** A GET from a given address, with the headers a browser sends. */
function get(port: number, path: string, headers: Record<string, string> = {}, localAddress = '127.0.0.1'): Promise<{ status: number, headers: Record<string, string | string[] | undefined>, body: string }> {
  return new Promise((resolve, reject) => {
    const sent = request({ host: '127.0.0.1', port, path, headers, localAddress }, (response) => {
      let body = ''
      response.setEncoding('utf8')
      response.on('data', (chunk: string) => (body += chunk))
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body }))
    })
    sent.on('error', reject)
    sent.end()
  })
}

/** Opens the fixture question and has one phone vote for each choice; resolves once every vote is acknowledged. */
async function vote(live: Class, choices: string[]): Promise<string[]> {
  const lecturer = await live.presenter()
  await live.openQuestion(lecturer)
  const devices: string[] = []
  for (const choice of choices) {
    const phone = await live.phone()
    const ack = phone.next(message => message.t === 'ack')
    phone.send({ t: 'vote', question: Q, vote: [choice] })
    await ack
    devices.push(phone.device)
  }
  return devices
}

/** The CSV's counts of the fixture question, by option letter. */
function counts(csv: string): Record<string, number> {
  const [header, ...rows] = parseCsv(csv.replace(/^\uFEFF/, ''))
  const at = (name: string) => header!.indexOf(name)
  return Object.fromEntries(rows.filter(row => row[at('Question')] === Q).map(row => [row[at('Option, statement or item')], Number(row[at('Count')])]))
}

describe('the results download', () => {
  it('is refused to anyone not signed in, a phone\'s browser included, and never redirects', async () => {
    const live = await start('group-a')
    const html = { accept: 'text/html,application/xhtml+xml' }
    for (const path of ['/live/export.csv', '/live/export.json']) {
      expect((await get(live.server.port, path)).status).toBe(403)
      expect((await get(live.server.port, path, html)).status).toBe(403)
      expect((await get(live.server.port, path, html, phoneAddress(7))).status).toBe(403)
      expect((await get(live.server.port, path, { ...html, cookie: 'jwg_class=made-up' }, phoneAddress(8))).status).toBe(403)
    }
  })

  it('gives the signed-in lecturer exactly the votes the phones sent, as an attachment never cached, with no device id', async () => {
    const live = await start('2026-12-02-group-b')
    const devices = await vote(live, ['a', 'b', 'b', 'c', 'b'])
    const csv = await get(live.server.port, '/live/export.csv', { cookie: live.cookie })
    expect(csv.status).toBe(200)
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8')
    expect(csv.headers['content-disposition']).toBe('attachment; filename="jwg-live-2026-12-02-group-b-en.csv"')
    expect(csv.headers['cache-control']).toBe('no-store')
    expect(counts(csv.body)).toEqual({ A: 1, B: 3, C: 1 })

    const json = await get(live.server.port, '/live/export.json', { cookie: live.cookie })
    expect(json.headers['content-disposition']).toBe('attachment; filename="jwg-live-2026-12-02-group-b-en.json"')
    const value = JSON.parse(json.body)
    expect(value).toMatchObject({ format: 'jwg-live-results', session: '2026-12-02-group-b', lang: 'en' })
    expect(value.questions).toEqual([expect.objectContaining({ id: Q, answered: 5, right: 3 })])
    for (const body of [csv.body, json.body]) {
      for (const device of devices)
        expect(body).not.toContain(device)
    }
  })

  it('answers every odd request and keeps serving', async () => {
    const live = await start('group-a')
    const cookie = { cookie: live.cookie }
    for (const path of ['/live/export.csv/', '/live/export.csv%00', '/live/export.xml', '/live/export', '/live/export.csv?format=../../x', '/live//export.json', '/live/%2e%2e/export.csv'])
      expect((await get(live.server.port, path, cookie)).status, path).toBeLessThan(500)
    const head = await new Promise<number>((resolve) => {
      request({ host: '127.0.0.1', port: live.server.port, path: '/live/export.csv', method: 'HEAD', headers: cookie }, response => resolve(response.statusCode ?? 0)).end()
    })
    expect(head).toBe(200)
    const post = await fetch(`http://127.0.0.1:${live.server.port}/live/export.csv`, { method: 'POST', headers: cookie })
    expect(post.status).toBe(405)
    expect((await get(live.server.port, '/live/export.csv', cookie)).status).toBe(200)
  })
})

describe('sessions', () => {
  it('keep two groups apart: two servers on two sessions in one state folder', async () => {
    const stateDir = mkdtempSync(join(tmpdir(), 'class-sessions-'))
    try {
      const a = await start('group-a', stateDir)
      const b = await start('group-b', stateDir)
      await vote(a, ['a', 'a'])
      await vote(b, ['c', 'b', 'c'])
      expect(counts((await get(a.server.port, '/live/export.csv', { cookie: a.cookie })).body)).toEqual({ A: 2, B: 0, C: 0 })
      expect(counts((await get(b.server.port, '/live/export.csv', { cookie: b.cookie })).body)).toEqual({ A: 0, B: 1, C: 2 })
      expect(a.server.files.journal).toBe(join(stateDir, 'sessions', 'group-a', 'journal.jsonl'))
      expect(b.server.files.journal).toBe(join(stateDir, 'sessions', 'group-b', 'journal.jsonl'))
      // The sign-in secret is shared, at the top; no class is kept there.
      expect(existsSync(join(stateDir, 'secret'))).toBe(true)
      expect(existsSync(join(stateDir, 'state.json'))).toBe(false)
      expect(listSessions(stateDir).map(({ name, questions, answers }) => ({ name, questions, answers })).sort((x, y) => x.name.localeCompare(y.name))).toEqual([
        { name: 'group-a', questions: 1, answers: 2 },
        { name: 'group-b', questions: 1, answers: 3 },
      ])
    }
    finally {
      for (const live of running.splice(0))
        await live.end()
      rmSync(stateDir, { recursive: true, force: true })
    }
  })

  it('leave a class kept before sessions existed where it is, and list it as "unnamed"', async () => {
    const stateDir = mkdtempSync(join(tmpdir(), 'class-sessions-'))
    const old = JSON.stringify({ version: 1, current: null, questions: { [Q]: { status: 'closed', votes: { 'device-000000000001': ['a'] } } } })
    writeFileSync(join(stateDir, 'state.json'), old)
    try {
      const live = await start('group-a', stateDir)
      await vote(live, ['b'])
      expect(readFileSync(join(stateDir, 'state.json'), 'utf8')).toBe(old)
      expect(listSessions(stateDir).map(({ name, answers }) => [name, answers]).sort()).toEqual([['group-a', 1], ['unnamed', 1]])
      expect(counts((await get(live.server.port, '/live/export.csv', { cookie: live.cookie })).body)).toEqual({ A: 0, B: 1, C: 0 })
    }
    finally {
      for (const live of running.splice(0))
        await live.end()
      rmSync(stateDir, { recursive: true, force: true })
    }
  })

  it('refuses a session name that is not one', async () => {
    const stateDir = mkdtempSync(join(tmpdir(), 'class-sessions-'))
    try {
      await expect(startClassServer({ dist: stateDir, stateDir, password: 'class-test-password', port: 0, host: '127.0.0.1', session: '../escape' })).rejects.toThrow(/session name/)
    }
    finally {
      rmSync(stateDir, { recursive: true, force: true })
    }
  })
})
