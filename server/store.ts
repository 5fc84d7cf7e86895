/**
 * Keeps the class on the laptop's disk so that nothing a phone was told is
 * saved can be lost: not by a failed write, a normal stop or a `kill -9`.
 *
 * Every change is appended to `journal.jsonl` and flushed to the disk
 * (`fdatasync`) before the promise `append` returns resolves; the server
 * acknowledges a vote only then. Changes that arrive while a flush is under
 * way wait for the next one, so a room voting at once costs a few flushes,
 * not one per vote (group commit). A failed write is kept and retried with
 * backoff, and reported through `onHealth`. At start and at a clean stop the
 * journal is folded into `state.json` (written to a temporary file, flushed,
 * renamed), then emptied.
 *
 * A file this version cannot read whole is never overwritten: it is moved
 * (or, when part of it could be read, copied) aside with a message, and
 * whatever could be read is kept. `readState` reads the same files with the
 * same rules for the export, and never moves or writes anything.
 */
import type { JournalEntry, Snapshot } from './state'
import { closeSync, copyFileSync, existsSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, truncateSync, writeFileSync } from 'node:fs'
import { open } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import process from 'node:process'
import { applyEntry, emptySnapshot, isJournalEntry, isSnapshot } from './state'

/** The file operations the store needs; tests replace them to simulate a full disk or a read-only folder. */
export interface StoreIo {
  /** Appends text to a file and returns once it is on the disk. */
  append: (file: string, text: string) => Promise<void>
  /** Replaces a file's content atomically and durably. */
  replace: (file: string, text: string) => void
  /** Empties a file. */
  truncate: (file: string) => void
  /** Lets go of any open file. */
  release: () => Promise<void>
}

/** Node's own file system, with a flush after every write. */
export function fileIo(): StoreIo {
  let handle: Awaited<ReturnType<typeof open>> | undefined
  let handleFile = ''
  return {
    async append(file, text) {
      try {
        if (!handle || handleFile !== file) {
          await handle?.close()
          handle = await open(file, 'a', 0o600)
          handleFile = file
        }
        await handle.write(text)
        await handle.datasync()
      }
      catch (error) {
        // Start from a fresh descriptor next time: the folder may have been replaced or remounted.
        const broken = handle
        handle = undefined
        await broken?.close().catch(() => {})
        throw error
      }
    },
    replace(file, text) {
      const temporary = `${file}.${process.pid}.tmp`
      const fd = openSync(temporary, 'w', 0o600)
      try {
        writeFileSync(fd, text)
        fsyncSync(fd)
      }
      finally {
        closeSync(fd)
      }
      renameSync(temporary, file)
      // The rename itself must reach the disk too.
      try {
        const dir = openSync(dirname(file), 'r')
        try {
          fsyncSync(dir)
        }
        finally {
          closeSync(dir)
        }
      }
      catch {}
    },
    truncate: file => truncateSync(file, 0),
    async release() {
      const open = handle
      handle = undefined
      await open?.close().catch(() => {})
    },
  }
}

/** What the store found on disk at start. */
export interface Loaded {
  /** The state: the snapshot with the journal replayed over it. */
  snapshot: Snapshot
  /** What was moved or copied aside, and why, one sentence each. */
  notes: string[]
}

export interface StoreOptions {
  /** Where messages go (the terminal). */
  warn?: (message: string) => void
  /** Called when saving starts failing (false) and when it works again (true). */
  onHealth?: (ok: boolean) => void
  /** The file operations; default: Node's. */
  io?: Partial<StoreIo>
  /** The first retry's delay, doubled each time up to `maxRetryDelay`, in ms. Default 100. */
  retryDelay?: number
  /** Default 5000. */
  maxRetryDelay?: number
}

export interface Store {
  /** Reads `state.json` and replays `journal.jsonl` over it. Call once, before anything else. */
  load: () => Loaded
  /** Records a change; resolves once it is on the disk (retrying as long as it takes). */
  append: (entries: readonly JournalEntry[]) => Promise<void>
  /** Folds everything into `state.json` and empties the journal; skipped (and said) while writes are pending. */
  compact: (snapshot: Snapshot) => boolean
  /**
   * Tries to write what is pending (for up to `patience` ms), then folds the
   * journal into `state.json`. Returns the changes it could not save: none
   * unless the disk kept failing.
   */
  close: (snapshot: Snapshot, patience?: number) => Promise<{ unsaved: JournalEntry[] }>
  /** Whether the last write worked. */
  healthy: () => boolean
  /** Changes not yet on the disk. */
  pending: () => number
  /** The state file and the journal. */
  file: string
  journal: string
}

