import { cleanup, fireEvent, render, screen, within } from '@testing-library/vue'
import { afterEach, describe, expect, it } from 'vitest'
import StudyMethod from '../../components/StudyMethod.vue'
import { useLocale } from '../../composables/useLocale'
import { paper } from '../../data'
import { slidev } from '../slidev-client'

afterEach(() => {
  cleanup()
})

const { features } = paper.method

describe('StudyMethod', () => {
  it('gives the approach and the materials under their headings, as what the abstract says', () => {
    render(StudyMethod)
    expect(screen.getByRole('heading', { level: 3, name: 'Approach' })).toBeTruthy()
    expect(screen.getByRole('heading', { level: 3, name: 'Materials' })).toBeTruthy()
    expect(screen.getByText('From the abstract')).toBeTruthy()
    expect(screen.getByText(paper.method.approach.text.en)).toBeTruthy()
    const materials = screen.getAllByRole('listitem')
    expect(materials).toHaveLength(paper.method.materials.length)
    paper.method.materials.forEach((material, i) => expect(materials[i]!.textContent).toContain(material.text.en))
  })

  it('keeps what library research is behind a button, and shows it as context when opened', async () => {
    render(StudyMethod)
    const button = screen.getByRole('button', { name: `Library research, after Zed (${features.length})` })
    expect(hidden(screen.getByText(features[0]!.text.en, { exact: false }))).toBe(true)
    await fireEvent.click(button)
    const region = document.getElementById(button.getAttribute('aria-controls')!)!
    expect(within(region).getByText('Context')).toBeTruthy()
    expect(within(region).getAllByRole('listitem').map(item => item.textContent)).toEqual(features.map(feature => expect.stringContaining(feature.text.en)))
  })

  it('prints the features whole, with nothing to press', () => {
    slidev.isPrintMode.value = true
    render(StudyMethod)
    expect(screen.queryByRole('button')).toBeNull()
    expect(screen.getAllByRole('listitem')).toHaveLength(paper.method.materials.length + features.length)
  })

  it('speaks the deck\'s language', () => {
    useLocale().lang.value = 'id'
    render(StudyMethod)
    expect(screen.getByRole('heading', { level: 3, name: 'Pendekatan' })).toBeTruthy()
    expect(screen.getByRole('button', { name: /Studi kepustakaan menurut Zed/ })).toBeTruthy()
    expect(screen.getByText(paper.method.approach.text.id)).toBeTruthy()
  })
})

/** Rendered but hidden from every reader: inside something not displayed. */
function hidden(element: HTMLElement): boolean {
  return element.closest('[style*="display: none"]') !== null
}
