/**
 * The data of the admin's Insights view (cms/admin/InsightsView), from the rollups only, never
 * from raw events: a funnel per video (impressions → plays → 50 % → entry-point start → lead or
 * application) with rates, for a period and the period before it; the same per entry point,
 * vacancy, department and source (with sessions by first touch); and vacancies without a video.
 *
 * One query per coarse table and period answers several sections (`viewQueries`, `sections`);
 * the tables keep their counts per block of days (cms/database/rollupSpans.ts), so 90 days are
 * about eight blocks, and sessions come from their own rollup.
 *
 * Closed days never change (events arrive at most 15 minutes late, rollups are never deleted),
 * so the part of a period before yesterday is answered once and kept in memory; only yesterday
 * and today are read each time (`cachedRollups`).
 */
import type { Payload } from 'payload'

import { amsterdamDay, DAY_PATTERN } from '../../common/insights/day'
import { shareCodeOf } from '../../common/insights/source'
import type { Dimension, EventStore, Period, RollupQuery, RollupRow, SessionRow } from '../database/eventStore'
import { SHARE_METRICS, shareLinksBySource } from './shareLinks'

const DAY = 24 * 3600_000

/** "2026-12-03" → "2026-12-02" (calendar arithmetic on the date itself, no time zone involved). */
export function addDays(day: string, n: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number]
  return new Date(Date.UTC(y, m - 1, d + n)).toISOString().slice(0, 10)
}

export function daysIn(period: Period): number {
  const [a, b] = [period.from, period.to].map((d) => Date.parse(`${d}T00:00:00Z`))
  return Math.round((b! - a!) / DAY) + 1
}

/** The period of the same length just before. */
export function previousPeriod(period: Period): Period {
  const n = daysIn(period)
  return { from: addDays(period.from, -n), to: addDays(period.from, -1) }
}

function merge(q: RollupQuery, parts: RollupRow[][]): RollupRow[] {
  const out = new Map<string, RollupRow>()
  for (const rows of parts)
    for (const r of rows) {
      const key = [...q.groupBy.map((d) => r[d] ?? ''), r.metric].join('\u0000')
      const had = out.get(key)
      if (!had) out.set(key, { ...r })
      else {
        had.count += r.count
        if (had.visitors !== undefined && r.visitors !== undefined) had.visitors += r.visitors
      }
    }
  return [...out.values()]
}

/** `queryRollups` with closed days answered from memory. */
export function cachedRollups(store: Pick<EventStore, 'queryRollups'>, opts: { now?: () => number; maxEntries?: number } = {}) {
  const now = opts.now ?? Date.now
  const maxEntries = opts.maxEntries ?? 500
  const cache = new Map<string, Promise<RollupRow[]>>()
  const closed = (q: RollupQuery) => {
    const key = JSON.stringify(q)
    let hit = cache.get(key)
    if (!hit) {
      hit = store.queryRollups(q)
      hit.catch(() => cache.delete(key))
      if (cache.size >= maxEntries) cache.delete(cache.keys().next().value!)
      cache.set(key, hit)
    }
    return hit
  }
  return {
    async queryRollups(q: RollupQuery): Promise<RollupRow[]> {
      // Yesterday still takes late events until shortly after midnight; everything before is closed.
      const openFrom = amsterdamDay(now() - DAY - 20 * 60_000)
      if (q.period.from >= openFrom) return store.queryRollups(q)
      if (q.period.to < openFrom) return closed(q)
      const [old, fresh] = await Promise.all([closed({ ...q, period: { from: q.period.from, to: addDays(openFrom, -1) } }), store.queryRollups({ ...q, period: { from: openFrom, to: q.period.to } })])
      return merge(q, [old, fresh])
    },
    get size() {
      return cache.size
    },
  }
}

export const FUNNEL = ['video_impression', 'video_play', 'video_progress_50', 'entry_start', 'submission_lead', 'submission_application'] as const
const ENTRY_METRICS = ['entry_view', 'entry_start', 'submission_lead', 'submission_application', 'submission_quiz_result', 'submission_business_case_result']
const VACANCY_METRICS = ['page_view', 'video_impression', 'video_play', 'entry_start', 'submission_lead', 'submission_application']

/**
 * The queries of one view, for one period: one per coarse table, each answering several sections
 * (`sections` splits them). The funnel per video and the hooks per variant come from one query by
 * video × variant; sources, share links and entry points from one by entry point × source.
 */
