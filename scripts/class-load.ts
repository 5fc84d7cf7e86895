/**
 * `tsx scripts/class-load.ts [--students 300] [--spread 8000] [--dist dist-test]`:
 * a live class on loopback under load. Starts the class server over a built
 * deck, connects the given number of simulated phones, has each answer once
 * at a random moment within `--spread` ms (then all at once, a burst), while
 * a few clients keep loading the deck's pages; prints how long each vote took
 * to reach the presenter's histogram, whether any vote was lost or counted
 * twice, and how many pages were served meanwhile.
 */
import type { TallyMessage } from '../utils/live'
import { randomBytes } from 'node:crypto'
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import process from 'node:process'
import { startClassServer } from '../server/class-server'
import { createStore } from '../server/store'
import { connect, joinAsPhone, phoneAddress, signIn } from './class-sim'

interface LoadOptions { students: number, spread: number, dist: string }

function parseArgs(argv: readonly string[]): LoadOptions {
  const options: LoadOptions = { students: 300, spread: 8000, dist: 'dist-test' }
  for (let i = 0; i < argv.length; i += 2) {
    const value = argv[i + 1] ?? ''
    if (argv[i] === '--students')
      options.students = Number(value)
    else if (argv[i] === '--spread')
      options.spread = Number(value)
    else if (argv[i] === '--dist')
      options.dist = value
    else
      throw new Error(`Unknown option ${argv[i]}. Options: --students <n>, --spread <ms>, --dist <folder>`)
  }
  if (!Number.isInteger(options.students) || options.students < 1 || !(options.spread >= 0))
    throw new Error('--students must be a positive integer and --spread a number of ms')
  return options
}

function percentile(sorted: readonly number[], p: number): number {
  if (!sorted.length)
    return Number.NaN
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!
}

const ms = (value: number) => `${value.toFixed(0)} ms`

