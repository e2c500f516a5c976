/**
 * Insights storage on a real SQLite file: batches through the real endpoint handler → rollups
 * with hand-computed counts, equal to the same figures computed from raw events → retention
 * deletes raw events older than 13 months and past salts, and keeps the rollups.
 */
import type { Endpoint, Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { amsterdamDay } from '../../common/insights/day'
import type { InsightsEvent } from '../../common/insights/events'
import { answerOf, endpointRequest } from '../helpers/endpointRequest'
import { createTestPayload, type TestPayload } from '../helpers/testPayload'

let t: TestPayload
let payload: Payload
let endpoints: Endpoint[]
let eventStore: typeof import('../../cms/database/eventStore')
let retention: typeof import('../../cms/insights/retention')
let buffers: typeof import('../../cms/insights/buffer')
let hashers: typeof import('../../cms/insights/visitorHash')

const KEY = 's'.repeat(40)
const BROWSER = 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.1 Mobile/15E148 Safari/604.1'
const ANDROID = 'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Mobile Safari/537.36'

beforeAll(async () => {
  t = await createTestPayload()
  payload = t.payload
  // Imported after createTestPayload: cms/lib/paths reads DATA_DIR when it is first imported.
  const { createInsightsEndpoints } = await import('../../cms/insights/endpoints')
  endpoints = createInsightsEndpoints({ siteKey: () => KEY })
  eventStore = await import('../../cms/database/eventStore')
  retention = await import('../../cms/insights/retention')
  buffers = await import('../../cms/insights/buffer')
  hashers = await import('../../cms/insights/visitorHash')
})
afterAll(async () => t?.cleanup())

type Client = { execute(s: string | { sql: string; args: unknown[] }): Promise<{ rows: Record<string, unknown>[] }> }
const db = () => (payload.db as unknown as { client: Client }).client
const count = async (table: string) => Number((await db().execute(`SELECT COUNT(*) AS n FROM ${table}`)).rows[0]!.n)

async function post(body: unknown, opts: { key?: string | null; ip?: string; ua?: string; headers?: Record<string, string>; raw?: string } = {}) {
  const text = opts.raw ?? JSON.stringify(body)
  const headers = new Headers({ 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(text)), ...opts.headers })
  if (opts.key !== null) headers.set('x-werkvloer-site-key', opts.key ?? KEY)
  headers.set('x-visitor-ip', opts.ip ?? '203.0.113.10')
  headers.set('x-visitor-user-agent', opts.ua ?? BROWSER)
  return answerOf(await endpoints[0]!.handler(endpointRequest(payload, 'http://cms.test/api/insights/events?locale=en', { headers, body: text })))
}

const ev = (e: Record<string, unknown>) => ({ at: Date.now() - 1000, language: 'nl', ...e })
const impression = (variant: string) => ev({ type: 'video_impression', video: 'vid1', variant })
const play = (variant: string) => ev({ type: 'video_play', video: 'vid1', variant })

