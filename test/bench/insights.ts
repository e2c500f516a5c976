/**
 * `npm run bench:insights`: the Insights figures of issue 11, as ratios against baselines measured
 * in the same run on the same SQLite file. Prints; asserts nothing (the machine is shared).
 *
 *   a. Ingest: events/s into the embedded store, batched (one transaction per batch, rollups in
 *      the same transaction) against one transaction per event.
 *   b. Dashboard: N events over D days, V videos, K variants; the data of one Insights view
 *      (funnel per video, per variant, per entry point, per source, per vacancy and department,
 *      for the last 28 days) from the coarse rollups against the same counts computed over raw
 *      events (and, as before, the fine rollups with unique visitor-days); p50/p95. On two input
 *      shapes, each in its own database: `uniform` (videos, variants, days evenly; 12 sources) and
 *      `skewed` (a few videos get most views, 60 sources with a long tail, more traffic lately).
 *   c. Bandit: two variants with true rates 4 % and 6 %, impressions assigned per session by
 *      `assignVariant` on a posterior snapshot refreshed every R impressions; the share that went to
 *      the better one, the regret against always showing it, the same for an even split, and
 *      when the stop rule (P(best) ≥ 95 %) would have ended the test.
 *
 * Flags: --quick (small sizes), --events=1000000 --days=90 --videos=60 --variants=3
 * --ingest=100000 --batch=1000 --dashboard-runs=20 --raw-runs=5 --impressions=20000 --seeds=10
 * --refresh=100 --parts=a,b,c --shapes=uniform,skewed. Results also go to test-results/bench-insights.json. The generated traffic is
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
import type { EventStore, RollupQuery, StoredEvent } from '../../cms/database/eventStore'
import { cachedRollups, viewQueries } from '../../cms/insights/dashboard'
import { createTestPayload } from '../helpers/testPayload'

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
  rawRuns: num('raw-runs', 5, 3),
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

const percentile = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]!
}
const fmt = (n: number, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits })

/** The data of one Insights view for a period: the admin view's own queries (cms/insights/dashboard.ts). */
function dashboardQueries(from: string, to: string, uniques: boolean): RollupQuery[] {
  return Object.values(viewQueries({ from, to })).map((q) => ({ ...q, uniques }))
}

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

