import type { OrderAnswer } from '../../utils/scoring'
import { fireEvent, render, screen } from '@testing-library/vue'
import { afterEach, describe, expect, it } from 'vitest'
import { defineComponent, ref } from 'vue'
import QuizOrder from '../../components/QuizOrder.vue'
import { grade, shownOrder } from '../../utils/scoring'
import { order } from '../quiz-fixtures'

const texts = (ids: readonly string[]) => ids.map(id => order.items.find(item => item.id === id)!.text.en)
const shownTexts = (container: Element) => [...container.querySelectorAll('ol > li .quiz-order__text')].map(item => item.firstChild!.textContent!.trim())

afterEach(() => {
  document.body.innerHTML = ''
})

describe('QuizOrder', () => {
  it('lists the items scrambled, each with native "Move up" and "Move down" buttons, the ends disabled', () => {
    const { container } = render(QuizOrder, { props: { quiz: order, interactive: true } })
    expect(screen.getByRole('group', { name: /Put these events in order/ })).toBeTruthy()
    const start = shownOrder(order)
    expect(shownTexts(container)).toEqual(texts(start))
    const ups = screen.getAllByRole('button', { name: /^Move up/ })
    expect(ups).toHaveLength(4)
    expect((ups[0] as HTMLButtonElement).disabled).toBe(true)
    expect((screen.getByRole('button', { name: `Move down: ${texts(start)[3]}` }) as HTMLButtonElement).disabled).toBe(true)
  })

  it('moves an item, says where it went, and keeps the focus on its button', async () => {
    // A parent that keeps the answer, as the question does.
    const Host = defineComponent({
      components: { QuizOrder },
      setup: () => ({ quiz: order, answer: ref<OrderAnswer>({ kind: 'order', order: shownOrder(order) }) }),
      template: '<QuizOrder v-model:answer="answer" :quiz="quiz" interactive />',
    })
    const { container } = render(Host)
    const start = shownOrder(order)
    const second = texts(start)[1]!
    await fireEvent.click(screen.getByRole('button', { name: `Move up: ${second}` }))
    expect(shownTexts(container)).toEqual(texts([start[1]!, start[0]!, start[2]!, start[3]!]))
    expect(container.querySelector('[aria-live="polite"]')!.textContent!.trim()).toBe(`${second}: now at position 1 of 4.`)
    // At the top its "Move up" is disabled, so the focus goes to its "Move down".
    await new Promise(resolve => setTimeout(resolve))
    expect(document.activeElement).toBe(screen.getByRole('button', { name: `Move down: ${second}` }))
    await fireEvent.click(screen.getByRole('button', { name: `Move down: ${second}` }))
    await new Promise(resolve => setTimeout(resolve))
    expect(document.activeElement).toBe(screen.getByRole('button', { name: `Move down: ${second}` }))
  })

  it('keeps both of two moves made before the parent updates', async () => {
    const { emitted } = render(QuizOrder, { props: { quiz: order, interactive: true } })
    const start = shownOrder(order)
    await Promise.all([
      fireEvent.click(screen.getByRole('button', { name: `Move down: ${texts(start)[0]}` })),
      fireEvent.click(screen.getByRole('button', { name: `Move down: ${texts(start)[2]}` })),
    ])
    expect(emitted<[OrderAnswer]>('update:answer').at(-1)![0].order).toEqual([start[1], start[0], start[3], start[2]])
  })

  it('holds nothing of the answer before a check: no dates, no positions to aim for', () => {
    const { container } = render(QuizOrder, { props: { quiz: order, interactive: true } })
    for (const item of order.items)
      expect(container.innerHTML).not.toContain(item.feedback.en)
    expect(container.innerHTML).not.toContain('Belongs at')
  })

  it('after a check, marks each item in place or not, with its date, as the grade says', () => {
    const answer: OrderAnswer = { kind: 'order', order: ['second', 'first', 'third', 'fourth'] }
    render(QuizOrder, { props: { quiz: order, interactive: true, answer, grade: grade(order, answer) } })
    const rows = screen.getAllByRole('listitem').map(item => item.textContent!.replace(/\s+/g, ' '))
    expect(rows[0]).toContain('✗ Not here. 30 January 2020.')
    expect(rows[2]).toContain('✓ In place. 2 March 2020.')
  })

  it('in the solution, says where each item belongs, and judges the order only with a grade', async () => {
    const answer: OrderAnswer = { kind: 'order', order: ['second', 'first', 'third', 'fourth'] }
    const { rerender } = render(QuizOrder, { props: { quiz: order, interactive: true, solution: true, answer } })
    expect(screen.getAllByRole('listitem')[0]!.textContent).toContain('Belongs at position 2.')
    expect(screen.getAllByRole('listitem')[0]!.textContent).not.toContain('✗')
    await rerender({ quiz: order, interactive: true, solution: true, answer, grade: grade(order, answer) })
    expect(screen.getAllByRole('listitem')[0]!.textContent).toContain('✗ Belongs at position 2.')
    expect(screen.getAllByRole('listitem')[2]!.textContent).toContain('✓ In place.')
  })

  it('prints the items with letters and a line to write the order on; the solution lists the right order', () => {
    const student = render(QuizOrder, { props: { quiz: order, print: true } })
    expect(screen.queryAllByRole('button')).toHaveLength(0)
    expect(student.container.textContent).toContain('Write the letters in the right order:')
    expect(student.container.querySelectorAll('.quiz-order__blank')).toHaveLength(4)
    student.unmount()
    const key = render(QuizOrder, { props: { quiz: order, print: true, solution: true } })
    expect(shownTexts(key.container)).toEqual(texts(order.items.map(item => item.id)))
    expect(key.container.textContent).toContain('20 January 2020.')
  })
})
