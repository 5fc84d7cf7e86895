import { cleanup, render, screen } from '@testing-library/vue'
import { afterEach, describe, expect, it } from 'vitest'
import GlossaryList from '../../components/GlossaryList.vue'
import { useLocale } from '../../composables/useLocale'
import { getTerm, glossary } from '../../data'

afterEach(() => {
  cleanup()
})

const terms = (): string[] => screen.getAllByRole('term').map(term => term.textContent!.trim())

describe('GlossaryList', () => {
  it('gives every term with its definition, alphabetically', () => {
    render(GlossaryList)
    expect(terms()).toEqual(glossary.map(term => term.term.en))
    expect(terms()).toEqual(terms().toSorted((a, b) => a.localeCompare(b)))
    const definitions = screen.getAllByRole('definition')
    expect(definitions).toHaveLength(glossary.length)
    glossary.forEach((term, i) => expect(definitions[i]!.textContent).toContain(term.definition.en))
  })

  it('splits the list over slides without losing or repeating a term', () => {
    render(GlossaryList, { props: { page: 1, pages: 2 } })
    const first = terms()
    cleanup()
    render(GlossaryList, { props: { page: 2, pages: 2 } })
    const second = terms()
    expect(first.length).toBeGreaterThan(0)
    expect(second.length).toBeGreaterThan(0)
    expect([...first, ...second]).toEqual(glossary.map(term => term.term.en))
  })

  it('names the terms to read next by their words', () => {
    const term = getTerm('jwg-on-health')
    render(GlossaryList)
    const related = term.seeAlso!.map(id => getTerm(id).term.en).join(', ')
    expect(screen.getByText(`See also: ${related}.`)).toBeTruthy()
  })

  it('speaks the deck\'s language, in terms, definitions and cross-references', () => {
    useLocale().lang.value = 'id'
    const term = getTerm('jwg-on-health')
    render(GlossaryList)
    expect(screen.getByText(term.term.id)).toBeTruthy()
    expect(screen.getByText(term.definition.id, { exact: false })).toBeTruthy()
    expect(screen.getByText(`Lihat juga: ${term.seeAlso!.map(id => getTerm(id).term.id).join(', ')}.`)).toBeTruthy()
  })
})
