import { describe, expect, it } from 'vitest'
import { ClassState } from '../../server/state'
import { liveCatalog } from '../../utils/live'
import { fixtures } from '../quiz-fixtures'

const catalog = liveCatalog(fixtures, 'en')
const alice = 'a'.repeat(20)
const bob = 'b'.repeat(20)

function opened(id = 'fixture-single'): ClassState {
  const state = new ClassState(catalog)
  state.open(id)
  return state
}

describe('ClassState', () => {
  it('counts one vote per device, and a changed vote replaces the old one', () => {
    const state = opened()
    expect(state.vote(alice, 'fixture-single', ['a'])).toEqual({ ok: true, changed: true })
    expect(state.vote(bob, 'fixture-single', ['b'])).toEqual({ ok: true, changed: true })
    expect(state.vote(alice, 'fixture-single', ['b'])).toEqual({ ok: true, changed: true })
    expect(state.vote(alice, 'fixture-single', ['b'])).toEqual({ ok: true, changed: false })
    expect(state.tally('fixture-single')).toEqual({ status: 'open', counts: { a: 0, b: 2, c: 0 }, voters: 2, right: 2 })
  })

  it('withdraws a vote on an empty choice', () => {
    const state = opened()
    state.vote(alice, 'fixture-single', ['a'])
    expect(state.vote(alice, 'fixture-single', [])).toEqual({ ok: true, changed: true })
    expect(state.tally('fixture-single').voters).toBe(0)
  })

  it('counts every option of a multiple select once, in the question\'s order', () => {
    const state = opened('fixture-multiple')
    state.vote(alice, 'fixture-multiple', ['c', 'a'])
    expect(state.voteOf('fixture-multiple', alice)).toEqual(['a', 'c'])
    expect(state.tally('fixture-multiple')).toMatchObject({ counts: { a: 1, b: 0, c: 1 }, voters: 1 })
  })

  it('sends phones back to waiting when the presenter leaves the question shown, and only then', () => {
    const state = opened()
    expect(state.leave('fixture-single')).toEqual({ ok: true, changed: true })
    expect(state.current).toBeNull()
    // The next slide's question announced itself before the old one said goodbye: it stays.
    state.open('fixture-single')
    state.setCurrent('fixture-multiple')
    expect(state.leave('fixture-single')).toEqual({ ok: true, changed: false })
    expect(state.current).toBe('fixture-multiple')
    expect(state.leave('no-such-question')).toEqual({ ok: false, reason: 'unknown-question' })
  })

  it('refuses votes on a closed, revealed, idle or other question', () => {
    const state = opened()
    state.close('fixture-single')
    expect(state.vote(alice, 'fixture-single', ['a'])).toEqual({ ok: false, reason: 'closed' })
    state.reveal('fixture-single')
    expect(state.vote(alice, 'fixture-single', ['a'])).toEqual({ ok: false, reason: 'closed' })
    expect(state.vote(alice, 'fixture-multiple', ['a'])).toEqual({ ok: false, reason: 'not-current' })
    expect(state.vote(alice, 'fixture-classify', ['minister=state'])).toEqual({ ok: false, reason: 'not-current' })
    expect(state.vote(alice, 'fixture-gone', ['a'])).toEqual({ ok: false, reason: 'unknown-question' })
    expect(new ClassState(catalog).vote(alice, 'fixture-single', ['a'])).toEqual({ ok: false, reason: 'not-current' })
    expect(state.tally('fixture-single').voters).toBe(0)
  })

  it('refuses choices that do not fit the question, and devices without a proper id', () => {
    const state = opened()
    for (const choice of [['z'], ['a', 'b'], ['a', 'a']])
      expect(state.vote(alice, 'fixture-single', choice)).toEqual({ ok: false, reason: 'invalid-vote' })
    expect(state.vote('short', 'fixture-single', ['a'])).toEqual({ ok: false, reason: 'no-device' })
    expect(state.tally('fixture-single').voters).toBe(0)
  })

  it('runs true-false questions with "true" and "false" as options', () => {
    const state = opened('fixture-true-false')
    expect(state.vote(alice, 'fixture-true-false', ['false'])).toEqual({ ok: true, changed: true })
    expect(state.tally('fixture-true-false').counts).toEqual({ true: 0, false: 1 })
  })

  it('keeps a revealed question revealed when it is opened again, until it is reset', () => {
    const state = opened()
    state.vote(alice, 'fixture-single', ['a'])
    state.reveal('fixture-single')
    state.open('fixture-single')
    expect(state.status('fixture-single')).toBe('revealed')
    state.reset('fixture-single')
    expect(state.tally('fixture-single')).toEqual({ status: 'idle', counts: { a: 0, b: 0, c: 0 }, voters: 0, right: 0 })
    state.open('fixture-single')
    expect(state.vote(alice, 'fixture-single', ['c'])).toEqual({ ok: true, changed: true })
  })

  it('takes a classify answer only with every statement placed once in a known category, kept in the statements\' order', () => {
    const state = opened('fixture-classify')
    for (const choice of [['minister=state'], ['minister=state', 'imports=state', 'shortage=nowhere'], ['minister=state', 'minister=system', 'imports=state'], ['minister', 'imports', 'shortage'], ['minister=state=x', 'imports=state', 'shortage=system']])
      expect(state.vote(alice, 'fixture-classify', choice)).toEqual({ ok: false, reason: 'invalid-vote' })
    expect(state.vote(alice, 'fixture-classify', ['shortage=system', 'minister=state', 'imports=state'])).toEqual({ ok: true, changed: true })
    expect(state.voteOf('fixture-classify', alice)).toEqual(['minister=state', 'imports=state', 'shortage=system'])
    // The same placements sent in another order are the same answer.
    expect(state.vote(alice, 'fixture-classify', ['minister=state', 'imports=state', 'shortage=system'])).toEqual({ ok: true, changed: false })
    expect(state.tally('fixture-classify').voters).toBe(1)
  })

  it('takes an order answer only with every item once, and keeps the student\'s order', () => {
    const state = opened('fixture-order')
    for (const choice of [['first', 'second', 'third'], ['first', 'second', 'third', 'zz'], ['first', 'first', 'second', 'third']])
      expect(state.vote(alice, 'fixture-order', choice)).toEqual({ ok: false, reason: 'invalid-vote' })
    expect(state.vote(alice, 'fixture-order', ['second', 'first', 'third', 'fourth'])).toEqual({ ok: true, changed: true })
    expect(state.voteOf('fixture-order', alice)).toEqual(['second', 'first', 'third', 'fourth'])
    expect(state.vote(alice, 'fixture-order', [])).toEqual({ ok: true, changed: true })
    expect(state.tally('fixture-order').voters).toBe(0)
  })

  it('restores classify and order answers that still fit, and leaves out those that do not', () => {
    const state = new ClassState(catalog)
    const { dropped } = state.restore({
      version: 1,
      current: 'fixture-order',
      questions: {
        'fixture-order': { status: 'closed', votes: { [alice]: ['first', 'second', 'third', 'fourth'], [bob]: ['first', 'second'] } },
        'fixture-classify': { status: 'closed', votes: { [alice]: ['minister=individual', 'imports=state', 'shortage=system'] } },
      },
    })
    expect(dropped).toBe(1)
    expect(state.tally('fixture-order')).toMatchObject({ voters: 1, right: 1 })
    expect(state.tally('fixture-classify')).toMatchObject({ voters: 1, right: 1 })
  })

  it('comes back whole from its snapshot, through JSON', () => {
    const state = opened()
    state.vote(alice, 'fixture-single', ['a'])
    state.vote(bob, 'fixture-single', ['b'])
    state.close('fixture-single')
    const copy = new ClassState(catalog)
    copy.restore(JSON.parse(JSON.stringify(state.snapshot())))
    expect(copy.current).toBe('fixture-single')
    expect(copy.tallies()).toEqual(state.tallies())
    expect(copy.voteOf('fixture-single', bob)).toEqual(['b'])
  })

  it('leaves out what no longer fits when it restores a snapshot', () => {
    const state = new ClassState(catalog)
    state.restore({
      version: 1,
      current: 'gone',
      questions: {
        'gone': { status: 'open', votes: { [alice]: ['a'] } },
        'fixture-single': { status: 'weird', votes: {} },
        'fixture-multiple': { status: 'closed', votes: { [alice]: ['a', 'zz'], [bob]: ['b'], 'bad id': ['a'] } },
      },
    })
    expect(state.current).toBeNull()
    expect(Object.keys(state.tallies())).toEqual(['fixture-multiple'])
    expect(state.tally('fixture-multiple')).toEqual({ status: 'closed', counts: { a: 0, b: 1, c: 0, d: 0 }, voters: 1, right: 0 })
    state.restore('not a snapshot')
    expect(state.tallies()).toEqual({})
  })
})
