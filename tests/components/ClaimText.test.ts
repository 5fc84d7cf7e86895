import { cleanup, render, screen } from '@testing-library/vue'
import { afterEach, describe, expect, it } from 'vitest'
import ClaimText from '../../components/ClaimText.vue'
import { useLocale } from '../../composables/useLocale'
import { getForm, paper } from '../../data'
import { formatPartialDate } from '../../utils/format'

afterEach(() => {
  cleanup()
})

describe('ClaimText', () => {
  it('says whose statement it is, then the statement and its sources', () => {
    render(ClaimText, { props: { claim: paper.aim, kind: 'finding' } })
    expect(screen.getByText('The paper finds')).toBeTruthy()
    expect(screen.getByText(paper.aim.text.en)).toBeTruthy()
    expect(screen.getByLabelText('Sources').textContent).toBe('[Alman et al.]')
  })

  it('marks what the abstract says besides its findings, and context, each by its own word', () => {
    render(ClaimText, { props: { claim: paper.question, kind: 'paper' } })
    expect(screen.getByText('From the abstract')).toBeTruthy()
    cleanup()
    render(ClaimText, { props: { claim: getForm('joint-research').context[0]!, kind: 'context' } })
    expect(screen.getByText('Context')).toBeTruthy()
  })

  it('leaves the badge out when it is plain', () => {
    render(ClaimText, { props: { claim: paper.aim, kind: 'finding', plain: true } })
    expect(screen.queryByText('The paper finds')).toBeNull()
    expect(screen.getByText(paper.aim.text.en)).toBeTruthy()
  })

  it('dates a dated context note in words, with the machine-readable date beside it', () => {
    const note = getForm('joint-research').context.find(candidate => candidate.date === '2021-06-25')!
    render(ClaimText, { props: { claim: note, kind: 'context' } })
    const date = screen.getByText(formatPartialDate('2021-06-25', 'en'))
    expect(date.tagName).toBe('TIME')
    expect(date.getAttribute('datetime')).toBe('2021-06-25')
  })

  it('speaks the deck\'s language', async () => {
    useLocale().lang.value = 'id'
    render(ClaimText, { props: { claim: paper.aim, kind: 'finding' } })
    expect(screen.getByText('Temuan artikel')).toBeTruthy()
    expect(screen.getByText(paper.aim.text.id)).toBeTruthy()
    expect(screen.getByLabelText('Sumber')).toBeTruthy()
  })
})
