import type { Level } from '../../data/schema'
import { describe, expect, it } from 'vitest'
import { levels } from '../../data'
import {
  classifiableFactors,
  diagramClicks,
  diagramRings,
  diagramView,
  groupByActor,
  highlightedLevels,
  levelCategories,
  levelLabel,
  levelOfFactor,
  levelOrder,
  nestingOrder,
  normalizeStep,
  openLevel,
  sortByActor,
  splitByKind,
  stepLevel,
  stepOf,
  toggleLevel,
} from '../../utils/levels'

describe('normalizeStep', () => {
  it('keeps 0 to 4 and brings anything else into that range', () => {
    expect([0, 1, 2, 3, 4].map(normalizeStep)).toEqual([0, 1, 2, 3, 4])
    expect(normalizeStep(-1)).toBe(0)
    expect(normalizeStep(Number.NaN)).toBe(0)
    expect(normalizeStep(2.7)).toBe(2)
  })

  it('reads Slidev\'s "every click done" (a huge number) as all together', () => {
    expect(normalizeStep(999_999)).toBe(4)
    expect(normalizeStep(Number.POSITIVE_INFINITY)).toBe(4)
  })
})

describe('the presenter\'s steps', () => {
  it('take one click per level and one for all together', () => {
    expect(diagramClicks).toBe(4)
  })

  it('go individual, state, system, then all three', () => {
    expect([1, 2, 3].map(stepLevel)).toEqual(['individual', 'state', 'system'])
    expect(stepLevel(0)).toBeNull()
    expect(stepLevel(4)).toBeNull()
    expect(highlightedLevels(0)).toEqual([])
    expect(highlightedLevels(2)).toEqual(['state'])
    expect(highlightedLevels(4)).toEqual(['individual', 'state', 'system'])
    expect(levelOrder.map(stepOf)).toEqual([1, 2, 3])
  })
})

describe('openLevel and toggleLevel', () => {
  it('follow the step until the student picks, and a pick of "none" stays closed', () => {
    expect(openLevel(1, undefined)).toBe('individual')
    expect(openLevel(1, 'system')).toBe('system')
    expect(openLevel(1, null)).toBeNull()
  })

  it('toggle: a second press on the open level closes it', () => {
    expect(toggleLevel(null, 'state')).toBe('state')
    expect(toggleLevel('state', 'state')).toBeNull()
    expect(toggleLevel('state', 'system')).toBe('system')
  })
})

describe('diagramView', () => {
  it('opens and highlights the step\'s level when nothing is picked', () => {
    expect(diagramView(3, undefined)).toEqual({ open: 'system', highlighted: ['system'], all: false })
    expect(diagramView(0, undefined)).toEqual({ open: null, highlighted: [], all: false })
  })

  it('highlights all three at step 4 without opening one panel', () => {
    expect(diagramView(4, undefined)).toEqual({ open: null, highlighted: levelOrder, all: true })
  })

  it('lets a student\'s pick replace the step', () => {
    expect(diagramView(4, 'individual')).toEqual({ open: 'individual', highlighted: ['individual'], all: false })
    expect(diagramView(2, null)).toEqual({ open: null, highlighted: [], all: false })
  })
})

describe('groupByActor, sortByActor and splitByKind', () => {
  const factors = [
    { id: 'a', actor: 'both', kind: 'finding' },
    { id: 'b', actor: 'south-korea', kind: 'context' },
    { id: 'c', actor: 'indonesia', kind: 'finding' },
    { id: 'd', actor: 'south-korea', kind: 'finding' },
  ] as const

  it('groups by country in the order Indonesia, South Korea, both, and leaves empty groups out', () => {
    expect(groupByActor(factors).map(group => [group.actor, group.factors.map(f => f.id)]))
      .toEqual([['indonesia', ['c']], ['south-korea', ['b', 'd']], ['both', ['a']]])
    expect(groupByActor([factors[0]]).map(group => group.actor)).toEqual(['both'])
  })

  it('sorts into one list in the same order, keeping the data\'s order within a country', () => {
    expect(sortByActor(factors).map(f => f.id)).toEqual(['c', 'b', 'd', 'a'])
  })

  it('splits the paper\'s findings from the context', () => {
    const { findings, context } = splitByKind(factors)
    expect(findings.map(f => f.id)).toEqual(['a', 'c', 'd'])
    expect(context.map(f => f.id)).toEqual(['b'])
  })
})

