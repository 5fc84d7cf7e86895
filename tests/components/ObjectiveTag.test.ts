import { cleanup, render, screen } from '@testing-library/vue'
import { afterEach, describe, expect, it } from 'vitest'
import ObjectiveTag from '../../components/ObjectiveTag.vue'
import { useLocale } from '../../composables/useLocale'
import { getObjective } from '../../data'

afterEach(() => {
  cleanup()
})

describe('ObjectiveTag', () => {
  it('names the objective by its number in the list and its short name', () => {
    render(ObjectiveTag, { props: { id: 'lo3' } })
    expect(screen.getByText('Objective 3')).toBeTruthy()
    expect(screen.getByText(getObjective('lo3').short.en)).toBeTruthy()
  })

  it('speaks the deck\'s language', () => {
    useLocale().lang.value = 'id'
    render(ObjectiveTag, { props: { id: 'lo5' } })
    expect(screen.getByText('Tujuan 5')).toBeTruthy()
    expect(screen.getByText(getObjective('lo5').short.id)).toBeTruthy()
  })

  it('refuses an unknown objective with the ids it knows', () => {
    expect(() => render(ObjectiveTag, { props: { id: 'lo9' } })).toThrow(/Unknown objective id "lo9". Known: lo1/)
  })
})
