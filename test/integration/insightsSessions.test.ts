/**
 * Insights sessions and the coarse rollups on a real SQLite file: 30 minutes of inactivity start
 * a new session, with first and last touch; a lead stored through the real entry endpoint records
 * its own submission event in the visitor's session, and the lead finds that session again by its
 * one-way code (no personal data in the event); the coarse rollups (per block of days) and the
 * session rollup give the same counts as raw events and session rows, and so does the whole view.
 */
import type { Endpoint, Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { currentConsent } from '../../common/entry/consentTexts'
import { amsterdamDay } from '../../common/insights/day'
import type { InsightsEvent } from '../../common/insights/events'
import { seededRandom } from '../../common/insights/random'
import { createRateLimiter } from '../../cms/lib/rateLimit'
import type { EventStore, RollupQuery } from '../../cms/database/eventStore'
import { endpointRequest } from '../helpers/endpointRequest'
import { createTestPayload, type TestPayload } from '../helpers/testPayload'

let t: TestPayload
let payload: Payload
let store: EventStore
let entry: Endpoint[]
let insights: Endpoint[]
let submissions: typeof import('../../cms/insights/submissions')
const KEY = 'q'.repeat(40)
const BROWSER = 'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Mobile Safari/537.36'
const MIN = 60_000

beforeAll(async () => {
  t = await createTestPayload()
  payload = t.payload
  const { createEntryEndpoints } = await import('../../cms/entry/endpoints')
  const { createInsightsEndpoints, insightsFor } = await import('../../cms/insights/endpoints')
  submissions = await import('../../cms/insights/submissions')
  entry = createEntryEndpoints({ siteKey: () => KEY, limiter: createRateLimiter({ limit: 1000, windowMs: 60_000 }) })
  insights = createInsightsEndpoints({ siteKey: () => KEY })
  store = insightsFor(payload).store
})
afterAll(async () => t?.cleanup())

type Client = { execute(s: string | { sql: string; args: unknown[] }): Promise<{ rows: Record<string, unknown>[] }> }
const db = () => (payload.db as unknown as { client: Client }).client

function request(path: string, body: unknown, headers: Record<string, string>) {
  return endpointRequest(payload, `http://cms.test/api${path}?locale=nl`, { headers: { 'x-werkvloer-site-key': KEY, ...headers }, json: body })
}
const visitor = (ip: string, ua = BROWSER) => ({ 'x-visitor-ip': ip, 'x-visitor-user-agent': ua })

describe('sessions', () => {
  it('30 minutes without an event start a new session; first and last touch are kept', async () => {
    const start = Date.now() - 3 * 3600_000
    const ev = (minutes: number, source: string): { event: InsightsEvent; visitor: string } => ({
      event: { type: 'page_view', at: start + minutes * MIN, language: 'nl', source, pageType: 'vacancy' },
      visitor: 'hash-of-one-visitor-day',
    })
    // Two batches (a restart in between would read the stored session back), out of order within one.
    await store.appendBatch([ev(10, 'direct'), ev(0, 'utm:linkedin')])
    await store.appendBatch([ev(39, 'ref:www.google.com'), ev(70, 'utm:indeed'), ev(75, 'direct')])
    const rows = (await db().execute(`SELECT first_source, last_source, events, started_at, last_at FROM insights_sessions WHERE visitor = 'hash-of-one-visitor-day' ORDER BY started_at`)).rows
    expect(rows.map((r) => [r.first_source, r.last_source, Number(r.events), (Number(r.started_at) - start) / MIN, (Number(r.last_at) - start) / MIN])).toEqual([
      ['utm:linkedin', 'ref:www.google.com', 3, 0, 39],
      ['utm:indeed', 'direct', 2, 70, 75],
    ])
    const day = amsterdamDay(start)
    const perSource = await store.querySessions({ from: day, to: amsterdamDay(start + 75 * MIN) })
    expect(perSource.filter((s) => ['utm:linkedin', 'utm:indeed'].includes(s.firstSource)).sort((a, b) => a.firstSource.localeCompare(b.firstSource))).toEqual([
      { firstSource: 'utm:indeed', language: 'nl', sessions: 1, converted: 0, events: 2 },
      { firstSource: 'utm:linkedin', language: 'nl', sessions: 1, converted: 0, events: 3 },
    ])
  })

  it('visitors who opted out (Sec-GPC) are counted but have no session', async () => {
    const before = Number((await db().execute('SELECT COUNT(*) AS n FROM insights_sessions')).rows[0]!.n)
    const res = await insights[0]!.handler(request('/insights/events', { events: [{ type: 'page_view', at: Date.now(), language: 'en', pageType: 'home' }] }, { ...visitor('198.51.100.77'), 'x-visitor-sec-gpc': '1' }))
    expect(res.status).toBe(202)
    await new Promise((r) => setTimeout(r, 400))
    expect(Number((await db().execute('SELECT COUNT(*) AS n FROM insights_sessions')).rows[0]!.n)).toBe(before)
    const [raw] = (await db().execute(`SELECT visitor, session FROM insights_events WHERE language = 'en' AND page_type = 'home'`)).rows
    expect(raw).toEqual({ visitor: null, session: '' })
  })

  it('a lead records its submission in the visitor’s session; the lead finds that session, the event names nobody', async () => {
    const department = await payload.create({ collection: 'departments', data: { name: 'Planning' }, overrideAccess: true })
    const vacancy = await payload.create({ collection: 'vacancies', data: { title: 'Planner', location: 'Rotterdam', employmentType: 'FULL_TIME', applyMode: 'built-in', department: department.id, status: 'open', validThrough: new Date(Date.now() + 30 * 24 * 3600_000).toISOString() }, overrideAccess: true })
    const who = visitor('203.0.113.44')
    const page = await insights[0]!.handler(request('/insights/events', { events: [{ type: 'page_view', at: Date.now() - 5000, language: 'nl', source: 'utm:linkedin', pageType: 'vacancy', vacancy: String(vacancy.id) }] }, who))
    expect(page.status).toBe(202)
    const body = { locale: 'nl', entryPoint: 'lead-form', vacancy: vacancy.id, contact: 'sessie@example.com', consent: true, consentVersion: currentConsent.lead, attribution: { utmSource: 'LinkedIn' } }
    const created = await entry.find((e) => e.path === '/entry/leads')!.handler(request('/entry/leads', body, who))
    expect(created.status).toBe(201)
    const lead = (await created.json()) as { id: string }
    // The submission event is written in the background, through the buffer.
    let session: Awaited<ReturnType<typeof submissions.sessionOfSubmission>> = null
    for (let i = 0; i < 50 && !session; i++) {
      await new Promise((r) => setTimeout(r, 100))
      session = await submissions.sessionOfSubmission({ payload }, 'leads', lead.id)
    }
    expect(session).toMatchObject({ firstSource: 'utm:linkedin', lastSource: 'utm:linkedin', events: 2 })
    const [stored] = (await db().execute({ sql: `SELECT type, metric, vacancy, source, ref FROM insights_events WHERE session = ? AND type = 'submission'`, args: [session!.id] })).rows
    expect(stored).toEqual({ type: 'submission', metric: 'submission_lead', vacancy: String(vacancy.id), source: 'utm:linkedin', ref: submissions.submissionRef(payload.secret, 'leads', lead.id) })
    // The code is not the id, and nothing in the event row is the candidate's.
    const row = (await db().execute({ sql: `SELECT * FROM insights_events WHERE session = ? AND type = 'submission'`, args: [session!.id] })).rows[0]!
    expect(Object.values(row).map(String)).not.toContain(String(lead.id))
    expect(JSON.stringify(row)).not.toContain('sessie@example.com')
    const converted = await store.querySessions({ from: amsterdamDay(Date.now()), to: amsterdamDay(Date.now()) })
    expect(converted.find((s) => s.firstSource === 'utm:linkedin' && s.language === 'nl')).toMatchObject({ converted: 1 })
    // A robot's lead is stored (it may be a person behind a strange browser) but not counted.
    const botLead = await entry.find((e) => e.path === '/entry/leads')!.handler(request('/entry/leads', { ...body, contact: 'robot@example.com' }, visitor('203.0.113.45', 'python-requests/2.31')))
    expect(botLead.status).toBe(201)
    await new Promise((r) => setTimeout(r, 500))
    expect(await submissions.sessionOfSubmission({ payload }, 'leads', ((await botLead.json()) as { id: string }).id)).toBeNull()
  })
})

describe('coarse rollups', () => {
  it('give the same counts as the raw events, for every question the Insights view asks', async () => {
    const random = seededRandom(7)
    const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)]!
    // 21:00 UTC (22:00 or 23:00 in Amsterdam), ten days ago: the period's last Dutch day holds most
    // of a day's events whatever time the suite runs (Date.now() - 10 days just after midnight left
    // the one-day period nearly empty, and no session in it).
    const end = Date.parse(`${amsterdamDay(Date.now() - 10 * 24 * 3600_000)}T21:00:00Z`)
    const events = Array.from({ length: 3000 }, (): { event: InsightsEvent; visitor: string | null } => {
      const common = { at: end - Math.floor(random() * 20 * 24 * 3600_000), language: pick(['nl', 'en'] as const), source: pick(['direct', 'utm:linkedin', 'ref:www.google.com']) }
      const video = pick(['v1', 'v2', 'v3'])
      const r = random()
      const event: InsightsEvent =
        r < 0.3
          ? { type: 'page_view', ...common, pageType: 'vacancy', vacancy: pick(['a', 'b']), department: pick(['d1', 'd2']) }
          : r < 0.6
            ? { type: 'video_impression', ...common, video, variant: pick(['x', 'y']), vacancy: pick(['a', 'b']) }
            : r < 0.8
              ? { type: 'video_progress', ...common, video, percent: pick([25, 50, 75, 100] as const) }
              : r < 0.95
                ? { type: 'entry_start', ...common, entryPoint: pick(['quiz', 'lead'] as const), vacancy: pick(['a', 'b']) }
                : { type: 'submission', ...common, kind: 'lead', video }
      return { event, visitor: random() < 0.1 ? null : `h${Math.floor(random() * 200)}` }
    })
    for (let i = 0; i < events.length; i += 700) await store.appendBatch(events.slice(i, i + 700))
    const period = { from: amsterdamDay(end - 20 * 24 * 3600_000), to: amsterdamDay(end) }
    const queries: RollupQuery[] = [
      { period, groupBy: ['video'], uniques: false },
      { period, groupBy: ['video', 'variant'], metrics: ['video_impression'], uniques: false },
      { period, groupBy: ['entryPoint', 'source'], uniques: false },
      { period, groupBy: ['language'], filter: { source: 'utm:linkedin' }, uniques: false },
      { period, groupBy: ['vacancy', 'department'], uniques: false },
      { period, groupBy: ['day'], filter: { video: 'v2' }, uniques: false },
    ]
    const canon = (rows: object[]) => rows.map((r) => JSON.stringify(r)).sort()
    for (const q of queries) {
      const coarse = await store.queryRollups(q)
      expect(coarse.length).toBeGreaterThan(0)
      expect(canon(coarse), JSON.stringify(q.groupBy)).toEqual(canon(await store.queryRaw(q)))
      expect(coarse.every((r) => r.visitors === undefined)).toBe(true)
    }
    // A question no coarse table can answer (video × source) falls back to the fine rollups.
    const mixed: RollupQuery = { period, groupBy: ['video', 'source'], uniques: false }
    expect(canon(await store.queryRollups(mixed))).toEqual(canon(await store.queryRaw(mixed)))

    // Sessions (some of these hashes come back on later days and in later batches) from their
    // rollup, per block of days, equal the count over the session rows, for periods of any length.
    for (const days of [1, 5, 10, 21]) {
      const p = { from: amsterdamDay(end - (days - 1) * 24 * 3600_000), to: amsterdamDay(end) }
      const sessions = await store.querySessions(p)
      expect(sessions.length).toBeGreaterThan(0)
      expect(canon(sessions), `${days} days`).toEqual(canon(await store.querySessionsRaw(p)))
    }
    // And so does everything the Insights view shows for the period and the one before it.
    const { insightsData } = await import('../../cms/insights/dashboard')
    const view = await insightsData(payload, store, period, 'en')
    const raw = await insightsData(payload, { queryRollups: store.queryRaw, querySessions: store.querySessionsRaw }, period, 'en')
    expect(view.videos.map((l) => l.key).sort()).toEqual(['v1', 'v2', 'v3'])
    expect(deep(view)).toEqual(deep(raw))

    // The migration that made the blocks carries the figures over from the daily tables and the
    // session rows: back to daily tables and forth again, the same answers.
    const before = await Promise.all([store.queryRollups(queries[0]!), store.queryRollups(queries[2]!), store.querySessions(period)])
    const migration = await import('../../cms/migrations/20261204_013000_insights_spans')
    const args = { db: (payload.db as unknown as { drizzle: unknown }).drizzle, payload } as never
    await migration.down(args)
    expect((await db().execute(`SELECT COUNT(*) AS n FROM insights_daily_video`)).rows[0]!.n).not.toBe(0)
    await migration.up(args)
    const after = await Promise.all([store.queryRollups(queries[0]!), store.queryRollups(queries[2]!), store.querySessions(period)])
    expect(after.map(canon)).toEqual(before.map(canon))
  })
})