describe('POST /api/insights/events', () => {
  it('refuses callers without the site key, and stores nothing', async () => {
    expect((await post({ events: [impression('a')] }, { key: null })).status).toBe(403)
    expect((await post({ events: [impression('a')] }, { key: 'x'.repeat(40) })).status).toBe(403)
    expect(await count('insights_events')).toBe(0)
  })

  it('refuses a bad batch with a clear 400 in both languages, and stores none of it', async () => {
    const r = await post({ events: [impression('a'), { type: 'video_progress', at: Date.now(), language: 'nl', video: 'vid1', percent: 33 }] })
    expect(r.status).toBe(400)
    expect(r.body).toMatchObject({ code: 'invalid-batch', error: 'The measurement batch is not valid; nothing was stored.', errorNl: 'De batch met meetgegevens klopt niet; er is niets opgeslagen.' })
    expect((r.body.issues as { path: string }[])[0]!.path).toBe('events.1.percent')
    const stale = await post({ events: [ev({ type: 'caption_on', video: 'vid1', at: Date.now() - 3600_000 })] })
    expect(stale).toMatchObject({ status: 400, body: { code: 'stale-events', indexes: [0] } })
    expect((await post(null, { raw: '{"events": [' })).body.code).toBe('not-json')
    expect((await post(null, { raw: JSON.stringify({ events: [impression('a')], pad: 'x'.repeat(70_000) }) })).status).toBe(413)
    expect(await count('insights_events')).toBe(0)
    expect(await count('insights_daily')).toBe(0)
  })

  it('does not count bots, link previews or prefetches', async () => {
    for (const ua of ['Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)', 'WhatsApp/2.23.20.0 A', ''])
      expect(await post({ events: [impression('a')] }, { ua })).toMatchObject({ status: 202, body: { accepted: 0, ignored: 1 } })
    expect(await post({ events: [impression('a')] }, { headers: { 'x-visitor-sec-purpose': 'prefetch' } })).toMatchObject({ status: 202, body: { accepted: 0 } })
    expect(await count('insights_events')).toBe(0)
  })

  it('counts events and unique visitors per day into the rollups (hand-computed), equal to the raw figures', async () => {
    // Visitor A: one impression, a play and 50 % watched of variant a.
    expect((await post({ events: [impression('a'), play('a'), ev({ type: 'video_progress', video: 'vid1', variant: 'a', percent: 50 })] }, { ip: '198.51.100.1' })).status).toBe(202)
    // Visitor B (other address, same browser): two impressions of a, then plays variant b.
    await post({ events: [impression('a'), impression('a'), play('b')] }, { ip: '198.51.100.2' })
    // Visitor C asks not to be tracked (Sec-GPC): counted, but not as a unique visitor.
    await post({ events: [impression('a')] }, { ip: '198.51.100.3', headers: { 'x-visitor-sec-gpc': '1' } })
    // Visitor A comes back in a second request: one more impression, still the same visitor.
    await post({ events: [impression('a')] }, { ip: '198.51.100.1' })
    // Visitor D: same address as A, other browser — another visitor.
    await post({ events: [impression('b'), ev({ type: 'entry_start', entryPoint: 'quiz', video: 'vid1', variant: 'b', source: 'utm:linkedin' })] }, { ip: '198.51.100.1', ua: ANDROID })

    const store = eventStore.createEventStore(payload)
    const today = amsterdamDay(Date.now())
    const query = { period: { from: today, to: today }, groupBy: ['video', 'variant'] as const }
    const sorted = (rows: { metric: string; variant?: string }[]) => [...rows].sort((x, y) => `${x.variant}${x.metric}`.localeCompare(`${y.variant}${y.metric}`))
    const rollups = sorted(await store.queryRollups(query))
    expect(rollups).toEqual([
      { video: 'vid1', variant: 'a', metric: 'video_impression', count: 5, visitors: 2 },
      { video: 'vid1', variant: 'a', metric: 'video_play', count: 1, visitors: 1 },
      { video: 'vid1', variant: 'a', metric: 'video_progress_50', count: 1, visitors: 1 },
      { video: 'vid1', variant: 'b', metric: 'entry_start', count: 1, visitors: 1 },
      { video: 'vid1', variant: 'b', metric: 'video_impression', count: 1, visitors: 1 },
      { video: 'vid1', variant: 'b', metric: 'video_play', count: 1, visitors: 1 },
    ])
    expect(sorted(await store.queryRaw(query))).toEqual(rollups)
    const bySource = await store.queryRollups({ period: query.period, groupBy: ['source', 'entryPoint'], metrics: ['entry_start'] })
    expect(bySource).toEqual([{ source: 'utm:linkedin', entryPoint: 'quiz', metric: 'entry_start', count: 1, visitors: 1 }])
    expect(await store.queryRollups({ ...query, filter: { variant: 'b' }, metrics: ['video_play'] })).toEqual([{ video: 'vid1', variant: 'b', metric: 'video_play', count: 1, visitors: 1 }])
  })

  it('never stores the address or the user agent, and keeps one salt for the day', async () => {
    const rows = (await db().execute('SELECT * FROM insights_events')).rows
    expect(rows.length).toBe(10) // 3 + 3 + 1 + 1 + 2 events
    const stored = JSON.stringify(rows)
    for (const secret of ['198.51.100', 'Mozilla', 'iPhone', 'Android']) expect(stored).not.toContain(secret)
    expect(rows.filter((r) => r.visitor === null).length).toBe(1) // visitor C
    expect(new Set(rows.map((r) => r.visitor).filter(Boolean)).size).toBe(3) // A, B, D
    expect(await count('insights_salts')).toBe(1)
  })

  it('answers only once the events are written (group commit), for concurrent requests too', async () => {
    const before = await count('insights_events')
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => post({ events: [impression('a'), play('a')] }, { ip: `192.0.2.${i}` })))
    expect(results.every((r) => r.status === 202)).toBe(true)
    expect(await count('insights_events')).toBe(before + 40)
  })
})

