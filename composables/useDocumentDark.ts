import { useMutationObserver } from '@vueuse/core'
import { readonly, ref } from 'vue'

/**
 * Whether the page is in dark mode, read from the `dark` class on `<html>`
 * (how Slidev, VueUse's `useDark` and most sites mark it), so a component
 * follows the theme without importing Slidev.
 *
 * ```ts
 * const dark = useDocumentDark()
 * ```
 */
export function useDocumentDark() {
  const root = typeof document === 'undefined' ? undefined : document.documentElement
  const dark = ref(root?.classList.contains('dark') ?? false)
  useMutationObserver(root, () => {
    dark.value = root!.classList.contains('dark')
  }, { attributes: true, attributeFilter: ['class'] })
  return readonly(dark)
}
