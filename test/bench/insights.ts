/**
 * `npm run bench:insights`: the Insights figures of issue 11, as ratios against baselines measured
 * in the same run on the same SQLite file. Prints; asserts nothing (the machine is shared).
 *
 *   a. Ingest: events/s into the embedded store, batched (one transaction per batch, rollups in
 *      the same transaction) against one transaction per event.
 *   b. Dashboard: N events over D days, V videos, K variants; the data of one Insights view as
 *      the admin gets it (`insightsData`: funnel per video, per variant, per entry point, per
 *      source with sessions, per vacancy and department, per share link, for a period and the
 *      period before it) from the rollups, against the same view with every figure counted over
 *      raw events and session rows; for the last 7, 28 and 90 days, checking that both give the
 *      same figures; then filtered questions (one video, one source, one source by day) and the
 *      view with its closed-day cache; p50/p95 and the load average. On two input shapes, each in
 *      its own database: `uniform` (videos, variants, days evenly; 12 sources) and `skewed` (a
 *      few videos get most views, 60 sources with a long tail, more traffic lately).
 *   c. Bandit: two variants with true rates 4 % and 6 %, impressions assigned per session by
 *      `assignVariant` on a posterior snapshot refreshed every R impressions; the share that went to
 *      the better one, the regret against always showing it, the same for an even split, and
 *      when the stop rule (P(best) ≥ 95 %) would have ended the test.
 *
 * Flags: --quick (small sizes), --events=1000000 --days=90 --videos=60 --variants=3
 * --ingest=100000 --batch=1000 --dashboard-runs=20 --raw-runs=3 --periods=7,28,90 --impressions=20000
 * --seeds=10 --refresh=100 --parts=a,b,c --shapes=uniform,skewed. Results also go to test-results/bench-insights.json. The generated traffic is
 * skewed (direct, LinkedIn and Google bring most visits; 85 % Dutch) and uniform over days, videos
 * and variants, so rollup rows are many: a worst case for the rollups, not a flattering one.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { amsterdamDay } from '../../common/insights/day'
import type { InsightsEvent } from '../../common/insights/events'
import { assignVariant, decideHookTest, type VariantStats } from '../../common/insights/hookTest'
import { seededRandom, type Random } from '../../common/insights/random'
import type { Payload } from 'payload'

import type { EventStore, RollupQuery, StoredEvent } from '../../cms/database/eventStore'
import { addDays, cachedRollups, insightsData } from '../../cms/insights/dashboard'
import { SHARE_METRICS } from '../../cms/insights/shareLinks'
import { createTestPayload } from '../helpers/testPayload'
import { percentile } from './lib/stats'

const args = new Map(process.argv.slice(2).map((a): [string, string | undefined] => { const [k, v] = a.replace(/^--/, '').split('='); return [k!, v] }))
const quick = args.has('quick')
/** Which parts to run: --parts=a,b,c (all by default). */
const parts = new Set((args.get('parts') ?? 'a,b,c').split(','))
const shapes = (args.get('shapes') ?? 'uniform,skewed').split(',') as Shape[]
type Shape = 'uniform' | 'skewed'
const num = (name: string, full: number, small: number) => Number(args.get(name) ?? (quick ? small : full))
const sizes = {
  events: num('events', 1_000_000, 100_000),
  days: num('days', 90, 90),
  videos: num('videos', 60, 60),
  variants: num('variants', 3, 3),
  ingest: num('ingest', 100_000, 20_000),
  batch: num('batch', 1000, 1000),
  dashboardRuns: num('dashboard-runs', 20, 10),
  rawRuns: num('raw-runs', 3, 3),
  periods: (args.get('periods') ?? '7,28,90').split(',').map(Number),
  impressions: num('impressions', 20_000, 10_000),
  seeds: num('seeds', 10, 5),
  refresh: num('refresh', 100, 100),
}

const DAY = 24 * 3600_000
// Traffic is skewed, as on a real career site: most visits come direct, from LinkedIn or Google.
const SOURCES = ['direct', 'direct', 'direct', 'utm:linkedin', 'utm:linkedin', 'ref:www.google.com', 'ref:www.google.com', 'utm:instagram', 'utm:indeed', 'ref:www.bing.com', 'share:s1', 'share:s2']
const pick = <T>(random: Random, list: readonly T[]): T => list[Math.floor(random() * list.length)]!

