import type { Ref } from 'vue'
import type { LiveConfig, LiveTally, PresenterMessage, RefusalReason } from '../utils/live'
import { createSharedComposable, useWebSocket } from '@vueuse/core'
import { computed, ref, shallowRef } from 'vue'
import { isLiveHost, liveSocketUrl, parseLiveConfig, parseServerMessage } from '../utils/live'

export interface UseLiveReturn {
  /** The deck was served by the class server (a static build never is). */
  enabled: boolean
  /** The connection to the class server is up. */
  connected: Readonly<Ref<boolean>>
  /** Where students join, once known. */
  config: Ref<LiveConfig | undefined>
  /** The question the phones show. */
  current: Ref<string | null>
  /** The tally of every question used in this class. */
  tallies: Ref<Readonly<Record<string, LiveTally>>>
  /** Why the server last refused a command, if it did. */
  refused: Ref<RefusalReason | undefined>
  /** The laptop cannot save the class right now (it keeps retrying); votes wait unconfirmed. */
  saveFailed: Ref<boolean>
  /** Sends a presenter command; dropped while disconnected (the state is re-read on reconnect). */
  send: (message: PresenterMessage) => void
}

/**
 * The deck's side of a live class: one connection per window, shared by every
 * question, opened only when the class server served the page. Elsewhere
 * (a static host, the PDF export, unit tests) it stays off and sends nothing.
 * Reconnects with backoff; the server sends the whole state again on connect.
 *
 * ```ts
 * const { enabled, tallies, send } = useLive()
 * send({ t: 'open', question: 'nts-reply' })
 * ```
 */
export const useLive = createSharedComposable((): UseLiveReturn => {
  const live: UseLiveReturn = {
    enabled: isLiveHost(),
    connected: ref(false),
    config: shallowRef<LiveConfig | undefined>(),
    current: ref<string | null>(null),
    tallies: shallowRef<Readonly<Record<string, LiveTally>>>({}),
    refused: ref<RefusalReason | undefined>(),
    saveFailed: ref(false),
    send: () => {},
  }
  if (!live.enabled)
    return live

  const socket = useWebSocket(liveSocketUrl('presenter'), {
    autoReconnect: { retries: () => true, delay: retries => Math.min(5000, 300 * 2 ** Math.min(retries, 4)) },
    onMessage(_, event) {
      const message = parseServerMessage(String(event.data))
      if (message?.t === 'tally') {
        live.current.value = message.current
        live.tallies.value = message.questions
      }
      else if (message?.t === 'refused') {
        live.refused.value = message.reason
      }
      else if (message?.t === 'save') {
        live.saveFailed.value = !message.ok
      }
    },
  })
  live.connected = computed(() => socket.status.value === 'OPEN')
  live.send = (message) => {
    if (socket.status.value === 'OPEN')
      socket.send(JSON.stringify(message), false)
  }
  fetch('/live/config.json', { cache: 'no-store' })
    .then(response => response.ok ? response.json() : undefined)
    .then((value: unknown) => (live.config.value = parseLiveConfig(value)))
    // Served from a stale cached page without the class server: simply no live mode.
    .catch(() => {})
  return live
})
