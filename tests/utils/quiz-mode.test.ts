import { describe, expect, it } from 'vitest'
import { isRevealed, PRESENTER_BEAT_VALID_MS, presenterIsOpen, printCopyFrom, quizMode } from '../../utils/quiz-mode'

describe('quizMode', () => {
  it('prints whatever else is true', () => {
    expect(quizMode({ print: true, presenter: true, followingPresenter: true })).toBe('print')
  })

  it('presents in the presenter view and in a window a presenter view drives', () => {
    expect(quizMode({ print: false, presenter: true, followingPresenter: false })).toBe('present')
    expect(quizMode({ print: false, presenter: false, followingPresenter: true })).toBe('present')
  })

  it('is self-study otherwise', () => {
    expect(quizMode({ print: false, presenter: false, followingPresenter: false })).toBe('self-study')
  })
})

describe('isRevealed', () => {
  it('reveals after the slide\'s click on the slide, in the presenter view and its preview', () => {
    for (const renderContext of ['slide', 'presenter', 'previewNext'])
      expect(isRevealed({ clicks: 1, renderContext, current: true }), renderContext).toBe(true)
    expect(isRevealed({ clicks: 0, renderContext: 'slide', current: true })).toBe(false)
  })

  it('never reveals in the overview or other thumbnails, which show every slide at its last click', () => {
    expect(isRevealed({ clicks: 999999, renderContext: 'overview', current: true })).toBe(false)
    expect(isRevealed({ clicks: 1, renderContext: 'none', current: true })).toBe(false)
    expect(isRevealed({ clicks: 1, renderContext: undefined, current: true })).toBe(false)
  })

  it('never reveals a slide that is not the current one, such as the hidden slide just passed', () => {
    expect(isRevealed({ clicks: 999999, renderContext: 'slide', current: false })).toBe(false)
  })
})

describe('printCopyFrom', () => {
  it('is the lecturer copy only when asked for by name', () => {
    expect(printCopyFrom('lecturer')).toBe('lecturer')
    expect(printCopyFrom(' Lecturer ')).toBe('lecturer')
    expect(printCopyFrom('student')).toBe('student')
    expect(printCopyFrom(undefined)).toBe('student')
    expect(printCopyFrom('teacher')).toBe('student')
  })
})

describe('presenterIsOpen', () => {
  it('counts a recent heartbeat only', () => {
    expect(presenterIsOpen(1_000_000, 1_000_000 + 5_000)).toBe(true)
    expect(presenterIsOpen(1_000_000, 1_000_000 + PRESENTER_BEAT_VALID_MS)).toBe(false)
    expect(presenterIsOpen(0, 5_000)).toBe(false)
    expect(presenterIsOpen('soon', 5_000)).toBe(false)
    // A clock far ahead (another machine's timestamp) does not count either.
    expect(presenterIsOpen(1_000_000 + 10 * PRESENTER_BEAT_VALID_MS, 1_000_000)).toBe(false)
  })
})
