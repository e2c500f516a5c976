/**
 * The beacon relay: the site server gathers many visitors' beacons into one call to the CMS
 * (POST /api/insights/events/visitors), and the CMS checks every visitor's batch on its own —
 * the same 400s, bot and prefetch filter, opt-out and rate limit as one beacon alone. Real SQLite
 * file, the real endpoint handler behind a real HTTP server, and the site's real relay
 * (site/lib/insights/beacon-relay.ts) calling it over HTTP.
 */
import http from 'node:http'
import type { AddressInfo } from 'node:net'

import type { Endpoint, Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createTestPayload, type TestPayload } from '../helpers/testPayload'
import { endpointRequest } from '../helpers/endpointRequest'

let t: TestPayload
let payload: Payload
let endpoints: Endpoint[]
let server: http.Server
let relayCalls = 0

const KEY = 'r'.repeat(40)
const BROWSER = 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.1 Mobile/15E148 Safari/604.1'
const ANDROID = 'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Mobile Safari/537.36'
const GOOGLEBOT = 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)'

type Client = { execute(s: string | { sql: string; args: unknown[] }): Promise<{ rows: Record<string, unknown>[] }> }
const db = () => (payload.db as unknown as { client: Client }).client
const count = async (table: string) => Number((await db().execute(`SELECT COUNT(*) AS n FROM ${table}`)).rows[0]!.n)

beforeAll(async () => {
  t = await createTestPayload()
  payload = t.payload
  const { createInsightsEndpoints } = await import('../../cms/insights/endpoints')
  const { createRateLimiter } = await import('../../cms/lib/rateLimit')
  // Three beacons per visitor address a minute, so one test can run into the limit.
  endpoints = createInsightsEndpoints({ siteKey: () => KEY, limiter: createRateLimiter({ limit: 3, windowMs: 60_000 }) })
  // The endpoints behind a real HTTP server, as Payload mounts them under /api.
  server = http.createServer(async (req, res) => {
    const chunks: Buffer[] = []
    for await (const chunk of req) chunks.push(chunk as Buffer)
    const url = new URL(req.url ?? '/', 'http://cms.test')
    const endpoint = endpoints.find((e) => `/api${e.path}` === url.pathname)
    if (!endpoint) return void res.writeHead(404).end()
    if (endpoint.path === '/insights/events/visitors') relayCalls++
    const headers = new Headers()
    for (const [name, value] of Object.entries(req.headers)) if (value !== undefined) headers.set(name, String(value))
    const request = endpointRequest(payload, url.href, { method: 'POST', headers, body: Buffer.concat(chunks) })
    const response = await endpoint.handler(request)
    res.writeHead(response.status, { 'content-type': 'application/json' }).end(await response.text())
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  process.env.CMS_URL = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  process.env.SITE_API_KEY = KEY
})
afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve))
  await t?.cleanup()
})

async function postRelay(body: unknown, opts: { key?: string | null; locale?: string; raw?: string } = {}) {
  const text = opts.raw ?? JSON.stringify(body)
  const headers: Record<string, string> = { 'content-type': 'application/json' }
  if (opts.key !== null) headers['x-werkvloer-site-key'] = opts.key ?? KEY
  const res = await fetch(`${process.env.CMS_URL}/api/insights/events/visitors?locale=${opts.locale ?? 'en'}`, { method: 'POST', headers, body: text })
  return { status: res.status, body: (await res.json()) as Record<string, unknown> }
}

const ev = (e: Record<string, unknown>) => ({ at: Date.now() - 1000, language: 'nl', ...e })
const impression = ev({ type: 'video_impression', video: 'vid1', variant: 'a' })
const play = ev({ type: 'video_play', video: 'vid1', variant: 'a' })

