import { cleanup, render, screen, within } from '@testing-library/vue'
import { afterEach, describe, expect, it } from 'vitest'
import FormsOverview from '../../components/FormsOverview.vue'
import { useLocale } from '../../composables/useLocale'
import { forms } from '../../data'

afterEach(() => {
  cleanup()
})

describe('FormsOverview', () => {
  it('lists the forms in the data\'s order, as a numbered list', () => {
    render(FormsOverview)
    const list = screen.getByRole('list')
    expect(list.tagName).toBe('OL')
    const items = within(list).getAllByRole('listitem')
    expect(items.map(item => within(item).getByText(/\S/, { selector: 'strong' }).textContent)).toEqual(forms.map(form => form.title.en))
  })

  it('says they are what the paper finds, with the paper as the source', () => {
    render(FormsOverview)
    expect(screen.getByText('The paper finds')).toBeTruthy()
    expect(screen.getByLabelText('Sources').textContent).toBe('[Alman et al.]')
  })

  it('speaks the deck\'s language', () => {
    useLocale().lang.value = 'id'
    render(FormsOverview)
    for (const form of forms)
      expect(screen.getByText(form.title.id)).toBeTruthy()
    expect(screen.getByText('Temuan artikel')).toBeTruthy()
  })
})
