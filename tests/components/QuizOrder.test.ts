import type { OrderAnswer } from '../../utils/scoring'
import { flushPromises, mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { defineComponent, ref } from 'vue'
import QuizOrder from '../../components/QuizOrder.vue'
import { grade, shownOrder } from '../../utils/scoring'
import { order } from '../quiz-fixtures'
import { allByRole, getByRole } from './quiz-helpers'

const texts = (ids: readonly string[]) => ids.map(id => order.items.find(item => item.id === id)!.text.en)

describe('QuizOrder', () => {
  it('lists the items scrambled, each with native "Move up" and "Move down" buttons, the ends disabled', () => {
    const wrapper = mount(QuizOrder, { props: { quiz: order, interactive: true } })
    expect(getByRole(wrapper, 'group', 'Put these events in order').exists()).toBe(true)
    const start = shownOrder(order)
    expect(wrapper.findAll('ol > li .quiz-order__text').map(item => item.text())).toEqual(texts(start))
    const ups = allByRole(wrapper, 'button').filter(button => button.attributes('aria-label')!.startsWith('Move up'))
    expect(ups).toHaveLength(4)
    expect(ups[0]!.attributes('disabled')).toBeDefined()
    expect(getByRole(wrapper, 'button', `Move down: ${texts(start)[3]}`).attributes('disabled')).toBeDefined()
  })

  it('moves an item, says where it went, and keeps the focus on its button', async () => {
    // A parent that saves each move, as the question does.
    const Host = defineComponent({
      components: { QuizOrder },
      setup: () => ({ quiz: order, answer: ref<OrderAnswer>({ kind: 'order', order: shownOrder(order) }) }),
      template: '<QuizOrder :quiz="quiz" :answer="answer" interactive @update="answer = $event" />',
    })
    const wrapper = mount(Host, { attachTo: document.body })
    const start = shownOrder(order)
    const second = texts(start)[1]!
    await getByRole(wrapper, 'button', `Move up: ${second}`).trigger('click')
    await flushPromises()
    expect(wrapper.findAll('ol > li .quiz-order__text').map(item => item.text())).toEqual(texts([start[1]!, start[0]!, start[2]!, start[3]!]))
    expect(wrapper.get('[aria-live="polite"]').text()).toBe(`${second}: now at position 1 of 4.`)
    // At the top its "Move up" is disabled, so the focus goes to its "Move down".
    expect(document.activeElement?.getAttribute('aria-label')).toBe(`Move down: ${second}`)
    await getByRole(wrapper, 'button', `Move down: ${second}`).trigger('click')
    await flushPromises()
    expect(document.activeElement?.getAttribute('aria-label')).toBe(`Move down: ${second}`)
    wrapper.unmount()
  })

  it('keeps both of two moves made before the parent updates', async () => {
    const wrapper = mount(QuizOrder, { props: { quiz: order, interactive: true } })
    const start = shownOrder(order)
    await Promise.all([
      getByRole(wrapper, 'button', `Move down: ${texts(start)[0]}`).trigger('click'),
      getByRole(wrapper, 'button', `Move down: ${texts(start)[2]}`).trigger('click'),
    ])
    expect(wrapper.emitted<[OrderAnswer]>('update')!.at(-1)![0].order).toEqual([start[1], start[0], start[3], start[2]])
  })

  it('holds nothing of the answer before a check: no dates, no positions to aim for', () => {
    const html = mount(QuizOrder, { props: { quiz: order, interactive: true } }).html()
    for (const item of order.items)
      expect(html).not.toContain(item.feedback.en)
    expect(html).not.toContain('Belongs at')
  })

  it('after a check, marks each position in place or not, with the item\'s date', () => {
    const answer: OrderAnswer = { kind: 'order', order: ['second', 'first', 'third', 'fourth'] }
    const wrapper = mount(QuizOrder, { props: { quiz: order, interactive: true, answer, result: grade(order, answer) } })
    const rows = wrapper.findAll('ol > li').map(item => item.text())
    expect(rows[0]).toContain('✗ Not here. 30 January 2020.')
    expect(rows[2]).toContain('✓ In place. 2 March 2020.')
  })

  it('prints the items with letters and a line to write the order on; the solution lists the right order', () => {
    const student = mount(QuizOrder, { props: { quiz: order, print: true } })
    expect(student.findAll('button')).toHaveLength(0)
    expect(student.text()).toContain('Write the letters in the right order:')
    expect(student.findAll('.quiz-order__blank')).toHaveLength(4)
    const key = mount(QuizOrder, { props: { quiz: order, print: true, solution: true } })
    expect(key.findAll('ol > li .quiz-order__text').map(item => item.text())).toEqual(texts(order.items.map(item => item.id)))
    expect(key.text()).toContain('20 January 2020.')
  })
})
