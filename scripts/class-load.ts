/**
 * `tsx scripts/class-load.ts [--students 300] [--spread 8000] [--dist dist-test]`:
 * a live class on loopback under load. Starts the class server over a built
 * deck and runs a round per question type (choice, classify, order), each
 * twice: the simulated phones answer once at a random moment within
 * `--spread` ms, then all at once (a burst), while a few clients keep loading
 * the deck's pages. For each round it prints how long each answer took to
 * reach the presenter's results, and whether any answer was lost or counted
 * twice: the presenter's last tally must hold exactly what the phones sent,
 * cell by cell, and after the stop the disk must hold each phone's answer as
 * it was sent.
 */
import type { LiveQuestion, TallyMessage } from '../utils/live'
import { randomBytes } from 'node:crypto'
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import process from 'node:process'
import { fileURLToPath } from 'node:url'
import { startClassServer } from '../server/class-server'
import { createStore } from '../server/store'
import { isTally, placementKey } from '../utils/live'
import { answerKeys } from '../utils/live-tally'
import { readOptions, wholeNumber } from './args'
import { builtEdition } from './class'
import { connect, joinAsPhone, openAfresh, phoneAddress, signIn } from './class-sim'

export interface LoadOptions {
  /** Simulated phones, each on a loopback address of its own. */
  students: number
  /** The window a spread round's answers arrive in, in ms. */
  spread: number
  /** The built deck the server serves meanwhile. */
  dist: string
}

const usage = 'Options: --students <number>, --spread <ms>, --dist <folder>'

export function parseLoadArgs(argv: readonly string[]): LoadOptions {
  const values = readOptions(argv, {
    students: { type: 'string' },
    spread: { type: 'string' },
    dist: { type: 'string', default: 'dist-test' },
  }, usage)
  return { students: wholeNumber(values.students, 'students', 300, 1), spread: wholeNumber(values.spread, 'spread', 8000), dist: values.dist }
}

/**
 * The n-th phone's answer to a question as phones receive it, varied so that
 * every option, category and position gets answers: option n (choice), the
 * statements placed in the categories by turns (classify), the items turned
 * round by n places (order).
 */
export function simulatedAnswer(question: LiveQuestion, n: number): string[] {
  const ids = question.options.map(option => option.id)
  if (question.type === 'classify') {
    const categories = question.categories ?? []
    return ids.map((id, i) => placementKey(id, categories[(n + i) % categories.length]!.id))
  }
  if (question.type === 'order')
    return ids.map((_, i) => ids[(n + i) % ids.length]!)
  return [ids[n % ids.length]!]
}

/** What the tally of these answers must hold, by key: the same keys the server counts under (see `answerKeys`). */
export function expectedCounts(question: LiveQuestion, answers: readonly (readonly string[])[]): Map<string, number> {
  const counts = new Map<string, number>()
  for (const key of answers.flatMap(answer => answerKeys(question, answer)))
    counts.set(key, (counts.get(key) ?? 0) + 1)
  return counts
}

/** The tally cells whose count differs from what was sent: fewer is an answer lost, more one counted twice. */
export function countDifferences(expected: ReadonlyMap<string, number>, counted: Readonly<Record<string, number>>): { lost: number, twice: number } {
  let lost = 0
  let twice = 0
  for (const key of new Set([...expected.keys(), ...Object.keys(counted)])) {
    const difference = (counted[key] ?? 0) - (expected.get(key) ?? 0)
    if (difference < 0)
      lost -= difference
    else
      twice += difference
  }
  return { lost, twice }
}

function percentile(sorted: readonly number[], p: number): number {
  if (!sorted.length)
    return Number.NaN
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!
}

const ms = (value: number) => `${value.toFixed(0)} ms`

interface Round {
  name: string
  question: string
  spread: number
}

interface RoundResult {
  /** Each phone's answer, by its device id, as sent. */
  sent: Map<string, string[]>
  acked: number
  /** Acknowledgements whose answer differs from the one sent. */
  ackedOtherwise: number
  ackTimes: number[]
  voters: number
  /** Parts of answers (an option, a placement, an item at a position) missing from, or extra in, the presenter's last tally. */
  lost: number
  twice: number
  allCounted: number
  lastSent: number
  latencies: number[]
  pageTimes: number[]
  updates: number
}

