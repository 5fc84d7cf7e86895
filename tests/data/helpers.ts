import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

export const dataDir = fileURLToPath(new URL('../../data/', import.meta.url))

/** A throw-away copy of `data/` whose one file has been changed by `edit`. */
export function corruptedCopy(file: string, edit: (json: any) => unknown): string {
  const dir = mkdtempSync(join(tmpdir(), 'deck-data-'))
  cpSync(dataDir, dir, { recursive: true, filter: source => !source.endsWith('.ts') })
  const json = JSON.parse(readFileSync(join(dir, file), 'utf8'))
  const result = edit(json)
  writeFileSync(join(dir, file), typeof result === 'string' ? result : JSON.stringify(json, null, 2))
  return dir
}