// The long tail of the skewed shape: many campaigns and referring sites, a few of them big.
const MANY_SOURCES = [...SOURCES, ...Array.from({ length: 24 }, (_, i) => `utm:campaign-${i}`), ...Array.from({ length: 24 }, (_, i) => `ref:site-${i}.example`)]
/** An index in [0, n) with a Zipf-like skew: the first few take most of the draws. */
const skewedIndex = (random: Random, n: number) => Math.min(n - 1, Math.floor(n * random() ** 3))

/** A generator of plausible events: a visitor sees a video on a vacancy page and some go further. */
function eventGenerator(seed: number, opts: { days: number; videos: number; variants: number; endAt: number; shape?: Shape }) {
  const random = seededRandom(seed)
  const skewed = opts.shape === 'skewed'
  const videos = Array.from({ length: opts.videos }, (_, i) => ({ id: `video-${i}`, vacancy: `vacancy-${i % 40}`, department: `department-${i % 8}` }))
  const variants = Array.from({ length: opts.variants }, (_, i) => String.fromCharCode(97 + i))
  return (): StoredEvent => {
    // Skewed: more traffic in recent weeks (a campaign running), uniform: every day alike.
    const at = opts.endAt - Math.floor((skewed ? random() ** 1.5 : random()) * opts.days * DAY)
    const video = skewed ? videos[skewedIndex(random, videos.length)]! : pick(random, videos)
    const language = random() < 0.85 ? 'nl' : 'en'
    const source = skewed ? MANY_SOURCES[skewedIndex(random, MANY_SOURCES.length)]! : pick(random, SOURCES)
    const variant = pick(random, variants)
    // A few thousand visitors a day, each with their daily hash.
    const visitor = random() < 0.05 ? null : `v${Math.floor(at / DAY)}-${Math.floor(random() * 3000)}`
    const common = { at, language, source } as const
    const r = random()
    let event: InsightsEvent
    if (r < 0.15) event = { type: 'page_view', ...common, pageType: 'vacancy', vacancy: video.vacancy, department: video.department }
    else if (r < 0.6) event = { type: 'video_impression', ...common, video: video.id, variant, vacancy: video.vacancy }
    else if (r < 0.75) event = { type: 'video_play', ...common, video: video.id, variant, vacancy: video.vacancy }
    else if (r < 0.9) event = { type: 'video_progress', ...common, video: video.id, variant, percent: pick(random, [25, 50, 75, 100] as const) }
    else if (r < 0.95) event = { type: 'entry_view', ...common, entryPoint: pick(random, ['quiz', 'business_case', 'lead', 'apply'] as const), video: video.id, variant, vacancy: video.vacancy }
    else if (r < 0.98) event = { type: 'entry_start', ...common, entryPoint: pick(random, ['quiz', 'business_case', 'lead', 'apply'] as const), video: video.id, variant, vacancy: video.vacancy }
    else event = { type: 'submission', ...common, kind: pick(random, ['lead', 'application', 'quiz_result', 'business_case_result'] as const), video: video.id, variant, vacancy: video.vacancy }
    return { event, visitor }
  }
}

const fmt = (n: number, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits })

async function timeRuns(runs: number, fn: () => Promise<unknown>): Promise<number[]> {
  const ms: number[] = []
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now()
    await fn()
    ms.push(performance.now() - t0)
  }
  return ms
}

async function ingestBench(store: EventStore) {
  const gen = eventGenerator(1, { days: 1, videos: sizes.videos, variants: sizes.variants, endAt: Date.now() })
  const batched = Array.from({ length: sizes.ingest }, gen)
  const t0 = performance.now()
  for (let i = 0; i < batched.length; i += sizes.batch) await store.appendBatch(batched.slice(i, i + sizes.batch))
  const batchedRate = batched.length / ((performance.now() - t0) / 1000)
  const single = Array.from({ length: Math.min(3000, Math.ceil(sizes.ingest / 10)) }, gen)
  const t1 = performance.now()
  for (const e of single) await store.appendBatch([e])
  const singleRate = single.length / ((performance.now() - t1) / 1000)
  return { batchedEvents: batched.length, batchSize: sizes.batch, batchedPerSecond: batchedRate, singleEvents: single.length, singlePerSecond: singleRate, ratio: batchedRate / singleRate }
}

