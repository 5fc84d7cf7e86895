// @vitest-environment node
import type { Class } from './helpers'
import { Readable } from 'node:stream'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { startClass } from './helpers'

// A file that cannot be read (the deck being rebuilt under the server): its stream fails.
vi.mock('node:fs', async (original) => {
  const fs = await original<typeof import('node:fs')>()
  return {
    ...fs,
    createReadStream: (path: string, ...rest: unknown[]) => {
      if (!String(path).endsWith('broken.js'))
        return (fs.createReadStream as (...args: unknown[]) => unknown)(path, ...rest)
      // Fails as a real stream does when the file vanished or cannot be read: on its own, before any read.
      const stream = new Readable({ read() {} })
      setImmediate(() => stream.destroy(Object.assign(new Error('EIO: i/o error, open'), { code: 'EIO' })))
      return stream
    },
  }
})

let live: Class
beforeAll(async () => {
  live = await startClass()
  const { writeFileSync } = await import('node:fs')
  const { join } = await import('node:path')
  writeFileSync(join(live.dist, 'assets', 'broken.js'), 'unreadable')
})
afterAll(() => live.end())

describe('the class server\'s files', () => {
  it('answers 503 for a file it cannot read, and keeps serving', async () => {
    const get = (path: string) => fetch(`http://127.0.0.1:${live.server.port}${path}`, { headers: { cookie: live.cookie } })
    for (let i = 0; i < 5; i++)
      expect((await get('/assets/broken.js')).status).toBe(503)
    const fine = await get('/assets/deck.js')
    expect(fine.status).toBe(200)
    expect(await fine.text()).toContain('the answers are in here')
  })
})