describe('event store', () => {
  it('writes a batch all or nothing: a failing row leaves neither raw events nor rollups behind', async () => {
    const store = eventStore.createEventStore(payload)
    const [events, daily] = [await count('insights_events'), await count('insights_daily')]
    const good = { event: { type: 'caption_on', at: Date.now(), language: 'nl', source: 'direct', video: 'vid9' } as InsightsEvent, visitor: 'h1' }
    // `at` must not be null: the raw insert fails after the batch has begun.
    const broken = { event: { ...good.event, at: null } as unknown as InsightsEvent, visitor: 'h2' }
    await expect(store.appendBatch([good, broken])).rejects.toThrow()
    expect([await count('insights_events'), await count('insights_daily')]).toEqual([events, daily])
  })

  it('a closing buffer writes what is still waiting before it stops', async () => {
    const store = eventStore.createEventStore(payload)
    const buffer = buffers.createEventBuffer(store, { maxDelayMs: 60_000, maxEvents: 10_000 })
    const before = await count('insights_events')
    const pending = buffer.add([{ event: { type: 'caption_on', at: Date.now(), language: 'en', source: 'direct', video: 'vid8' } as InsightsEvent, visitor: null }])
    expect(await count('insights_events')).toBe(before)
    await buffer.close()
    await pending
    expect(await count('insights_events')).toBe(before + 1)
    await expect(buffer.add([{ event: { type: 'caption_on', at: Date.now(), language: 'en', source: 'direct', video: 'vid8' } as InsightsEvent, visitor: null }])).rejects.toMatchObject({ code: 'buffer-closed' })
  })
})

describe('daily visitor hash', () => {
  it('is the same for one visitor all day in every CMS process, differs per visitor and per day, and is null when they opted out', async () => {
    const store = eventStore.createEventStore(payload)
    // Two hashers: two CMS processes sharing the database must agree on the day's salt.
    const [one, two] = [hashers.createVisitorHasher(store), hashers.createVisitorHasher(store)]
    const noon = Date.parse('2026-06-10T10:00:00Z')
    const visitor = { address: '198.51.100.20', userAgent: BROWSER, optedOut: false }
    const h = await one.hash(visitor, noon)
    expect(h).toMatch(/^[A-Za-z0-9_-]{22}$/)
    expect(await two.hash(visitor, noon + 3600_000)).toBe(h)
    expect(await one.hash({ ...visitor, address: '198.51.100.21' }, noon)).not.toBe(h)
    expect(await one.hash({ ...visitor, userAgent: ANDROID }, noon)).not.toBe(h)
    expect(await one.hash(visitor, noon + 24 * 3600_000)).not.toBe(h)
    expect(await one.hash({ ...visitor, optedOut: true }, noon)).toBeNull()
    // Salts are random per day, and the hash never contains the address.
    const salts = (await db().execute({ sql: 'SELECT salt FROM insights_salts WHERE day IN (?, ?)', args: ['2026-06-10', '2026-06-11'] })).rows
    expect(new Set(salts.map((r) => r.salt)).size).toBe(2)
    await db().execute({ sql: 'DELETE FROM insights_salts WHERE day IN (?, ?)', args: ['2026-06-10', '2026-06-11'] })
  })
})

describe('retention', () => {
  it('deletes raw events older than 13 months and past salts; the rollups stay', async () => {
    const store = eventStore.createEventStore(payload)
    const now = new Date()
    const old = new Date(now)
    old.setUTCMonth(old.getUTCMonth() - 14)
    const recent = new Date(now.getTime() - 30 * 24 * 3600_000)
    const oldDay = amsterdamDay(old.getTime())
    const mk = (at: Date, visitor: string) => ({ event: { type: 'video_play', at: at.getTime(), language: 'nl', source: 'direct', video: 'vid-old' } as InsightsEvent, visitor })
    await store.appendBatch([mk(old, 'x'), mk(old, 'y'), mk(old, 'x'), mk(recent, 'x')])
    await store.saltFor(oldDay, 'old-salt')
    const oldQuery = { period: { from: oldDay, to: oldDay }, groupBy: ['video'] as const, filter: { video: 'vid-old' } }
    expect(await store.queryRollups(oldQuery)).toEqual([{ video: 'vid-old', metric: 'video_play', count: 3, visitors: 2 }])

    const result = await retention.purgeInsights(payload, now)
    expect(result.rawEvents).toBe(3)
    expect(result.salts).toBe(1)
    expect(await store.queryRaw(oldQuery)).toEqual([])
    expect(await store.queryRollups(oldQuery)).toEqual([{ video: 'vid-old', metric: 'video_play', count: 3, visitors: 2 }])
    const recentDay = amsterdamDay(recent.getTime())
    expect(await store.queryRaw({ period: { from: recentDay, to: recentDay }, groupBy: [], filter: { video: 'vid-old' } })).toEqual([{ metric: 'video_play', count: 1, visitors: 1 }])
    // Today's salt stays, so today's visitors keep one hash each.
    expect(await count('insights_salts')).toBe(1)
    // Hash lists of days before yesterday are gone.
    expect(Number((await db().execute({ sql: 'SELECT COUNT(*) AS n FROM insights_visitor_days WHERE day < ?', args: [amsterdamDay(now.getTime() - 86_400_000)] })).rows[0]!.n)).toBe(0)
  })
})
