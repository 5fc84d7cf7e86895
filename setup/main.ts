import { defineAppSetup } from '@slidev/types'
import configs from '#slidev/configs'
import { useLocale } from '../composables/useLocale'
import { installReadingLayout } from '../composables/useReadingLayout'
import { useScorm } from '../composables/useScorm'

// Each edition's headmatter sets `htmlAttrs.lang`; the components speak it too.
export default defineAppSetup(({ router }) => {
  const lang = configs.htmlAttrs?.lang
  if (lang === 'en' || lang === 'id')
    useLocale().lang.value = lang
  // The SCORM package (npm run export -- --format scorm) reports to the LMS that launched it.
  if (import.meta.env.VITE_DECK_SCORM)
    useScorm({ router })
  // The reading layout where the canvas would draw text too small (styles/reading.css).
  const width = configs.canvasWidth ?? 980
  installReadingLayout({ route: () => router.currentRoute.value, canvas: { width, height: width / (configs.aspectRatio ?? 16 / 9) } })
})
