/**
 * The student page's script: plain DOM, no framework, so a phone on the
 * classroom Wi-Fi loads a few kilobytes. It keeps one connection to the
 * lecturer's laptop, shows the current question, sends this device's answer
 * and follows the lecturer. The class server bundles it with the shared
 * protocol (bundle.ts).
 */
import type { ServerMessage, StudentView } from '../../utils/live-protocol'
import type { StudentLabelKey } from './labels'
import { isDeviceId, parseServerMessage } from '../../utils/live-protocol'

type Texts = Record<StudentLabelKey, string>

const DEVICE_KEY = 'jwg-health:live-device'
/** The server closed this socket because the same phone connected again (another tab): this one stays quiet. */
const CLOSE_REPLACED = 4001

const texts = JSON.parse(document.getElementById('live-labels')!.textContent!) as Texts
const statusLine = document.getElementById('status')!
const main = document.getElementById('question')!

/**
 * This phone's id, issued and signed by the laptop at the first hello and
 * kept so a reload or a new connection counts as the same voter.
 */
function storedDevice(): string | undefined {
  try {
    const id = localStorage.getItem(DEVICE_KEY)
    return isDeviceId(id) ? id : undefined
  }
  catch {
    return undefined
  }
}

let device = storedDevice()
let view: StudentView | undefined
let connected = false
let sending: string[] | undefined
let notice = ''
let socket: WebSocket | undefined
let retries = 0
/** The question and state the options were last drawn for, so a message that changes neither keeps the focus where it is. */
let drawn = ''

function setStatus(): void {
  let text: string
  if (!connected)
    text = retries ? texts.liveOffline : texts.liveConnecting
  else if (!view?.question)
    text = texts.liveWaiting
  else if (notice)
    text = notice
  else if (view.status === 'open')
    text = sending ? texts.liveSending : view.mine ? `${texts.liveSent} ${texts.liveOpen}` : texts.liveOpen
  else if (view.status === 'revealed')
    text = `${texts.liveRevealedStudent}${view.mine ? '' : ` ${texts.liveNoAnswer}`}`
  else
    text = `${texts.liveClosed}${view.mine ? '' : ` ${texts.liveNoAnswer}`}`
  if (statusLine.textContent !== text)
    statusLine.textContent = text
  document.body.dataset.state = connected ? (view?.question ? view.status : 'waiting') : 'offline'
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag)
  node.className = className
  if (text !== undefined)
    node.textContent = text
  return node
}

/** Draws the question, or nothing while the lecturer has none open. */
function draw(): void {
  const question = view?.question
  const key = question ? `${question.id}:${view!.status}:${(view!.correct ?? []).join()}` : ''
  if (key === drawn) {
    markChosen()
    return
  }
  const focused = (document.activeElement as HTMLInputElement | null)?.value
  drawn = key
  main.replaceChildren()
  if (!question || !view)
    return
  const form = element('form', 'live-form')
  form.addEventListener('submit', event => event.preventDefault())
  const fieldset = element('fieldset', 'live-fieldset')
  fieldset.append(element('legend', 'live-prompt', question.prompt))
  if (question.type === 'classify' || question.type === 'order') {
    // Not yet answerable here: say so rather than offer a choice the server would refuse.
    fieldset.append(element('p', 'live-hint', texts.liveAnswerOnSlide))
    form.append(fieldset)
    main.append(form)
    return
  }
  const hint = question.type === 'multiple' ? texts.quizChooseAll : question.type === 'true-false' ? texts.quizChooseTrueFalse : texts.quizChooseOne
  fieldset.append(element('p', 'live-hint', hint))
  const list = element('ul', 'live-options')
  const open = view.status === 'open'
  for (const option of question.options) {
    const item = element('li', 'live-option')
    item.dataset.option = option.id
    const label = element('label', 'live-option__label')
    const input = element('input', 'live-option__input')
    input.type = question.type === 'multiple' ? 'checkbox' : 'radio'
    input.name = 'answer'
    input.value = option.id
    input.disabled = !open
    input.addEventListener('change', send)
    label.append(input, element('span', 'live-letter', option.letter), element('span', 'live-option__text', option.text))
    const marks = element('span', 'live-option__marks')
    if (view.correct?.includes(option.id))
      marks.append(element('span', 'live-mark live-mark--right', `✓ ${texts.quizCorrectAnswer}`))
    label.append(marks)
    item.append(label)
    list.append(item)
  }
  fieldset.append(list)
  form.append(fieldset)
  main.append(form)
  markChosen()
  if (focused)
    main.querySelector<HTMLInputElement>(`input[value="${CSS.escape(focused)}"]`)?.focus()
}

