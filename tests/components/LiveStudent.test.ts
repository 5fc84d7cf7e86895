import type { StudentView } from '../../utils/live-protocol'
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import LiveStudent from '../../components/LiveStudent.vue'
import { liveEntryOf } from '../../utils/live'
import { classify, order, single } from '../quiz-fixtures'
import { allByRole, getByRole } from './quiz-helpers'

const levelName = (id: string) => ({ individual: { en: 'Individual level', id: '' }, state: { en: 'State level', id: '' }, system: { en: 'International system level', id: '' } } as Record<string, { en: string, id: string }>)[id]

function view(quiz: Parameters<typeof liveEntryOf>[0], status: StudentView['status'], vote: string[] | null = null, revealed = false): StudentView {
  const entry = liveEntryOf(quiz, 'en', levelName)!
  return { t: 'view', question: entry.question, status, vote, ...(revealed ? { correct: [...entry.correct] } : {}) }
}

describe('LiveStudent', () => {
  it('waits for the lecturer, and says when the connection is lost', () => {
    expect(getByRole(mount(LiveStudent, { props: { connection: 'open', view: { t: 'view', question: null, status: 'idle', vote: null } } }), 'status', /Waiting for the lecturer/).exists()).toBe(true)
    expect(getByRole(mount(LiveStudent, { props: { connection: 'offline' } }), 'status', /Connection lost/).exists()).toBe(true)
  })

  it('sends a choice as it is made', async () => {
    const wrapper = mount(LiveStudent, { props: { connection: 'open', view: view(single, 'open') } })
    await allByRole(wrapper, 'radio')[1]!.setValue(true)
    expect(wrapper.emitted('vote')).toEqual([[[single.options[1]!.id]]])
  })

  it('sends a classify answer with its button, once every statement is placed', async () => {
    const wrapper = mount(LiveStudent, { props: { connection: 'open', view: view(classify, 'open') } })
    await getByRole(getByRole(wrapper, 'group', classify.items[0]!.text.en), 'radio', 'State level').setValue(true)
    await getByRole(wrapper, 'button', 'Send my answer').trigger('submit')
    expect(wrapper.emitted('vote')).toBeUndefined()
    expect(getByRole(wrapper, 'status', /1 of 3 placed/).exists()).toBe(true)
    for (const item of classify.items.slice(1))
      await getByRole(getByRole(wrapper, 'group', item.text.en), 'radio', 'State level').setValue(true)
    await wrapper.find('form').trigger('submit')
    expect(wrapper.emitted<[string[]]>('vote')![0]![0]).toEqual(classify.items.map(item => `${item.id}=state`))
  })

  it('sends an order answer with its button, after moving items', async () => {
    const entry = liveEntryOf(order, 'en')!
    const wrapper = mount(LiveStudent, { props: { connection: 'open', view: view(order, 'open') } })
    expect(getByRole(wrapper, 'status', /Not sent yet/).exists()).toBe(true)
    const first = entry.question.options[0]!
    await getByRole(wrapper, 'button', `Move down: ${first.text}`).trigger('click')
    await wrapper.find('form').trigger('submit')
    const ids = entry.question.options.map(option => option.id)
    expect(wrapper.emitted<[string[]]>('vote')![0]![0]).toEqual([ids[1], ids[0], ...ids.slice(2)])
  })

  it('shows this device\'s counted answer, and nothing operable once answering has closed', () => {
    const mine = order.items.map(item => item.id).reverse()
    const wrapper = mount(LiveStudent, { props: { connection: 'open', view: view(order, 'closed', mine) } })
    expect(getByRole(wrapper, 'status', /Answering is closed/).exists()).toBe(true)
    expect(allByRole(wrapper, 'button').every(button => (button.element as HTMLButtonElement).disabled)).toBe(true)
    expect(wrapper.findAll('.quiz-order__text').map(text => text.text())).toEqual(mine.map(id => order.items.find(item => item.id === id)!.text.en))
  })

  it('holds nothing of the answer before the reveal, and marks it after', () => {
    const before = mount(LiveStudent, { props: { connection: 'open', view: view(single, 'closed', [single.options[0]!.id]) } })
    expect(before.text()).not.toContain('Correct answer')
    const after = mount(LiveStudent, { props: { connection: 'open', view: view(single, 'revealed', [single.options[0]!.id], true) } })
    expect(after.text()).toContain('Correct answer')
    expect(getByRole(after, 'status', /The answer is revealed/).exists()).toBe(true)
  })
})
