import { cleanup, render, screen, within } from '@testing-library/vue'
import { afterEach, describe, expect, it } from 'vitest'
import ObjectiveList from '../../components/ObjectiveList.vue'
import { useLocale } from '../../composables/useLocale'
import { paper } from '../../data'

afterEach(() => {
  cleanup()
})

describe('ObjectiveList', () => {
  it('lists every learning objective in order, numbered, with its short name and its full text', () => {
    render(ObjectiveList)
    const list = screen.getByRole('list')
    expect(list.tagName).toBe('OL')
    const items = within(list).getAllByRole('listitem')
    expect(items).toHaveLength(paper.objectives.length)
    paper.objectives.forEach((objective, i) => {
      expect(within(items[i]!).getByText(objective.short.en)).toBeTruthy()
      expect(within(items[i]!).getByText(objective.text.en)).toBeTruthy()
    })
  })

  it('speaks the deck\'s language', () => {
    useLocale().lang.value = 'id'
    render(ObjectiveList)
    for (const objective of paper.objectives)
      expect(screen.getByText(objective.text.id)).toBeTruthy()
  })
})
