import type { Ref } from 'vue'
import type { StudentView, Vote, VoteMessage } from '../utils/live-protocol'
import { useDocumentVisibility, useWebSocket } from '@vueuse/core'
import { computed, ref, shallowRef, watch } from 'vue'
import { CLOSE_REPLACED, isDeviceId, liveSocketUrl, parseServerMessage } from '../utils/live-protocol'

const DEVICE_KEY = 'jwg-health:live-device'

/** Where the phone's connection stands, for the status line. */
export type StudentConnection = 'connecting' | 'open' | 'offline'

export interface UseLiveStudentOptions {
  /** The class server's socket; default: this page's host, `/live/ws?role=student`. */
  url?: string
  /** Where this phone keeps the id the laptop gave it; default: `localStorage`. */
  storage?: Pick<Storage, 'getItem' | 'setItem'>
}

export interface UseLiveStudentReturn {
  /** What the laptop last showed this phone: the current question, its state, this device's vote. */
  view: Ref<StudentView | undefined>
  connection: Ref<StudentConnection>
  /** The vote on its way to the laptop, until it is acknowledged or refused. */
  sending: Ref<Readonly<Vote> | undefined>
  /** The laptop refused the last vote because answering had closed. */
  refused: Ref<boolean>
  /** Sends this device's vote on the current question; an empty one withdraws it. Dropped while offline. */
  vote: (vote: Readonly<Vote>) => void
}

function storedDevice(storage: UseLiveStudentOptions['storage']): string | undefined {
  try {
    const id = storage?.getItem(DEVICE_KEY)
    return isDeviceId(id) ? id : undefined
  }
  catch {
    return undefined
  }
}

/**
 * A phone's connection to the lecturer's laptop: one socket, a hello with the
 * device id the laptop signed earlier (so a reload counts as the same voter),
 * the current question as the laptop shows it, and this device's answer.
 * Reconnects with backoff and jitter, so a room of phones does not return all
 * at once after a restart; a tab another tab replaced waits until it is looked
 * at again, or the two would take turns.
 *
 * ```ts
 * const { view, connection, vote } = useLiveStudent()
 * vote(['b'])
 * ```
 */
export function useLiveStudent(options: UseLiveStudentOptions = {}): UseLiveStudentReturn {
  const storage = options.storage ?? globalThis.localStorage
  const url = options.url ?? liveSocketUrl('student')
  let device = storedDevice(storage)
  const view = shallowRef<StudentView>()
  const sending = shallowRef<Readonly<Vote>>()
  const refused = ref(false)
  const lost = ref(false)
  const replaced = ref(false)

  const socket = useWebSocket(url, {
    autoReconnect: {
      retries: () => !replaced.value,
      delay: retries => Math.min(8000, 400 * 2 ** Math.min(retries, 5)) * (0.5 + Math.random()),
    },
    onConnected(ws) {
      lost.value = false
      replaced.value = false
      ws.send(JSON.stringify(device ? { t: 'hello', device } : { t: 'hello' }))
    },
    onDisconnected(_, event) {
      lost.value = true
      sending.value = undefined
      replaced.value = event.code === CLOSE_REPLACED
    },
    onMessage(_, event) {
      const message = parseServerMessage(String(event.data))
      if (message?.t === 'device') {
        device = message.device
        try {
          storage?.setItem(DEVICE_KEY, device)
        }
        catch {}
      }
      else if (message?.t === 'view') {
        if (message.question?.id !== view.value?.question?.id)
          refused.value = false
        view.value = message
        sending.value = undefined
      }
      else if (message?.t === 'ack' && view.value?.question?.id === message.question) {
        view.value = { ...view.value, vote: message.vote.length ? message.vote : null }
        sending.value = undefined
      }
      else if (message?.t === 'refused') {
        sending.value = undefined
        refused.value = message.reason === 'closed' || message.reason === 'not-current'
      }
    },
  })

  const visibility = useDocumentVisibility()
  watch(visibility, (now) => {
    if (now === 'visible' && replaced.value) {
      replaced.value = false
      socket.open()
    }
  })

  const connection = computed<StudentConnection>(() => socket.status.value === 'OPEN' ? 'open' : lost.value ? 'offline' : 'connecting')

  function vote(next: Readonly<Vote>): void {
    const question = view.value?.question
    if (!question || socket.status.value !== 'OPEN')
      return
    sending.value = [...next]
    refused.value = false
    const message: VoteMessage = { t: 'vote', question: question.id, vote: [...next] }
    socket.send(JSON.stringify(message), false)
  }

  return { view, connection, sending, refused, vote }
}
