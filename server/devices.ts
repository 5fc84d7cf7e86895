/**
 * Device ids, issued and signed by the server. A phone keeps the id it was
 * given and says it at every hello; an id the server did not sign is not
 * counted, so a client cannot vote as many phones by making ids up.
 *
 * New ids are limited per network address: a burst big enough for a whole
 * class behind one hotspot's address (64), then one a minute. A phone that
 * already has an id never needs a new one, so the limit never locks out a
 * student who joined before; only a client that keeps asking for fresh ids
 * runs out.
 */
import { Buffer } from 'node:buffer'
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto'

export interface DeviceOptions {
  /** New ids one address may get at once. Default 64. */
  burst?: number
  /** Then one more every this many ms. Default 60 000. */
  refill?: number
  /** The clock, for tests. */
  now?: () => number
}

export interface Devices {
  /** A new id for a phone at `address`, or undefined when that address has had its share. */
  issue: (address: string) => string | undefined
  /** Whether this server issued `id`. */
  verify: (id: string) => boolean
}

const NONCE_CHARS = 24
const MAC_BYTES = 16

export function createDevices(secret: string, options: DeviceOptions = {}): Devices {
  const burst = options.burst ?? 64
  const refill = options.refill ?? 60_000
  const now = options.now ?? Date.now
  const key = createHmac('sha256', secret).update('device-ids').digest()
  const buckets = new Map<string, { tokens: number, at: number }>()

  const mac = (nonce: string) => createHmac('sha256', key).update(nonce).digest().subarray(0, MAC_BYTES)

  return {
    issue(address) {
      const time = now()
      const bucket = buckets.get(address) ?? { tokens: burst, at: time }
      bucket.tokens = Math.min(burst, bucket.tokens + (time - bucket.at) / refill)
      bucket.at = time
      buckets.set(address, bucket)
      if (bucket.tokens < 1)
        return undefined
      bucket.tokens--
      const nonce = randomBytes(NONCE_CHARS / 2).toString('hex')
      return `${nonce}${mac(nonce).toString('base64url')}`
    },
    verify(id) {
      if (typeof id !== 'string' || id.length !== NONCE_CHARS + 22)
        return false
      const nonce = id.slice(0, NONCE_CHARS)
      // Compared as text: base64url's last character carries spare bits, so
      // decoding first would let a second spelling of the same id through.
      const given = Buffer.from(id.slice(NONCE_CHARS))
      const expected = Buffer.from(mac(nonce).toString('base64url'))
      return given.length === expected.length && timingSafeEqual(given, expected)
    },
  }
}
