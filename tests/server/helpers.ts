import type { SimClient } from '../../scripts/class-sim'
/**
 * What the server tests share: a throw-away built deck and state folder, a
 * class server over the fixture questions, and phones on addresses of their own.
 */
import type { ClassServer, ClassServerOptions } from '../../server/class-server'
import type { StudentView } from '../../utils/live'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { connect, joinAsPhone, openAfresh, phoneAddress, signIn } from '../../scripts/class-sim'
import { startClassServer } from '../../server/class-server'
import { isTally } from '../../utils/live'
import { fixtures } from '../quiz-fixtures'

export const PASSWORD = 'class-test-password'
export const Q = 'fixture-single'

/** A folder that looks like a built deck: a page and one asset. */
export function fakeDeck(): string {
  const dist = mkdtempSync(join(tmpdir(), 'class-deck-'))
  mkdirSync(join(dist, 'assets'))
  writeFileSync(join(dist, 'index.html'), '<!doctype html><html><head><title>Deck</title></head><body>deck</body></html>')
  writeFileSync(join(dist, 'assets', 'deck.js'), 'console.log("the answers are in here")')
  return dist
}

export interface Class {
  server: ClassServer
  dist: string
  stateDir: string
  cookie: string
  /** A phone from an address of its own, joined. */
  phone: (options?: { device?: string, localAddress?: string }) => Promise<SimClient & { device: string, view: StudentView }>
  /** The signed-in presenter, after its first tally. */
  presenter: () => Promise<SimClient>
  /** Opens a fresh question from the presenter. */
  openQuestion: (lecturer: SimClient, id?: string) => Promise<void>
  /** Restarts over the same folders. */
  restart: (options?: Partial<ClassServerOptions>) => Promise<ClassServer>
  /** Closes every client and the server, and removes the folders. */
  end: () => Promise<void>
}

let phones = 0

export async function startClass(options: Partial<ClassServerOptions> = {}, folders: { dist?: string, stateDir?: string } = {}): Promise<Class> {
  const dist = folders.dist ?? fakeDeck()
  const stateDir = folders.stateDir ?? mkdtempSync(join(tmpdir(), 'class-state-'))
  const start = (more: Partial<ClassServerOptions> = {}) => startClassServer({ dist, stateDir, password: PASSWORD, port: 0, host: '127.0.0.1', lang: 'en', quizzes: fixtures, tallyInterval: 50, ...options, ...more })
  const clients: SimClient[] = []
  const made: Class = {
    server: await start(),
    dist,
    stateDir,
    cookie: '',
    async phone(extra = {}) {
      const phone = await joinAsPhone(made.server.port, { localAddress: extra.localAddress ?? phoneAddress(phones++ % 5000), device: extra.device })
      clients.push(phone)
      return phone
    },
    async presenter() {
      const lecturer = await connect(made.server.port, { cookie: made.cookie })
      clients.push(lecturer)
      await lecturer.seen(isTally)
      return lecturer
    },
    openQuestion: (lecturer, id = Q) => openAfresh(lecturer, id),
    async restart(more) {
      for (const client of clients.splice(0))
        client.close()
      await made.server.close()
      made.server = await start(more)
      return made.server
    },
    async end() {
      for (const client of clients.splice(0))
        client.close()
      await made.server.close()
      rmSync(dist, { recursive: true, force: true })
      rmSync(stateDir, { recursive: true, force: true })
    },
  }
  made.cookie = await signIn(made.server.port, PASSWORD)
  return made
}
