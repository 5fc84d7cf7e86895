/**
 * The phones' script, bundled from `app.ts` and the shared protocol it
 * imports (utils/live-protocol.ts) with rolldown, the bundler Vite itself
 * uses: one small minified file, built once per process on the first request.
 */
import { fileURLToPath } from 'node:url'

let bundled: Promise<string> | undefined

/** The student page's script (about 3.5 kB). A failed build is retried on the next call. */
export function studentScript(): Promise<string> {
  bundled ??= (async () => {
    const { build } = await import('rolldown')
    const input = fileURLToPath(new URL('./app.ts', import.meta.url))
    const { output } = await build({ input, write: false, platform: 'browser', logLevel: 'silent', output: { format: 'esm', minify: true } })
    return output[0].code
  })()
  bundled.catch(() => (bundled = undefined))
  return bundled
}
