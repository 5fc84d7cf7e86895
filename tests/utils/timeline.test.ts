// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { accessors, timeline } from '../../data'
import { eventsIn } from '../../utils/timeline'
import { deckSlides } from '../deck'

describe('eventsIn', () => {
  it('keeps one track within the years, inclusive', () => {
    const events = eventsIn(timeline, { track: 'cooperation', from: 2018, to: 2022 })
    expect(events.map(event => event.id)).toEqual([
      'draft-plan-of-action-2018',
      'plan-of-action-paris-2018',
      'jwg-meeting-1',
      'jwg-meeting-2',
      'ssp-plan-of-action-2021',
      'gx-19n-trial',
      'health-mou-2022',
    ])
  })

  it('covers the cooperation from the 2017 MoU to the plant', () => {
    const ids = eventsIn(timeline, { track: 'cooperation' }).map(event => event.id)
    for (const id of ['special-strategic-partnership-2017', 'health-mou-2017', 'jwg-meeting-1', 'jwg-meeting-2', 'health-mou-2022', 'sk-plasma-final-approval', 'plasma-joint-venture-2024', 'plasma-plant-progress-2025'])
      expect(ids).toContain(id)
  })

  it('claims no JWG meeting after August 2020', () => {
    const meetings = timeline.filter(event => /JWG/.test(event.title.en) && /meeting/i.test(event.title.en))
    expect(meetings.every(event => event.date <= '2020-08-31')).toBe(true)
  })
})

/** Numbers in `:from="2018"`-style attributes of a tag. */
function yearProp(attributes: string, name: string): number | undefined {
  const match = attributes.match(new RegExp(`:${name}="(\\d{4})"`))
  return match ? Number(match[1]) : undefined
}

describe('the timeline and chart slides', () => {
  const slides = deckSlides()

  it('each declare one click per event their timeline shows', () => {
    const wrong: string[] = []
    let checked = 0
    for (const slide of slides) {
      const tag = slide.info.content.match(/<TimelineList\s([^>]*)>/)
      if (!tag)
        continue
      checked++
      const track = tag[1]!.match(/track="(\w+)"/)![1] as 'pandemic' | 'cooperation'
      const count = eventsIn(timeline, { track, from: yearProp(tag[1]!, 'from'), to: yearProp(tag[1]!, 'to') }).length
      if (slide.info.frontmatter.clicks !== count)
        wrong.push(`${slide.file} slide ${slide.index}: clicks ${String(slide.info.frontmatter.clicks)}, events ${count}`)
      if (!/:step="\$clicks"/.test(slide.info.content) || !/<RenderWhen context="print">[\s\S]*<TimelineList[^>]*\sprint[\s/]/.test(slide.info.content))
        wrong.push(`${slide.file} slide ${slide.index}: timeline needs :step="$clicks" and a print rendering`)
    }
    expect(checked).toBeGreaterThanOrEqual(3)
    expect(wrong).toEqual([])
  })

  it('name only indicators that exist, and print every chart', () => {
    const wrong: string[] = []
    let checked = 0
    for (const slide of slides) {
      for (const [, attributes] of slide.info.content.matchAll(/<ChartIndicators\s([^>]*)>/g)) {
        const ids = [...(attributes!.match(/:ids="\[([^\]]*)\]"/)?.[1] ?? '').matchAll(/'([^']*)'/g)].map(match => match[1]!)
        checked += ids.length
        for (const id of ids) {
          try {
            accessors.indicator(id)
          }
          catch {
            wrong.push(`${slide.file} slide ${slide.index}: unknown indicator "${id}"`)
          }
        }
      }
      if (slide.info.content.includes('<ChartIndicators') && !/<RenderWhen context="print">\s*<ChartIndicators[^>]*\sprint[\s/]/.test(slide.info.content))
        wrong.push(`${slide.file} slide ${slide.index}: a chart needs a print rendering`)
    }
    expect(checked).toBeGreaterThanOrEqual(4)
    expect(wrong).toEqual([])
  })
})
