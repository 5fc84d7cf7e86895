import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import LevelCard from '../../components/LevelCard.vue'
import LevelsTable from '../../components/LevelsTable.vue'
import { getLevel, levels } from '../../data'

describe('LevelCard', () => {
  it('says what the level asks and lists every factor with its country in words', () => {
    const level = getLevel('state')
    const wrapper = mount(LevelCard, { props: { id: 'state' } })
    expect(wrapper.get('h2').text()).toBe(level.name.en)
    expect(wrapper.text()).toContain(level.question.en)
    for (const factor of level.factors)
      expect(wrapper.text()).toContain(factor.text.en)
    expect(wrapper.text()).toContain('Indonesia')
    expect(wrapper.text()).toContain('South Korea')
  })

  it('keeps the paper\'s findings and the context in separate, labelled groups', () => {
    const wrapper = mount(LevelCard, { props: { id: 'individual' } })
    const groups = wrapper.findAll('section')
    expect(groups[0]!.text()).toContain('The paper finds')
    if (groups.length > 1)
      expect(groups[1]!.text()).toContain('Context')
  })
})

describe('LevelsTable', () => {
  it('is a table with a row per level and a column per country', () => {
    const wrapper = mount(LevelsTable)
    const rowHeaders = wrapper.findAll('tbody th[scope="row"]').map(th => th.text())
    expect(rowHeaders).toHaveLength(3)
    levels.forEach((level, i) => expect(rowHeaders[i]).toContain(level.name.en))
    const columns = wrapper.findAll('thead th').map(th => th.text())
    expect(columns.slice(1)).toEqual(['IDIndonesia', 'KRSouth Korea', 'ID+KRBoth countries'])
  })

  it('shows every finding of the paper and no context', () => {
    const text = mount(LevelsTable).text()
    for (const factor of levels.flatMap(level => level.factors)) {
      if (factor.kind === 'finding')
        expect(text).toContain(factor.text.en)
      else
        expect(text).not.toContain(factor.text.en)
    }
  })
})