/** Same figures both ways, or the comparison means nothing: arrays as sorted sets, object keys sorted. */
const canon = (x: unknown): string =>
  Array.isArray(x) ? `[${x.map(canon).sort().join(',')}]` : x && typeof x === 'object' ? `{${Object.keys(x).sort().map((k) => `${JSON.stringify(k)}:${canon((x as Record<string, unknown>)[k])}`).join(',')}}` : JSON.stringify(x)
const stats = (ms: number[]) => ({ runs: ms.length, p50: percentile(ms, 50), p95: percentile(ms, 95) })

async function dashboardBench(payload: Payload, store: EventStore, client: { execute(s: string): Promise<{ rows: Record<string, unknown>[] }> }, shape: Shape) {
  // Days before the ingest bench's (today), so part a's events do not mix in.
  const endAt = Date.now() - 2 * DAY
  const gen = eventGenerator(2, { days: sizes.days, videos: sizes.videos, variants: sizes.variants, endAt, shape })
  const t0 = performance.now()
  for (let done = 0; done < sizes.events; done += 5000) await store.appendBatch(Array.from({ length: Math.min(5000, sizes.events - done) }, gen))
  const loadSeconds = (performance.now() - t0) / 1000
  const rows = async (table: string) => Number((await client.execute(`SELECT COUNT(*) AS n FROM ${table}`)).rows[0]!.n)
  const rollupRows = await rows('insights_daily')
  const coarseRows = { video: await rows('insights_span_video'), entry: await rows('insights_span_entry'), vacancy: await rows('insights_span_vacancy'), sessions: await rows('insights_span_sessions') }
  const rawRows = await rows('insights_events')
  const sessionRows = await rows('insights_sessions')
  const to = amsterdamDay(endAt)
  // The baseline: the same view with every figure counted over raw events and session rows.
  const raw = { queryRollups: store.queryRaw, querySessions: store.querySessionsRaw }

  // The whole view (insightsData: both periods, sessions, names), for 7, 28 and 90 days.
  const views = []
  for (const days of sizes.periods) {
    const period = { from: addDays(to, -(days - 1)), to }
    const fast = () => insightsData(payload, store, period, 'nl')
    const same = canon(await fast()) === canon(await insightsData(payload, raw, period, 'nl'))
    const fastMs = await timeRuns(sizes.dashboardRuns, fast)
    const rawMs = await timeRuns(sizes.rawRuns, () => insightsData(payload, raw, period, 'nl'))
    views.push({ days, same, fast: stats(fastMs), raw: stats(rawMs), ratioP50: percentile(rawMs, 50) / percentile(fastMs, 50), ratioP95: percentile(rawMs, 95) / percentile(fastMs, 95), loadavg: os.loadavg()[0]! })
  }

  // Filtered questions of other screens, over all days: a hook test's variants (one video), a
  // share link's totals (one source), a source's languages by day (by day: daily rows only).
  const period = { from: addDays(to, -(sizes.days - 1)), to }
  const filtered: { name: string; query: RollupQuery }[] = [
    { name: 'hook test, one video by variant', query: { period, groupBy: ['variant'], filter: { video: 'video-1' }, metrics: ['video_impression', 'video_play'], uniques: false } },
    { name: 'share link totals, one source', query: { period, groupBy: [], filter: { source: 'share:s1' }, metrics: SHARE_METRICS, uniques: false } },
    { name: 'one source by day and language', query: { period, groupBy: ['day', 'language'], filter: { source: 'utm:linkedin' }, uniques: false } },
  ]
  const filters = []
  for (const { name, query } of filtered) {
    const same = canon(await store.queryRollups(query)) === canon(await store.queryRaw(query))
    const fastMs = await timeRuns(sizes.dashboardRuns, () => store.queryRollups(query))
    const rawMs = await timeRuns(sizes.rawRuns, () => store.queryRaw(query))
    filters.push({ name, same, fast: stats(fastMs), raw: stats(rawMs), ratioP95: percentile(rawMs, 95) / percentile(fastMs, 95) })
  }

  // The view as the admin runs it: closed days from memory, the last two days (still open, as if
  // the period ended today) read each time. The first run fills the cache.
  const cachedStore = cachedRollups(store, { now: () => endAt })
  const cachedView = { queryRollups: cachedStore.queryRollups, querySessions: store.querySessions }
  const period28 = { from: addDays(to, -27), to }
  const cachedCold = (await timeRuns(1, () => insightsData(payload, cachedView, period28, 'nl')))[0]!
  const sameCached = canon(await insightsData(payload, cachedView, period28, 'nl')) === canon(await insightsData(payload, store, period28, 'nl'))
  const cachedMs = await timeRuns(sizes.dashboardRuns, () => insightsData(payload, cachedView, period28, 'nl'))
  return { shape, events: sizes.events, loadSeconds, loadPerSecond: sizes.events / loadSeconds, rawRows, sessionRows, rollupRows, coarseRows, views, filters, cachedCold, sameCached, cached: stats(cachedMs) }
}

