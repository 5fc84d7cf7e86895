/**
 * The two language editions live side by side in one site, under `/en/` and
 * `/id/`. Switching edition keeps the learner on the same slide: the slides
 * are the same in both, in the same order.
 */
import type { Lang } from '../data/schema'

/**
 * The address of the same place in the other edition, or `undefined` when the
 * address is not inside an edition (e.g. the dev server at `/`).
 * Works with history URLs (`/site/en/12`) and hash URLs (`/site/en/#/12`).
 */
export function otherEditionHref(href: string, from: Lang, to: Lang): string | undefined {
  const url = new URL(href)
  const marker = `/${from}/`
  const at = url.pathname.lastIndexOf(marker)
  if (at < 0 && !url.pathname.endsWith(`/${from}`))
    return undefined
  url.pathname = at < 0
    ? `${url.pathname.slice(0, -from.length)}${to}/`
    : `${url.pathname.slice(0, at)}/${to}/${url.pathname.slice(at + marker.length)}`
  return url.toString()
}
