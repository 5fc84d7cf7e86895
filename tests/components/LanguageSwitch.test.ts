import { cleanup, fireEvent, render, screen } from '@testing-library/vue'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { nextTick } from 'vue'
import LanguageSwitch from '../../components/LanguageSwitch.vue'
import { useLocale } from '../../composables/useLocale'

afterEach(() => {
  cleanup()
  vi.restoreAllMocks()
  window.history.replaceState(null, '', '/')
})

/** Puts the test's page at `path`, as if the deck were served there. */
function at(path: string): void {
  window.history.replaceState(null, '', path)
}

describe('LanguageSwitch', () => {
  it('offers the Indonesian edition from the English one, named in Indonesian', async () => {
    at('/site/en/7')
    render(LanguageSwitch)
    const link = await screen.findByRole('link', { name: 'Bahasa Indonesia' })
    expect(link.getAttribute('hreflang')).toBe('id')
    expect(link.getAttribute('lang')).toBe('id')
  })

  it('offers the English edition from the Indonesian one', async () => {
    useLocale().lang.value = 'id'
    at('/site/id/7')
    render(LanguageSwitch)
    const link = await screen.findByRole('link', { name: 'English' })
    expect(link.getAttribute('hreflang')).toBe('en')
  })

  it('takes the reader to the same slide in the other edition, where they are when they click', async () => {
    at('/site/en/7')
    const assign = vi.spyOn(window.location, 'assign').mockImplementation(() => {})
    render(LanguageSwitch)
    const link = await screen.findByRole('link', { name: 'Bahasa Indonesia' })
    at('/site/en/12')
    await fireEvent.click(link)
    expect(assign).toHaveBeenCalledWith(`${window.location.origin}/site/id/12`)
  })

  it('is not shown where the deck is not served as an edition', async () => {
    at('/7')
    render(LanguageSwitch)
    await nextTick()
    expect(screen.queryByRole('link')).toBeNull()
  })
})