export function viewQueries(period: Period): Record<'video' | 'entry' | 'vacancy', RollupQuery> {
  return {
    video: { period, groupBy: ['video', 'variant'], metrics: FUNNEL, uniques: false },
    entry: { period, groupBy: ['entryPoint', 'source'], metrics: [...new Set([...FUNNEL, ...ENTRY_METRICS, ...SHARE_METRICS])], uniques: false },
    vacancy: { period, groupBy: ['vacancy', 'department'], metrics: VACANCY_METRICS, uniques: false },
  }
}

/** Rows summed over the dimensions not in `dims`, for the given metrics only. */
function regroup(rows: readonly RollupRow[], dims: readonly Dimension[], metrics: readonly string[]): RollupRow[] {
  const wanted = new Set(metrics)
  const out = new Map<string, RollupRow>()
  for (const r of rows) {
    if (!wanted.has(r.metric)) continue
    const key = [...dims.map((d) => r[d] ?? ''), r.metric].join('\u0000')
    const had = out.get(key)
    if (had) had.count += r.count
    else out.set(key, { ...Object.fromEntries(dims.map((d) => [d, r[d] ?? ''])), metric: r.metric, count: r.count })
  }
  return [...out.values()]
}

export type Section = 'video' | 'variant' | 'entry' | 'source' | 'vacancy' | 'share'

/** The rows of each section of the view from the answers to `viewQueries`. */
export function sections(rows: Record<keyof ReturnType<typeof viewQueries>, RollupRow[]>): Record<Section, RollupRow[]> {
  return {
    video: regroup(rows.video, ['video'], FUNNEL),
    variant: regroup(rows.video, ['video', 'variant'], ['video_impression', 'video_play']),
    entry: regroup(rows.entry, ['entryPoint'], ENTRY_METRICS),
    source: regroup(rows.entry, ['source'], FUNNEL),
    share: regroup(rows.entry, ['source'], SHARE_METRICS),
    vacancy: rows.vacancy,
  }
}

export type Counts = Record<string, number>
export interface Line {
  key: string
  label: string
  now: Counts
  before: Counts
}

function lines(rows: RollupRow[], previous: RollupRow[], dims: Dimension[], label: (key: string[]) => string): Line[] {
  const out = new Map<string, Line>()
  const add = (r: RollupRow, which: 'now' | 'before') => {
    const parts = dims.map((d) => r[d] ?? '')
    const key = parts.join('/')
    let line = out.get(key)
    if (!line) out.set(key, (line = { key, label: label(parts), now: {}, before: {} }))
    line[which][r.metric] = (line[which][r.metric] ?? 0) + r.count
  }
  for (const r of rows) add(r, 'now')
  for (const r of previous) add(r, 'before')
  return [...out.values()]
}

export interface InsightsData {
  period: Period
  previous: Period
  totals: { now: Counts; before: Counts }
  videos: Line[]
  variants: Line[]
  entryPoints: Line[]
  sources: (Line & { sessions: { now: number; before: number; convertedNow: number; convertedBefore: number } })[]
  vacancies: Line[]
  departments: Line[]
  vacanciesWithoutVideo: { id: string; title: string }[]
  /** Per employee share link: its video and colleague as label (none once withdrawn), and whether it ended. */
  shareLinks: (Line & { revoked: boolean })[]
}

type Rollups = Pick<EventStore, 'queryRollups'>

