/**
 * The one adapter-specific module of Insights: the append-only store of measurement events and
 * the daily rollups the dashboard reads. Like jobQueue.ts it speaks to each database directly,
 * because Payload's Local API writes one document per call with hooks and versions around it —
 * fine for a lead, far too slow for thousands of events a second — and cannot do an increment.
 *
 * SQLite: every batch is one write transaction (libsql `batch(…, 'write')`, BEGIN IMMEDIATE) that
 * appends the raw rows and UPSERTs the rollups, so raw events and rollups never disagree.
 * MongoDB: raw events in a time-series collection, rollups by `$inc` upserts (not run here; see
 * the notes at the MongoDB implementation).
 *
 * A rollup row is one day (Europe/Amsterdam) × video × hook variant × entry point × source ×
 * language × vacancy × department × metric, with the event count and the number of distinct
 * daily visitor hashes. `visitors` is unique per row: summed over several rows (two sources, two
 * days) a person who appears in both counts twice — the dashboard labels it "visitor-days".
 *
 * That fine table has about one row for every two events (the dimensions multiply), so the
 * Insights view reads three coarse ones instead, each shaped for one kind of question and kept
 * in the same transaction: video × variant, entry point × source × language, and vacancy ×
 * department, each × metric (counts only; uniques come from the fine one). Their rows are per
 * block of 1, 3, 9, 27 and 81 days (rollupSpans.ts), so a period is a few blocks, not every day.
 *
 * Sessions: a visitor's events (by daily hash) belong to one session until 30 minutes pass
 * without one. The session's id is a hash of the daily visitor hash and its first event's time;
 * the session row keeps its first and last touch (source) and how many submissions it produced.
 * Opted-out visitors (no hash) have no session. A session ends at midnight with the daily hash.
 * Sessions are rolled up too (per block × first touch × language: sessions, converted, events),
 * in the same write, so the view never counts session rows.
 */
import crypto from 'node:crypto'
import type { Payload } from 'payload'

import { amsterdamDay, DAY_PATTERN } from '../../common/insights/day'
import { entryPointOf, rollupMetric, type InsightsEvent } from '../../common/insights/events'
import { blockStart, periodBlocks, SPANS } from './rollupSpans'

/** An event as the CMS keeps it: the checked event and the visitor's daily hash (null: opted out, or no salt). */
export interface StoredEvent {
  event: InsightsEvent
  visitor: string | null
}

export const DIMENSIONS = ['day', 'video', 'variant', 'entryPoint', 'source', 'language', 'vacancy', 'department'] as const
export type Dimension = (typeof DIMENSIONS)[number]

export interface Period {
  /** First day, inclusive, "YYYY-MM-DD" in Europe/Amsterdam. */
  from: string
  /** Last day, inclusive. */
  to: string
}

/** `visitors` is there when the query asked for uniques (the default). */
export type RollupRow = Partial<Record<Dimension, string>> & { metric: string; count: number; visitors?: number }

export interface RollupQuery {
  period: Period
  groupBy: readonly Dimension[]
  /** Equality filters on dimensions ('' matches events without that dimension). */
  filter?: Partial<Record<Dimension, string>>
  /** Only these metrics (e.g. the funnel's five). */
  metrics?: readonly string[]
  /**
   * Count unique visitor-days too (default true). Without them the query is answered from the
   * coarsest rollup table that has every dimension asked for, which is what the Insights view does.
   */
  uniques?: boolean
}

/** Sessions that started in a period, per first touch (source) and language. */
export interface SessionRow {
  firstSource: string
  language: string
  sessions: number
  /** Sessions that produced at least one lead, application or result. */
  converted: number
  events: number
}

/** 30 minutes without an event end a session. */
export const SESSION_GAP_MS = 30 * 60_000
/** Events arrive up to 15 minutes after they happened (MAX_EVENT_AGE_MS). */
const MAX_LATE_MS = 15 * 60_000

export interface EventStore {
  /** Appends the events and updates their rollups, all or nothing. */
  appendBatch(events: readonly StoredEvent[]): Promise<void>
  /** The dashboard's figures: counts per metric for the period, grouped by the given dimensions. */
  queryRollups(query: RollupQuery): Promise<RollupRow[]>
  /** The same figures computed from raw events — the benchmark's baseline and the tests' cross-check, never the dashboard's. */
  queryRaw(query: RollupQuery): Promise<RollupRow[]>
  /** Deletes raw events from before `date` (retention: 13 months); rollups stay. Returns how many. */
  deleteRawOlderThan(date: Date): Promise<number>
  /** Forgets which hashes were seen on days before `day`: only today's (and a late yesterday's) are needed for uniques. */
  deleteVisitorDaysBefore(day: string): Promise<number>
  /** The salt of `day`, created from `fresh` if this is the first call that day (the first writer wins across processes). */
  saltFor(day: string, fresh: string): Promise<string>
  /** Deletes the salts of days before `day`: once gone, that day's hashes can no longer be recomputed. */
  deleteSaltsBefore(day: string): Promise<number>
  /** Sessions per first touch and language for a period (by the day they started), from the session rollup. */
  querySessions(period: Period): Promise<SessionRow[]>
  /** The same figures counted over the session rows themselves — the benchmark's baseline and the tests' cross-check. */
  querySessionsRaw(period: Period): Promise<SessionRow[]>
  /** Claims the digest mail of a week ("2026-W49"): true for the one caller that may send it. */
  claimDigest(week: string, now: number): Promise<boolean>
  /** Gives a claimed week back (its mail could not be sent), so a later run tries again. */
  releaseDigest(week: string): Promise<void>
  /** The session a submission (by its one-way code) came from, with its first and last touch. */
  sessionOfSubmission(ref: string): Promise<{ id: string; firstSource: string; lastSource: string; startedAt: number; lastAt: number; events: number } | null>
}

