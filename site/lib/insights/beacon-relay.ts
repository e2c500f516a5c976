/**
 * The beacon's way to the CMS. A beacon (components/insights/beacon.ts → POST /api/m) carries a
 * visitor's few events with their age in milliseconds; here the age becomes a time on the site
 * server's clock (a visitor's wrong clock must not refuse their events) and the batch waits a few
 * milliseconds for others: every RELAY_DELAY_MS (or sooner, when RELAY_MAX_VISITORS or
 * RELAY_MAX_BYTES are waiting) the waiting batches go to the CMS in one call
 * (POST /api/insights/events/visitors, with the site key), each with its visitor's address and the
 * few request headers the CMS needs to drop bots and prefetches and to honour Sec-GPC/DNT
 * (FORWARDED_VISITOR_HEADERS). The CMS checks each visitor's batch on its own and answers per
 * visitor, so each beacon gets the answer it would have got alone.
 *
 * Why not one call per beacon: a busy site sends thousands of beacons a second, and each call
 * into the CMS's Next server costs far more than the events in it (test/bench/insightsIngest.ts).
 * The address and user agent are not stored anywhere: the CMS only hashes them with the day's salt.
 */
import { apiPath, endpoints } from '../../../common/api'
import { FORWARDED_VISITOR_HEADERS, MAX_EVENT_AGE_MS, MAX_EVENTS_PER_BATCH, MAX_RELAY_BYTES, MAX_VISITORS_PER_RELAY, type RelayVisitor } from '../../../common/insights/events'
import { cmsCall, cmsPublicUrl, isCmsUnavailable } from '../cms'
import { securityHeaders } from '../security-headers'
import { outsideVisitor } from '../visitor'
import { BEACON_RELAY_GLOBAL_KEY, type BeaconAnswer, type BeaconRelayBridge } from './beacon-relay-bridge'

/** A page sends a handful of events at a time; 200 × ~200 bytes is the contract's limit. */
export const MAX_BEACON_BYTES = 48 * 1024
/** Long enough to gather a busy second's beacons into a few dozen calls, short next to the CMS's own group commit. */
const RELAY_DELAY_MS = 20
const RELAY_MAX_VISITORS = Math.min(250, MAX_VISITORS_PER_RELAY)
// A beacon is at most MAX_BEACON_BYTES, so a call sent at this size stays under the CMS's limit.
const RELAY_MAX_BYTES = MAX_RELAY_BYTES / 2
const RELAY_TIMEOUT_MS = 3000

const answer = (status: number, body: Record<string, unknown>): BeaconAnswer => ({ status, body })

interface Waiting {
  visitor: RelayVisitor
  resolve: (answer: BeaconAnswer) => void
}
let waiting: Waiting[] = []
let waitingBytes = 0
let timer: ReturnType<typeof setTimeout> | undefined

/** The beacon's events as the CMS takes them (`at` on our clock), or the refusal. */
function toBatch(text: string, now: number): { ok: true; batch: { events: unknown[] } } | { ok: false; answer: BeaconAnswer } {
  if (text.length > MAX_BEACON_BYTES) return { ok: false, answer: answer(413, { error: 'too-large' }) }
  let body: unknown
  try {
    body = JSON.parse(text)
  } catch {
    return { ok: false, answer: answer(400, { error: 'not-json' }) }
  }
  const list = (body as { events?: unknown })?.events
  if (!Array.isArray(list) || list.length === 0 || list.length > MAX_EVENTS_PER_BATCH) return { ok: false, answer: answer(400, { error: 'invalid-batch' }) }
  const events = list.map((e: unknown) => {
    if (!e || typeof e !== 'object') return e
    const { age, ...rest } = e as Record<string, unknown>
    // Ages past the CMS's limit stay past it, so the CMS refuses them as stale.
    const ms = typeof age === 'number' && Number.isFinite(age) && age >= 0 ? Math.min(age, MAX_EVENT_AGE_MS + 60_000) : 0
    return { ...rest, at: now - Math.round(ms) }
  })
  return { ok: true, batch: { events } }
}

/** What one visitor's result in the CMS's answer means for their beacon. */
function fromResult(result: unknown): BeaconAnswer {
  const r = (result ?? {}) as Record<string, unknown>
  const code = typeof r.code === 'string' ? r.code : 'refused'
  // How many the CMS counted (bots and prefetches: none); the beacon does not read it.
  if (r.status === 202) return answer(202, { accepted: Number(r.accepted ?? 0), ignored: Number(r.ignored ?? 0) })
  return answer(r.status === 429 ? 429 : 400, { error: code })
}

async function send(batch: Waiting[]): Promise<void> {
  let answers: BeaconAnswer[]
  try {
    // The call is the site's, for many visitors: not the one whose beacon happened to start the timer.
    const result = await outsideVisitor(() =>
      cmsCall(apiPath(endpoints.insightsEventBatches), { label: 'insights events', method: 'POST', json: { visitors: batch.map((w) => w.visitor) }, siteKey: true, timeoutMs: RELAY_TIMEOUT_MS }),
    )
    const results = result.body.results
    if (result.status >= 400 || !Array.isArray(results) || results.length !== batch.length) {
      const refused = answer(400, { error: typeof result.body.code === 'string' ? result.body.code : 'refused' })
      answers = batch.map(() => refused)
    } else {
      answers = results.map(fromResult)
    }
  } catch (error) {
    if (!isCmsUnavailable(error)) console.error(`[site] insights relay: ${error instanceof Error ? error.message : String(error)}`)
    answers = batch.map(() => answer(503, { error: 'unavailable' }))
  }
  batch.forEach((w, i) => w.resolve(answers[i]!))
}

function flush(): void {
  clearTimeout(timer)
  timer = undefined
  if (waiting.length === 0) return
  const batch = waiting
  waiting = []
  waitingBytes = 0
  void send(batch)
}

/** A beacon's body from `address`, whose request headers `header` reads: its answer, once the CMS has answered. */
export function relayBeacon(text: string, address: string | undefined, header: (name: string) => string | null, now = Date.now()): Promise<BeaconAnswer> {
  const checked = toBatch(text, now)
  if (!checked.ok) return Promise.resolve(checked.answer)
  const headers: Record<string, string> = {}
  for (const name of FORWARDED_VISITOR_HEADERS) {
    const value = header(name)
    if (value) headers[name] = value.slice(0, 512)
  }
  const visitor: RelayVisitor = { address: address ?? '', headers, batch: checked.batch }
  const done = new Promise<BeaconAnswer>((resolve) => waiting.push({ visitor, resolve }))
  waitingBytes += text.length + 600
  if (waiting.length >= RELAY_MAX_VISITORS || waitingBytes >= RELAY_MAX_BYTES) flush()
  else timer ??= setTimeout(flush, RELAY_DELAY_MS)
  return done
}

// The same for every beacon (they come from the environment): built once, not per beacon.
let answerHeaders: Readonly<Record<string, string>> | undefined
const bridge: BeaconRelayBridge = {
  maxBytes: MAX_BEACON_BYTES,
  relay: relayBeacon,
  responseHeaders: () => (answerHeaders ??= Object.freeze({ ...securityHeaders(cmsPublicUrl(), import.meta.env.DEV), 'Cache-Control': 'no-store' })),
}
// For scripts/site-server.ts, which answers beacons without Astro once this module is loaded.
;(globalThis as Record<symbol, unknown>)[BEACON_RELAY_GLOBAL_KEY] = bridge
