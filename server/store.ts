/**
 * Keeps the class's state in a JSON file so a restart of the laptop's server
 * loses no vote: written a moment after each change (many votes, one write),
 * at once on shutdown, and always atomically (a temporary file renamed over
 * the old one), so a crash mid-write leaves the previous state whole.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import process from 'node:process'

export interface Store {
  /** The saved state, or undefined when there is none or it cannot be read. */
  load: () => unknown
  /** Saves soon; several calls within the delay make one write. */
  save: (snapshot: () => unknown) => void
  /** Writes any pending save now. */
  flush: () => void
  /** Where the state lives. */
  file: string
}

/** How long a change waits for others before the file is written, in ms. */
export const SAVE_DELAY_MS = 150

export function createStore(dir: string, { delay = SAVE_DELAY_MS, warn = (_: string) => {} } = {}): Store {
  const file = join(dir, 'state.json')
  let pending: (() => unknown) | undefined
  let timer: ReturnType<typeof setTimeout> | undefined

  function write(value: unknown): void {
    mkdirSync(dir, { recursive: true })
    const temporary = `${file}.${process.pid}.tmp`
    writeFileSync(temporary, `${JSON.stringify(value)}\n`, { mode: 0o600 })
    renameSync(temporary, file)
  }

  function flush(): void {
    if (timer)
      clearTimeout(timer)
    timer = undefined
    const snapshot = pending
    pending = undefined
    if (snapshot) {
      try {
        write(snapshot())
      }
      catch (error) {
        warn(`Could not save the class state to ${file}: ${(error as Error).message}`)
      }
    }
  }

  return {
    file,
    load() {
      if (!existsSync(file))
        return undefined
      try {
        return JSON.parse(readFileSync(file, 'utf8')) as unknown
      }
      catch (error) {
        // Keep the unreadable file for a look later, and start afresh.
        const aside = `${file}.unreadable-${Date.now()}`
        renameSync(file, aside)
        warn(`The saved class state could not be read (${(error as Error).message}); moved it to ${aside}.`)
        return undefined
      }
    },
    save(snapshot) {
      pending = snapshot
      timer ??= setTimeout(flush, delay)
    },
    flush,
  }
}