export function createEventStore(payload: Payload): EventStore {
  const name = (payload.db as { name?: string }).name
  if (name === 'sqlite') return sqliteStore(payload)
  if (name === 'mongoose') return mongoStore(payload)
  throw new Error(`Insights do not support the "${name}" database adapter.`)
}

/** The flat row of an event: every dimension as text, '' when the event has none. */
interface Row {
  at: number
  day: string
  type: string
  metric: string
  video: string
  variant: string
  entryPoint: string
  source: string
  language: string
  vacancy: string
  department: string
  pageType: string
  shareLink: string
  visitor: string | null
  session: string
  ref: string
}

function toRow({ event: e, visitor }: StoredEvent): Row {
  const field = (k: string) => {
    const v = (e as Record<string, unknown>)[k]
    return typeof v === 'string' ? v : ''
  }
  return {
    at: e.at,
    day: amsterdamDay(e.at),
    type: e.type,
    metric: rollupMetric(e),
    video: field('video'),
    variant: field('variant'),
    entryPoint: entryPointOf(e),
    source: e.source,
    language: e.language,
    vacancy: field('vacancy'),
    department: field('department'),
    pageType: field('pageType'),
    shareLink: field('shareLink'),
    visitor,
    session: '',
    ref: field('ref'),
  }
}

export const sessionId = (visitor: string, startedAt: number) => crypto.createHash('sha256').update(`session\n${visitor}\n${startedAt}`).digest('base64url').slice(0, 22)

interface SessionState {
  id: string
  day: string
  visitor: string
  startedAt: number
  lastAt: number
  firstSource: string
  lastSource: string
  language: string
  events: number
  submissions: number
}

/**
 * Gives every row with a visitor hash its session, in time order. `known` is each visitor's
 * latest session (from memory or the database); returns the sessions this batch touched, with
 * this batch's events and submissions only (the upsert adds them to what is stored).
 */
export function assignSessions(rows: Row[], known: Map<string, { id: string; lastAt: number }>): SessionState[] {
  const touched = new Map<string, SessionState>()
  rows.sort((a, b) => a.at - b.at)
  for (const row of rows) {
    if (!row.visitor) continue
    const last = known.get(row.visitor)
    let id: string
    if (last && row.at - last.lastAt <= SESSION_GAP_MS && row.at >= last.lastAt - SESSION_GAP_MS) {
      id = last.id
      last.lastAt = Math.max(last.lastAt, row.at)
    } else {
      id = sessionId(row.visitor, row.at)
      known.set(row.visitor, { id, lastAt: row.at })
    }
    row.session = id
    let state = touched.get(id)
    if (!state) {
      state = { id, day: row.day, visitor: row.visitor, startedAt: row.at, lastAt: row.at, firstSource: row.source, lastSource: row.source, language: row.language, events: 0, submissions: 0 }
      touched.set(id, state)
    }
    state.lastAt = row.at
    state.lastSource = row.source
    state.events++
    if (row.type === 'submission') state.submissions++
  }
  return [...touched.values()]
}

const ROLLUP_KEY: readonly (keyof Row)[] = ['day', 'video', 'variant', 'entryPoint', 'source', 'language', 'vacancy', 'department', 'metric']

/**
 * The coarse rollups the Insights view reads: their table, their dimensions (besides the block
 * and metric). Each holds a row per day and per block of 3, 9, 27 and 81 days (rollupSpans.ts).
 */
export const COARSE = [
  { table: 'insights_span_video', dims: ['video', 'variant'] },
  { table: 'insights_span_entry', dims: ['entryPoint', 'source', 'language'] },
  { table: 'insights_span_vacancy', dims: ['vacancy', 'department'] },
] as const satisfies readonly { table: string; dims: readonly Dimension[] }[]

/** Counts per block of `span` days, key of the given dimensions and metric; `day` is the block's first day. */
function countBy(rows: readonly Row[], dims: readonly Dimension[], span: number) {
  const groups = new Map<string, { day: string; row: Row; count: number }>()
  const starts = new Map<string, string>()
  for (const row of rows) {
    let day = starts.get(row.day)
    if (day === undefined) starts.set(row.day, (day = blockStart(row.day, span)))
    const key = [day, ...dims.map((d) => row[d]), row.metric].join('\u0000')
    const g = groups.get(key)
    if (g) g.count++
    else groups.set(key, { day, row, count: 1 })
  }
  return [...groups.values()]
}

/** The coarse table that has every dimension the query groups or filters by (besides the day), if any. */
function coarseFor(q: RollupQuery) {
  if (q.uniques !== false) return null
  const wanted = [...q.groupBy, ...Object.keys(q.filter ?? {})].filter((d) => d !== 'day') as Dimension[]
  return COARSE.find((c) => wanted.every((d) => (c.dims as readonly Dimension[]).includes(d))) ?? null
}

/** A query by day (grouped or filtered) reads the daily rows; any other the fewest blocks that make up the period. */
const blocksFor = (q: RollupQuery) => periodBlocks(q.period, { daily: q.groupBy.includes('day') || q.filter?.day !== undefined })

/** The batch folded per rollup key: how many events, and which visitor hashes. */
function fold(rows: readonly Row[]) {
  const groups = new Map<string, { row: Row; count: number; visitors: Set<string> }>()
  for (const row of rows) {
    const key = ROLLUP_KEY.map((k) => row[k]).join('\u0000')
    let g = groups.get(key)
    if (!g) groups.set(key, (g = { row, count: 0, visitors: new Set() }))
    g.count++
    if (row.visitor) g.visitors.add(row.visitor)
  }
  return groups
}

