/**
 * A small static server for the built deck, with the fallback to
 * `index.html` that Slidev's history-mode routes need.
 * Usage: tsx scripts/serve.ts <dir> <port>
 */
import type { Server } from 'node:http'
import { createReadStream, existsSync, statSync } from 'node:fs'
import { createServer } from 'node:http'
import { extname, join, normalize, resolve } from 'node:path'
import process from 'node:process'
import { fileURLToPath } from 'node:url'

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.webmanifest': 'application/manifest+json',
  '.ico': 'image/x-icon',
}

/** The edition folder (`en/`, `id/`) a path is in, so `/id/12` falls back to `/id/index.html`. */
function nearestEdition(root: string, path: string): string {
  const first = path.split('/').find(Boolean)
  return first && existsSync(join(root, first, 'index.html')) ? join(root, first) : root
}

/** Serves `dir` on 127.0.0.1:`port` (0 picks a free port); resolves once listening. */
export function serveStatic(dir: string, port: number): Promise<Server> {
  const root = resolve(dir)
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname))
    let file = join(root, path)
    if (!file.startsWith(root) || !existsSync(file) || statSync(file).isDirectory())
      file = join(nearestEdition(root, path), 'index.html')
    if (!existsSync(file)) {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' })
      response.end(`Not built yet: ${dir}`)
      return
    }
    response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' })
    createReadStream(file).pipe(response)
  })
  return new Promise(done => server.listen(port, '127.0.0.1', () => done(server)))
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2] ?? 'dist'
  const port = Number(process.argv[3] ?? 4173)
  serveStatic(dir, port).then(() => console.log(`Serving ${dir} on http://127.0.0.1:${port}`))
}
