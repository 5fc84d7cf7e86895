/**
 * `npm run build [-- --base /repo/] [--router-mode hash]`: one static site
 * holding both language editions, `<base>en/` and `<base>id/`, with an entry
 * page that opens the reader's language. Saved progress is shared: both
 * editions are on one origin and use the same storage keys.
 * `--base` defaults to `/`; use `/<repository>/` for GitHub Pages, with
 * `--router-mode hash` where the host has no fallback to index.html.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import process from 'node:process'
import { fileURLToPath } from 'node:url'
import { readOptions } from './args'
import { editions } from './editions'

interface BuildOptions { base: string, routerMode?: 'hash' | 'history', out: string }

const usage = 'Options: --base /path/, --router-mode hash|history, --out <folder>'

export function parseBuildArgs(argv: readonly string[]): BuildOptions {
  const values = readOptions(argv, { 'base': { type: 'string', default: '/' }, 'router-mode': { type: 'string' }, 'out': { type: 'string', default: 'dist' } }, usage)
  const routerMode = values['router-mode']
  if (routerMode !== undefined && routerMode !== 'hash' && routerMode !== 'history')
    throw new Error(`--router-mode must be hash or history, not "${routerMode}". ${usage}`)
  const base = values.base.endsWith('/') ? values.base : `${values.base}/`
  if (!base.startsWith('/'))
    throw new Error(`--base must start with "/", not "${base}"`)
  return { base, routerMode, out: values.out }
}

/** The site's front door: opens the Indonesian edition for Indonesian readers, else the English one. */
export function entryPage(): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>JWG on Health · Indonesia–South Korea</title>
<script>location.replace((navigator.languages || [navigator.language]).some(l => /^(id|ms)\\b/i.test(l)) ? 'id/' : 'en/')</script>
</head>
<body>
<p><a href="en/" hreflang="en">English</a> · <a href="id/" hreflang="id" lang="id">Bahasa Indonesia</a></p>
</body>
</html>
`
}

function main(): void {
  const options = parseBuildArgs(process.argv.slice(2))
  const slidev = fileURLToPath(new URL('../node_modules/@slidev/cli/bin/slidev.mjs', import.meta.url))
  rmSync(options.out, { recursive: true, force: true })
  mkdirSync(options.out, { recursive: true })
  for (const [lang, entry] of Object.entries(editions)) {
    if (!existsSync(entry))
      continue
    const args = [slidev, 'build', entry, '--base', `${options.base}${lang}/`, '--out', join(options.out, lang)]
    if (options.routerMode)
      args.push('--router-mode', options.routerMode)
    const result = spawnSync(process.execPath, args, { stdio: 'inherit' })
    if (result.status !== 0)
      process.exit(result.status ?? 1)
  }
  writeFileSync(join(options.out, 'index.html'), entryPage())
  console.log(`Built ${Object.values(editions).filter(entry => existsSync(entry)).length} editions into ${options.out}/ under ${options.base}`)
}

if (process.argv[1] === fileURLToPath(import.meta.url))
  main()
