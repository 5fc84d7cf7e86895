// @vitest-environment node
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { afterFirstSlide, isPwaSetup, registerLater } from '../../utils/pwa-later'

const slidevPwaSetup = fileURLToPath(new URL('../../node_modules/@slidev/client/setup/pwa.ts', import.meta.url))

describe('isPwaSetup', () => {
  it('matches Slidev\'s PWA setup module only', () => {
    expect(isPwaSetup('/deck/node_modules/@slidev/client/setup/pwa.ts')).toBe(true)
    expect(isPwaSetup('/deck/setup/main.ts')).toBe(false)
  })
})

describe('registerLater', () => {
  it('puts the wait before the registration in the installed Slidev, and changes nothing else', () => {
    const source = readFileSync(slidevPwaSetup, 'utf8')
    const later = registerLater(source)
    expect(later.indexOf(afterFirstSlide)).toBeGreaterThan(-1)
    expect(later.indexOf(afterFirstSlide)).toBeLessThan(later.indexOf('virtual:pwa-register'))
    expect(later.replace(`${afterFirstSlide}\n  `, '')).toBe(source)
  })

  it('finds the registration in the compiled module too', () => {
    const compiled = 'async function setupPWA() {\n\tconst { registerSW } = await import("virtual:pwa-register");\n\tregisterSW({ immediate: true });\n}'
    expect(registerLater(compiled)).toContain(`${afterFirstSlide}\n  const { registerSW } = await import("virtual:pwa-register");`)
  })

  it('stops the build when Slidev no longer registers that way', () => {
    expect(() => registerLater('export async function setupPWA() {}')).toThrow(/has Slidev changed/)
  })
})
