import { cleanup, render, screen, within } from '@testing-library/vue'
import { afterEach, describe, expect, it } from 'vitest'
import OutcomeList from '../../components/OutcomeList.vue'
import { useLocale } from '../../composables/useLocale'
import { paper } from '../../data'

afterEach(() => {
  cleanup()
})

describe('OutcomeList', () => {
  it('leads with the paper\'s conclusion, marked as what the paper finds', () => {
    render(OutcomeList)
    expect(screen.getByText('The paper finds')).toBeTruthy()
    expect(screen.getByText(paper.conclusion.text.en)).toBeTruthy()
  })

  it('lists each outcome with its title, what it means and its sources', () => {
    render(OutcomeList)
    const items = within(screen.getByRole('list')).getAllByRole('listitem')
    expect(items).toHaveLength(paper.outcomes.length)
    paper.outcomes.forEach((outcome, i) => {
      expect(within(items[i]!).getByText(outcome.title.en)).toBeTruthy()
      expect(within(items[i]!).getByText(outcome.text.en)).toBeTruthy()
      expect(within(items[i]!).getByLabelText('Sources').textContent).toContain('[Alman et al.]')
    })
  })

  it('speaks the deck\'s language', () => {
    useLocale().lang.value = 'id'
    render(OutcomeList)
    expect(screen.getByText(paper.conclusion.text.id)).toBeTruthy()
    for (const outcome of paper.outcomes)
      expect(screen.getByText(outcome.title.id)).toBeTruthy()
  })
})
