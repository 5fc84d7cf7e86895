import { describe, expect, it } from 'vitest'
import { holdNeighbours, slideOf } from '../../utils/neighbour-preload'

function deck() {
  return [
    { no: 1, meta: { slide: { frontmatter: { layout: 'cover' } as Record<string, unknown> } } },
    { no: 2, meta: { slide: { frontmatter: { routeAlias: 'capacities' } as Record<string, unknown> } } },
    { no: 3, meta: { slide: { frontmatter: { preload: true } as Record<string, unknown> } } },
    { no: 4, meta: {} },
  ]
}

describe('holdNeighbours', () => {
  it('turns preloading off on every slide that does not set it itself', () => {
    const slides = deck()
    holdNeighbours(slides)
    expect(slides.map(slide => slide.meta.slide?.frontmatter?.preload)).toEqual([false, false, true, undefined])
  })

  it('gives every slide its own frontmatter back on release, once', () => {
    const slides = deck()
    const release = holdNeighbours(slides)
    release()
    expect(slides.map(slide => slide.meta.slide?.frontmatter)).toEqual(deck().map(slide => slide.meta.slide?.frontmatter))
    slides[0]!.meta.slide!.frontmatter.preload = false
    release()
    expect(slides[0]!.meta.slide!.frontmatter.preload).toBe(false)
  })
})

describe('slideOf', () => {
  it('finds a slide by its number or its alias', () => {
    const slides = deck()
    expect(slideOf(slides, '2')?.no).toBe(2)
    expect(slideOf(slides, 'capacities')?.no).toBe(2)
  })

  it('finds nothing for an unknown address or a page of many slides', () => {
    expect(slideOf(deck(), '9')).toBeUndefined()
    expect(slideOf(deck(), undefined)).toBeUndefined()
  })
})
