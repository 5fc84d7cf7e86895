import type { UseLiveReturn } from '../../composables/useLive'
import { mount } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h, nextTick } from 'vue'
import { useLive } from '../../composables/useLive'
import { LIVE_META } from '../../utils/live'

/** A socket that records what the deck sends and is opened, fed and closed by the test. */
class FakeSocket {
  static made: FakeSocket[] = []
  readonly sent: string[] = []
  onopen?: () => void
  onclose?: (event: { code: number }) => void
  onmessage?: (event: { data: string }) => void
  onerror?: () => void
  closed = false
  constructor(readonly url: string) {
    FakeSocket.made.push(this)
  }

  send(data: string): void {
    this.sent.push(data)
  }

  close(): void {
    this.closed = true
  }

  receive(message: object): void {
    this.onmessage?.({ data: JSON.stringify(message) })
  }
}

/** Mounts a component that uses the live connection, and hands back what it got. */
function consumer(): { live: UseLiveReturn, unmount: () => void } {
  let live: UseLiveReturn | undefined
  const wrapper = mount(defineComponent({
    setup() {
      live = useLive()
      return () => h('div')
    },
  }))
  return { live: live!, unmount: () => wrapper.unmount() }
}

const config = { join: 'http://192.168.1.20:3030/join', short: '192.168.1.20:3030' }

describe('useLive', () => {
  beforeEach(() => {
    FakeSocket.made = []
    vi.stubGlobal('WebSocket', FakeSocket)
    vi.stubGlobal('fetch', vi.fn(async () => new Response(JSON.stringify(config), { headers: { 'content-type': 'application/json' } })))
  })

  afterEach(() => {
    document.querySelector(`meta[name="${LIVE_META}"]`)?.remove()
    vi.unstubAllGlobals()
  })

  it('stays off and asks for nothing where the class server did not serve the page', () => {
    const { live, unmount } = consumer()
    expect(live.enabled).toBe(false)
    live.send({ t: 'open', question: 'nts-reply' })
    expect(FakeSocket.made).toEqual([])
    expect(fetch).not.toHaveBeenCalled()
    unmount()
  })

  it('opens one presenter connection for every question on the page, and closes it with the last', async () => {
    const meta = document.createElement('meta')
    meta.name = LIVE_META
    document.head.append(meta)
    const first = consumer()
    const second = consumer()
    expect(second.live).toBe(first.live)
    expect(FakeSocket.made).toHaveLength(1)
    const [socket] = FakeSocket.made
    expect(socket!.url).toMatch(/^ws:\/\/.+\/live\/ws\?role=presenter$/)

    // Nothing is sent before the connection is up; then a command goes out as it is.
    first.live.send({ t: 'open', question: 'nts-reply' })
    socket!.onopen?.()
    await nextTick()
    expect(first.live.connected.value).toBe(true)
    first.live.send({ t: 'reveal', question: 'nts-reply' })
    expect(socket!.sent.map(text => JSON.parse(text))).toEqual([{ t: 'reveal', question: 'nts-reply' }])

    // What the server says reaches every question.
    socket!.receive({ t: 'tally', current: 'nts-reply', questions: { 'nts-reply': { status: 'open', counts: { a: 2 }, voters: 2 } } })
    socket!.receive({ t: 'save', ok: false })
    socket!.receive({ t: 'refused', reason: 'forbidden' })
    expect(second.live.current.value).toBe('nts-reply')
    expect(second.live.tallies.value['nts-reply']?.voters).toBe(2)
    expect(second.live.saveFailed.value).toBe(true)
    expect(second.live.refused.value).toBe('forbidden')
    await vi.waitFor(() => expect(second.live.config.value).toEqual(config))

    first.unmount()
    expect(socket!.closed).toBe(false)
    second.unmount()
    expect(socket!.closed).toBe(true)
  })
})
