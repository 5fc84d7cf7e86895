import type { StudentView } from '../../utils/live-protocol'
import { fireEvent, render, screen, within } from '@testing-library/vue'
import { afterEach, describe, expect, it } from 'vitest'
import LiveStudent from '../../components/LiveStudent.vue'
import { liveEntryOf } from '../../utils/live'
import { classify, order, single } from '../quiz-fixtures'

const levelName = (id: string) => ({ individual: { en: 'Individual level', id: '' }, state: { en: 'State level', id: '' }, system: { en: 'International system level', id: '' } } as Record<string, { en: string, id: string }>)[id]

function view(quiz: Parameters<typeof liveEntryOf>[0], status: StudentView['status'], vote: string[] | null = null, revealed = false): StudentView {
  const entry = liveEntryOf(quiz, 'en', levelName)!
  return { t: 'view', question: entry.question, status, vote, ...(revealed ? { correct: [...entry.correct] } : {}) }
}

const group = (name: string) => screen.getByRole('group', { name: new RegExp(name) })

afterEach(() => {
  document.body.innerHTML = ''
})

describe('LiveStudent', () => {
  it('waits for the lecturer, and says when the connection is lost', () => {
    const waiting = render(LiveStudent, { props: { connection: 'open', view: { t: 'view', question: null, status: 'idle', vote: null } } })
    expect(screen.getByRole('status').textContent).toMatch(/Waiting for the lecturer/)
    waiting.unmount()
    render(LiveStudent, { props: { connection: 'offline' } })
    expect(screen.getByRole('status').textContent).toMatch(/Connection lost/)
  })

  it('sends a choice as it is made', async () => {
    const { emitted } = render(LiveStudent, { props: { connection: 'open', view: view(single, 'open') } })
    await fireEvent.click(screen.getAllByRole('radio')[1]!)
    expect(emitted('vote')).toEqual([[[single.options[1]!.id]]])
  })

  it('sends a classify answer with its button, once every statement is placed', async () => {
    const { emitted } = render(LiveStudent, { props: { connection: 'open', view: view(classify, 'open') } })
    await fireEvent.click(within(group(classify.items[0]!.text.en)).getByRole('radio', { name: 'State level' }))
    await fireEvent.click(screen.getByRole('button', { name: 'Send my answer' }))
    expect(emitted('vote')).toBeUndefined()
    expect(screen.getByRole('status').textContent).toMatch(/1 of 3 placed/)
    for (const item of classify.items.slice(1))
      await fireEvent.click(within(group(item.text.en)).getByRole('radio', { name: 'State level' }))
    await fireEvent.click(screen.getByRole('button', { name: 'Send my answer' }))
    expect(emitted<[string[]]>('vote')[0]![0]).toEqual(classify.items.map(item => `${item.id}=state`))
  })

  it('sends an order answer with its button, after moving items', async () => {
    const entry = liveEntryOf(order, 'en')!
    const { emitted } = render(LiveStudent, { props: { connection: 'open', view: view(order, 'open') } })
    expect(screen.getByRole('status').textContent).toMatch(/Not sent yet/)
    const first = entry.question.options[0]!
    await fireEvent.click(screen.getByRole('button', { name: `Move down: ${first.text}` }))
    await fireEvent.click(screen.getByRole('button', { name: 'Send my answer' }))
    const ids = entry.question.options.map(option => option.id)
    expect(emitted<[string[]]>('vote')[0]![0]).toEqual([ids[1], ids[0], ...ids.slice(2)])
  })

  it('shows this device\'s counted answer, and nothing operable once answering has closed', () => {
    const vote = order.items.map(item => item.id).reverse()
    const { container } = render(LiveStudent, { props: { connection: 'open', view: view(order, 'closed', vote) } })
    expect(screen.getByRole('status').textContent).toMatch(/Answering is closed/)
    expect(screen.getAllByRole('button').every(button => (button as HTMLButtonElement).disabled)).toBe(true)
    expect([...container.querySelectorAll('.quiz-order__text')].map(text => text.textContent!.trim())).toEqual(vote.map(id => order.items.find(item => item.id === id)!.text.en))
  })

  it('holds nothing of the answer before the reveal, and marks it after', () => {
    const before = render(LiveStudent, { props: { connection: 'open', view: view(single, 'closed', [single.options[0]!.id]) } })
    expect(before.container.innerHTML).not.toContain('Correct answer')
    before.unmount()
    const after = render(LiveStudent, { props: { connection: 'open', view: view(single, 'revealed', [single.options[0]!.id], true) } })
    expect(after.container.textContent).toContain('Correct answer')
    expect(screen.getByRole('status').textContent).toMatch(/The answer is revealed/)
  })
})