/** Arrays as sorted sets and object keys sorted, so two answers compare by their figures only. */
function deep(x: unknown): unknown {
  if (Array.isArray(x)) return x.map(deep).sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)))
  if (x && typeof x === 'object') return Object.fromEntries(Object.keys(x).sort().map((k) => [k, deep((x as Record<string, unknown>)[k])]))
  return x
}

describe('the Insights view’s closed-day cache', () => {
  it('gives the same figures as the store, reads closed days once and the open days every time', async () => {
    const { cachedRollups, addDays, previousPeriod } = await import('../../cms/insights/dashboard')
    expect(addDays('2026-03-29', -1)).toBe('2026-03-28')
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28')
    expect(previousPeriod({ from: '2026-12-01', to: '2026-12-28' })).toEqual({ from: '2026-11-03', to: '2026-11-30' })
    const now = Date.now()
    const today = amsterdamDay(now)
    const at = (daysAgo: number) => now - daysAgo * 24 * 3600_000
    const play = (daysAgo: number): { event: InsightsEvent; visitor: string } => ({ event: { type: 'video_play', at: at(daysAgo), language: 'nl', source: 'direct', video: 'cached-video' }, visitor: `c${daysAgo}` })
    await store.appendBatch([play(5), play(5), play(3), play(0)])
    const calls: string[] = []
    const counted = { queryRollups: (q: RollupQuery) => (calls.push(`${q.period.from}..${q.period.to}`), store.queryRollups(q)) }
    const cached = cachedRollups(counted, { now: () => now })
    const q: RollupQuery = { period: { from: addDays(today, -6), to: today }, groupBy: ['video'], filter: { video: 'cached-video' }, uniques: false }
    expect(await cached.queryRollups(q)).toEqual(await store.queryRollups(q))
    expect(await cached.queryRollups(q)).toEqual([{ video: 'cached-video', metric: 'video_play', count: 4 }])
    // Today's new play shows at once; the closed days were read only the first time.
    await store.appendBatch([play(0)])
    expect(await cached.queryRollups(q)).toEqual([{ video: 'cached-video', metric: 'video_play', count: 5 }])
    const closed = calls.filter((c) => c.startsWith(addDays(today, -6)))
    expect(closed).toHaveLength(1)
    expect(calls.length - closed.length).toBe(3)
  })
})

