import { render } from '@testing-library/vue'
import { afterEach, describe, expect, it } from 'vitest'
import { defineComponent, h, nextTick } from 'vue'
import { installReadingLayout, LAYOUT_KEY, READING_CLASS, useReadingLayout } from '../../composables/useReadingLayout'

/** A component that reads the layout, as the navigation bar's switch does. */
const Reader = defineComponent(() => {
  const { reading } = useReadingLayout()
  return () => h('p', reading.value ? 'reading' : 'canvas')
})

// The layout is one state per page: installed once here, as the app setup does.
const layout = installReadingLayout({ route: () => ({ name: 'play', query: {} }), canvas: { width: 980, height: 551.25 } })

afterEach(() => {
  layout.choice.value = null
  localStorage.removeItem(LAYOUT_KEY)
})

describe('useReadingLayout', () => {
  it('gives every caller the same state', () => {
    expect(useReadingLayout()).toBe(layout)
    expect(layout.allowed.value).toBe(true)
  })

  it('switches to the other layout, remembers the choice and marks the page', async () => {
    const wasReading = layout.reading.value
    layout.toggle()
    await nextTick()
    expect(layout.reading.value).toBe(!wasReading)
    expect(localStorage.getItem(LAYOUT_KEY)).toBe(wasReading ? 'canvas' : 'reading')
    expect(document.documentElement.classList.contains(READING_CLASS)).toBe(!wasReading)
  })

  it('keeps the reader\'s choice when every component that read it has gone', async () => {
    layout.choice.value = 'reading'
    const first = render(Reader)
    expect(first.getByText('reading')).toBeTruthy()
    first.unmount()
    expect(useReadingLayout().reading.value).toBe(true)
    const second = render(Reader)
    expect(second.getByText('reading')).toBeTruthy()
    second.unmount()
  })
})
