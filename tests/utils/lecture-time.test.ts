import { describe, expect, it } from 'vitest'
import { lectureTiming, minuteOf, slideTime } from '../../utils/lecture-time'

describe('slideTime', () => {
  it('reads minutes and seconds in both languages', () => {
    expect(slideTime('Say this.\n\nTime: 2 min')).toEqual({ minutes: 2, optional: false })
    expect(slideTime('Katakan ini.\n\nWaktu: 3 menit')).toEqual({ minutes: 3, optional: false })
    expect(slideTime('Time: 30 s')).toEqual({ minutes: 0.5, optional: false })
    expect(slideTime('Waktu: 30 detik')).toEqual({ minutes: 0.5, optional: false })
    expect(slideTime('Time: 1.5 min')).toEqual({ minutes: 1.5, optional: false })
    expect(slideTime('Waktu: 1,5 menit')).toEqual({ minutes: 1.5, optional: false })
  })

  it('marks the practice slides as optional in class', () => {
    expect(slideTime('Time: 2 min, if you use it in class; otherwise self-study')?.optional).toBe(true)
    expect(slideTime('Waktu: 2 menit, opsional di kelas; untuk belajar mandiri')?.optional).toBe(true)
    expect(slideTime('Waktu: 2 menit bila dipakai di kelas; selebihnya untuk belajar mandiri')?.optional).toBe(true)
  })

  it('counts a print-only slide as no time', () => {
    expect(slideTime('Time: 0 min (print only)')).toEqual({ minutes: 0, optional: false })
  })

  it('finds no time where the notes give none or it does not parse', () => {
    expect(slideTime(undefined)).toBeUndefined()
    expect(slideTime('No timing here.')).toBeUndefined()
    expect(slideTime('Time: a while')).toBeUndefined()
  })
})

describe('lectureTiming', () => {
  const slides = [
    { note: 'Time: 2 min' },
    { note: 'Time: 30 s' },
    { note: 'Time: 2 min, if you use it in class; otherwise self-study' },
    { note: 'Nothing' },
    { note: 'Time: 3 min' },
  ]

  it('adds up the lecture and leaves optional slides out', () => {
    expect(lectureTiming(slides)).toEqual({ minutes: 5.5, optionalMinutes: 2, untimed: [3] })
  })

  it('says at which minute a slide comes up', () => {
    expect(minuteOf(slides, (_, i) => i === 4)).toBe(2.5)
    expect(minuteOf(slides, (_, i) => i === 0)).toBe(0)
    expect(minuteOf(slides, () => false)).toBe(-1)
  })
})
