// @vitest-environment node
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { jsonSchemas, schemaDir } from '../../scripts/json-schema'

describe('the JSON Schemas for editors', () => {
  it('match data/schema.ts (run `npm run data:schema` after changing it)', () => {
    for (const [name, text] of Object.entries(jsonSchemas()))
      expect(readFileSync(`${schemaDir}${name}`, 'utf8'), name).toBe(text)
  })
})
