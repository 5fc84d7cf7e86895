/**
 * The scripts' command lines, read with Node's own `parseArgs`: strict (an
 * unknown option or a missing value is an error), no positionals, and every
 * error followed by the script's usage line, so a typo says what is allowed.
 */
import type { ParseArgsConfig } from 'node:util'
import { parseArgs } from 'node:util'

const finalStop = /\.$/
const digits = /^\d+$/

/** The options `argv` sets, by the types in `options`; throws with `usage` on anything else. */
export function readOptions<T extends NonNullable<ParseArgsConfig['options']>>(argv: readonly string[], options: T, usage: string) {
  try {
    return parseArgs({ args: [...argv], options, strict: true as const, allowPositionals: false as const }).values
  }
  catch (error) {
    throw new Error(`${(error as Error).message.replace(finalStop, '')}. ${usage}`)
  }
}

/** A whole number at least `min`, or an error naming the option. */
export function wholeNumber(value: string | undefined, option: string, fallback: number, min = 0): number {
  if (value === undefined)
    return fallback
  const number = Number(value)
  if (!digits.test(value) || number < min)
    throw new Error(`--${option} must be a whole number of at least ${min}, not "${value}"`)
  return number
}
