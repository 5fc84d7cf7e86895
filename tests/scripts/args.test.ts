// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { readOptions, wholeNumber } from '../../scripts/args'
import { parseBuildArgs } from '../../scripts/build'
import { parseExportArgs } from '../../scripts/export'

describe('readOptions', () => {
  const options = { out: { type: 'string', default: 'dist' }, dark: { type: 'boolean', default: false } } as const

  it('reads the options it is given, with their defaults', () => {
    expect(readOptions(['--dark'], options, 'Options: --out, --dark')).toEqual({ out: 'dist', dark: true })
    expect(readOptions(['--out=site'], options, 'Options: --out, --dark')).toEqual({ out: 'site', dark: false })
  })

  it('refuses an unknown option, a missing value and a stray word, and says what is allowed', () => {
    expect(() => readOptions(['--outt', 'x'], options, 'Options: --out, --dark')).toThrow(/Unknown option '--outt'\. Options: --out, --dark/)
    expect(() => readOptions(['--out'], options, 'Options: --out, --dark')).toThrow(/argument missing\. Options/)
    expect(() => readOptions(['site'], options, 'Options: --out, --dark')).toThrow(/Options: --out, --dark/)
  })
})

describe('wholeNumber', () => {
  it('reads a whole number, or falls back when the option is absent', () => {
    expect(wholeNumber('7', 'runs', 5)).toBe(7)
    expect(wholeNumber(undefined, 'runs', 5)).toBe(5)
  })

  it('names the option when the value is not a whole number at least the minimum', () => {
    expect(() => wholeNumber('2.5', 'runs', 5)).toThrow('--runs must be a whole number of at least 0, not "2.5"')
    expect(() => wholeNumber('0', 'students', 300, 1)).toThrow('--students must be a whole number of at least 1')
  })
})

describe('the build and export command lines', () => {
  it('keep their meaning', () => {
    expect(parseBuildArgs(['--base', '/deck', '--router-mode', 'hash'])).toEqual({ base: '/deck/', routerMode: 'hash', out: 'dist' })
    expect(parseExportArgs(['--lang', 'id', '--copy', 'student', '--dark', '--per-click'])).toMatchObject({ langs: ['id'], copies: ['student'], dark: true, perClick: true, format: 'pdf', outDir: 'exports' })
    expect(parseExportArgs([])).toMatchObject({ langs: ['en', 'id'], copies: ['student', 'lecturer'] })
  })

  it('refuse a value outside the choices', () => {
    expect(() => parseBuildArgs(['--router-mode', 'memory'])).toThrow(/hash or history/)
    expect(() => parseBuildArgs(['--base', 'deck'])).toThrow(/must start with "\/"/)
    expect(() => parseExportArgs(['--copy', 'teacher'])).toThrow(/student or lecturer/)
    expect(() => parseExportArgs(['--lang', 'fr'])).toThrow(/No "fr" edition/)
  })
})
