// @vitest-environment node
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { listSessions, sessionDir, sessionProblem, todaySession, UNNAMED } from '../../server/sessions'

describe('sessionProblem', () => {
  it('takes letters, digits, "-" and "_", 1 to 64 of them', () => {
    for (const name of ['2026-12-02', '2026-12-02-group-b', 'Group_B', 'a', 'x'.repeat(64)])
      expect(sessionProblem(name), name).toBeUndefined()
  })

  it('refuses anything else, and says what a name may hold', () => {
    for (const name of ['', 'x'.repeat(65), '../up', 'a/b', 'group b', 'kelas-ä', '.hidden', 'a\nb'])
      expect(sessionProblem(name), name).toMatch(/1 to 64 letters/)
  })
})

describe('todaySession', () => {
  it('is the local date', () => {
    expect(todaySession(new Date(2026, 11, 2, 23, 59))).toBe('2026-12-02')
    expect(todaySession(new Date(2027, 0, 9, 0, 1))).toBe('2027-01-09')
  })
})

describe('sessionDir and listSessions', () => {
  it('keeps each session in a folder of its own, and the unnamed one at the top', () => {
    expect(sessionDir('.class', 'group-a')).toBe(join('.class', 'sessions', 'group-a'))
    expect(sessionDir('.class', UNNAMED)).toBe('.class')
  })

  it('lists the sessions with files, the least recently changed first, and counts what they hold', () => {
    const state = mkdtempSync(join(tmpdir(), 'class-list-'))
    try {
      const write = (dir: string, votes: number, time: number) => {
        mkdirSync(dir, { recursive: true })
        const file = join(dir, 'state.json')
        writeFileSync(file, JSON.stringify({ version: 1, current: null, questions: { q1: { status: 'closed', votes: Object.fromEntries(Array.from({ length: votes }, (_, i) => [`device-00000000000${i}`, ['a']])) } } }))
        utimesSync(file, time, time)
      }
      write(join(state, 'sessions', 'group-b'), 3, 3000)
      write(join(state, 'sessions', 'group-a'), 2, 2000)
      write(state, 1, 1000)
      mkdirSync(join(state, 'sessions', 'empty'))
      mkdirSync(join(state, 'sessions', 'not a session'))
      expect(listSessions(state).map(({ name, questions, answers, changed }) => [name, questions, answers, changed.getTime()])).toEqual([
        [UNNAMED, 1, 1, 1_000_000],
        ['group-a', 1, 2, 2_000_000],
        ['group-b', 1, 3, 3_000_000],
      ])
      expect(listSessions(join(state, 'nowhere'))).toEqual([])
    }
    finally {
      rmSync(state, { recursive: true, force: true })
    }
  })
})
