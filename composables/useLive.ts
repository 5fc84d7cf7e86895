import type { Ref } from 'vue'
import type { LiveConfig, LiveTally, PresenterMessage, RefusalReason } from '../utils/live'
import { effectScope, ref, shallowRef } from 'vue'
import { isLiveHost, parseLiveConfig, parseServerMessage } from '../utils/live'

export interface UseLiveReturn {
  /** The deck was served by the class server (a static build never is). */
  enabled: boolean
  /** The connection to the class server is up. */
  connected: Ref<boolean>
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

let live: UseLiveReturn | undefined

function connect(state: UseLiveReturn): void {
  let retries = 0
  let socket: WebSocket | undefined
  const open = () => {
    const protocol = location.protocol === 'https:' ? 'wss' : 'ws'
    socket = new WebSocket(`${protocol}://${location.host}/live/ws?role=presenter`)
    socket.addEventListener('open', () => {
      retries = 0
      state.connected.value = true
    })
    socket.addEventListener('message', (event) => {
      const message = parseServerMessage(String(event.data))
      if (message?.t === 'tally') {
        state.current.value = message.current
        state.tallies.value = message.questions
      }
      else if (message?.t === 'refused') {
        state.refused.value = message.reason
      }
      else if (message?.t === 'save') {
        state.saveFailed.value = !message.ok
      }
    })
    socket.addEventListener('close', () => {
      state.connected.value = false
      retries++
      setTimeout(open, Math.min(5000, 300 * 2 ** Math.min(retries, 4)))
    })
  }
  state.send = (message) => {
    if (socket?.readyState === WebSocket.OPEN)
      socket.send(JSON.stringify(message))
  }
  open()
  fetch('/live/config.json', { cache: 'no-store' })
    .then(response => response.ok ? response.json() : undefined)
    .then((value: unknown) => (state.config.value = parseLiveConfig(value)))
    // Served from a stale cached page without the class server: simply no live mode.
    .catch(() => {})
}

/**
 * The deck's side of a live class: one connection per window, shared by every
 * question, opened only when the class server served the page. Elsewhere
 * (a static host, the PDF export, unit tests) it stays off and sends nothing.
 *
 * ```ts
 * const { enabled, tallies, send } = useLive()
 * send({ t: 'open', question: 'nts-reply' })
 * ```
 */
export function useLive(): UseLiveReturn {
  if (!live) {
    live = effectScope(true).run(() => ({
      enabled: isLiveHost(),
      connected: ref(false),
      config: shallowRef<LiveConfig | undefined>(),
      current: ref<string | null>(null),
      tallies: shallowRef<Readonly<Record<string, LiveTally>>>({}),
      refused: ref<RefusalReason | undefined>(),
      saveFailed: ref(false),
      send: () => {},
    }))!
    if (live.enabled)
      connect(live)
  }
  return live
}
