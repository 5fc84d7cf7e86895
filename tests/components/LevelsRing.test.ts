import { cleanup, fireEvent, render, screen, within } from '@testing-library/vue'
import { afterEach, describe, expect, it } from 'vitest'
import LevelsRing from '../../components/LevelsRing.vue'
import { useLocale } from '../../composables/useLocale'
import { levels } from '../../data'
import { diagramRings } from '../../utils/levels'

afterEach(() => {
  cleanup()
})

const state = diagramRings(levels).find(ring => ring.level.id === 'state')!

function ring(props: Partial<InstanceType<typeof LevelsRing>['$props']> = {}) {
  return render(LevelsRing, { props: { ring: state, open: false, highlighted: false, panelId: 'panel-state', buttonId: 'button-state', ...props } })
}

describe('LevelsRing', () => {
  it('is a button named by the level and Waltz\'s image, that says whether its panel is open and which panel it opens', () => {
    ring()
    const button = screen.getByRole('button', { name: new RegExp(`${state.level.name.en}.*${state.level.image.en}`) })
    expect(button.getAttribute('aria-expanded')).toBe('false')
    expect(button.getAttribute('aria-controls')).toBe('panel-state')
    expect(button.id).toBe('button-state')
    cleanup()
    ring({ open: true })
    expect(screen.getByRole('button').getAttribute('aria-expanded')).toBe('true')
  })

  it('lists the paper\'s findings at its level, each with its country in words', () => {
    ring()
    const findings = state.findings.flatMap(group => group.factors)
    const items = screen.getAllByRole('listitem')
    expect(items).toHaveLength(findings.length)
    findings.forEach((factor, i) => {
      expect(items[i]!.textContent).toContain(factor.text.en)
      expect(within(items[i]!).getByText(factor.actor === 'indonesia' ? 'Indonesia' : 'South Korea')).toBeTruthy()
    })
  })

  it('asks to toggle once for a click, for Enter and for Space, and not again for a held key', async () => {
    const { emitted } = ring()
    const button = screen.getByRole('button')
    await fireEvent.click(button)
    await fireEvent.keyDown(button, { key: 'Enter' })
    await fireEvent.keyDown(button, { key: ' ' })
    await fireEvent.keyDown(button, { key: 'Enter', repeat: true })
    await fireEvent.keyDown(button, { key: 'Tab' })
    expect(emitted().toggle).toHaveLength(3)
  })

  it('takes a tap anywhere on its band, not only on the heading', async () => {
    const { emitted } = ring()
    await fireEvent.click(screen.getByText(state.findings[0]!.factors[0]!.text.en, { exact: false }))
    expect(emitted().toggle).toHaveLength(1)
  })

  it('hides its findings when told to, as the projector does for a level not in emphasis', () => {
    ring({ showFindings: false })
    expect(screen.queryAllByRole('listitem')).toHaveLength(0)
    expect(screen.getByRole('button')).toBeTruthy()
  })

  it('draws a chevron on screen and none in print', () => {
    ring()
    expect(screen.getByText('▸').getAttribute('aria-hidden')).toBe('true')
    cleanup()
    ring({ print: true })
    expect(screen.queryByText('▸')).toBeNull()
  })

  it('speaks the deck\'s language', () => {
    useLocale().lang.value = 'id'
    ring()
    expect(screen.getByRole('button', { name: new RegExp(state.level.name.id) })).toBeTruthy()
    expect(screen.getAllByText('Korea Selatan').length).toBeGreaterThan(0)
  })
})
