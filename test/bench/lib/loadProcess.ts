/**
 * One load generator of `npm run bench:insights-ingest`, run as a child process so that its work
 * never shares an event loop with the servers it measures or with the other generator.
 *
 *   page:   GET one URL with a fixed number of connections for a fixed time: wrk (Debian's
 *           package, C, one thread) when asked, else autocannon. A generator on the same two cores
 *           takes CPU from the site it measures; wrk takes about a third of what autocannon does
 *           for the same requests, so less of what the bench reports is its own load.
 *   beacon: POST measurement batches at a fixed overall rate, cycling through the payloads and
 *           headers it is given (one per fake visitor), and sums the `accepted` counts answered.
 *
 * Input: the path of a JSON file (a LoadJob). Output: one line of JSON on stdout (LoadResult).
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import { createRequire } from 'node:module'

const require = createRequire(import.meta.url)

export type LoadJob =
  | { kind: 'page'; url: string; connections: number; seconds: number; tool?: PageTool; headers?: Record<string, string> }
  | {
      kind: 'beacon'
      url: string
      connections: number
      seconds: number
      /** Requests per second over all connections. */
      rate: number
      /** Each request takes the next one, round robin: a body (JSON text), its headers and its event count. */
      requests: BeaconRequest[]
    }

export type PageTool = 'autocannon' | 'wrk'

/** One beacon request: its body (JSON text), its headers and how many events it carries. */
export interface BeaconRequest {
  body: string
  headers: Record<string, string>
  events: number
}

export interface LoadResult {
  requests: number
  requestsPerSecond: number
  p50Ms: number
  p99Ms: number
  maxMs: number
  errors: number
  non2xx: number
  statuses: Record<string, number>
  /** beacon: events in the requests sent and the sum of the `accepted` figures answered. */
  eventsSent?: number
  eventsAccepted?: number
  seconds: number
  /** This generator's own CPU use over its run, in cores (CPU s ÷ s): it competes with what it measures. */
  cores?: number
}

interface AutocannonRequest {
  method?: string
  path?: string
  headers?: Record<string, string>
  body?: string
  setupRequest?: (req: AutocannonRequest) => AutocannonRequest
  onResponse?: (status: number, body: string) => void
}
interface AutocannonResult {
  requests: { average: number; total: number }
  latency: { p50: number; p99: number; max: number }
  errors: number
  timeouts: number
  non2xx: number
  duration: number
  statusCodeStats?: Record<string, { count: number }>
}
type Autocannon = (opts: Record<string, unknown>) => Promise<AutocannonResult>
const autocannon = require('autocannon') as Autocannon

async function run(job: LoadJob): Promise<LoadResult> {
  if (job.kind === 'page' && job.tool === 'wrk') return wrk(job.url, job.connections, job.seconds, job.headers ?? {})
  if (job.kind === 'page') {
    const r = await autocannon({ url: job.url, connections: job.connections, duration: job.seconds, headers: job.headers ?? {} })
    return summary(r)
  }
  let next = 0
  let eventsSent = 0
  let eventsAccepted = 0
  const url = new URL(job.url)
  const r = await autocannon({
    url: url.origin,
    connections: job.connections,
    duration: job.seconds,
    overallRate: job.rate,
    requests: [
      {
        method: 'POST',
        path: url.pathname + url.search,
        setupRequest: (req: AutocannonRequest) => {
          const one = job.requests[next++ % job.requests.length]!
          eventsSent += one.events
          return { ...req, body: one.body, headers: one.headers } // autocannon sets Content-Length
        },
        onResponse: (status: number, body: string) => {
          if (status !== 200 && status !== 202) return
          try {
            // One beacon's answer, or the relay's: one result per visitor.
            const answer = JSON.parse(body) as { accepted?: number; results?: { accepted?: number }[] }
            eventsAccepted += answer.results ? answer.results.reduce((n, r) => n + Number(r.accepted ?? 0), 0) : Number(answer.accepted ?? 0)
          } catch {
            // not JSON: counted as not accepted
          }
        },
      },
    ],
  })
  return { ...summary(r), eventsSent, eventsAccepted }
}

