/**
 * The phones' page, built by Vite with Vue from main.ts (the deck's own
 * question components, labels and colours) into memory, once per process and
 * language on the first request: one script and one stylesheet, served under
 * `/join/assets/` with the hashed names Vite gives them. A class runs one
 * edition, so the page carries that edition's labels only, as the deck does.
 */
import type { RolldownOutput } from 'rolldown'
import type { Lang } from '../../data/schema'
import { fileURLToPath } from 'node:url'
import { editionLabelsPlugin } from '../../utils/edition-labels'

export interface StudentAsset {
  readonly type: string
  readonly body: string | Uint8Array
}

export interface StudentAssets {
  /** The entry script's address, e.g. `/join/assets/main-1a2b3c.js`. */
  readonly script: string
  /** The stylesheets' addresses. */
  readonly styles: readonly string[]
  /** Every file by its address. */
  readonly files: ReadonlyMap<string, StudentAsset>
}

const BASE = '/join/'
const built = new Map<Lang, Promise<StudentAssets>>()

async function buildPage(lang: Lang): Promise<StudentAssets> {
  const [{ build }, { default: vue }] = await Promise.all([import('vite'), import('@vitejs/plugin-vue')])
  const root = fileURLToPath(new URL('../../', import.meta.url))
  const result = await build({
    configFile: false,
    root,
    base: BASE,
    logLevel: 'silent',
    publicDir: false,
    plugins: [vue(), editionLabelsPlugin(lang)],
    define: { __VUE_OPTIONS_API__: 'false', __VUE_PROD_DEVTOOLS__: 'false', __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false' },
    build: {
      write: false,
      emptyOutDir: false,
      cssCodeSplit: false,
      modulePreload: false,
      rollupOptions: { input: fileURLToPath(new URL('./main.ts', import.meta.url)) },
    },
  })
  const outputs = (Array.isArray(result) ? result : [result]) as RolldownOutput[]
  const files = new Map<string, StudentAsset>()
  let script = ''
  const styles: string[] = []
  for (const file of outputs.flatMap(output => output.output)) {
    const path = `${BASE}${file.fileName}`
    if (file.type === 'chunk') {
      files.set(path, { type: 'text/javascript; charset=utf-8', body: file.code })
      if (file.isEntry)
        script = path
    }
    else {
      const css = file.fileName.endsWith('.css')
      files.set(path, { type: css ? 'text/css; charset=utf-8' : 'application/octet-stream', body: file.source })
      if (css)
        styles.push(path)
    }
  }
  if (!script)
    throw new Error('The phones\' page was built without an entry script')
  return { script, styles, files }
}

/** The phones' page's files for an edition in `lang`; a failed build is retried on the next call. */
export function studentAssets(lang: Lang): Promise<StudentAssets> {
  let page = built.get(lang)
  if (!page) {
    page = buildPage(lang)
    built.set(lang, page)
    page.catch(() => built.delete(lang))
  }
  return page
}