const sessionRowsOut = (rows: Record<string, unknown>[]): SessionRow[] =>
  rows.map((x) => ({ firstSource: String(x.first_source), language: String(x.language), sessions: Number(x.sessions), converted: Number(x.converted), events: Number(x.events) }))

function checkQuery(q: RollupQuery) {
  if (!DAY_PATTERN.test(q.period.from) || !DAY_PATTERN.test(q.period.to)) throw new RangeError('Insights period: days must be YYYY-MM-DD')
  for (const d of [...q.groupBy, ...Object.keys(q.filter ?? {})]) if (!(DIMENSIONS as readonly string[]).includes(d)) throw new RangeError(`Insights: unknown dimension "${d}"`)
}

// ---------------------------------------------------------------- SQLite (libsql, via Payload's client)

type Arg = string | number | null
type Stmt = { sql: string; args: Arg[] }
type LibsqlClient = {
  execute(stmt: Stmt | string): Promise<{ rows: Record<string, unknown>[]; rowsAffected: number }>
  batch(stmts: Stmt[], mode: 'write'): Promise<unknown>
}

const COLUMN: Record<Dimension | 'metric', string> = {
  day: 'day',
  video: 'video',
  variant: 'variant',
  entryPoint: 'entry_point',
  source: 'source',
  language: 'language',
  vacancy: 'vacancy',
  department: 'department',
  metric: 'metric',
}
// SQLite's default limit is 32,766 bound values per statement; 14 values × 500 rows stays well below.
const ROWS_PER_INSERT = 500

/**
 * rollupSpans.ts's `blockStart` in SQL: the first day of the block of `span` days holding `day`
 * (2440587.5 is 1970-01-01's Julian day). `span` must be an integer in SQL (a literal, not a
 * bound JS number, which libsql may bind as a real and so turn the division into a real one).
 */
const blockStartSql = (day: string, span: string) => `date((CAST(julianday(${day}) - 2440587.5 AS INTEGER) / ${span}) * ${span} * 86400, 'unixepoch')`