function summary(r: AutocannonResult): LoadResult {
  const statuses: Record<string, number> = {}
  for (const [code, s] of Object.entries(r.statusCodeStats ?? {})) statuses[code] = s.count
  return {
    requests: r.requests.total,
    requestsPerSecond: Math.round(r.requests.total / Math.max(1, r.duration)),
    p50Ms: r.latency.p50,
    p99Ms: r.latency.p99,
    maxMs: r.latency.max,
    errors: r.errors + r.timeouts,
    non2xx: r.non2xx,
    statuses,
    seconds: r.duration,
  }
}

/** wrk's duration with its unit (`812.00us`, `1.20ms`, `2.01s`) in milliseconds. */
function wrkMs(text: string | undefined): number {
  const m = /^([\d.]+)(us|ms|s|m)$/.exec(text ?? '')
  if (!m) return NaN
  const factor = { us: 0.001, ms: 1, s: 1000, m: 60_000 }[m[2] as 'us' | 'ms' | 's' | 'm']
  return Math.round(Number(m[1]) * factor * 100) / 100
}

/** One wrk run (one thread: its CPU stays small beside the site's) and what it printed, read back. */
async function wrk(url: string, connections: number, seconds: number, headers: Record<string, string>): Promise<LoadResult> {
  const args = ['-t1', `-c${connections}`, `-d${seconds}s`, '--latency', '--timeout', '10s', ...Object.entries(headers).flatMap(([name, value]) => ['-H', `${name}: ${value}`]), url]
  const output = await new Promise<string>((resolve, reject) => {
    const child = spawn(process.env.WRK_PATH ?? 'wrk', args, { stdio: ['ignore', 'pipe', 'pipe'] })
    let out = ''
    child.stdout.on('data', (d: Buffer) => (out += d))
    child.stderr.on('data', (d: Buffer) => (out += d))
    child.on('error', reject)
    child.on('exit', (code) => (code === 0 ? resolve(out) : reject(new Error(`wrk exited ${code}: ${out.slice(-1000)}`))))
  })
  const total = /(\d+) requests in ([\d.]+)(s|m)/.exec(output)
  if (!total) throw new Error(`wrk printed no request count: ${output.slice(-1000)}`)
  const requests = Number(total[1])
  const duration = Number(total[2]) * (total[3] === 'm' ? 60 : 1)
  const latency = /Latency\s+(\S+)\s+(\S+)\s+(\S+)/.exec(output)
  const percentile = (p: number) => wrkMs(new RegExp(`^\\s*${p}%\\s+(\\S+)`, 'm').exec(output)?.[1])
  const socket = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(output)
  const errors = socket ? socket.slice(1).reduce((n, v) => n + Number(v), 0) : 0
  const non2xx = Number(/Non-2xx or 3xx responses: (\d+)/.exec(output)?.[1] ?? 0)
  return {
    requests,
    requestsPerSecond: Math.round(requests / Math.max(1, duration)),
    p50Ms: percentile(50),
    p99Ms: percentile(99),
    maxMs: wrkMs(latency?.[3]),
    errors,
    non2xx,
    // wrk counts statuses only as "not 2xx/3xx".
    statuses: { '2xx/3xx': requests - non2xx, ...(non2xx ? { other: non2xx } : {}) },
    seconds: duration,
  }
}

/** This process's CPU seconds and those of the children it has waited for (wrk), from /proc. */
function cpuSecondsWithChildren(): number {
  const own = process.cpuUsage()
  const fields = fs.readFileSync('/proc/self/stat', 'utf8').split(') ')[1]!.split(' ')
  // After the ") ": state is field 3, so cutime (16) and cstime (17) are at 13 and 14; in clock ticks (100 Hz on Linux).
  const children = (Number(fields[13]) + Number(fields[14])) / 100
  return (own.user + own.system) / 1e6 + children
}

const job = JSON.parse(fs.readFileSync(process.argv[2]!, 'utf8')) as LoadJob
const cpuBefore = cpuSecondsWithChildren()
const result = await run(job)
const cpu = cpuSecondsWithChildren() - cpuBefore
process.stdout.write(`${JSON.stringify({ ...result, cores: Math.round((cpu / Math.max(1, result.seconds)) * 100) / 100 })}\n`)
