/**
 * One load generator of `npm run bench:insights-ingest`, run as a child process so that its work
 * never shares an event loop with the servers it measures or with the other generator.
 *
 *   page:   GET one URL with a fixed number of connections for a fixed time (autocannon).
 *   beacon: POST measurement batches at a fixed overall rate, cycling through the payloads and
 *           headers it is given (one per fake visitor), and sums the `accepted` counts answered.
 *
 * Input: the path of a JSON file (a LoadJob). Output: one line of JSON on stdout (LoadResult).
 */
import fs from 'node:fs'
import { createRequire } from 'node:module'

const require = createRequire(import.meta.url)

export type LoadJob =
  | { kind: 'page'; url: string; connections: number; seconds: number }
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
  if (job.kind === 'page') {
    const r = await autocannon({ url: job.url, connections: job.connections, duration: job.seconds })
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

const job = JSON.parse(fs.readFileSync(process.argv[2]!, 'utf8')) as LoadJob
const cpuBefore = process.cpuUsage()
const result = await run(job)
const cpu = process.cpuUsage(cpuBefore)
process.stdout.write(`${JSON.stringify({ ...result, cores: Math.round(((cpu.user + cpu.system) / 1e6 / Math.max(1, result.seconds)) * 100) / 100 })}\n`)
