/**
 * A small static server for the built deck, with the fallback to
 * `index.html` that Slidev's history-mode routes need.
 * Usage: tsx scripts/serve.ts <dir> <port>
 */
import type { Server } from 'node:http'
import { createReadStream } from 'node:fs'
import { createServer } from 'node:http'
import { resolve } from 'node:path'
import process from 'node:process'
import { fileURLToPath } from 'node:url'
import { contentType, resolveBuildFile } from '../server/static-files'

/** Serves `dir` on 127.0.0.1:`port` (0 picks a free port); resolves once listening. */
export function serveStatic(dir: string, port: number): Promise<Server> {
  const root = resolve(dir)
  const server = createServer((request, response) => {
    const found = resolveBuildFile(root, new URL(request.url ?? '/', 'http://localhost').pathname)
    if (found.kind !== 'file') {
      response.writeHead(found.kind === 'bad-request' ? 400 : 404, { 'content-type': 'text/plain; charset=utf-8' })
      response.end(found.kind === 'bad-request' ? 'Bad request' : `Not built yet: ${dir}`)
      return
    }
    const { file } = found
    response.writeHead(200, { 'content-type': contentType(file) })
    createReadStream(file).pipe(response)
  })
  return new Promise(done => server.listen(port, '127.0.0.1', () => done(server)))
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2] ?? 'dist'
  const port = Number(process.argv[3] ?? 4173)
  serveStatic(dir, port).then(() => console.log(`Serving ${dir} on http://127.0.0.1:${port}`))
}