describe('POST /api/insights/events/visitors', () => {
  it('refuses callers without the site key, a body too large and a malformed bundle (nl and en), and stores nothing', async () => {
    const one = { visitors: [{ address: '203.0.113.1', headers: { 'user-agent': BROWSER }, batch: { events: [impression] } }] }
    expect((await postRelay(one, { key: null })).status).toBe(403)
    expect((await postRelay(one, { key: 's'.repeat(40) })).status).toBe(403)
    const big = { visitors: [{ address: '203.0.113.1', headers: { 'user-agent': BROWSER }, batch: { events: [impression] } }], pad: 'x'.repeat(1100 * 1024) }
    expect(await postRelay(big)).toMatchObject({ status: 413, body: { code: 'too-large', error: 'The bundle of measurement batches is too large (at most 1 MB).' } })
    const bad = await postRelay({ visitors: [{ headers: {}, batch: { events: [impression] } }] }, { locale: 'nl' })
    expect(bad).toMatchObject({
      status: 400,
      body: { code: 'invalid-relay', error: 'De bundel met meetgegevens van de site klopt niet; er is niets opgeslagen.', errorEn: "The site's bundle of measurement batches is not valid; nothing was stored." },
    })
    expect((bad.body.issues as { path: string }[])[0]!.path).toBe('visitors.0.address')
    expect((await postRelay({ visitors: [] })).body.code).toBe('invalid-relay')
    expect((await postRelay(null, { raw: '{"visitors": [' })).body.code).toBe('not-json')
    expect(await count('insights_events')).toBe(0)
  })

  it("checks each visitor's batch on its own: one bad batch, a bot or a prefetch does not cost the others theirs", async () => {
    const r = await postRelay({
      visitors: [
        { address: '198.51.100.1', headers: { 'user-agent': BROWSER }, batch: { events: [impression, play] } },
        { address: '198.51.100.2', headers: { 'user-agent': GOOGLEBOT }, batch: { events: [impression] } },
        { address: '198.51.100.3', headers: { 'user-agent': BROWSER }, batch: { events: [impression, { ...play, percent: 33, type: 'video_progress' }] } },
        { address: '198.51.100.4', headers: { 'user-agent': ANDROID, 'sec-gpc': '1' }, batch: { events: [impression] } },
        { address: '198.51.100.5', headers: { 'user-agent': BROWSER, 'sec-purpose': 'prefetch' }, batch: { events: [impression] } },
        { address: '198.51.100.6', headers: { 'user-agent': BROWSER }, batch: { events: [ev({ type: 'caption_on', video: 'vid1', at: Date.now() - 3600_000 })] } },
      ],
    })
    expect(r.status).toBe(200)
    expect(r.body.results).toMatchObject([
      { status: 202, accepted: 2 },
      { status: 202, accepted: 0, ignored: 1, reason: 'bot-or-prefetch' },
      { status: 400, code: 'invalid-batch', error: 'The measurement batch is not valid; nothing was stored.', errorNl: 'De batch met meetgegevens klopt niet; er is niets opgeslagen.' },
      { status: 202, accepted: 1 },
      { status: 202, accepted: 0, ignored: 1 },
      { status: 400, code: 'stale-events', indexes: [0] },
    ])
    const rows = (await db().execute('SELECT visitor FROM insights_events ORDER BY id')).rows
    expect(rows.length).toBe(3)
    // The visitor who sent Sec-GPC is counted without a hash; the address and user agent are never stored.
    expect(rows.filter((row) => row.visitor === null).length).toBe(1)
    expect(JSON.stringify((await db().execute('SELECT * FROM insights_events')).rows)).not.toMatch(/198\.51\.100|Mozilla/)
  })

  it('gives a visitor the same daily hash relayed or alone, and keeps the rate limit per visitor', async () => {
    const alone = await endpoints[0]!.handler(
      endpointRequest(payload, 'http://cms.test/api/insights/events', { headers: { 'x-werkvloer-site-key': KEY, 'x-visitor-ip': '198.51.100.1', 'x-visitor-user-agent': BROWSER }, json: { events: [impression] } }),
    )
    expect(alone.status).toBe(202)
    const hashes = (await db().execute("SELECT DISTINCT visitor FROM insights_events WHERE visitor IS NOT NULL")).rows
    expect(hashes.length).toBe(1) // 198.51.100.1 with the iPhone, relayed before and alone now
    // 198.51.100.1 has used 2 of its 3 a minute: one more passes, the next is refused; 198.51.100.9 is not affected.
    const r = await postRelay({
      visitors: [
        { address: '198.51.100.1', headers: { 'user-agent': BROWSER }, batch: { events: [impression] } },
        { address: '198.51.100.1', headers: { 'user-agent': BROWSER }, batch: { events: [impression] } },
        { address: '198.51.100.9', headers: { 'user-agent': BROWSER }, batch: { events: [impression] } },
      ],
    })
    expect(r.body.results).toMatchObject([
      { status: 202, accepted: 1 },
      { status: 429, code: 'rate-limited', error: 'Too many measurement events from this visitor. Try again in a minute.' },
      { status: 202, accepted: 1 },
    ])
  })
})

