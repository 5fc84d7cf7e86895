/** `getX(id)` for a list of records with ids: throws on an unknown id, so a typo in a slide fails loudly. */
export function finder<T extends { id: string }>(kind: string, list: readonly T[]): (id: string) => T {
  const byId = new Map(list.map(item => [item.id, item]))
  return (id) => {
    const item = byId.get(id)
    if (!item)
      throw new Error(`Unknown ${kind} id "${id}". Known: ${[...byId.keys()].join(', ')}`)
    return item
  }
}
