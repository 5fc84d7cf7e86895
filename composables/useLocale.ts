import type { Lang, Localized } from '../data/schema'
import type { LabelKey } from '../utils/labels'
import { ref } from 'vue'
import { formatNumber, formatPartialDate } from '../utils/format'
import { labels } from '../utils/labels'

/** The deck's language, shared by every component on every slide. */
const lang = ref<Lang>('en')

/**
 * The current language and the verbs that turn data into text in it.
 *
 * ```ts
 * const { t, label, date } = useLocale()
 * t(form.title) // "Plasma fractionation facility"
 * ```
 */
export function useLocale() {
  return {
    lang,
    /** Picks the current language from a localised string. */
    t: (text: Localized): string => text[lang.value],
    /** An interface label in the current language. */
    label: (key: LabelKey): string => labels[key][lang.value],
    /** A partial date (`2020`, `2020-03`, `2020-03-02`) in words. */
    date: (value: string): string => formatPartialDate(value, lang.value),
    /** A number with the language's separators. */
    number: (value: number, options?: Intl.NumberFormatOptions): string => formatNumber(value, lang.value, options),
  }
}
