/**
 * Whether the class server served this page, asked without loading the live
 * class's protocol (utils/live.ts, which re-exports both): the cover asks on
 * every phone, and only a live class needs the rest.
 */

/** The name of the `<meta>` tag the class server adds to the deck's page; a static host has none. */
export const LIVE_META = 'jwg-live'

/** Whether this page was served by the class server (no request is made to find out). */
export function isLiveHost(doc: Pick<Document, 'querySelector'> | undefined = globalThis.document): boolean {
  return !!doc?.querySelector(`meta[name="${LIVE_META}"]`)
}
