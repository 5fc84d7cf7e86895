/**
 * The typed loader behind the per-file data modules (data/paper.ts, …): one
 * data file in, its schema's type out, frozen. Dev and the tests check the
 * file against its schema here; a build has already stopped on bad data
 * (data/plugin.ts checks every file and the links between them when the build
 * starts), so the built deck skips the check and keeps valibot and the schema
 * out of every download.
 */
import type { DataFileName, DeckData, DeepReadonly } from './schema'
import { checkDataFile } from './validate'

/**
 * A schema's output as a JSON module's type says it: TypeScript reads
 * `"type": "single"` in a JSON file as a `string`, never as the literal, so
 * this is the most a JSON import can be checked against at compile time.
 */
export type Widen<T> = T extends string ? string
  : T extends number ? number
    : T extends boolean ? boolean
      : T extends readonly (infer U)[] ? readonly Widen<U>[]
        : T extends object ? { readonly [K in keyof T]: Widen<T[K]> }
          : T

/**
 * Reads data file `name`, imported as JSON: the import must have the file's
 * shape (checked by TypeScript, up to the string literals a JSON type cannot
 * hold); its values are checked by the schema, in dev and the tests.
 */
export function readDataFile<N extends DataFileName>(name: N, json: Widen<DeckData[N]>): DeepReadonly<DeckData[N]> {
  return deepFreeze(import.meta.env.PROD ? json as DeckData[N] : checkDataFile(name, json))
}

function deepFreeze<T>(value: T): DeepReadonly<T> {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value)
    for (const child of Object.values(value))
      deepFreeze(child)
  }
  return value as DeepReadonly<T>
}