describe("the site's beacon relay", () => {
  it("gathers concurrent beacons into one CMS call and gives each beacon its own visitor's answer", async () => {
    const { relayBeacon } = await import('../../site/lib/insights/beacon-relay')
    const before = await count('insights_events')
    const callsBefore = relayCalls
    const headersOf = (ua: string, extra: Record<string, string> = {}) => (name: string) => ({ 'user-agent': ua, ...extra })[name] ?? null
    const beacon = (events: Record<string, unknown>[]) => JSON.stringify({ events })
    const page = { type: 'page_view', pageType: 'vacancy', language: 'en', source: 'utm:linkedin', age: 120 }
    const answers = await Promise.all([
      relayBeacon(beacon([page, { type: 'entry_view', entryPoint: 'apply', language: 'en', source: 'utm:linkedin', age: 80 }]), '192.0.2.10', headersOf(ANDROID)),
      relayBeacon(beacon([page]), '192.0.2.11', headersOf(GOOGLEBOT)),
      relayBeacon(beacon([{ ...page, pageType: 'nope' }]), '192.0.2.12', headersOf(BROWSER)),
      // An age past the CMS's 15 minutes stays past it: refused as stale.
      relayBeacon(beacon([{ ...page, age: 3600_000 }]), '192.0.2.13', headersOf(BROWSER)),
      relayBeacon('{"events": [', '192.0.2.14', headersOf(BROWSER)),
    ])
    expect(answers).toEqual([
      { status: 202, body: { accepted: 2, ignored: 0 } },
      { status: 202, body: { accepted: 0, ignored: 1 } },
      { status: 400, body: { error: 'invalid-batch' } },
      { status: 400, body: { error: 'stale-events' } },
      { status: 400, body: { error: 'not-json' } },
    ])
    expect(relayCalls - callsBefore).toBe(1)
    expect(await count('insights_events')).toBe(before + 2)
    // The site's clock: the page view happened 120 ms before it arrived.
    const rows = (await db().execute({ sql: 'SELECT type, at FROM insights_events ORDER BY id DESC LIMIT 2', args: [] })).rows
    expect(rows.map((r) => r.type).sort()).toEqual(['entry_view', 'page_view'])
    for (const row of rows) expect(Math.abs(Date.now() - Number(row.at))).toBeLessThan(60_000)
  })

  it('answers 503 to every waiting beacon when the CMS cannot be reached', async () => {
    const { relayBeacon } = await import('../../site/lib/insights/beacon-relay')
    const cmsUrl = process.env.CMS_URL
    process.env.CMS_URL = 'http://127.0.0.1:9' // nothing listens on the discard port
    try {
      const body = JSON.stringify({ events: [{ type: 'page_view', pageType: 'home', language: 'nl', age: 5 }] })
      const answers = await Promise.all([relayBeacon(body, '192.0.2.20', () => BROWSER), relayBeacon(body, '192.0.2.21', () => BROWSER)])
      expect(answers).toEqual([
        { status: 503, body: { error: 'unavailable' } },
        { status: 503, body: { error: 'unavailable' } },
      ])
    } finally {
      process.env.CMS_URL = cmsUrl
    }
  })
})