async function dashboardBench(store: EventStore, client: { execute(s: string): Promise<{ rows: Record<string, unknown>[] }> }, shape: Shape) {
  // Days before the ingest bench's (today), so part a's events do not mix in.
  const endAt = Date.now() - 2 * DAY
  const gen = eventGenerator(2, { days: sizes.days, videos: sizes.videos, variants: sizes.variants, endAt, shape })
  const t0 = performance.now()
  for (let done = 0; done < sizes.events; done += 5000) await store.appendBatch(Array.from({ length: Math.min(5000, sizes.events - done) }, gen))
  const loadSeconds = (performance.now() - t0) / 1000
  const rows = async (table: string) => Number((await client.execute(`SELECT COUNT(*) AS n FROM ${table}`)).rows[0]!.n)
  const rollupRows = await rows('insights_daily')
  const coarseRows = { video: await rows('insights_daily_video'), entry: await rows('insights_daily_entry'), vacancy: await rows('insights_daily_vacancy') }
  const rawRows = await rows('insights_events')
  const from = amsterdamDay(endAt - 27 * DAY)
  const to = amsterdamDay(endAt)
  const counts = dashboardQueries(from, to, false)
  const fine = dashboardQueries(from, to, true)
  const run = (q: 'queryRollups' | 'queryRaw', list: RollupQuery[]) => Promise.all(list.map((x) => store[q](x)))
  // Same figures both ways, or the comparison means nothing.
  const canon = (rows: unknown[][]) => JSON.stringify(rows.map((r) => r.map((x) => JSON.stringify(x)).sort()))
  const sameCounts = canon(await run('queryRollups', counts)) === canon(await run('queryRaw', counts))
  const sameFine = canon(await run('queryRollups', fine)) === canon(await run('queryRaw', fine))
  const coarseMs = await timeRuns(sizes.dashboardRuns, () => run('queryRollups', counts))
  const fineMs = await timeRuns(Math.max(3, Math.ceil(sizes.dashboardRuns / 2)), () => run('queryRollups', fine))
  const rawMs = await timeRuns(sizes.rawRuns, () => run('queryRaw', counts))
  // The view as the admin runs it: closed days from memory, the last two days (still open, as if
  // the period ended today) read each time. The first run fills the cache.
  const cached = cachedRollups(store, { now: () => endAt })
  const cachedCold = (await timeRuns(1, () => Promise.all(counts.map((x) => cached.queryRollups(x)))))[0]!
  const sameCached = canon(await Promise.all(counts.map((x) => cached.queryRollups(x)))) === canon(await run('queryRaw', counts))
  const cachedMs = await timeRuns(sizes.dashboardRuns, () => Promise.all(counts.map((x) => cached.queryRollups(x))))
  const stats = (ms: number[]) => ({ runs: ms.length, p50: percentile(ms, 50), p95: percentile(ms, 95) })
  return {
    shape,
    events: sizes.events,
    loadSeconds,
    loadPerSecond: sizes.events / loadSeconds,
    rawRows,
    rollupRows,
    coarseRows,
    sameFigures: sameCounts && sameFine && sameCached,
    cachedCold,
    cached: stats(cachedMs),
    coarse: stats(coarseMs),
    fine: stats(fineMs),
    raw: stats(rawMs),
    ratioP50: percentile(rawMs, 50) / percentile(coarseMs, 50),
    ratioP95: percentile(rawMs, 95) / percentile(coarseMs, 95),
  }
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
        if (i > 0) for (const table of ['insights_events', 'insights_daily', 'insights_daily_video', 'insights_daily_entry', 'insights_daily_vacancy', 'insights_visitor_days', 'insights_sessions']) await client.execute(`DELETE FROM ${table}`)
        {
          const r = await dashboardBench(store, client, shape)
          b.push(r)
          console.log(`\nb. dashboard (${shape}), ${fmt(r.events)} events over ${sizes.days} days, ${sizes.videos} videos, ${sizes.variants} variants (loaded at ${fmt(r.loadPerSecond)} events/s in ${fmt(r.loadSeconds, 1)} s); load average ${os.loadavg()[0]!.toFixed(2)}`)
          console.log(`   ${fmt(r.rawRows)} raw rows; rollup rows: fine ${fmt(r.rollupRows)}, coarse video ${fmt(r.coarseRows.video)} / entry ${fmt(r.coarseRows.entry)} / vacancy ${fmt(r.coarseRows.vacancy)}; same figures as raw: ${r.sameFigures ? 'yes' : 'NO'}`)
          console.log(`   one Insights view (5 queries, last 28 days), coarse rollups:      p50 ${fmt(r.coarse.p50, 1)} ms, p95 ${fmt(r.coarse.p95, 1)} ms (${r.coarse.runs} runs)`)
          console.log(`   the same with unique visitor-days from the fine rollups:     p50 ${fmt(r.fine.p50, 1)} ms, p95 ${fmt(r.fine.p95, 1)} ms (${r.fine.runs} runs)`)
          console.log(`   the same counts scanning raw events:                          p50 ${fmt(r.raw.p50, 1)} ms, p95 ${fmt(r.raw.p95, 1)} ms (${r.raw.runs} runs)`)
          console.log(`   coarse + closed-day cache (26 closed days, 2 open; first run ${fmt(r.cachedCold, 1)} ms): p50 ${fmt(r.cached.p50, 1)} ms, p95 ${fmt(r.cached.p95, 1)} ms (${r.cached.runs} runs)`)
          console.log(`   ratio raw / coarse: p50 ${fmt(r.ratioP50, 1)}×, p95 ${fmt(r.ratioP95, 1)}×; raw / cached p95 ${fmt(r.raw.p95 / r.cached.p95, 1)}×   (issue target: p95 < 300 ms)`)
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