interface Waiting { entries: readonly JournalEntry[], done: () => void }

const bom = /^\uFEFF/
const nonSpace = /\S/
const stampChars = /[:.]/g

/**
 * The first JSON value in `text` and whether anything but white space follows
 * it, or undefined when it does not start with a whole object.
 */
function leadingObject(text: string): { value: unknown, trailing: boolean } | undefined {
  let depth = 0
  let inString = false
  let escaped = false
  const start = text.search(nonSpace)
  if (start < 0 || text[start] !== '{')
    return undefined
  for (let i = start; i < text.length; i++) {
    const char = text[i]
    if (inString) {
      if (escaped)
        escaped = false
      else if (char === '\\')
        escaped = true
      else if (char === '"')
        inString = false
      continue
    }
    if (char === '"')
      inString = true
    else if (char === '{' || char === '[')
      depth++
    else if (char === '}' || char === ']')
      depth--
    if (depth === 0) {
      try {
        return { value: JSON.parse(text.slice(start, i + 1)), trailing: text.slice(i + 1).trim() !== '' }
      }
      catch {
        return undefined
      }
    }
  }
  return undefined
}

/**
 * Reads a state file's text: the snapshot, and whether bytes follow it; or,
 * when it holds no state this version can read, why not (for the message).
 */
export function parseState(text: string): { snapshot?: Snapshot, trailing: boolean, problem?: string } {
  text = text.replace(bom, '')
  let value: unknown
  let trailing = false
  try {
    value = JSON.parse(text)
  }
  catch {
    const leading = leadingObject(text)
    value = leading?.value
    trailing = !!leading?.trailing
  }
  if (isSnapshot(value))
    return { snapshot: value, trailing }
  const problem = value === undefined ? 'not JSON' : Array.isArray(value) ? 'a list' : value === null ? 'null' : typeof value === 'object' ? `version ${String((value as { version?: unknown }).version)}` : typeof value
  return { trailing, problem }
}

/**
 * Reads a journal's text: its entries in order, and how many lines it could
 * not read. A last line cut short is a write the disk never confirmed
 * (nothing was acknowledged for it), so it is skipped and not counted.
 */
export function parseJournal(text: string): { entries: JournalEntry[], bad: number } {
  const lines = text.replace(bom, '').split('\n')
  const entries: JournalEntry[] = []
  let bad = 0
  for (const [i, line] of lines.entries()) {
    if (!line.trim())
      continue
    let value: unknown
    try {
      value = JSON.parse(line)
    }
    catch {}
    if (isJournalEntry(value))
      entries.push(value)
    else if (i !== lines.length - 1)
      bad++
  }
  return { entries, bad }
}

/**
 * A class's state as it stands on the disk (the state file with the journal
 * replayed over it), for reading only: it never moves, copies or writes a
 * file, so it can run beside the class server. What it could not read is
 * said in `notes`, and left where it is.
 */
export function readState(dir: string): Loaded {
  const file = join(dir, 'state.json')
  const journal = join(dir, 'journal.jsonl')
  const notes: string[] = []
  let snapshot = emptySnapshot()
  if (existsSync(file)) {
    const read = parseState(readFileSync(file, 'utf8'))
    if (read.snapshot)
      snapshot = read.snapshot
    else
      notes.push(`${file} is not a class state this version can read (${read.problem}); left out.`)
    if (read.trailing)
      notes.push(`${file} has bytes after its end; read the state before them.`)
  }
  if (existsSync(journal)) {
    const { entries, bad } = parseJournal(readFileSync(journal, 'utf8'))
    for (const entry of entries)
      applyEntry(snapshot, entry)
    if (bad)
      notes.push(`${journal} has ${bad} line(s) this version cannot read; read every other change.`)
  }
  return { snapshot, notes }
}

