import { describe, expect, it } from 'vitest'
import { editionLabels, editionLabelsModule } from '../../utils/edition-labels'
import { labels } from '../../utils/labels'

describe('editionLabels', () => {
  it('keeps every label in the edition\'s language and nothing of the other', () => {
    const id = editionLabels('id')
    expect(Object.keys(id)).toEqual(Object.keys(labels))
    expect(id.question).toEqual({ id: 'Uji pemahaman' })
    expect(JSON.stringify(id)).not.toContain('Check yourself')
  })

  it('reads as the full labels do in that language', () => {
    const en = editionLabels('en')
    for (const key of Object.keys(labels) as (keyof typeof labels)[])
      expect(en[key].en).toBe(labels[key].en)
  })
})

describe('editionLabelsModule', () => {
  it('is a module that exports the edition\'s labels as `labels`', () => {
    const code = editionLabelsModule('en')
    expect(code.startsWith('export const labels = ')).toBe(true)
    expect(JSON.parse(code.slice('export const labels = '.length))).toEqual(editionLabels('en'))
  })
})
