import { cleanup, render, screen } from '@testing-library/vue'
import { afterEach, describe, expect, it, vi } from 'vitest'
import LiveJoin from '../../components/LiveJoin.vue'
import { LIVE_META } from '../../utils/live-host'

// The join box itself (tested in LiveJoinCode.test.ts), as a stand-in that
// records whether it was downloaded and shows the props it was given.
const joinBox = vi.hoisted(() => ({ loaded: false }))
vi.mock('../../components/LiveJoinCode.vue', async () => {
  joinBox.loaded = true
  const { defineComponent, h } = await import('vue')
  return {
    __esModule: true,
    default: defineComponent({
      props: { compact: Boolean },
      setup: props => () => h('p', props.compact ? 'Join box, compact' : 'Join box'),
    }),
  }
})

function serveFromClassServer(): void {
  const meta = document.createElement('meta')
  meta.name = LIVE_META
  document.head.append(meta)
}

describe('LiveJoin', () => {
  afterEach(() => {
    cleanup()
    document.head.querySelectorAll('meta').forEach(meta => meta.remove())
  })

  it('shows nothing, and downloads nothing of the join box, where no class server serves the deck', async () => {
    const { container } = render(LiveJoin, { props: { compact: true } })
    await vi.dynamicImportSettled()
    expect(container.textContent).toBe('')
    expect(joinBox.loaded).toBe(false)
  })

  it('shows the join box on the class server\'s page, compact where asked', async () => {
    serveFromClassServer()
    render(LiveJoin, { props: { compact: true } })
    expect(await screen.findByText('Join box, compact')).toBeTruthy()
    expect(joinBox.loaded).toBe(true)
  })
})