export function createStore(dir: string, options: StoreOptions = {}): Store {
  const warn = options.warn ?? (() => {})
  const io: StoreIo = { ...fileIo(), ...options.io }
  const retryDelay = options.retryDelay ?? 100
  const maxRetryDelay = options.maxRetryDelay ?? 5000
  const file = join(dir, 'state.json')
  const journal = join(dir, 'journal.jsonl')

  /** Changes waiting for the next write. Always replaced, never emptied in place: the batch being written keeps its own array. */
  let queue: Waiting[] = []
  /** The batch being written (and retried) now. */
  let writing: Waiting[] = []
  let draining: Promise<void> | undefined
  let ok = true
  /** After a failed write, the next one starts on a new line, so a half-written line stays alone (and is skipped on reading). */
  let separate = false
  let stopping = false

  const stamp = () => new Date().toISOString().replace(stampChars, '-')

  function setHealth(now: boolean, error?: Error): void {
    if (now === ok)
      return
    ok = now
    if (!now)
      warn(`Could not save the class to ${journal}: ${error?.message}. Votes are held and not confirmed to the phones until saving works again; retrying.`)
    else
      warn(`Saving works again: every held change is now saved in ${journal}.`)
    options.onHealth?.(now)
  }

  async function drain(): Promise<void> {
    while (queue.length) {
      writing = queue
      queue = []
      const text = writing.flatMap(waiting => waiting.entries.map(entry => `${JSON.stringify(entry)}\n`)).join('')
      for (let attempt = 0; ; attempt++) {
        try {
          await io.append(journal, separate ? `\n${text}` : text)
          separate = false
          setHealth(true)
          break
        }
        catch (error) {
          separate = true
          setHealth(false, error as Error)
          if (stopping)
            return
          await new Promise(resolve => setTimeout(resolve, Math.min(maxRetryDelay, retryDelay * 2 ** attempt)))
          if (stopping)
            return
        }
      }
      const done = writing
      writing = []
      for (const waiting of done)
        waiting.done()
    }
  }

  function kick(): Promise<void> {
    draining ??= drain().finally(() => {
      draining = undefined
      // A change queued after the loop's last look, before this ran, must not wait for the next one.
      if (queue.length && !stopping)
        void kick()
    })
    return draining
  }

  function moveAside(path: string, why: string, copy: boolean): string {
    const aside = `${path}.${why}-${stamp()}`
    if (copy)
      copyFileSync(path, aside)
    else
      renameSync(path, aside)
    return aside
  }

  function loadSnapshot(notes: string[]): Snapshot {
    if (!existsSync(file))
      return emptySnapshot()
    const read = parseState(readFileSync(file, 'utf8'))
    if (!read.snapshot) {
      const aside = moveAside(file, 'unknown', false)
      notes.push(`${file} is not a class state this version can read (${read.problem}); moved it to ${aside}, untouched.`)
      return emptySnapshot()
    }
    if (read.trailing) {
      const aside = moveAside(file, 'damaged', true)
      notes.push(`${file} had bytes after its end; kept the state it holds and a copy of the whole file in ${aside}.`)
    }
    return read.snapshot
  }

  function replay(snapshot: Snapshot, notes: string[]): void {
    if (!existsSync(journal))
      return
    const { entries, bad } = parseJournal(readFileSync(journal, 'utf8'))
    for (const entry of entries)
      applyEntry(snapshot, entry)
    if (bad) {
      const aside = moveAside(journal, 'damaged', true)
      notes.push(`${journal} had ${bad} line(s) this version cannot read; kept every other change and a copy of the whole file in ${aside}.`)
    }
  }

  return {
    file,
    journal,
    healthy: () => ok,
    pending: () => queue.length + writing.length,
    load() {
      mkdirSync(dir, { recursive: true })
      const notes: string[] = []
      const snapshot = loadSnapshot(notes)
      replay(snapshot, notes)
      for (const note of notes)
        warn(note)
      return { snapshot, notes }
    },
    append(entries) {
      return new Promise((done) => {
        queue.push({ entries, done })
        // Changes made in the same turn of the event loop share one write.
        if (!draining)
          setImmediate(kick)
      })
    },
    compact(snapshot) {
      if (queue.length || writing.length)
        return false
      try {
        io.replace(file, `${JSON.stringify(snapshot)}\n`)
        if (existsSync(journal))
          io.truncate(journal)
        return true
      }
      catch (error) {
        // The journal still holds everything: nothing is lost, the next start folds it in.
        warn(`Could not fold the journal into ${file}: ${(error as Error).message}. Nothing is lost: ${journal} still holds every change.`)
        return false
      }
    },
    async close(snapshot, patience = 3000) {
      if (queue.length || writing.length) {
        const deadline = new Promise(resolve => setTimeout(resolve, patience).unref())
        await Promise.race([kick(), deadline])
      }
      stopping = true
      const unsaved = [...writing, ...queue].flatMap(waiting => waiting.entries)
      if (!unsaved.length)
        this.compact(snapshot)
      await io.release()
      return { unsaved }
    },
  }
}