/** Everything the view shows for a period, compared with the period before. */
export async function insightsData(payload: Payload, store: Rollups & Pick<EventStore, 'querySessions'>, period: Period, locale: 'nl' | 'en'): Promise<InsightsData> {
  if (!DAY_PATTERN.test(period.from) || !DAY_PATTERN.test(period.to) || period.from > period.to) throw new RangeError('Insights: a period is two days, from ≤ to')
  const previous = previousPeriod(period)
  const answer = async (which: Period) => {
    const q = viewQueries(which)
    const [video, entry, vacancy] = await Promise.all([store.queryRollups(q.video), store.queryRollups(q.entry), store.queryRollups(q.vacancy)])
    return sections({ video, entry, vacancy })
  }
  const [now, before, sessionsNow, sessionsBefore] = await Promise.all([answer(period), answer(previous), store.querySessions(period), store.querySessions(previous)])
  const r = Object.fromEntries((Object.keys(now) as Section[]).map((k) => [k, { now: now[k], before: before[k] }])) as Record<Section, { now: RollupRow[]; before: RollupRow[] }>

  const [videos, vacancies, departments] = await Promise.all([
    payload.find({ collection: 'videos', depth: 0, limit: 500, locale, overrideAccess: true, select: { title: true, contributorName: true } as never }),
    payload.find({ collection: 'vacancies', depth: 0, limit: 500, locale, overrideAccess: true, where: { status: { equals: 'open' } }, select: { title: true } as never }),
    payload.find({ collection: 'departments', depth: 0, limit: 200, locale, overrideAccess: true, select: { name: true } as never }),
  ])
  const name = new Map<string, string>()
  for (const v of videos.docs as { id: string; title?: string; contributorName?: string }[]) name.set(`video:${v.id}`, [v.title, v.contributorName].filter(Boolean).join(' — ') || String(v.id))
  for (const v of vacancies.docs as { id: string; title?: string }[]) name.set(`vacancy:${v.id}`, v.title || String(v.id))
  for (const d of departments.docs as { id: string; name?: string }[]) name.set(`department:${d.id}`, d.name || String(d.id))
  const none = locale === 'en' ? '(none)' : '(geen)'
  const named = (kind: string) => (parts: string[]) => (parts[0] ? (name.get(`${kind}:${parts[0]}`) ?? parts[0]) : none)

  const totals = { now: {} as Counts, before: {} as Counts }
  for (const [which, rows] of [['now', r.source.now], ['before', r.source.before]] as const) for (const row of rows) totals[which][row.metric] = (totals[which][row.metric] ?? 0) + row.count

  const sessionTotals = (rows: SessionRow[]) => {
    const m = new Map<string, { sessions: number; converted: number }>()
    for (const s of rows) {
      const had = m.get(s.firstSource) ?? { sessions: 0, converted: 0 }
      had.sessions += s.sessions
      had.converted += s.converted
      m.set(s.firstSource, had)
    }
    return m
  }
  const [sn, sb] = [sessionTotals(sessionsNow), sessionTotals(sessionsBefore)]
  const sources = lines(r.source.now, r.source.before, ['source'], (x) => x[0] || 'direct')
  for (const src of new Set([...sn.keys(), ...sb.keys()])) if (!sources.some((l) => l.key === src)) sources.push({ key: src, label: src, now: {}, before: {} })

  const shared = lines(r.share.now.filter((x) => shareCodeOf(x.source ?? '')), r.share.before.filter((x) => shareCodeOf(x.source ?? '')), ['source'], (x) => x[0]!)
  const linkInfo = await shareLinksBySource(payload, [...new Set([...shared.map((l) => l.key), ...sources.map((l) => l.key)])], locale)
  // A share link as a source reads as the link, not as its code.
  for (const l of sources) {
    const info = linkInfo.get(l.key)
    if (info) l.label = `${locale === 'en' ? 'Share link' : 'Deellink'}: ${info.label}`
  }
  const shareLinks = shared.map((l) => ({ ...l, label: linkInfo.get(l.key)?.label ?? shareCodeOf(l.key)!, revoked: linkInfo.get(l.key)?.revoked ?? false }))

  // A vacancy "has a video" when a published video links it (the video's own `vacancies` field).
  const published = await payload.find({ collection: 'videos', depth: 0, limit: 1000, overrideAccess: true, where: { status: { equals: 'published' } }, select: { vacancies: true } as never })
  const withVideo = new Set((published.docs as { vacancies?: (string | { id: string })[] | null }[]).flatMap((v) => (v.vacancies ?? []).map((x) => String(typeof x === 'object' ? x.id : x))))

  return {
    period,
    previous,
    totals,
    videos: lines(r.video.now, r.video.before, ['video'], named('video')).filter((l) => l.key !== ''),
    variants: lines(r.variant.now, r.variant.before, ['video', 'variant'], (x) => (x[1] ? `${named('video')([x[0]!])} · ${x[1]}` : named('video')([x[0]!]))).filter((l) => !l.key.startsWith('/')),
    entryPoints: lines(r.entry.now, r.entry.before, ['entryPoint'], (x) => x[0] || none).filter((l) => l.key !== ''),
    sources: sources.map((l) => ({ ...l, sessions: { now: sn.get(l.key)?.sessions ?? 0, before: sb.get(l.key)?.sessions ?? 0, convertedNow: sn.get(l.key)?.converted ?? 0, convertedBefore: sb.get(l.key)?.converted ?? 0 } })),
    vacancies: lines(r.vacancy.now, r.vacancy.before, ['vacancy'], named('vacancy')).filter((l) => l.key !== ''),
    departments: lines(r.vacancy.now, r.vacancy.before, ['department'], named('department')).filter((l) => l.key !== ''),
    shareLinks,
    vacanciesWithoutVideo: (vacancies.docs as { id: string; title?: string }[]).filter((v) => !withVideo.has(String(v.id))).map((v) => ({ id: String(v.id), title: v.title || String(v.id) })),
  }
}

/** The default period: the last 28 days up to today (Europe/Amsterdam). */
export function defaultPeriod(now = Date.now()): Period {
  const to = amsterdamDay(now)
  return { from: addDays(to, -27), to }
}
