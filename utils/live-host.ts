/**
 * Whether the class server served this page, asked without loading the live
 * class's protocol (utils/live.ts): the cover asks on every phone, and only a
 * live class needs the rest. utils/live.ts has the same name for the tag; a
 * test holds the two together.
 */

/** The name of the `<meta>` tag the class server adds to the deck's page; a static host has none. */
export const LIVE_HOST_META = 'jwg-live'

/** Whether this page was served by the class server (no request is made to find out). */
export function servedByClassServer(doc: Pick<Document, 'querySelector'> | undefined = globalThis.document): boolean {
  return !!doc?.querySelector(`meta[name="${LIVE_HOST_META}"]`)
}
