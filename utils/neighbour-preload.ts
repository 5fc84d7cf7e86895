/**
 * The slides beside the one opened load after it has painted, not with it.
 * Slidev loads and mounts the current slide and both neighbours at once
 * (its `preload` frontmatter, read through `meta.preload`, opts a slide out):
 * on a slowed phone the neighbours' code and rendering (a quiz's question
 * bank, a chart slide's data) compete with the slide the reader asked for.
 * Holding sets `preload: false` on every slide that does not set it itself;
 * releasing removes it again, and Slidev, which reads it reactively, loads
 * the neighbours then (and every slide a few seconds later, as before).
 */

/** What this needs of a slide: its number, its alias and its reactive frontmatter. */
export interface HeldSlide {
  no: number
  meta: { slide?: { frontmatter?: Record<string, unknown> } }
}

/** Sets `preload: false` on every slide without a `preload` of its own; returns the release. */
export function holdNeighbours(slides: readonly HeldSlide[]): () => void {
  const held = slides
    .map(slide => slide.meta.slide?.frontmatter)
    .filter((frontmatter): frontmatter is Record<string, unknown> => !!frontmatter && !('preload' in frontmatter))
  for (const frontmatter of held)
    frontmatter.preload = false
  let released = false
  return () => {
    if (released)
      return
    released = true
    for (const frontmatter of held)
      delete frontmatter.preload
  }
}

/** The slide an address names, by number or by `routeAlias`, as Slidev resolves it. */
export function slideOf<T extends HeldSlide>(slides: readonly T[], no: unknown): T | undefined {
  if (typeof no !== 'string')
    return undefined
  return slides.find(slide => String(slide.no) === no || slide.meta.slide?.frontmatter?.routeAlias === no)
}