describe('diagramRings', () => {
  const rings = diagramRings(levels)

  it('nests the system outside the state and the state outside the individual', () => {
    expect(nestingOrder).toEqual(['system', 'state', 'individual'])
    expect(rings.map(ring => [ring.level.id, ring.depth, ring.step])).toEqual([['system', 0, 3], ['state', 1, 2], ['individual', 2, 1]])
  })

  it('puts every factor of the data in exactly one place: findings in the ring, context in the panel', () => {
    const placed = rings.flatMap(ring => [...ring.findings, ...ring.context].flatMap(group => group.factors.map(f => f.id)))
    const all = levels.flatMap(level => level.factors.map(f => f.id))
    expect([...placed].sort()).toEqual([...all].sort())
    for (const ring of rings) {
      expect(ring.findings.flatMap(g => g.factors).every(f => f.kind === 'finding')).toBe(true)
      expect(ring.context.flatMap(g => g.factors).every(f => f.kind === 'context')).toBe(true)
    }
  })

  it('shows each country\'s state-level findings apart, as the abstract states them', () => {
    const state = rings.find(ring => ring.level.id === 'state')!
    expect(state.findings.map(group => [group.actor, group.factors.map(f => f.id)])).toEqual([
      ['indonesia', ['indonesia-health-resilience']],
      ['south-korea', ['korea-pharma-expansion', 'korea-health-diplomacy']],
    ])
  })

  it('throws when a level is missing instead of dropping a ring', () => {
    expect(() => diagramRings(levels.filter(level => level.id !== 'state'))).toThrow(/"state"/)
  })
})

describe('what a classify question needs', () => {
  it('gives the three levels as categories with their labels, in the clicks\' order', () => {
    const categories = levelCategories(levels)
    expect(categories.map(c => c.id)).toEqual(['individual', 'state', 'system'])
    expect(categories[0]!.label).toEqual({ en: 'Individual level', id: 'Tingkat individu' })
    expect(categories[2]!.image.en).toBe('third image')
    expect(levelLabel(levels, 'state').id).toBe('Tingkat negara')
    expect(() => levelLabel(levels, 'region')).toThrow(/Unknown level id "region"/)
  })

  it('lists every factor with its level, or only the findings', () => {
    const all = classifiableFactors(levels)
    expect(all).toHaveLength(levels.flatMap(level => level.factors).length)
    expect(all.find(f => f.factorId === 'korea-health-diplomacy')).toMatchObject({ levelId: 'state', actor: 'south-korea', kind: 'finding' })
    const findings = classifiableFactors(levels, 'finding')
    expect(findings.map(f => f.factorId)).toEqual([
      'minister-leadership',
      'industry-figures',
      'indonesia-health-resilience',
      'korea-pharma-expansion',
      'korea-health-diplomacy',
      'global-health-interdependence',
      'sustained-institutions',
    ])
    expect(findings.every(f => f.sources.includes('alman-et-al'))).toBe(true)
  })

  it('finds the level of a factor by id', () => {
    expect(levelOfFactor(levels, 'who-declarations-2020')).toBe('system')
    expect(() => levelOfFactor(levels, 'nope')).toThrow(/"nope"/)
  })

  it('works on any levels passed in, not only the deck\'s data', () => {
    const one = { ...levels[0]!, id: 'individual' } as Level
    expect(() => levelCategories([one])).toThrow(/"state"/)
  })
})
