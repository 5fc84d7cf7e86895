/**
 * A shuffle that depends only on a seed, so the server render, the audience
 * window, the presenter view and the PDF all show a question's items in the
 * same order, and the letters in the presenter notes stay right.
 */

/** FNV-1a: a small, well-spread 32-bit hash of a string. */
export function hashString(text: string): number {
  let hash = 0x811C9DC5
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193)
  }
  return hash >>> 0
}

/** Mulberry32: a tiny deterministic generator of numbers in [0, 1). */
function generator(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6D2B79F5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** Fisher–Yates with a generator seeded by `seed`: the same seed, the same order. */
export function seededShuffle<T>(items: readonly T[], seed: string): T[] {
  const result = [...items]
  const random = generator(hashString(seed))
  for (let i = result.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1))
    ;[result[i], result[j]] = [result[j]!, result[i]!]
  }
  return result
}

/** How much of the original order survives: items in place, plus items still followed by their original successor. */
function leftover<T>(shuffled: readonly T[], items: readonly T[]): number {
  let count = 0
  shuffled.forEach((item, i) => {
    if (item === items[i])
      count++
    const next = shuffled[i + 1]
    if (next !== undefined && items.indexOf(next) === items.indexOf(item) + 1)
      count++
  })
  return count
}

/**
 * A seeded shuffle that keeps little of the original order: for two or more
 * items never the original order itself, and as few items in place or still
 * next to their original neighbour as a handful of seeded tries can find. A
 * question whose answer is nearly its starting position would be no question.
 */
export function scrambled<T>(items: readonly T[], seed: string): T[] {
  if (items.length < 2)
    return [...items]
  let best: T[] | undefined
  let bestLeft = Infinity
  for (let attempt = 0; attempt < 24; attempt++) {
    const candidate = seededShuffle(items, attempt ? `${seed}#${attempt}` : seed)
    const left = candidate.every((item, i) => item === items[i]) ? Infinity : leftover(candidate, items)
    if (left < bestLeft) {
      best = candidate
      bestLeft = left
    }
    if (left <= Math.floor(items.length / 3))
      break
  }
  return best ?? [...items].reverse()
}