function sqliteStore(payload: Payload): EventStore {
  const client = (payload.db as unknown as { client: LibsqlClient }).client
  // Each visitor's latest session, so most batches need no read; the database answers misses
  // (another process, a restart). Entries past the gap are dropped when it grows.
  const latest = new Map<string, { id: string; lastAt: number }>()

  async function knownSessions(rows: readonly Row[]) {
    const missing = [...new Set(rows.flatMap((r) => (r.visitor && !latest.has(r.visitor) ? [r.visitor] : [])))]
    for (let i = 0; i < missing.length; i += ROWS_PER_INSERT) {
      const chunk = missing.slice(i, i + ROWS_PER_INSERT)
      const found = await client.execute({
        sql: `SELECT visitor, id, MAX(last_at) AS last_at FROM insights_sessions WHERE visitor IN (${chunk.map(() => '?').join(',')}) GROUP BY visitor`,
        args: chunk,
      })
      for (const r of found.rows) latest.set(String(r.visitor), { id: String(r.id), lastAt: Number(r.last_at) })
    }
    if (latest.size > 100_000) {
      const cutoff = Date.now() - 2 * SESSION_GAP_MS
      for (const [visitor, s] of latest) if (s.lastAt < cutoff) latest.delete(visitor)
    }
    return latest
  }

  /** The query's dimension filters and metrics as SQL on the columns of `alias` (if given). */
  function filters(q: RollupQuery, alias = ''): { sql: string[]; args: Arg[] } {
    const sql: string[] = []
    const args: Arg[] = []
    for (const [d, v] of Object.entries(q.filter ?? {})) {
      sql.push(`${alias}${COLUMN[d as Dimension]} = ?`)
      args.push(v ?? '')
    }
    if (q.metrics?.length) {
      sql.push(`${alias}metric IN (${q.metrics.map(() => '?').join(',')})`)
      args.push(...q.metrics)
    }
    return { sql, args }
  }

  function where(q: RollupQuery, dayColumn: string): { sql: string; args: Arg[] } {
    const f = filters(q)
    return { sql: [`${dayColumn} BETWEEN ? AND ?`, ...f.sql].join(' AND '), args: [q.period.from, q.period.to, ...f.args] }
  }

  function rowsOut(q: RollupQuery, rows: Record<string, unknown>[]): RollupRow[] {
    return rows.map((r) => {
      const out: RollupRow = { metric: String(r.metric), count: Number(r.count) }
      if (q.uniques !== false) out.visitors = Number(r.visitors)
      for (const d of q.groupBy) out[d] = String(r[COLUMN[d]] ?? '')
      return out
    })
  }

  return {
    async appendBatch(events) {
      if (events.length === 0) return
      const rows = events.map(toRow)
      const sessions = assignSessions(rows, await knownSessions(rows))
      const stmts: Stmt[] = []
      for (let i = 0; i < rows.length; i += ROWS_PER_INSERT) {
        const chunk = rows.slice(i, i + ROWS_PER_INSERT)
        stmts.push({
          sql: `INSERT INTO insights_events (at, day, type, metric, video, variant, entry_point, source, language, vacancy, department, page_type, share_link, visitor, session, ref)
                VALUES ${chunk.map(() => '(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)').join(',')}`,
          args: chunk.flatMap((r) => [r.at, r.day, r.type, r.metric, r.video, r.variant, r.entryPoint, r.source, r.language, r.vacancy, r.department, r.pageType, r.shareLink, r.visitor, r.session, r.ref]),
        })
      }
      for (let i = 0; i < sessions.length; i += ROWS_PER_INSERT) {
        const chunk = sessions.slice(i, i + ROWS_PER_INSERT)
        // The session rollup first, while the session rows are still as before this batch: a
        // session not stored yet starts (+1), one whose first submission is in this batch converts
        // (+1). Day, first touch and language are the stored row's (the first event's), which the
        // upsert below never changes; only new sessions take this batch's.
        stmts.push({
          sql: `WITH s (id, day, first_source, language, events, submissions) AS (VALUES ${chunk.map(() => '(?,?,?,?,?,?)').join(',')}),
                d AS (SELECT COALESCE(o.day, s.day) AS day, COALESCE(o.first_source, s.first_source) AS first_source, COALESCE(o.language, s.language) AS language,
                             o.id IS NULL AS started, (COALESCE(o.submissions, 0) = 0 AND s.submissions > 0) AS converted, s.events AS events
                      FROM s LEFT JOIN insights_sessions o ON o.id = s.id),
                spans (span) AS (VALUES ${SPANS.map((span) => `(${span})`).join(',')})
                INSERT INTO insights_span_sessions (span, day, first_source, language, sessions, converted, events)
                SELECT spans.span, ${blockStartSql('d.day', 'spans.span')}, d.first_source, d.language, SUM(d.started), SUM(d.converted), SUM(d.events)
                FROM d CROSS JOIN spans WHERE true GROUP BY 1, 2, 3, 4
                ON CONFLICT (span, day, first_source, language) DO UPDATE SET
                  sessions = sessions + excluded.sessions, converted = converted + excluded.converted, events = events + excluded.events`,
          args: chunk.flatMap((x) => [x.id, x.day, x.firstSource, x.language, x.events, x.submissions]),
        })
        // In DO UPDATE, bare column names are the stored row's values before this update.
        stmts.push({
          sql: `INSERT INTO insights_sessions (id, day, visitor, started_at, last_at, first_source, last_source, language, events, submissions)
                VALUES ${chunk.map(() => '(?,?,?,?,?,?,?,?,?,?)').join(',')}
                ON CONFLICT (id) DO UPDATE SET
                  last_source = CASE WHEN excluded.last_at >= last_at THEN excluded.last_source ELSE last_source END,
                  last_at = MAX(last_at, excluded.last_at),
                  events = events + excluded.events,
                  submissions = submissions + excluded.submissions`,
          args: chunk.flatMap((x) => [x.id, x.day, x.visitor, x.startedAt, x.lastAt, x.firstSource, x.lastSource, x.language, x.events, x.submissions]),
        })
      }
      // Each day's counts once, written to all its blocks by SQL (fewer values to bind than one
      // row per block; two days of one block in a batch are two upserts of the same row).
      for (const coarse of COARSE) {
        const dims = coarse.dims.map((d) => COLUMN[d])
        const cols = ['span', 'day', 'metric', ...dims]
        const groups = countBy(rows, coarse.dims, 1)
        const per = Math.floor(ROWS_PER_INSERT * 2)
        for (let i = 0; i < groups.length; i += per) {
          const chunk = groups.slice(i, i + per)
          stmts.push({
            sql: `WITH g (day, metric, ${dims.join(', ')}, count) AS (VALUES ${chunk.map(() => `(${dims.map(() => '?,').join('')}?,?,?)`).join(',')}),
                  spans (span) AS (VALUES ${SPANS.map((span) => `(${span})`).join(',')})
                  INSERT INTO ${coarse.table} (${cols.join(', ')}, count)
                  SELECT spans.span, ${blockStartSql('g.day', 'spans.span')}, g.metric, ${dims.map((d) => `g.${d}`).join(', ')}, g.count FROM g CROSS JOIN spans WHERE true
                  ON CONFLICT (${cols.join(', ')}) DO UPDATE SET count = count + excluded.count`,
            args: chunk.flatMap((g) => [g.day, g.row.metric, ...coarse.dims.map((d) => g.row[d]), g.count]),
          })
        }
      }
      // Hashes already seen for a rollup row today are ignored (DO NOTHING); the new ones carry
      // this batch's id, so the rollup upsert below counts exactly the visitors that are new.
      const batch = crypto.randomUUID()
      const groups = [...fold(rows)]
      const hashes = groups.flatMap(([key, g]) => [...g.visitors].map((h) => [g.row.day, key, h, batch]))
      for (let i = 0; i < hashes.length; i += ROWS_PER_INSERT) {
        const chunk = hashes.slice(i, i + ROWS_PER_INSERT)
        stmts.push({
          sql: `INSERT INTO insights_visitor_days (day, rollup_key, visitor, batch) VALUES ${chunk.map(() => '(?,?,?,?)').join(',')} ON CONFLICT DO NOTHING`,
          args: chunk.flat(),
        })
      }
      for (let i = 0; i < groups.length; i += ROWS_PER_INSERT) {
        const chunk = groups.slice(i, i + ROWS_PER_INSERT)
        // "WHERE true" tells SQLite's parser that ON CONFLICT belongs to the INSERT, not to a join.
        stmts.push({
          sql: `WITH s (day, video, variant, entry_point, source, language, vacancy, department, metric, count, rollup_key, seen) AS (VALUES ${chunk.map(() => '(?,?,?,?,?,?,?,?,?,?,?,?)').join(',')})
                INSERT INTO insights_daily (day, video, variant, entry_point, source, language, vacancy, department, metric, count, visitors)
                SELECT s.day, s.video, s.variant, s.entry_point, s.source, s.language, s.vacancy, s.department, s.metric, s.count,
                       CASE WHEN s.seen = 0 THEN 0 ELSE (SELECT COUNT(*) FROM insights_visitor_days v WHERE v.day = s.day AND v.rollup_key = s.rollup_key AND v.batch = ?) END
                FROM s WHERE true
                ON CONFLICT (day, video, variant, entry_point, source, language, vacancy, department, metric)
                DO UPDATE SET count = count + excluded.count, visitors = visitors + excluded.visitors`,
          args: [
            ...chunk.flatMap(([key, g]) => {
              const r = g.row
              return [r.day, r.video, r.variant, r.entryPoint, r.source, r.language, r.vacancy, r.department, r.metric, g.count, key, g.visitors.size]
            }),
            batch,
          ],
        })
      }
      await client.batch(stmts, 'write')
    },

    async queryRollups(q) {
      checkQuery(q)
      const cols = q.groupBy.map((d) => COLUMN[d])
      const w = where(q, 'day')
      const coarse = coarseFor(q)
      if (coarse) {
        // The period's blocks drive the loop (CROSS JOIN keeps them outside), each one a seek on
        // the primary key (span, day, metric, …): only the rows of the metrics asked for are read.
        const blocks = blocksFor(q)
        const f = filters(q, 't.')
        const result = await client.execute({
          sql: `WITH b (span, day) AS (VALUES ${blocks.map(() => '(?,?)').join(',')})
                SELECT ${[...cols, 'metric'].map((c) => `t.${c} AS ${c}`).join(', ')}, SUM(t.count) AS count
                FROM b CROSS JOIN ${coarse.table} t ON t.span = b.span AND t.day = b.day
                ${f.sql.length ? `WHERE ${f.sql.join(' AND ')}` : ''} GROUP BY ${[...cols, 'metric'].map((c) => `t.${c}`).join(', ')}`,
          args: [...blocks.flatMap((b) => [b.span, b.day]), ...f.args],
        })
        return rowsOut(q, result.rows)
      }
      const result = await client.execute({
        sql: `SELECT ${[...cols, 'metric'].join(', ')}, SUM(count) AS count, SUM(visitors) AS visitors
              FROM insights_daily WHERE ${w.sql} GROUP BY ${[...cols, 'metric'].join(', ')}`,
        args: w.args,
      })
      return rowsOut(q, result.rows)
    },

    async queryRaw(q) {
      checkQuery(q)
      const cols = q.groupBy.map((d) => COLUMN[d])
      const w = where(q, 'day')
      if (q.uniques === false) {
        const result = await client.execute({
          sql: `SELECT ${[...cols, 'metric'].join(', ')}, COUNT(*) AS count FROM insights_events WHERE ${w.sql} GROUP BY ${[...cols, 'metric'].join(', ')}`,
          args: w.args,
        })
        return rowsOut(q, result.rows)
      }
      // Distinct visitors per full rollup key and day, then summed — the same figure the rollups keep.
      const result = await client.execute({
        sql: `SELECT ${[...cols, 'metric'].join(', ')}, SUM(n) AS count, SUM(u) AS visitors FROM (
                SELECT day, video, variant, entry_point, source, language, vacancy, department, metric, COUNT(*) AS n, COUNT(DISTINCT visitor) AS u
                FROM insights_events WHERE ${w.sql}
                GROUP BY day, video, variant, entry_point, source, language, vacancy, department, metric)
              GROUP BY ${[...cols, 'metric'].join(', ')}`,
        args: w.args,
      })
      return rowsOut(q, result.rows)
    },

    async deleteRawOlderThan(date) {
      // In slices, so the write lock is never held for long and the site's events keep flowing.
      let total = 0
      for (;;) {
        const r = await client.execute({ sql: `DELETE FROM insights_events WHERE id IN (SELECT id FROM insights_events WHERE at < ? LIMIT 5000)`, args: [date.getTime()] })
        total += r.rowsAffected
        if (r.rowsAffected < 5000) {
          // Sessions hold a daily visitor hash too: they go with the raw events.
          await client.execute({ sql: `DELETE FROM insights_sessions WHERE last_at < ?`, args: [date.getTime()] })
          return total
        }
      }
    },

    async deleteVisitorDaysBefore(day) {
      if (!DAY_PATTERN.test(day)) throw new RangeError('deleteVisitorDaysBefore: day must be YYYY-MM-DD')
      return (await client.execute({ sql: `DELETE FROM insights_visitor_days WHERE day < ?`, args: [day] })).rowsAffected
    },

    async querySessions(period) {
      checkQuery({ period, groupBy: [] })
      const blocks = periodBlocks(period)
      const r = await client.execute({
        sql: `WITH b (span, day) AS (VALUES ${blocks.map(() => '(?,?)').join(',')})
              SELECT t.first_source AS first_source, t.language AS language, SUM(t.sessions) AS sessions, SUM(t.converted) AS converted, SUM(t.events) AS events
              FROM b CROSS JOIN insights_span_sessions t ON t.span = b.span AND t.day = b.day GROUP BY t.first_source, t.language`,
        args: blocks.flatMap((b) => [b.span, b.day]),
      })
      return sessionRowsOut(r.rows)
    },

    async querySessionsRaw(period) {
      checkQuery({ period, groupBy: [] })
      const r = await client.execute({
        sql: `SELECT first_source, language, COUNT(*) AS sessions, SUM(submissions > 0) AS converted, SUM(events) AS events
              FROM insights_sessions WHERE day BETWEEN ? AND ? GROUP BY first_source, language`,
        args: [period.from, period.to],
      })
      return sessionRowsOut(r.rows)
    },

    async claimDigest(week, now) {
      const r = await client.execute({ sql: `INSERT INTO insights_digests (week, sent_at) VALUES (?, ?) ON CONFLICT (week) DO NOTHING`, args: [week, now] })
      return r.rowsAffected === 1
    },

    async releaseDigest(week) {
      await client.execute({ sql: `DELETE FROM insights_digests WHERE week = ?`, args: [week] })
    },

    async sessionOfSubmission(ref) {
      const r = await client.execute({
        sql: `SELECT s.id, s.first_source, s.last_source, s.started_at, s.last_at, s.events FROM insights_events e JOIN insights_sessions s ON s.id = e.session
              WHERE e.ref = ? AND e.ref <> '' LIMIT 1`,
        args: [ref],
      })
      const x = r.rows[0]
      return x ? { id: String(x.id), firstSource: String(x.first_source), lastSource: String(x.last_source), startedAt: Number(x.started_at), lastAt: Number(x.last_at), events: Number(x.events) } : null
    },

    async saltFor(day, fresh) {
      if (!DAY_PATTERN.test(day)) throw new RangeError('saltFor: day must be YYYY-MM-DD')
      // Two CMS processes may both make a salt; the insert that lands first is the one both use.
      await client.execute({ sql: `INSERT INTO insights_salts (day, salt) VALUES (?, ?) ON CONFLICT (day) DO NOTHING`, args: [day, fresh] })
      const r = await client.execute({ sql: `SELECT salt FROM insights_salts WHERE day = ?`, args: [day] })
      return String(r.rows[0]!.salt)
    },

    async deleteSaltsBefore(day) {
      if (!DAY_PATTERN.test(day)) throw new RangeError('deleteSaltsBefore: day must be YYYY-MM-DD')
      return (await client.execute({ sql: `DELETE FROM insights_salts WHERE day < ?`, args: [day] })).rowsAffected
    },
  }
}

