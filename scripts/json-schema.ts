/**
 * Writes `data/schema/<file>.schema.json` from the valibot schemas, so editors
 * autocomplete and check the data files. Run `npm run data:schema` after
 * changing `data/schema.ts`; a unit test fails while they are out of date.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import process from 'node:process'
import { fileURLToPath } from 'node:url'
import { toJsonSchema } from '@valibot/to-json-schema'
import { dataFiles } from '../data/schema'

const jsonExtension = /\.json$/

export const schemaDir = fileURLToPath(new URL('../data/schema/', import.meta.url))

/** The JSON Schema text for each data file, keyed by schema file name. */
export function jsonSchemas(): Record<string, string> {
  return Object.fromEntries(Object.entries(dataFiles).map(([file, schema]) => {
    const json = toJsonSchema(schema, { errorMode: 'ignore' })
    return [file.replace(jsonExtension, '.schema.json'), `${JSON.stringify({ ...json, title: `data/${file}` }, null, 2)}\n`]
  }))
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  mkdirSync(schemaDir, { recursive: true })
  for (const [name, text] of Object.entries(jsonSchemas()))
    writeFileSync(`${schemaDir}${name}`, text)
  console.log(`Wrote ${Object.keys(dataFiles).length} JSON Schemas to data/schema/`)
}
