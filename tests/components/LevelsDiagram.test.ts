import type { VueWrapper } from '@vue/test-utils'
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { defineComponent, h } from 'vue'
import LevelsDiagram from '../../components/LevelsDiagram.vue'
import { useLocale } from '../../composables/useLocale'
import { getLevel, levels, levelsNote } from '../../data'

const levelName = (id: string) => getLevel(id).name.en

/** The button whose accessible text starts with the level's name. */
function levelButton(wrapper: VueWrapper, id: string) {
  const button = wrapper.findAll('button').find(candidate => candidate.text().includes(levelName(id)))
  if (!button)
    throw new Error(`No button for ${id}`)
  return button
}

/** The panel a button controls, found through `aria-controls` as a screen reader would. */
function panelOf(wrapper: VueWrapper, id: string) {
  const controls = levelButton(wrapper, id).attributes('aria-controls')!
  return wrapper.get(`[id="${controls}"]`)
}

/** Text a sighted reader sees: the screen-reader-only list left out. */
function visibleText(wrapper: VueWrapper): string {
  const clone = wrapper.element.cloneNode(true) as HTMLElement
  clone.querySelectorAll('.sr-only, [hidden]').forEach(node => node.remove())
  return clone.textContent ?? ''
}

const expanded = (wrapper: VueWrapper) => levels.map(level => levelButton(wrapper, level.id).attributes('aria-expanded'))

