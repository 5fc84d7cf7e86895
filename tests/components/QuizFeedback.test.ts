import { render, screen } from '@testing-library/vue'
import { afterEach, describe, expect, it } from 'vitest'
import QuizFeedback from '../../components/QuizFeedback.vue'

afterEach(() => {
  document.body.innerHTML = ''
})

describe('QuizFeedback', () => {
  it('says the verdict by icon and word, never by colour alone, with why', () => {
    const { container } = render(QuizFeedback, { props: { verdict: 'right', label: 'Right', text: 'Stability is at stake.' } })
    expect(container.textContent!.replace(/\s+/g, ' ').trim()).toBe('✓ Right. Stability is at stake.')
    expect(screen.getByText('✓').getAttribute('aria-hidden')).toBe('true')
  })

  it('names the misconception a wrong choice reveals', () => {
    const { container } = render(QuizFeedback, { props: { verdict: 'wrong', label: 'Wrong', text: 'The traditional view.', misconception: 'Security means only armies.' } })
    expect(container.textContent).toContain('✗ Wrong.')
    expect(container.textContent).toContain('The misconception behind it: Security means only armies.')
  })

  it('without a verdict, gives the key alone, with no icon', () => {
    const { container } = render(QuizFeedback, { props: { label: 'Belongs at position 2', text: '2 March 2020.' } })
    expect(container.textContent!.replace(/\s+/g, ' ').trim()).toBe('Belongs at position 2. 2 March 2020.')
    expect(screen.queryByText(/[✓✗]/)).toBeNull()
  })

  it('rendered ahead and hidden, stays out of the accessibility tree', () => {
    render(QuizFeedback, { props: { verdict: 'right', label: 'Right', text: 'Stability is at stake.' }, attrs: { hidden: true } })
    expect(screen.queryByText(/Stability is at stake/)).not.toBeNull()
    expect(screen.getByText(/Stability is at stake/).closest('[hidden]')).not.toBeNull()
  })
})