// ---------------------------------------------------------------- MongoDB (native driver via Payload's mongoose connection)
//
// Not run in this repository's tests (no MongoDB here); written to the driver's documented API.
// Raw events go to a time-series collection (MongoDB buckets them by time and `meta`, which
// compresses well and makes the retention delete cheap). Rollups and visitor-days are ordinary
// collections with a unique index, updated by upserts with `$inc`. Without a replica set MongoDB
// has no multi-collection transactions: raw events are written first, then the rollups; a crash
// in between leaves raw events the rollups miss (never the other way round).

type MongoCollection = {
  find(filter: object, opts?: object): { toArray(): Promise<Record<string, unknown>[]> }
  insertMany(docs: object[], opts?: object): Promise<{ insertedCount: number }>
  bulkWrite(ops: object[], opts?: object): Promise<unknown>
  aggregate(pipeline: object[]): { toArray(): Promise<Record<string, unknown>[]> }
  deleteMany(filter: object): Promise<{ deletedCount: number }>
  createIndex(keys: object, opts?: object): Promise<string>
}
type MongoDb = {
  collection(name: string): MongoCollection
  listCollections(filter: object): { toArray(): Promise<unknown[]> }
  createCollection(name: string, opts?: object): Promise<unknown>
}

/** An aggregation that sums documents with a `day` per block of `span` days and merges the sums into `into`. */
function mongoSpanBackfill(span: number, into: string, keys: readonly string[], sums: Record<string, object>): object[] {
  const dayNumber = { $floor: { $divide: [{ $toLong: { $dateFromString: { dateString: '$day', timezone: 'UTC' } } }, DAY_MS] } }
  const start = { $dateToString: { format: '%Y-%m-%d', timezone: 'UTC', date: { $toDate: { $multiply: [{ $subtract: ['$$n', { $mod: ['$$n', span] }] }, DAY_MS] } } } }
  return [
    { $set: { day: { $let: { vars: { n: dayNumber }, in: start } } } },
    { $group: { _id: Object.fromEntries(['day', ...keys].map((k) => [k, `$${k}`])), ...sums } },
    { $replaceWith: { $mergeObjects: ['$_id', { span }, Object.fromEntries(Object.keys(sums).map((k) => [k, `$${k}`]))] } },
    { $merge: { into, on: ['span', 'day', ...keys], whenMatched: 'replace', whenNotMatched: 'insert' } },
  ]
}
const DAY_MS = 24 * 3600_000

