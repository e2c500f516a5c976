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
 */
import crypto from 'node:crypto'
import type { Payload } from 'payload'

import { amsterdamDay, DAY_PATTERN } from '../../common/insights/day'
import { entryPointOf, rollupMetric, type InsightsEvent } from '../../common/insights/events'

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

export type RollupRow = Partial<Record<Dimension, string>> & { metric: string; count: number; visitors: number }

export interface RollupQuery {
  period: Period
  groupBy: readonly Dimension[]
  /** Equality filters on dimensions ('' matches events without that dimension). */
  filter?: Partial<Record<Dimension, string>>
  /** Only these metrics (e.g. the funnel's five). */
  metrics?: readonly string[]
}

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
  }
}

const ROLLUP_KEY: readonly (keyof Row)[] = ['day', 'video', 'variant', 'entryPoint', 'source', 'language', 'vacancy', 'department', 'metric']

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

function sqliteStore(payload: Payload): EventStore {
  const client = (payload.db as unknown as { client: LibsqlClient }).client

  function where(q: RollupQuery, dayColumn: string): { sql: string; args: Arg[] } {
    const parts = [`${dayColumn} BETWEEN ? AND ?`]
    const args: Arg[] = [q.period.from, q.period.to]
    for (const [d, v] of Object.entries(q.filter ?? {})) {
      parts.push(`${COLUMN[d as Dimension]} = ?`)
      args.push(v ?? '')
    }
    if (q.metrics?.length) {
      parts.push(`metric IN (${q.metrics.map(() => '?').join(',')})`)
      args.push(...q.metrics)
    }
    return { sql: parts.join(' AND '), args }
  }

  function rowsOut(q: RollupQuery, rows: Record<string, unknown>[]): RollupRow[] {
    return rows.map((r) => {
      const out: RollupRow = { metric: String(r.metric), count: Number(r.count), visitors: Number(r.visitors) }
      for (const d of q.groupBy) out[d] = String(r[COLUMN[d]] ?? '')
      return out
    })
  }

  return {
    async appendBatch(events) {
      if (events.length === 0) return
      const rows = events.map(toRow)
      const stmts: Stmt[] = []
      for (let i = 0; i < rows.length; i += ROWS_PER_INSERT) {
        const chunk = rows.slice(i, i + ROWS_PER_INSERT)
        stmts.push({
          sql: `INSERT INTO insights_events (at, day, type, metric, video, variant, entry_point, source, language, vacancy, department, page_type, share_link, visitor)
                VALUES ${chunk.map(() => '(?,?,?,?,?,?,?,?,?,?,?,?,?,?)').join(',')}`,
          args: chunk.flatMap((r) => [r.at, r.day, r.type, r.metric, r.video, r.variant, r.entryPoint, r.source, r.language, r.vacancy, r.department, r.pageType, r.shareLink, r.visitor]),
        })
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
        if (r.rowsAffected < 5000) return total
      }
    },

    async deleteVisitorDaysBefore(day) {
      if (!DAY_PATTERN.test(day)) throw new RangeError('deleteVisitorDaysBefore: day must be YYYY-MM-DD')
      return (await client.execute({ sql: `DELETE FROM insights_visitor_days WHERE day < ?`, args: [day] })).rowsAffected
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
      const row: RollupRow = { metric: String(id.metric), count: Number(r.count), visitors: Number(r.visitors) }
      for (const d of q.groupBy) row[d] = String(id[d] ?? '')
      return row
    })

  return {
    async appendBatch(events) {
      if (events.length === 0) return
      await ensure()
      const rows = events.map(toRow)
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
    },

    async queryRollups(q) {
      checkQuery(q)
      await ensure()
      const id = Object.fromEntries([...q.groupBy, 'metric'].map((d) => [d, `$${d}`]))
      const rows = await db()
        .collection('insights_daily')
        .aggregate([{ $match: match(q, false) }, { $group: { _id: id, count: { $sum: '$count' }, visitors: { $sum: '$visitors' } } }])
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
  }
}
