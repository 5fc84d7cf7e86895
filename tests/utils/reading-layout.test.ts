import { describe, expect, it } from 'vitest'
import { canvasScale, canvasTooSmall, chooseLayout, parseChoice, reflowAllowed, renderedBodyText } from '../../utils/reading-layout'

const canvas = { width: 980, height: 980 / (16 / 9) }

describe('canvasScale', () => {
  it('fits the canvas by its tighter side', () => {
    expect(canvasScale({ width: 1960, height: 551.25 }, canvas)).toBe(1)
    expect(canvasScale({ width: 490, height: 2000 }, canvas)).toBe(0.5)
  })
})

describe('canvasTooSmall', () => {
  it('says a phone held upright draws body text far below 16 px', () => {
    expect(renderedBodyText(canvasScale({ width: 390, height: 844 }, canvas))).toBeLessThan(8)
    expect(canvasTooSmall({ width: 390, height: 844 }, canvas)).toBe(true)
    expect(canvasTooSmall({ width: 320, height: 640 }, canvas)).toBe(true)
  })

  it('says a 1280 × 720 laptop reads the canvas, and the same laptop at 200 % does not', () => {
    expect(canvasTooSmall({ width: 1280, height: 720 }, canvas)).toBe(false)
    expect(canvasTooSmall({ width: 640, height: 360 }, canvas)).toBe(true)
  })

  it('counts a larger default font size', () => {
    expect(canvasTooSmall({ width: 800, height: 450 }, canvas, 16)).toBe(true)
    expect(canvasTooSmall({ width: 800, height: 450 }, canvas, 20)).toBe(false)
  })
})

describe('chooseLayout', () => {
  it('follows the window until the reader chooses', () => {
    expect(chooseLayout(true)).toBe('reading')
    expect(chooseLayout(false, null)).toBe('canvas')
    expect(chooseLayout(false, 'reading')).toBe('reading')
    expect(chooseLayout(true, 'canvas')).toBe('canvas')
  })
})

describe('reflowAllowed', () => {
  it('reflows only the audience slide show', () => {
    expect(reflowAllowed({ name: 'play', query: {} })).toBe(true)
    expect(reflowAllowed({ name: 'presenter', query: {} })).toBe(false)
    expect(reflowAllowed({ name: 'overview' })).toBe(false)
    expect(reflowAllowed({ name: 'export' })).toBe(false)
    expect(reflowAllowed({ name: 'play', query: { print: '' } })).toBe(false)
    expect(reflowAllowed({ name: 'play', query: { embedded: 'true' } })).toBe(false)
  })

  it('keeps the canvas in a window that follows an open presenter view', () => {
    expect(reflowAllowed({ name: 'play', query: {} }, true)).toBe(false)
  })
})

describe('parseChoice', () => {
  it('reads only the two layouts', () => {
    expect(parseChoice('reading')).toBe('reading')
    expect(parseChoice('canvas')).toBe('canvas')
    expect(parseChoice('zoom')).toBeNull()
    expect(parseChoice(null)).toBeNull()
  })
})
