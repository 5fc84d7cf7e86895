/** The deck's markdown as Slidev reads it: see scripts/deck-source.ts. */
export * from '../scripts/deck-source'
