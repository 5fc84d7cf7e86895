import type { Actor } from '../../data/schema'
import { cleanup, render, screen } from '@testing-library/vue'
import { afterEach, describe, expect, it } from 'vitest'
import CountryTag from '../../components/CountryTag.vue'
import { useLocale } from '../../composables/useLocale'
import { actors } from '../../data/picklists'

afterEach(() => {
  cleanup()
})

const words: Record<Actor, { en: string, id: string }> = {
  'indonesia': { en: 'Indonesia', id: 'Indonesia' },
  'south-korea': { en: 'South Korea', id: 'Korea Selatan' },
  'both': { en: 'Both countries', id: 'Kedua negara' },
  'unspecified': { en: 'Country not stated', id: 'Negara tidak disebut' },
  'all-states': { en: 'All states', id: 'Semua negara' },
}

describe('CountryTag', () => {
  it('names the country in words and hides its short mark from screen readers', () => {
    render(CountryTag, { props: { actor: 'south-korea' } })
    expect(screen.getByText('South Korea')).toBeTruthy()
    expect(screen.getByText('KR').getAttribute('aria-hidden')).toBe('true')
  })

  it.each(['en', 'id'] as const)('gives every actor the schema allows its own words in %s', (lang) => {
    useLocale().lang.value = lang
    for (const actor of actors) {
      const { unmount } = render(CountryTag, { props: { actor } })
      expect(screen.getByText(words[actor][lang])).toBeTruthy()
      unmount()
    }
  })

  it('keeps the name for screen readers when only the mark is shown', () => {
    render(CountryTag, { props: { actor: 'indonesia', compact: true } })
    const name = screen.getByText('Indonesia')
    expect(name.classList.contains('sr-only')).toBe(true)
    expect(name.getAttribute('aria-hidden')).toBeNull()
    expect(screen.getByText('ID').getAttribute('aria-hidden')).toBe('true')
  })
})
