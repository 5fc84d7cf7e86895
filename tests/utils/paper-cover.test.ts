import { describe, expect, it } from 'vitest'
import { paper } from '../../data/paper'
import { paperCover } from '../../data/paper-cover'
import file from '../../data/paper.json'
import { coverFields, coverOf, paperCoverModuleCode } from '../../utils/paper-cover'

const paperJson = JSON.stringify(file, null, 2)

describe('coverOf', () => {
  it('keeps the title, original title, authors, journal and institution, and nothing else', () => {
    const cover = coverOf(paper)
    expect(Object.keys(cover).sort()).toEqual([...coverFields].sort())
    expect(cover.title).toEqual(paper.title)
    expect(cover.authors).toEqual(paper.authors)
    expect('objectives' in cover).toBe(false)
  })
})

describe('paperCoverModuleCode', () => {
  it('writes a module whose cover is the same as the one dev and the tests read', async () => {
    const code = paperCoverModuleCode(paperJson)
    const module = await import(`data:text/javascript,${encodeURIComponent(code)}`) as { paperCover: unknown }
    expect(module.paperCover).toEqual(paperCover)
    expect(Object.isFrozen(module.paperCover)).toBe(true)
  })

  it('leaves the rest of the record out of the module', () => {
    const code = paperCoverModuleCode(paperJson)
    expect(code).toContain(paper.originalTitle)
    expect(code).not.toContain(paper.objectives[0]!.id)
    expect(code).not.toContain(`"keywords"`)
  })
})
