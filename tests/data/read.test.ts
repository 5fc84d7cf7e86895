// @vitest-environment node
import { describe, expect, it } from 'vitest'
import * as deck from '../../data'
import { getIndicator, indicators } from '../../data/indicators'
import indicatorsFile from '../../data/indicators.json'
import { getQuiz, quizzes } from '../../data/quizzes'
import { readDataFile } from '../../data/read'
import { DataError } from '../../data/validate'

describe('readDataFile', () => {
  it('returns the file as its schema reads it, frozen all the way down', () => {
    const data = readDataFile('indicators.json', structuredClone(indicatorsFile))
    expect(data.indicators.map(indicator => indicator.id)).toEqual(indicatorsFile.indicators.map(indicator => indicator.id))
    expect(Object.isFrozen(data.indicators[0]!.values[0]!.sources)).toBe(true)
  })

  it('stops on a value its schema refuses, naming the file and the path', () => {
    const bad = structuredClone(indicatorsFile)
    bad.indicators[1]!.values[0]!.country = 'japan'
    expect(() => readDataFile('indicators.json', bad)).toThrow(DataError)
    expect(() => readDataFile('indicators.json', bad)).toThrow('data/indicators.json $.indicators[1].values[0].country')
  })
})

describe('per-file data modules', () => {
  it('are what data/index.ts exports, so either import reads the same records', () => {
    expect(deck.indicators).toBe(indicators)
    expect(deck.getIndicator).toBe(getIndicator)
    expect(deck.quizzes).toBe(quizzes)
    expect(deck.getQuiz).toBe(getQuiz)
  })

  it('throw on an unknown id, naming the known ones', () => {
    expect(() => getIndicator('nope')).toThrow(/Unknown indicator id "nope"\. Known: .*hospital-beds/)
  })
})
