// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { createDevices } from '../../server/devices'
import { isDeviceId } from '../../utils/live'

describe('createDevices', () => {
  it('issues ids in the form phones keep, and knows its own from made-up or altered ones', () => {
    const devices = createDevices('secret')
    const id = devices.issue('10.0.0.5')!
    expect(isDeviceId(id)).toBe(true)
    expect(devices.verify(id)).toBe(true)
    expect(devices.verify(`${id.slice(0, -1)}${id.endsWith('A') ? 'B' : 'A'}`)).toBe(false)
    expect(devices.verify('a'.repeat(46))).toBe(false)
    expect(devices.verify('0123456789abcdef')).toBe(false)
    // Another laptop's secret signs other ids.
    expect(createDevices('other secret').verify(id)).toBe(false)
  })

  it('gives one address 64 ids at once, then one a minute, and other addresses their own share', () => {
    let now = 0
    const devices = createDevices('secret', { now: () => now })
    const hotspot = Array.from({ length: 70 }, () => devices.issue('10.0.0.1'))
    expect(hotspot.filter(Boolean)).toHaveLength(64)
    expect(new Set(hotspot.filter(Boolean)).size).toBe(64)
    expect(devices.issue('10.0.0.2')).toBeDefined()
    now += 30_000
    expect(devices.issue('10.0.0.1')).toBeUndefined()
    now += 30_000
    expect(devices.issue('10.0.0.1')).toBeDefined()
    expect(devices.issue('10.0.0.1')).toBeUndefined()
    // Ids already given keep working whatever the limit.
    expect(hotspot.filter(Boolean).every(id => devices.verify(id!))).toBe(true)
  })
})