/** Ticks this device's answer, and names it in words once voting is over. */
function markChosen(): void {
  const mine = new Set(sending ?? view?.mine ?? [])
  for (const input of main.querySelectorAll<HTMLInputElement>('input[name="answer"]')) {
    input.checked = mine.has(input.value)
    const item = input.closest<HTMLElement>('.live-option')!
    item.classList.toggle('is-mine', input.checked)
    const marks = item.querySelector('.live-option__marks')!
    let yours = marks.querySelector('.live-mark--mine')
    if (input.checked && !yours) {
      yours = element('span', 'live-mark live-mark--mine', texts.liveYourAnswer)
      marks.prepend(yours)
    }
    else if (!input.checked && yours) {
      yours.remove()
    }
  }
}

function send(): void {
  const question = view?.question
  if (!question || !socket || socket.readyState !== WebSocket.OPEN)
    return
  const choice = [...main.querySelectorAll<HTMLInputElement>('input[name="answer"]:checked')].map(input => input.value)
  sending = choice
  notice = ''
  socket.send(JSON.stringify({ t: 'vote', question: question.id, choice }))
  render()
}

function render(): void {
  draw()
  setStatus()
}

function receive(message: ServerMessage): void {
  if (message.t === 'device') {
    device = message.device
    try {
      localStorage.setItem(DEVICE_KEY, device)
    }
    catch {}
    return
  }
  if (message.t === 'view') {
    if (message.question?.id !== view?.question?.id)
      notice = ''
    view = message
    sending = undefined
  }
  else if (message.t === 'ack' && view?.question?.id === message.question) {
    view = { ...view, mine: message.choice.length ? message.choice : null }
    sending = undefined
  }
  else if (message.t === 'refused') {
    sending = undefined
    notice = message.reason === 'closed' || message.reason === 'not-current' ? texts.liveRefused : ''
  }
  render()
}

function connect(): void {
  const protocol = location.protocol === 'https:' ? 'wss' : 'ws'
  socket = new WebSocket(`${protocol}://${location.host}/live/ws?role=student`)
  socket.addEventListener('open', () => {
    connected = true
    retries = 0
    socket!.send(JSON.stringify(device ? { t: 'hello', device } : { t: 'hello' }))
    render()
  })
  socket.addEventListener('message', (event) => {
    const message = parseServerMessage(String(event.data))
    if (message)
      receive(message)
  })
  socket.addEventListener('close', (event) => {
    connected = false
    sending = undefined
    retries++
    render()
    if (event.code === CLOSE_REPLACED) {
      // Another tab of this browser took over: reconnect only when this one is looked at again, or the two would take turns.
      const again = () => {
        if (document.visibilityState !== 'visible')
          return
        document.removeEventListener('visibilitychange', again)
        connect()
      }
      document.addEventListener('visibilitychange', again)
      return
    }
    // Back off, with jitter, so a room of phones does not reconnect all at once after a restart.
    const delay = Math.min(8000, 400 * 2 ** Math.min(retries, 5)) * (0.5 + Math.random())
    setTimeout(connect, delay)
  })
}

render()
connect()
