import type { LiveConfig } from '../../utils/live'
import { cleanup, render, screen } from '@testing-library/vue'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { nextTick } from 'vue'
import LiveJoinCode from '../../components/LiveJoinCode.vue'
import { useLive } from '../../composables/useLive'

// The deck's connection to the class server, as the class server would fill it in.
vi.mock('../../composables/useLive', async () => {
  const { shallowRef } = await import('vue')
  const config = shallowRef<LiveConfig | undefined>()
  return { useLive: () => ({ config }) }
})

const { config } = useLive()
const join = { join: 'http://192.168.1.20:3030/join', short: '192.168.1.20:3030' }

/** Waits for the QR code, which is drawn once its library has loaded. */
async function qrDrawn(): Promise<HTMLElement> {
  const image = await screen.findByRole('img', { name: `QR code of the answer page: ${join.join}` })
  await vi.waitFor(() => expect(image.querySelector('svg')).not.toBeNull())
  return image
}

describe('LiveJoinCode', () => {
  // Vitest runs without globals, so Testing Library cannot unmount by itself.
  afterEach(() => {
    cleanup()
    config.value = undefined
  })

  it('shows nothing where no class server serves the deck', () => {
    const { container } = render(LiveJoinCode)
    expect(container.textContent).toBe('')
    expect(screen.queryByRole('img')).toBeNull()
  })

  it('shows the QR code of the join address, named by it, and the short address to type', async () => {
    config.value = join
    render(LiveJoinCode)
    const image = await qrDrawn()
    expect(image.querySelectorAll('svg path, svg rect').length).toBeGreaterThan(0)
    expect(screen.getByText('Answer on your phone')).toBeTruthy()
    expect(screen.getByText(join.short).tagName).toBe('STRONG')
  })

  it('appears once the class server\'s address arrives', async () => {
    render(LiveJoinCode)
    expect(screen.queryByText(join.short)).toBeNull()
    config.value = join
    await nextTick()
    expect(screen.getByText(join.short)).toBeTruthy()
    await qrDrawn()
  })

  it('draws the QR code dark on white whatever the theme, as phone cameras read best', async () => {
    config.value = join
    render(LiveJoinCode, { props: { compact: true } })
    const svg = (await qrDrawn()).querySelector('svg')!.outerHTML
    expect(svg).toContain('#000000')
    expect(svg).toContain('#ffffff')
  })
})