function banditBench() {
  const rates = [0.04, 0.06]
  const results: { seed: number; shareToBetter: number; regret: number; evenSplitRegret: number; stoppedAt: number | null; winner: string | null }[] = []
  for (let seed = 1; seed <= sizes.seeds; seed++) {
    const world = seededRandom(1000 + seed)
    const stats: VariantStats[] = [
      { id: 'a', trials: 0, successes: 0 },
      { id: 'b', trials: 0, successes: 0 },
    ]
    let snapshot = stats.map((s) => ({ ...s }))
    let toBetter = 0
    let expected = 0
    let stoppedAt: number | null = null
    let winner: string | null = null
    for (let i = 0; i < sizes.impressions; i++) {
      if (i % sizes.refresh === 0) snapshot = stats.map((s) => ({ ...s }))
      const chosen = assignVariant(`seed${seed}-session${i}`, 'bench', snapshot) === 'a' ? 0 : 1
      if (chosen === 1) toBetter++
      expected += rates[chosen]!
      stats[chosen]!.trials++
      if (world() < rates[chosen]!) stats[chosen]!.successes++
      if (stoppedAt === null && (i + 1) % 1000 === 0) {
        const d = decideHookTest({ variants: stats, startedAt: new Date(0), now: new Date(0), maxWeeks: 1e9 })
        if (d.state === 'decided') {
          stoppedAt = i + 1
          winner = d.winner
        }
      }
    }
    const best = sizes.impressions * Math.max(...rates)
    const even = (sizes.impressions * (rates[0]! + rates[1]!)) / 2
    results.push({ seed, shareToBetter: toBetter / sizes.impressions, regret: best - expected, evenSplitRegret: best - even, stoppedAt, winner })
  }
  const mean = (f: (r: (typeof results)[number]) => number) => results.reduce((s, r) => s + f(r), 0) / results.length
  return {
    impressions: sizes.impressions,
    seeds: sizes.seeds,
    refresh: sizes.refresh,
    perSeed: results,
    meanShareToBetter: mean((r) => r.shareToBetter),
    meanRegret: mean((r) => r.regret),
    evenSplitRegret: results[0]!.evenSplitRegret,
    regretRatio: mean((r) => r.regret) / results[0]!.evenSplitRegret,
    stoppedWithin: results.filter((r) => r.stoppedAt !== null).length,
    // b has the 6 % rate: a stop on a is a wrong winner.
    wrongWinners: results.filter((r) => r.winner === 'a').length,
  }
}