const mongoSessionRows = (rows: Record<string, unknown>[]): SessionRow[] =>
  rows.map((r) => {
    const id = r._id as { firstSource: string; language: string }
    return { firstSource: id.firstSource, language: id.language, sessions: Number(r.sessions), converted: Number(r.converted), events: Number(r.events) }
  })

function mongoStore(payload: Payload): EventStore {
  const db = () => {
    const native = (payload.db as unknown as { connection?: { db?: MongoDb } }).connection?.db
    if (!native) throw new Error('Insights: the MongoDB connection is not open')
    return native
  }
  let ready: Promise<void> | null = null
  const ensure = () =>
    (ready ??= (async () => {
      const d = db()
      if ((await d.listCollections({ name: 'insights_events' }).toArray()).length === 0) {
        await d.createCollection('insights_events', { timeseries: { timeField: 'at', metaField: 'meta', granularity: 'minutes' } })
      }
      await d.collection('insights_daily').createIndex({ day: 1, video: 1, variant: 1, entryPoint: 1, source: 1, language: 1, vacancy: 1, department: 1, metric: 1 }, { unique: true })
      await d.collection('insights_visitor_days').createIndex({ day: 1, key: 1, visitor: 1 }, { unique: true })
      for (const coarse of COARSE) await d.collection(coarse.table).createIndex({ span: 1, day: 1, metric: 1, ...Object.fromEntries(coarse.dims.map((k) => [k, 1])) }, { unique: true })
      await d.collection('insights_span_sessions').createIndex({ span: 1, day: 1, firstSource: 1, language: 1 }, { unique: true })
      await d.collection('insights_sessions').createIndex({ visitor: 1, lastAt: -1 })
      await d.collection('insights_sessions').createIndex({ day: 1, firstSource: 1 })
      // Figures counted before the blocks existed, carried over once (the SQLite migration
      // 20261204_013000_insights_spans does the same): blocks from the daily coarse collections,
      // the session rollup from the sessions.
      const empty = async (name: string) => (await d.collection(name).find({}, { limit: 1 }).toArray()).length === 0
      for (const coarse of COARSE) {
        const daily = coarse.table.replace('insights_span_', 'insights_daily_')
        if (!(await empty(coarse.table)) || (await empty(daily))) continue
        for (const span of SPANS) await d.collection(daily).aggregate(mongoSpanBackfill(span, coarse.table, ['metric', ...coarse.dims], { count: { $sum: '$count' } })).toArray()
      }
      if ((await empty('insights_span_sessions')) && !(await empty('insights_sessions'))) {
        const sums = { sessions: { $sum: 1 }, converted: { $sum: { $cond: [{ $gt: ['$submissions', 0] }, 1, 0] } }, events: { $sum: '$events' } }
        for (const span of SPANS) await d.collection('insights_sessions').aggregate(mongoSpanBackfill(span, 'insights_span_sessions', ['firstSource', 'language'], sums)).toArray()
      }
    })())

  const match = (q: RollupQuery, raw: boolean) => {
    const m: Record<string, unknown> = { [raw ? 'meta.day' : 'day']: { $gte: q.period.from, $lte: q.period.to } }
    for (const [d, v] of Object.entries(q.filter ?? {})) m[raw ? `meta.${d}` : d] = v
    if (q.metrics?.length) m[raw ? 'meta.metric' : 'metric'] = { $in: q.metrics }
    return m
  }
  const out = (q: RollupQuery, rows: Record<string, unknown>[]): RollupRow[] =>
    rows.map((r) => {
      const id = r._id as Record<string, unknown>
      const row: RollupRow = { metric: String(id.metric), count: Number(r.count) }
      if (q.uniques !== false) row.visitors = Number(r.visitors)
      for (const d of q.groupBy) row[d] = String(id[d] ?? '')
      return row
    })

  return {
    async appendBatch(events) {
      if (events.length === 0) return
      await ensure()
      const rows = events.map(toRow)
      const visitors = [...new Set(rows.flatMap((r) => (r.visitor ? [r.visitor] : [])))]
      const known = new Map<string, { id: string; lastAt: number }>()
      // The stored sessions as they were before this batch, for the session rollup.
      const stored = new Map<string, Record<string, unknown>>()
      if (visitors.length) {
        const found = await db().collection('insights_sessions').find({ visitor: { $in: visitors }, lastAt: { $gte: Date.now() - 2 * SESSION_GAP_MS - MAX_LATE_MS } }).toArray()
        for (const f of found) {
          stored.set(String(f._id), f)
          const had = known.get(String(f.visitor))
          if (!had || Number(f.lastAt) > had.lastAt) known.set(String(f.visitor), { id: String(f._id), lastAt: Number(f.lastAt) })
        }
      }
      const sessions = assignSessions(rows, known)
      await db()
        .collection('insights_events')
        .insertMany(
          rows.map(({ at, visitor, ...meta }) => ({ at: new Date(at), meta, visitor })),
          { ordered: false },
        )
      const groups = fold(rows)
      const visitorDays = db().collection('insights_visitor_days')
      const ops: object[] = []
      for (const [key, g] of groups) {
        let fresh = 0
        if (g.visitors.size) {
          try {
            fresh = (await visitorDays.insertMany([...g.visitors].map((visitor) => ({ day: g.row.day, key, visitor })), { ordered: false })).insertedCount
          } catch (error) {
            // Duplicate hashes (code 11000) are the expected case; the rest were inserted.
            const e = error as { code?: number; insertedCount?: number; result?: { insertedCount?: number } }
            if (e.code !== 11000) throw error
            fresh = e.insertedCount ?? e.result?.insertedCount ?? 0
          }
        }
        const { day, video, variant, entryPoint, source, language, vacancy, department, metric } = g.row
        ops.push({
          updateOne: {
            filter: { day, video, variant, entryPoint, source, language, vacancy, department, metric },
            update: { $inc: { count: g.count, visitors: fresh } },
            upsert: true,
          },
        })
      }
      await db().collection('insights_daily').bulkWrite(ops, { ordered: false })
      for (const coarse of COARSE) {
        const coarseOps = SPANS.flatMap((span) =>
          countBy(rows, coarse.dims, span).map((g) => ({
            updateOne: { filter: { span, day: g.day, metric: g.row.metric, ...Object.fromEntries(coarse.dims.map((d) => [d, g.row[d]])) }, update: { $inc: { count: g.count } }, upsert: true },
          })),
        )
        if (coarseOps.length) await db().collection(coarse.table).bulkWrite(coarseOps, { ordered: false })
      }
      // The session rollup, as on SQLite: a session not stored before starts, one whose first
      // submission is in this batch converts; day, first touch and language are the stored ones.
      // (Not atomic with the session writes below: two processes writing the same session at
      // once could both count its start. The SQLite store has no such gap.)
      const sessionOps = sessions.flatMap((x) => {
        const before = stored.get(x.id)
        const day = before ? String(before.day) : x.day
        const key = { firstSource: before ? String(before.firstSource) : x.firstSource, language: before ? String(before.language) : x.language }
        const inc = { sessions: before ? 0 : 1, converted: Number(before?.submissions ?? 0) === 0 && x.submissions > 0 ? 1 : 0, events: x.events }
        return SPANS.map((span) => ({ updateOne: { filter: { span, day: blockStart(day, span), ...key }, update: { $inc: inc }, upsert: true } }))
      })
      if (sessionOps.length) await db().collection('insights_span_sessions').bulkWrite(sessionOps, { ordered: false })
      if (sessions.length) {
        await db()
          .collection('insights_sessions')
          .bulkWrite(
            sessions.map((x) => ({
              updateOne: {
                filter: { _id: x.id },
                // Last touch by the latest event seen; batches arrive nearly in order.
                update: { $setOnInsert: { day: x.day, visitor: x.visitor, startedAt: x.startedAt, firstSource: x.firstSource, language: x.language }, $max: { lastAt: x.lastAt }, $set: { lastSource: x.lastSource }, $inc: { events: x.events, submissions: x.submissions } },
                upsert: true,
              },
            })),
            { ordered: false },
          )
      }
    },

    async queryRollups(q) {
      checkQuery(q)
      await ensure()
      const id = Object.fromEntries([...q.groupBy, 'metric'].map((d) => [d, `$${d}`]))
      const coarse = coarseFor(q)
      const $match = match(q, false)
      if (coarse) {
        // A coarse table: the period's blocks (rollupSpans.ts) instead of its days.
        delete $match.day
        $match.$or = blocksFor(q).map((b) => ({ span: b.span, day: b.day }))
      }
      const rows = await db()
        .collection(coarse?.table ?? 'insights_daily')
        .aggregate([{ $match }, { $group: { _id: id, count: { $sum: '$count' }, visitors: { $sum: '$visitors' } } }])
        .toArray()
      return out(q, rows)
    },

    async queryRaw(q) {
      checkQuery(q)
      await ensure()
      const full = Object.fromEntries([...DIMENSIONS, 'metric'].map((d) => [d, `$meta.${d}`]))
      const id = Object.fromEntries([...q.groupBy, 'metric'].map((d) => [d, `$_id.${d}`]))
      const rows = await db()
        .collection('insights_events')
        .aggregate([
          { $match: match(q, true) },
          { $group: { _id: full, n: { $sum: 1 }, hashes: { $addToSet: '$visitor' } } },
          { $project: { n: 1, u: { $size: { $filter: { input: '$hashes', cond: { $ne: ['$$this', null] } } } } } },
          { $group: { _id: id, count: { $sum: '$n' }, visitors: { $sum: '$u' } } },
        ])
        .toArray()
      return out(q, rows)
    },

    async deleteRawOlderThan(date) {
      await ensure()
      return (await db().collection('insights_events').deleteMany({ at: { $lt: date } })).deletedCount
    },

    async deleteVisitorDaysBefore(day) {
      if (!DAY_PATTERN.test(day)) throw new RangeError('deleteVisitorDaysBefore: day must be YYYY-MM-DD')
      await ensure()
      return (await db().collection('insights_visitor_days').deleteMany({ day: { $lt: day } })).deletedCount
    },

    async saltFor(day, fresh) {
      if (!DAY_PATTERN.test(day)) throw new RangeError('saltFor: day must be YYYY-MM-DD')
      const salts = db().collection('insights_salts') as unknown as {
        findOneAndUpdate(f: object, u: object, o: object): Promise<{ salt?: string } | { value?: { salt?: string } } | null>
      }
      const doc = await salts.findOneAndUpdate({ _id: day }, { $setOnInsert: { salt: fresh } }, { upsert: true, returnDocument: 'after' })
      // Driver 6 returns the document; older drivers wrap it in { value }.
      const salt = (doc as { salt?: string } | null)?.salt ?? (doc as { value?: { salt?: string } } | null)?.value?.salt
      if (!salt) throw new Error('Insights: could not read the daily salt')
      return salt
    },

    async deleteSaltsBefore(day) {
      if (!DAY_PATTERN.test(day)) throw new RangeError('deleteSaltsBefore: day must be YYYY-MM-DD')
      return (await db().collection('insights_salts').deleteMany({ _id: { $lt: day } })).deletedCount
    },

    async querySessions(period) {
      checkQuery({ period, groupBy: [] })
      await ensure()
      const rows = await db()
        .collection('insights_span_sessions')
        .aggregate([
          { $match: { $or: periodBlocks(period).map((b) => ({ span: b.span, day: b.day })) } },
          { $group: { _id: { firstSource: '$firstSource', language: '$language' }, sessions: { $sum: '$sessions' }, converted: { $sum: '$converted' }, events: { $sum: '$events' } } },
        ])
        .toArray()
      return mongoSessionRows(rows)
    },

    async querySessionsRaw(period) {
      checkQuery({ period, groupBy: [] })
      await ensure()
      const rows = await db()
        .collection('insights_sessions')
        .aggregate([
          { $match: { day: { $gte: period.from, $lte: period.to } } },
          { $group: { _id: { firstSource: '$firstSource', language: '$language' }, sessions: { $sum: 1 }, converted: { $sum: { $cond: [{ $gt: ['$submissions', 0] }, 1, 0] } }, events: { $sum: '$events' } } },
        ])
        .toArray()
      return mongoSessionRows(rows)
    },

    async claimDigest(week, now) {
      try {
        await db().collection('insights_digests').insertMany([{ _id: week, sentAt: now }])
        return true
      } catch (error) {
        if ((error as { code?: number }).code === 11000) return false
        throw error
      }
    },

    async releaseDigest(week) {
      await db().collection('insights_digests').deleteMany({ _id: week })
    },

    async sessionOfSubmission(ref) {
      await ensure()
      const [event] = await db().collection('insights_events').find({ 'meta.ref': ref }, { limit: 1 }).toArray()
      const session = (event?.meta as { session?: string } | undefined)?.session
      if (!session) return null
      const [x] = await db().collection('insights_sessions').find({ _id: session }, { limit: 1 }).toArray()
      return x ? { id: String(x._id), firstSource: String(x.firstSource), lastSource: String(x.lastSource), startedAt: Number(x.startedAt), lastAt: Number(x.lastAt), events: Number(x.events) } : null
    },
  }
}
