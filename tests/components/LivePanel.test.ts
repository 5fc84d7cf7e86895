import { render, screen } from '@testing-library/vue'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import LivePanel from '../../components/LivePanel.vue'

vi.mock('chart.js', () => import('./chart-mock'))

// The class channel, as the deck sees it once the class server is up.
const live = vi.hoisted(() => ({ sent: [] as unknown[] }))
vi.mock('../../composables/useLive', async () => {
  const { ref } = await import('vue')
  const state = {
    enabled: true,
    connected: ref(true),
    saveFailed: ref(false),
    config: ref({ join: 'http://192.168.1.20:3030/join', short: '192.168.1.20:3030' }),
    tallies: ref({}),
    send: (message: unknown) => live.sent.push(message),
  }
  return { useLive: () => state }
})

function panel(props: Partial<{ revealed: boolean, mode: 'self-study' | 'present' | 'print', presenter: boolean, shown: boolean }> = {}) {
  return render(LivePanel, { props: { id: 'nts-reply', revealed: false, mode: 'present', presenter: true, shown: true, ...props } })
}

beforeEach(() => {
  live.sent.length = 0
})
afterEach(() => {
  document.body.innerHTML = ''
})

describe('LivePanel', () => {
  it('in the presenter view, opens the question on entering its slide and offers the controls', () => {
    panel()
    expect(live.sent).toContainEqual({ t: 'open', question: 'nts-reply' })
    expect(screen.getByRole('complementary', { name: /Live/ })).toBeTruthy()
    expect(screen.getByRole('button', { name: /answering/i })).toBeTruthy()
    expect(screen.getByText('192.168.1.20:3030')).toBeTruthy()
  })

  it('reveals on the phones with the slide\'s own click', async () => {
    const { rerender } = panel()
    await rerender({ id: 'nts-reply', revealed: true, mode: 'present', presenter: true, shown: true })
    expect(live.sent).toContainEqual({ t: 'reveal', question: 'nts-reply' })
  })

  it('stays empty where it is not shown big on the current slide, or in print', () => {
    const { container, unmount } = panel({ shown: false })
    expect(container.textContent!.trim()).toBe('')
    unmount()
    const printed = panel({ mode: 'print' })
    expect(printed.container.textContent!.trim()).toBe('')
    expect(live.sent).toEqual([])
  })

  it('in the room\'s window, shows where to answer and no controls', () => {
    panel({ presenter: false })
    expect(screen.queryAllByRole('button')).toHaveLength(0)
    expect(live.sent).toEqual([])
  })
})