describe('LevelsDiagram', () => {
  it('has a button per level, each naming the level and Waltz\'s image, all closed at first', () => {
    const wrapper = mount(LevelsDiagram)
    for (const level of levels) {
      const button = levelButton(wrapper, level.id)
      expect(button.text()).toContain(level.image.en)
      expect(button.attributes('type')).toBe('button')
      expect(button.attributes('aria-expanded')).toBe('false')
      expect(panelOf(wrapper, level.id).attributes('hidden')).toBeDefined()
    }
  })

  it('shows every finding of the paper in the rings, by country', () => {
    const wrapper = mount(LevelsDiagram)
    const text = visibleText(wrapper)
    for (const factor of levels.flatMap(level => level.factors).filter(factor => factor.kind === 'finding'))
      expect(text).toContain(factor.text.en)
    const state = wrapper.get('[data-level="state"] .levels-ring__findings')
    expect(state.text()).toContain('Indonesia')
    expect(state.text()).toContain('South Korea')
  })

  it('explains, before anything is opened, that Waltz called them images', () => {
    const wrapper = mount(LevelsDiagram)
    expect(visibleText(wrapper)).toContain(levelsNote.text.en)
    expect(visibleText(wrapper)).toContain('"images"')
  })

  it('opens a level\'s panel on click, with what it asks and its labelled context', async () => {
    const wrapper = mount(LevelsDiagram)
    await levelButton(wrapper, 'individual').trigger('click')
    expect(levelButton(wrapper, 'individual').attributes('aria-expanded')).toBe('true')
    const panel = panelOf(wrapper, 'individual')
    expect(panel.attributes('hidden')).toBeUndefined()
    expect(panel.attributes('role')).toBe('region')
    expect(panel.text()).toContain(getLevel('individual').question.en)
    expect(panel.text()).toContain('Context')
    expect(panel.text()).toContain('Budi Gunadi Sadikin')
    expect(panel.text()).toContain('23 December 2020')
    expect(panel.find('time').exists()).toBe(true)
    expect(wrapper.get('[aria-live="polite"]').text()).toBe('Individual level: open')
  })

  it('opens a level from a tap anywhere on its own band, not only its heading', async () => {
    const wrapper = mount(LevelsDiagram)
    await wrapper.get('[data-level="state"] > .levels-ring__own .levels-ring__findings li').trigger('click')
    expect(expanded(wrapper)).toEqual(['false', 'true', 'false'])
    // A tap on the inner ring opens the inner level, not the one around it.
    await wrapper.get('[data-level="individual"] .levels-ring__findings li').trigger('click')
    expect(expanded(wrapper)).toEqual(['true', 'false', 'false'])
  })

  it('keeps one panel open at a time and closes it on a second press', async () => {
    const wrapper = mount(LevelsDiagram)
    await levelButton(wrapper, 'state').trigger('click')
    await levelButton(wrapper, 'system').trigger('click')
    expect(expanded(wrapper)).toEqual(['false', 'false', 'true'])
    await levelButton(wrapper, 'system').trigger('click')
    expect(expanded(wrapper)).toEqual(['false', 'false', 'false'])
  })

  it.each(['Enter', ' '])('opens and closes with the %j key, once per press', async (key) => {
    const wrapper = mount(LevelsDiagram)
    const button = levelButton(wrapper, 'state')
    await button.trigger('keydown', { key })
    expect(button.attributes('aria-expanded')).toBe('true')
    expect(panelOf(wrapper, 'state').text()).toContain(getLevel('state').question.en)
    await button.trigger('keydown', { key, repeat: true })
    expect(button.attributes('aria-expanded')).toBe('true')
    await button.trigger('keydown', { key })
    expect(button.attributes('aria-expanded')).toBe('false')
  })

  it('leaves other keys to the deck', async () => {
    const wrapper = mount(LevelsDiagram)
    await levelButton(wrapper, 'state').trigger('keydown', { key: 'ArrowRight' })
    expect(expanded(wrapper)).toEqual(['false', 'false', 'false'])
  })

  it('lets the step prop open individual, state and system in turn, then all together', async () => {
    const wrapper = mount(LevelsDiagram, { props: { step: 0 } })
    expect(wrapper.findAll('.levels-ring.is-highlighted')).toHaveLength(0)
    const seen: string[][] = []
    for (const step of [1, 2, 3]) {
      await wrapper.setProps({ step })
      seen.push(wrapper.findAll('.levels-ring.is-highlighted').map(ring => ring.attributes('data-level')!))
      const open = levels[step - 1]!.id
      expect(levelButton(wrapper, open).attributes('aria-expanded')).toBe('true')
      expect(panelOf(wrapper, open).attributes('hidden')).toBeUndefined()
    }
    expect(seen).toEqual([['individual'], ['state'], ['system']])
    await wrapper.setProps({ step: 4 })
    expect(wrapper.findAll('.levels-ring.is-highlighted')).toHaveLength(3)
    expect(expanded(wrapper)).toEqual(['false', 'false', 'false'])
    for (const level of levels)
      expect(visibleText(wrapper)).toContain(level.question.en)
    expect(wrapper.get('[aria-live="polite"]').text()).toContain('All three together')
  })

  it('reads Slidev\'s "every click done" count as all together', () => {
    const wrapper = mount(LevelsDiagram, { props: { step: 999_999 } })
    expect(wrapper.attributes('data-step')).toBe('4')
    expect(wrapper.findAll('.levels-ring.is-highlighted')).toHaveLength(3)
  })

  it('lets a student open another level between clicks, and the next click takes over again', async () => {
    const wrapper = mount(LevelsDiagram, { props: { step: 1 } })
    await levelButton(wrapper, 'system').trigger('click')
    expect(expanded(wrapper)).toEqual(['false', 'false', 'true'])
    await wrapper.setProps({ step: 2 })
    expect(expanded(wrapper)).toEqual(['false', 'true', 'false'])
  })

  it('shows every level and every factor when printed, and no screen-reader copy', () => {
    const wrapper = mount(LevelsDiagram, { props: { print: true, step: 0 } })
    const text = visibleText(wrapper)
    for (const level of levels) {
      expect(text).toContain(level.name.en)
      expect(text).toContain(level.question.en)
      for (const factor of level.factors)
        expect(text).toContain(factor.text.en)
    }
    expect(text).toContain(levelsNote.text.en)
    expect(wrapper.findAll('.sr-only ol')).toHaveLength(0)
    expect(wrapper.findAll('.levels-ring__chevron')).toHaveLength(0)
  })

  it('still highlights the step\'s level when printed one page per click', () => {
    const wrapper = mount(LevelsDiagram, { props: { print: true, step: 2 } })
    expect(wrapper.findAll('.levels-ring.is-highlighted').map(ring => ring.attributes('data-level'))).toEqual(['state'])
  })

  it('offers the whole diagram as a structured list to screen readers', () => {
    const wrapper = mount(LevelsDiagram)
    const list = wrapper.get('.sr-only ol')
    const items = list.findAll(':scope > li')
    expect(items.map(item => item.text().split(' (')[0])).toEqual(levels.map(level => level.name.en))
    for (const factor of levels.flatMap(level => level.factors))
      expect(list.text()).toContain(factor.text.en)
    expect(list.text()).toContain('The paper finds')
    expect(list.text()).toContain('Context')
  })

  it('marks context apart from findings and countries by word, not colour alone', async () => {
    const wrapper = mount(LevelsDiagram, { props: { step: 2 } })
    const panel = panelOf(wrapper, 'state')
    expect(panel.get('.badge--context').text()).toContain('Context')
    expect(panel.findAll('.country .sr-only').map(name => name.text())).toContain('Indonesia')
    expect(wrapper.get('.levels-diagram__legend').text()).toContain('The paper finds')
  })

  it('speaks Indonesian when the deck does', async () => {
    useLocale().lang.value = 'id'
    const wrapper = mount(LevelsDiagram)
    expect(levels.every(level => wrapper.text().includes(level.name.id))).toBe(true)
    expect(wrapper.text()).toContain('Pilih salah satu tingkat')
  })

  it('gives each instance its own ids, so the slide and the presenter\'s preview do not clash', () => {
    const page = mount(defineComponent(() => () => [h(LevelsDiagram), h(LevelsDiagram)]))
    const ids = page.findAll('[id]').map(node => node.attributes('id'))
    expect(new Set(ids).size).toBe(ids.length)
    expect(ids.length).toBeGreaterThanOrEqual(12)
  })
})
