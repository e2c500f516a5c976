/**
 * `npm run bench:insights`: the Insights figures of issue 11, as ratios against baselines measured
 * in the same run on the same SQLite file. Prints; asserts nothing (the machine is shared).
 *
 *   a. Ingest: events/s into the embedded store, batched (one transaction per batch, rollups in
 *      the same transaction) against one transaction per event.
 *   b. Dashboard: N events over D days, V videos, K variants; the data of one Insights view
 *      (funnel per video, per variant, per entry point, per source, for the last 28 days) from the
 *      rollups against the same figures computed over raw events; p50/p95.
 *   c. Bandit: two variants with true rates 4 % and 6 %, impressions assigned per session by
 *      `assignVariant` on a posterior snapshot refreshed every R impressions; the share that went to
 *      the better one, the regret against always showing it, the same for an even split, and
 *      when the stop rule (P(best) ≥ 95 %) would have ended the test.
 *
 * Flags: --quick (small sizes), --events=1000000 --days=90 --videos=60 --variants=3
 * --ingest=100000 --batch=1000 --dashboard-runs=20 --raw-runs=5 --impressions=20000 --seeds=10
 * --refresh=100 --parts=a,b,c. Results also go to test-results/bench-insights.json. The generated traffic is
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
import { createTestPayload } from '../helpers/testPayload'

const args = new Map(process.argv.slice(2).map((a): [string, string | undefined] => { const [k, v] = a.replace(/^--/, '').split('='); return [k!, v] }))
const quick = args.has('quick')
/** Which parts to run: --parts=a,b,c (all by default). */
const parts = new Set((args.get('parts') ?? 'a,b,c').split(','))
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

/** A generator of plausible events: a visitor sees a video on a vacancy page and some go further. */
function eventGenerator(seed: number, opts: { days: number; videos: number; variants: number; endAt: number }) {
  const random = seededRandom(seed)
  const videos = Array.from({ length: opts.videos }, (_, i) => ({ id: `video-${i}`, vacancy: `vacancy-${i % 40}`, department: `department-${i % 8}` }))
  const variants = Array.from({ length: opts.variants }, (_, i) => String.fromCharCode(97 + i))
  return (): StoredEvent => {
    const at = opts.endAt - Math.floor(random() * opts.days * DAY)
    const video = pick(random, videos)
    const language = random() < 0.85 ? 'nl' : 'en'
    const source = pick(random, SOURCES)
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

/** The data of one Insights view for a period: what the admin page would ask for in one go. */
function dashboardQueries(from: string, to: string): RollupQuery[] {
  const period = { from, to }
  const funnel = ['video_impression', 'video_play', 'video_progress_50', 'entry_start', 'submission_lead', 'submission_application']
  return [
    { period, groupBy: ['video'], metrics: funnel },
    { period, groupBy: ['video', 'variant'], metrics: ['video_impression', 'video_play'] },
    { period, groupBy: ['entryPoint'], metrics: ['entry_view', 'entry_start', 'submission_lead', 'submission_application', 'submission_quiz_result', 'submission_business_case_result'] },
    { period, groupBy: ['source'], metrics: funnel },
    { period, groupBy: ['vacancy'], metrics: ['page_view', 'entry_start', 'submission_application'] },
  ]
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

async function dashboardBench(store: EventStore, client: { execute(s: string): Promise<{ rows: Record<string, unknown>[] }> }) {
  // Days before the ingest bench's (today), so part a's events do not mix in.
  const endAt = Date.now() - 2 * DAY
  const gen = eventGenerator(2, { days: sizes.days, videos: sizes.videos, variants: sizes.variants, endAt })
  const t0 = performance.now()
  for (let done = 0; done < sizes.events; done += 5000) await store.appendBatch(Array.from({ length: Math.min(5000, sizes.events - done) }, gen))
  const loadSeconds = (performance.now() - t0) / 1000
  const rollupRows = Number((await client.execute('SELECT COUNT(*) AS n FROM insights_daily')).rows[0]!.n)
  const rawRows = Number((await client.execute('SELECT COUNT(*) AS n FROM insights_events')).rows[0]!.n)
  const queries = dashboardQueries(amsterdamDay(endAt - 27 * DAY), amsterdamDay(endAt))
  const all = (q: 'queryRollups' | 'queryRaw') => Promise.all(queries.map((x) => store[q](x)))
  // Same figures both ways, or the comparison means nothing.
  const [fromRollups, fromRaw] = [await all('queryRollups'), await all('queryRaw')]
  const canon = (rows: unknown[][]) => JSON.stringify(rows.map((r) => r.map((x) => JSON.stringify(x)).sort()))
  const same = canon(fromRollups) === canon(fromRaw)
  const rollupMs = await timeRuns(sizes.dashboardRuns, () => all('queryRollups'))
  const rawMs = await timeRuns(sizes.rawRuns, () => all('queryRaw'))
  return {
    events: sizes.events,
    loadSeconds,
    loadPerSecond: sizes.events / loadSeconds,
    rawRows,
    rollupRows,
    sameFigures: same,
    rollups: { runs: rollupMs.length, p50: percentile(rollupMs, 50), p95: percentile(rollupMs, 95) },
    raw: { runs: rawMs.length, p50: percentile(rawMs, 50), p95: percentile(rawMs, 95) },
    ratioP50: percentile(rawMs, 50) / percentile(rollupMs, 50),
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

    const b = parts.has('b') ? await dashboardBench(store, client) : null
    if (b) {
    console.log(`\nb. dashboard, ${fmt(b.events)} events over ${sizes.days} days, ${sizes.videos} videos, ${sizes.variants} variants (loaded at ${fmt(b.loadPerSecond)} events/s in ${fmt(b.loadSeconds, 1)} s)`)
    console.log(`   ${fmt(b.rawRows)} raw rows, ${fmt(b.rollupRows)} rollup rows; same figures from both: ${b.sameFigures ? 'yes' : 'NO'}`)
    console.log(`   one Insights view (5 queries, last 28 days) from rollups:   p50 ${fmt(b.rollups.p50, 1)} ms, p95 ${fmt(b.rollups.p95, 1)} ms (${b.rollups.runs} runs)`)
    console.log(`   the same figures over raw events:                          p50 ${fmt(b.raw.p50, 1)} ms, p95 ${fmt(b.raw.p95, 1)} ms (${b.raw.runs} runs)`)
    console.log(`   ratio raw / rollups (p50): ${fmt(b.ratioP50, 1)}×   (issue target: rollups p95 < 300 ms)`)
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