/** One round: open a question, every student answers once within `spread` ms, measure. */
async function round(port: number, cookie: string, { question, spread }: Round, students: number, pagePaths: readonly string[]): Promise<RoundResult> {
  const tallies: { at: number, voters: number, counts: Readonly<Record<string, number>> }[] = []
  const presenter = await connect(port, {
    cookie,
    onMessage: (message) => {
      const tally = isTally(message) ? message.questions[question] : undefined
      if (tally)
        tallies.push({ at: performance.now(), voters: tally.voters, counts: tally.counts })
    },
  })
  await openAfresh(presenter, question)

  // Each phone on its own address, as on the room's Wi-Fi; the server issues each its device id.
  const phones = await Promise.all(Array.from({ length: students }, (_, i) => joinAsPhone(port, { localAddress: phoneAddress(i) })))
  const live = phones[0]!.view.question
  if (live?.id !== question)
    throw new Error(`The phones were shown ${live?.id ?? 'no question'} instead of ${question}`)

  // Meanwhile the deck keeps being served: four clients load pages in a loop.
  const run = { loading: true }
  const pageTimes: number[] = []
  const loaders = Array.from({ length: 4 }, async (_, n) => {
    for (let i = n; run.loading; i++) {
      const started = performance.now()
      const response = await fetch(`http://127.0.0.1:${port}${pagePaths[i % pagePaths.length]}`, { headers: { cookie, accept: 'text/html' } })
      await response.arrayBuffer()
      if (response.ok)
        pageTimes.push(performance.now() - started)
    }
  })

  const sentAt: number[] = []
  const sent = new Map<string, string[]>()
  const ackTimes: number[] = []
  let ackedOtherwise = 0
  const started = performance.now()
  await Promise.all(phones.map(async (phone, i) => {
    await new Promise(resolve => setTimeout(resolve, Math.random() * spread))
    const answer = simulatedAnswer(live, i)
    const reply = phone.next(message => message.t === 'ack' || message.t === 'refused')
    sentAt[i] = performance.now()
    sent.set(phone.device, answer)
    phone.send({ t: 'vote', question, vote: answer })
    const message = await reply
    if (message.t === 'ack') {
      ackTimes.push(performance.now() - sentAt[i]!)
      if (message.vote.join() !== answer.join())
        ackedOtherwise++
    }
  }))
  const everyone = await presenter.next((message): message is TallyMessage => isTally(message) && message.questions[question]?.voters === students, 10_000)
    .then(() => performance.now())
    .catch(() => Number.NaN)
  run.loading = false
  await Promise.all(loaders)

  // The server counts answers in the order they arrive: the k-th answer sent
  // is in the first results update that shows at least k voters.
  const order = [...sentAt].sort((a, b) => a - b)
  const latencies = order.map((at, k) => {
    const shown = tallies.find(tally => tally.at >= at && tally.voters >= k + 1)
    return shown ? shown.at - at : Number.NaN
  }).filter(Number.isFinite).sort((a, b) => a - b)
  const last = tallies.at(-1)
  const { lost, twice } = countDifferences(expectedCounts(live, [...sent.values()]), last?.counts ?? {})

  for (const client of [...phones, presenter])
    client.close()
  return {
    sent,
    acked: ackTimes.length,
    ackedOtherwise,
    ackTimes: ackTimes.sort((a, b) => a - b),
    voters: last?.voters ?? 0,
    lost,
    twice,
    allCounted: everyone - started,
    lastSent: Math.max(...sentAt) - started,
    latencies,
    pageTimes: pageTimes.sort((a, b) => a - b),
    updates: tallies.length,
  }
}

/** The rounds: each question type, answers spread out and then all at once. */
function rounds(spread: number): Round[] {
  return [
    { name: 'Choice, answers spread', question: 'nts-reply', spread },
    { name: 'Choice, all at once', question: 'harmony-or-cooperation', spread: 0 },
    { name: 'Classify, answers spread', question: 'classify-new-factors', spread },
    { name: 'Classify, all at once', question: 'classify-keohane-situations', spread: 0 },
    { name: 'Order, answers spread', question: 'order-pandemic-events', spread },
    { name: 'Order, all at once', question: 'order-cooperation-milestones', spread: 0 },
  ]
}

