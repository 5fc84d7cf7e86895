import { defineAppSetup } from '@slidev/types'
import configs from '#slidev/configs'
import { useLocale } from '../composables/useLocale'

// Each edition's headmatter sets `htmlAttrs.lang`; the components speak it too.
export default defineAppSetup(() => {
  const lang = configs.htmlAttrs?.lang
  if (lang === 'en' || lang === 'id')
    useLocale().lang.value = lang
})
