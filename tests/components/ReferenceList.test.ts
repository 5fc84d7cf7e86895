import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import ReferenceList from '../../components/ReferenceList.vue'
import { useLocale } from '../../composables/useLocale'
import { getReference, references } from '../../data'

/** A reference whose title is the deck's description, in both languages. */
function described(id: string): { en: string, id: string } {
  const { title } = getReference(id)
  if (typeof title === 'string')
    throw new TypeError(`${id} has a plain title`)
  return title
}

describe('ReferenceList', () => {
  it('lists every reference once', () => {
    const wrapper = mount(ReferenceList)
    expect(wrapper.findAll('li')).toHaveLength(references.length)
  })

  it('shows the English descriptions in the English edition', () => {
    const text = mount(ReferenceList).text()
    expect(text).toContain(described('antara-1039056').en)
    expect(text).not.toContain(described('antara-1039056').id)
  })

  it('shows the Indonesian descriptions in the Indonesian edition and keeps real titles as they are', async () => {
    const wrapper = mount(ReferenceList)
    useLocale().lang.value = 'id'
    await wrapper.vm.$nextTick()
    const text = wrapper.text()
    for (const id of ['antara-1039056', 'kompas-sk-plasma-jv', 'who-pheic-2020']) {
      expect(text).toContain(described(id).id)
      expect(text).not.toContain(described(id).en)
    }
    // Titles of books and papers are never translated, in either edition.
    expect(text).toContain('Man, the State, and War: A Theoretical Analysis')
    expect(text).toContain('Metode Penelitian Kepustakaan')
    expect(text).toContain(getReference('alman-et-al').title as string)
  })

  it('no longer shows an English description anywhere in the Indonesian edition', async () => {
    useLocale().lang.value = 'id'
    const text = mount(ReferenceList).text()
    const english = references.flatMap(reference => typeof reference.title === 'string' ? [] : [reference.title.en])
    expect(english.length).toBeGreaterThan(0)
    expect(english.filter(title => text.includes(title))).toEqual([])
  })
})