/** One round: open a question, every student votes once within `spread` ms, measure. */
async function round(port: number, cookie: string, question: string, options: LoadOptions, pagePaths: readonly string[]) {
  const tallies: { at: number, voters: number }[] = []
  const presenter = await connect(port, {
    cookie,
    onMessage: (message) => {
      if (message.t === 'tally')
        tallies.push({ at: performance.now(), voters: (message as TallyMessage).questions[question]?.voters ?? 0 })
    },
  })
  presenter.send({ t: 'reset', question })
  presenter.send({ t: 'open', question })
  await presenter.next((message): message is TallyMessage => message.t === 'tally' && (message as TallyMessage).questions[question]?.status === 'open')

  // Each phone on its own address, as on the room's Wi-Fi; the server issues each its device id.
  const students = await Promise.all(Array.from({ length: options.students }, (_, i) => joinAsPhone(port, { localAddress: phoneAddress(i) })))

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

  const sent: number[] = []
  const acked: number[] = []
  const started = performance.now()
  await Promise.all(students.map(async (client, i) => {
    await new Promise(resolve => setTimeout(resolve, Math.random() * options.spread))
    const ack = client.next(message => message.t === 'ack' || message.t === 'refused')
    sent[i] = performance.now()
    client.send({ t: 'vote', question, choice: [['a', 'b', 'c'][i % 3]!] })
    const reply = await ack
    if (reply.t === 'ack')
      acked.push(performance.now() - sent[i]!)
  }))
  const everyone = await presenter.next((message): message is TallyMessage => message.t === 'tally' && (message as TallyMessage).questions[question]?.voters === options.students, 10_000)
    .then(() => performance.now())
    .catch(() => Number.NaN)
  run.loading = false
  await Promise.all(loaders)

  // The server counts votes in the order they arrive: the k-th vote sent is in
  // the first histogram update that shows at least k voters.
  const order = sent.map((at, i) => ({ at, i })).sort((a, b) => a.at - b.at)
  const latencies = order.map(({ at }, k) => {
    const shown = tallies.find(tally => tally.at >= at && tally.voters >= k + 1)
    return shown ? shown.at - at : Number.NaN
  }).filter(Number.isFinite).sort((a, b) => a - b)
  const counted = tallies.at(-1)?.voters ?? 0

  for (const client of [...students, presenter])
    client.close()
  return {
    acked: acked.length,
    ackTimes: acked.sort((a, b) => a - b),
    counted,
    allCounted: everyone - started,
    lastSent: Math.max(...sent) - started,
    latencies,
    pageTimes: pageTimes.sort((a, b) => a - b),
    updates: tallies.length,
  }
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2))
  if (!existsSync(join(options.dist, 'index.html')) && !existsSync(join(options.dist, 'en', 'index.html')))
    throw new Error(`No built deck in ${options.dist}/: run \`npx slidev build --out ${options.dist}\` first.`)
  const stateDir = mkdtempSync(join(tmpdir(), 'class-load-'))
  const password = randomBytes(12).toString('base64url')
  const server = await startClassServer({ dist: options.dist, stateDir, password, port: 0, host: '127.0.0.1' })
  try {
    const cookie = await signIn(server.port, password)
    const assets = existsSync(join(options.dist, 'assets')) ? readdirSync(join(options.dist, 'assets')).filter(file => file.endsWith('.js')).slice(0, 6).map(file => `/assets/${file}`) : []
    const pagePaths = ['/1', '/join', ...assets]
    const cpu = process.cpuUsage()
    console.log(`${options.students} simulated students on loopback, ${process.platform}, Node ${process.version}\n`)
    for (const [name, spread, question] of [['spread', options.spread, 'nts-reply'], ['burst', 0, 'harmony-or-cooperation']] as const) {
      const pagesBefore = server.stats.pages
      const result = await round(server.port, cookie, question, { ...options, spread }, pagePaths)
      const lost = options.students - result.counted
      console.log(`${name === 'spread' ? `Votes spread over ${spread / 1000} s` : 'All votes at once'}:`)
      console.log(`  counted ${result.counted} of ${options.students} (acknowledged ${result.acked}); lost ${lost}, counted twice ${Math.max(0, result.counted - options.students)}`)
      console.log(`  all counted on the presenter ${ms(result.allCounted)} after voting opened (last vote sent at ${ms(result.lastSent)})`)
      console.log(`  vote → presenter histogram: median ${ms(percentile(result.latencies, 50))}, p95 ${ms(percentile(result.latencies, 95))}, max ${ms(percentile(result.latencies, 100))} (${result.updates} updates)`)
      console.log(`  vote → acknowledgement on the phone (after the vote is on the disk): median ${ms(percentile(result.ackTimes, 50))}, p95 ${ms(percentile(result.ackTimes, 95))}`)
      console.log(`  deck pages served meanwhile: ${server.stats.pages - pagesBefore}, median ${ms(percentile(result.pageTimes, 50))}, p95 ${ms(percentile(result.pageTimes, 95))}\n`)
      if (lost !== 0)
        process.exitCode = 1
    }
    const used = process.cpuUsage(cpu)
    console.log(`CPU (server and all clients in this one process): ${ms((used.user + used.system) / 1000)}; messages dropped: ${server.stats.dropped}`)
  }
  finally {
    const { unsaved } = await server.close()
    if (unsaved.length) {
      console.log(`Not saved at stop: ${unsaved.length} change(s)`)
      process.exitCode = 1
    }
    // What a restart would find on the disk.
    const saved = createStore(stateDir).load().snapshot
    const onDisk = ['nts-reply', 'harmony-or-cooperation'].map(id => Object.keys(saved.questions[id]?.votes ?? {}).length)
    console.log(`Saved on the disk after stop: ${onDisk.join(' and ')} votes of ${options.students} each`)
    if (onDisk.some(count => count !== options.students))
      process.exitCode = 1
    rmSync(stateDir, { recursive: true, force: true })
  }
}

main().catch((error: Error) => {
  console.error(error.message)
  process.exit(1)
})
