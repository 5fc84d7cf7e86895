import { defineShortcutsSetup } from '@slidev/types'
import { computed, unref } from 'vue'
import { useReadingLayout } from '../composables/useReadingLayout'

// In the reading layout a slide is a page: the up and down arrows scroll it,
// as on any page, instead of jumping to the previous or next slide. Left and
// right, PageUp and PageDown (a clicker) and Space still move the deck.
export default defineShortcutsSetup((_nav, base) => {
  const { reading } = useReadingLayout()
  return base.map(shortcut => shortcut.name === 'next_down' || shortcut.name === 'prev_up'
    ? { ...shortcut, key: computed(() => !reading.value && !!unref(shortcut.key)) }
    : shortcut)
})
