import userEvent from '@testing-library/user-event'
import { cleanup, render, screen } from '@testing-library/vue'
import { afterEach, describe, expect, it } from 'vitest'
import LiveControls from '../../components/LiveControls.vue'
import { useLocale } from '../../composables/useLocale'

const { lang } = useLocale()

/** The buttons' names and whether each can be pressed. */
function buttons(): [string, boolean][] {
  return screen.getAllByRole('button').map(button => [button.textContent!.trim(), !(button as HTMLButtonElement).disabled])
}

describe('LiveControls', () => {
  // Vitest runs without globals, so Testing Library cannot unmount by itself.
  afterEach(() => {
    cleanup()
  })

  it('groups the lecturer\'s buttons under the live class\'s name', () => {
    render(LiveControls, { props: { status: 'idle' } })
    expect(screen.getByRole('group', { name: 'Live class' })).toBeTruthy()
  })

  it('offers to open or reveal a question not yet asked, but not to reset it', () => {
    render(LiveControls, { props: { status: 'idle' } })
    expect(buttons()).toEqual([['Open answering', true], ['Reveal on phones', true], ['Reset answers', false]])
  })

  it('turns the first button into "Close answering" while answering is open, and sends each verb pressed', async () => {
    const user = userEvent.setup()
    const { emitted } = render(LiveControls, { props: { status: 'open', voters: 3 } })
    expect(buttons()).toEqual([['Close answering', true], ['Reveal on phones', true], ['Reset answers', true]])
    await user.click(screen.getByRole('button', { name: 'Close answering' }))
    await user.click(screen.getByRole('button', { name: 'Reveal on phones' }))
    await user.click(screen.getByRole('button', { name: 'Reset answers' }))
    expect(emitted('command')).toEqual([['close'], ['reveal'], ['reset']])
  })

  it('offers to open again a closed question, and only to reset a revealed one', async () => {
    const { rerender } = render(LiveControls, { props: { status: 'closed', voters: 3 } })
    expect(buttons()).toEqual([['Open answering', true], ['Reveal on phones', true], ['Reset answers', true]])
    await rerender({ status: 'revealed', voters: 3 })
    expect(buttons()).toEqual([['Open answering', false], ['Reveal on phones', false], ['Reset answers', true]])
  })

  it('lets a question nobody answered be reset only once it has been opened', () => {
    render(LiveControls, { props: { status: 'closed', voters: 0 } })
    expect(screen.getByRole('button', { name: 'Reset answers' }).hasAttribute('disabled')).toBe(false)
  })

  it('disables every button while the class server cannot be reached, so no press is lost unseen', async () => {
    const user = userEvent.setup()
    const { emitted } = render(LiveControls, { props: { status: 'open', voters: 2, connected: false } })
    expect(buttons().every(([, enabled]) => !enabled)).toBe(true)
    await user.click(screen.getByRole('button', { name: 'Close answering' }))
    expect(emitted('command')).toBeUndefined()
  })

  it('speaks Indonesian in the Indonesian edition', () => {
    lang.value = 'id'
    render(LiveControls, { props: { status: 'idle' } })
    expect(screen.getByRole('group', { name: 'Kelas langsung' })).toBeTruthy()
    expect(screen.getByRole('button', { name: 'Buka sesi menjawab' })).toBeTruthy()
  })
})
