/**
 * Finding a built deck's file for a URL path, shared by every server that
 * serves a build (the test server, the benchmark's, the class server): the
 * same content types, the same guard against paths that leave the build, and
 * the same fallback to an edition's `index.html` for Slidev's history routes.
 */
import { existsSync, statSync } from 'node:fs'
import { extname, join, normalize, sep } from 'node:path'

const contentTypes: Record<string, string> = {
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

/** The Content-Type for a file, by its extension. */
export function contentType(file: string): string {
  return contentTypes[extname(file)] ?? 'application/octet-stream'
}

/** The edition folder (`en/`, `id/`) a path is in, so `/id/12` falls back to `/id/index.html`. */
function nearestEdition(root: string, path: string): string {
  const first = path.split('/').find(Boolean)
  return first && existsSync(join(root, first, 'index.html')) ? join(root, first) : root
}

export type Resolved
  = | { kind: 'file', file: string }
  /** The URL path is not valid percent-encoding. */
    | { kind: 'bad-request' }
  /** Nothing to serve: the build is missing. */
    | { kind: 'not-built' }

/**
 * The file to send for `pathname` under the build folder `root` (absolute):
 * the file itself if it lies inside `root`, otherwise the nearest edition's
 * `index.html`, so a slide's address opens the deck.
 */
export function resolveBuildFile(root: string, pathname: string): Resolved {
  let path: string
  try {
    path = normalize(decodeURIComponent(pathname))
  }
  catch {
    return { kind: 'bad-request' }
  }
  let file = join(root, path)
  if (!file.startsWith(root + sep) || !existsSync(file) || statSync(file).isDirectory())
    file = join(nearestEdition(root, path), 'index.html')
  return existsSync(file) ? { kind: 'file', file } : { kind: 'not-built' }
}