async function main() {
  console.log(`bench:insights ${quick ? '(quick) ' : ''}— ${JSON.stringify(sizes)}`)
  console.log(`load average at start: ${os.loadavg().map((l) => l.toFixed(2)).join(' ')} on ${os.cpus().length} cores`)
  const t = await createTestPayload()
  try {
    const { createEventStore } = await import('../../cms/database/eventStore')
    const store = createEventStore(t.payload)
    const client = (t.payload.db as unknown as { client: { execute(s: string): Promise<{ rows: Record<string, unknown>[] }> } }).client

    const a = parts.has('a') ? await ingestBench(store) : null
    if (a) {
    console.log(`\na. ingest into SQLite (rollups in the same transaction)`)
    console.log(`   batched (${fmt(a.batchSize)} per transaction, ${fmt(a.batchedEvents)} events): ${fmt(a.batchedPerSecond)} events/s`)
    console.log(`   one transaction per event (${fmt(a.singleEvents)} events):       ${fmt(a.singlePerSecond)} events/s`)
    console.log(`   ratio batched / per event: ${fmt(a.ratio, 1)}×   (issue target: ≥ 5,000 events/s sustained)`)
    }

    const b: Awaited<ReturnType<typeof dashboardBench>>[] = []
    if (parts.has('b')) {
      for (const [i, shape] of shapes.entries()) {
        // Each shape on empty tables (part a's events are today's and are left out by the period).
        if (i > 0) for (const table of ['insights_events', 'insights_daily', 'insights_span_video', 'insights_span_entry', 'insights_span_vacancy', 'insights_span_sessions', 'insights_visitor_days', 'insights_sessions']) await client.execute(`DELETE FROM ${table}`)
        {
          const r = await dashboardBench(t.payload, store, client, shape)
          b.push(r)
          const ms = (x: { p50: number; p95: number; runs: number }) => `p50 ${fmt(x.p50, 1)} ms, p95 ${fmt(x.p95, 1)} ms (${x.runs} runs)`
          console.log(`\nb. dashboard (${shape}), ${fmt(r.events)} events over ${sizes.days} days, ${sizes.videos} videos, ${sizes.variants} variants (loaded at ${fmt(r.loadPerSecond)} events/s in ${fmt(r.loadSeconds, 1)} s); load average ${os.loadavg()[0]!.toFixed(2)}`)
          console.log(`   ${fmt(r.rawRows)} raw rows, ${fmt(r.sessionRows)} sessions; rollup rows: fine ${fmt(r.rollupRows)}, coarse (all blocks) video ${fmt(r.coarseRows.video)} / entry ${fmt(r.coarseRows.entry)} / vacancy ${fmt(r.coarseRows.vacancy)} / sessions ${fmt(r.coarseRows.sessions)}`)
          for (const v of r.views) {
            console.log(`   the Insights view's data, last ${v.days} days and the ${v.days} before (same figures as raw: ${v.same ? 'yes' : 'NO'}; load average ${v.loadavg.toFixed(2)})`)
            console.log(`      from the rollups:                ${ms(v.fast)}   (issue target: p95 < 300 ms)`)
            console.log(`      from raw events and session rows: ${ms(v.raw)}`)
            console.log(`      ratio raw / rollups: p50 ${fmt(v.ratioP50, 1)}×, p95 ${fmt(v.ratioP95, 1)}×`)
          }
          for (const f of r.filters) console.log(`   filtered, ${sizes.days} days: ${f.name} (same as raw: ${f.same ? 'yes' : 'NO'}): rollups ${ms(f.fast)}; raw ${ms(f.raw)}; ratio p95 ${fmt(f.ratioP95, 1)}×`)
          console.log(`   the view as the admin runs it, 28 days with closed days cached (first run ${fmt(r.cachedCold, 1)} ms; same figures: ${r.sameCached ? 'yes' : 'NO'}): ${ms(r.cached)}`)
        }
      }
    }

    const c = parts.has('c') ? banditBench() : null
    if (c) {
    console.log(`\nc. bandit, true rates 4 % vs 6 %, ${fmt(c.impressions)} impressions × ${c.seeds} seeds, snapshot every ${c.refresh}`)
    for (const r of c.perSeed) console.log(`   seed ${String(r.seed).padStart(2)}: ${(r.shareToBetter * 100).toFixed(1)} % to the better one, regret ${fmt(r.regret, 1)} conversions, stop rule fired ${r.stoppedAt === null ? 'not within the run' : `after ${fmt(r.stoppedAt)} impressions for ${r.winner === 'b' ? 'the better one' : 'THE WORSE ONE'}`}`)
    console.log(`   mean share to the better variant: ${(c.meanShareToBetter * 100).toFixed(1)} % (even split: 50 %)`)
    console.log(`   stop rule: fired in ${c.stoppedWithin} of ${c.seeds} runs, ${c.wrongWinners} picked the worse variant`)
    console.log(`   mean regret ${fmt(c.meanRegret, 1)} conversions vs even split ${fmt(c.evenSplitRegret, 1)}: ratio ${c.regretRatio.toFixed(2)}`)
    }

    console.log(`\nload average at end: ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`)
    const out = path.resolve(import.meta.dirname, '..', '..', 'test-results', 'bench-insights.json')
    fs.mkdirSync(path.dirname(out), { recursive: true })
    fs.writeFileSync(out, JSON.stringify({ at: new Date().toISOString(), sizes, loadavg: os.loadavg(), ingest: a, dashboard: b, bandit: c }, null, 2))
  } finally {
    await t.cleanup()
  }
}

await main()
