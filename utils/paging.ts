/**
 * Splits a list into `pages` nearly equal parts and returns part `page`
 * (from 1), so a long list spreads over slides without losing an item.
 */
export function pageOf<T>(items: readonly T[], page: number, pages: number): readonly T[] {
  if (!Number.isInteger(pages) || pages < 1 || !Number.isInteger(page) || page < 1 || page > pages)
    throw new RangeError(`page ${page} of ${pages} is not a valid page`)
  const size = Math.ceil(items.length / pages)
  return items.slice((page - 1) * size, page * size)
}