async function main(): Promise<void> {
  const options = parseLoadArgs(process.argv.slice(2))
  if (!builtEdition(options.dist, 'en'))
    throw new Error(`No built deck in ${options.dist}/: run \`npx slidev build --out ${options.dist}\` first.`)
  const stateDir = mkdtempSync(join(tmpdir(), 'class-load-'))
  const password = randomBytes(12).toString('base64url')
  const server = await startClassServer({ dist: options.dist, stateDir, password, port: 0, host: '127.0.0.1' })
  const plan = rounds(options.spread)
  const results: RoundResult[] = []
  const fail = (why: string) => {
    console.log(`  FAILED: ${why}`)
    process.exitCode = 1
  }
  try {
    const cookie = await signIn(server.port, password)
    const assets = existsSync(join(options.dist, 'assets')) ? readdirSync(join(options.dist, 'assets')).filter(file => file.endsWith('.js')).slice(0, 6).map(file => `/assets/${file}`) : []
    const pagePaths = ['/1', '/join', ...assets]
    const cpu = process.cpuUsage()
    console.log(`${options.students} simulated students on loopback, ${process.platform}, Node ${process.version}\n`)
    for (const item of plan) {
      const pagesBefore = server.stats.pages
      const result = await round(server.port, cookie, item, options.students, pagePaths)
      results.push(result)
      console.log(`${item.name} (${item.question}${item.spread ? `, over ${item.spread / 1000} s` : ''}):`)
      console.log(`  answered ${result.voters} of ${options.students} (acknowledged ${result.acked}); parts of answers lost ${result.lost}, counted twice ${result.twice}`)
      console.log(`  all counted on the presenter ${ms(result.allCounted)} after answering opened (last answer sent at ${ms(result.lastSent)})`)
      console.log(`  answer → presenter's results: median ${ms(percentile(result.latencies, 50))}, p95 ${ms(percentile(result.latencies, 95))}, max ${ms(percentile(result.latencies, 100))} (${result.updates} updates)`)
      console.log(`  answer → acknowledgement on the phone (after the answer is on the disk): median ${ms(percentile(result.ackTimes, 50))}, p95 ${ms(percentile(result.ackTimes, 95))}`)
      console.log(`  deck pages served meanwhile: ${server.stats.pages - pagesBefore}, median ${ms(percentile(result.pageTimes, 50))}, p95 ${ms(percentile(result.pageTimes, 95))}`)
      if (result.voters !== options.students || result.acked !== options.students)
        fail(`${options.students} phones answered, the presenter counted ${result.voters} and ${result.acked} were acknowledged`)
      if (result.lost || result.twice)
        fail('the presenter\'s results differ from what the phones sent')
      if (result.ackedOtherwise)
        fail(`${result.ackedOtherwise} acknowledgement(s) named another answer than the one sent`)
      console.log('')
    }
    const used = process.cpuUsage(cpu)
    console.log(`CPU (server and all clients in this one process): ${ms((used.user + used.system) / 1000)}; messages dropped: ${server.stats.dropped}`)
  }
  finally {
    const { unsaved } = await server.close()
    if (unsaved.length)
      fail(`not saved at stop: ${unsaved.length} change(s)`)
    // What a restart would find on the disk: each phone's answer, as it sent it.
    const saved = createStore(stateDir).load().snapshot
    const onDisk = results.map((result, i) => {
      const votes = saved.questions[plan[i]!.question]?.votes ?? {}
      const asSent = [...result.sent].filter(([device, answer]) => votes[device]?.join() === answer.join()).length
      return { kept: Object.keys(votes).length, asSent }
    })
    console.log(`Saved on the disk after stop, per round: ${onDisk.map(({ kept }) => kept).join(', ')} answers of ${options.students} (as sent: ${onDisk.map(({ asSent }) => asSent).join(', ')})`)
    if (onDisk.length !== plan.length || onDisk.some(({ kept, asSent }) => kept !== options.students || asSent !== options.students))
      fail('the disk does not hold every answer as it was sent')
    rmSync(stateDir, { recursive: true, force: true })
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  main().catch((error: Error) => {
    console.error(error.message)
    process.exit(1)
  })
}
