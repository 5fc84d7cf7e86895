/**
 * How tightly a card sets its text, from the text's length. A measurement of
 * the rendered card would differ between the screen and the PDF; the length
 * does not, so a card fits the slide the same way on both.
 */

/** Set a step smaller (`dense`) or two (`denser`); `undefined` for the usual size. */
export type Density = 'dense' | 'denser' | undefined

/** Characters above which a card is set a step smaller, then two steps. */
export const densityLimits = { dense: 540, denser: 620 } as const

/** The density for a card whose text, all parts together, is `texts`. */
export function densityOf(texts: readonly string[]): Density {
  const length = texts.reduce((sum, text) => sum + text.length, 0)
  return length > densityLimits.denser ? 'denser' : length > densityLimits.dense ? 'dense' : undefined
}
