/**
 * Adapter-specific, one concern: atomic claim, heartbeat and completion of transcode jobs.
 *
 * Payload's Local API reads and then writes, so two workers calling `payload.update({ where })`
 * can both win the same job (Payload 3's own jobs queue has this gap, payloadcms/payload#17441).
 * Here each transition is a single conditional statement the database executes atomically:
 * an UPDATE … WHERE … RETURNING on SQLite, findOneAndUpdate on MongoDB.
 */
import crypto from 'node:crypto'
import type { Payload } from 'payload'

export interface ClaimedJob {
  id: string
  videoId: string
  attempts: number
  maxAttempts: number
  /**
   * `kind: 'posters'`: only the hook-test variants' posters, into the current output folder (a
   * curator changed a variant's poster time and nothing else); otherwise the whole set.
   */
  options: { kind?: 'posters'; trimStart?: number | null; trimEnd?: number | null; posterTime?: number | null }
}

export interface JobQueue {
  /** Takes the oldest due job (or one whose worker stopped heartbeating) and leases it to `workerId`. */
  claimNext(workerId: string, leaseMs: number): Promise<ClaimedJob | null>
  /** Extends the lease; false means another worker has taken the job over and this one must stop. */
  heartbeat(jobId: string, workerId: string, leaseMs: number): Promise<boolean>
  complete(jobId: string, workerId: string): Promise<boolean>
  /** `retryAt` null means a final failure (bad input, or attempts used up). */
  fail(jobId: string, workerId: string, error: string, retryAt: Date | null): Promise<boolean>
  /** Gives the job back untouched (worker shutting down), so another worker starts it at once. */
  release(jobId: string, workerId: string): Promise<boolean>
}

export function createJobQueue(payload: Payload): JobQueue {
  const name = (payload.db as { name?: string }).name
  if (name === 'sqlite') return sqliteQueue(payload)
  if (name === 'mongoose') return mongoQueue(payload)
  throw new Error(`The transcode queue does not support the "${name}" database adapter.`)
}

function parseOptions(raw: unknown): ClaimedJob['options'] {
  if (!raw) return {}
  if (typeof raw === 'string') {
    try {
      return JSON.parse(raw) as ClaimedJob['options']
    } catch {
      return {}
    }
  }
  return raw as ClaimedJob['options']
}

// ---------------------------------------------------------------- SQLite (libsql, via Payload's client)

type LibsqlClient = { execute(stmt: { sql: string; args: (string | number | null)[] }): Promise<{ rows: Record<string, unknown>[]; rowsAffected: number }> }

function sqliteQueue(payload: Payload): JobQueue {
  const client = (payload.db as unknown as { client: LibsqlClient }).client
  const iso = (d: Date) => d.toISOString()

  async function transition(sql: string, args: (string | number | null)[]): Promise<boolean> {
    const result = await client.execute({ sql, args })
    return result.rowsAffected === 1
  }

  return {
    async claimNext(workerId, leaseMs) {
      const now = new Date()
      // One statement: SQLite runs it under the write lock, so no two workers can claim the same row.
      // A video is never worked on by two jobs at once (curator re-runs queue a second job).
      const result = await client.execute({
        sql: `UPDATE transcode_jobs
              SET state = 'running', lease_owner = ?, lease_expires_at = ?, attempts = attempts + 1, updated_at = ?
              WHERE id = (
                SELECT j.id FROM transcode_jobs j
                WHERE ((j.state = 'queued' AND j.run_at <= ?) OR (j.state = 'running' AND j.lease_expires_at < ?))
                  AND NOT EXISTS (
                    SELECT 1 FROM transcode_jobs o
                    WHERE o.video_id = j.video_id AND o.id <> j.id AND o.state = 'running' AND o.lease_expires_at >= ?)
                ORDER BY j.created_at
                LIMIT 1)
              RETURNING id, video_id, attempts, max_attempts, options`,
        args: [workerId, iso(new Date(now.getTime() + leaseMs)), iso(now), iso(now), iso(now), iso(now)],
      })
      const row = result.rows[0]
      if (!row) return null
      return {
        id: String(row.id),
        videoId: String(row.video_id),
        attempts: Number(row.attempts),
        maxAttempts: Number(row.max_attempts),
        options: parseOptions(row.options),
      }
    },
    heartbeat: (jobId, workerId, leaseMs) =>
      transition(`UPDATE transcode_jobs SET lease_expires_at = ?, updated_at = ? WHERE id = ? AND state = 'running' AND lease_owner = ?`, [
        iso(new Date(Date.now() + leaseMs)),
        iso(new Date()),
        jobId,
        workerId,
      ]),
    complete: (jobId, workerId) =>
      transition(
        `UPDATE transcode_jobs SET state = 'done', finished_at = ?, lease_expires_at = NULL, last_error = NULL, updated_at = ? WHERE id = ? AND state = 'running' AND lease_owner = ?`,
        [iso(new Date()), iso(new Date()), jobId, workerId],
      ),
    fail: (jobId, workerId, error, retryAt) =>
      retryAt
        ? transition(
            `UPDATE transcode_jobs SET state = 'queued', run_at = ?, lease_owner = NULL, lease_expires_at = NULL, last_error = ?, updated_at = ? WHERE id = ? AND state = 'running' AND lease_owner = ?`,
            [iso(retryAt), error, iso(new Date()), jobId, workerId],
          )
        : transition(
            `UPDATE transcode_jobs SET state = 'failed', finished_at = ?, lease_expires_at = NULL, last_error = ?, updated_at = ? WHERE id = ? AND state = 'running' AND lease_owner = ?`,
            [iso(new Date()), error, iso(new Date()), jobId, workerId],
          ),
    release: (jobId, workerId) =>
      transition(
        `UPDATE transcode_jobs SET state = 'queued', attempts = MAX(attempts - 1, 0), lease_owner = NULL, lease_expires_at = NULL, updated_at = ? WHERE id = ? AND state = 'running' AND lease_owner = ?`,
        [iso(new Date()), jobId, workerId],
      ),
  }
}

// ---------------------------------------------------------------- MongoDB (mongoose model of the collection)

type MongoModel = {
  findOneAndUpdate(filter: object, update: object, options: object): { lean(): Promise<Record<string, unknown> | null> }
  updateOne(filter: object, update: object): Promise<{ modifiedCount: number }>
  find(filter: object, projection?: object): { lean(): Promise<Record<string, unknown>[]> }
}

function mongoQueue(payload: Payload): JobQueue {
  const model = (payload.db as unknown as { collections: Record<string, MongoModel> }).collections['transcode-jobs']
  if (!model) throw new Error('transcode-jobs collection is missing from the MongoDB adapter')
  const owned = (jobId: string, workerId: string) => ({ _id: jobId, state: 'running', leaseOwner: workerId })
  const changed = async (p: Promise<{ modifiedCount: number }>) => (await p).modifiedCount === 1

  return {
    async claimNext(workerId, leaseMs) {
      const now = new Date()
      const busy = await model.find({ state: 'running', leaseExpiresAt: { $gte: now } }, { video: 1 }).lean()
      const doc = await model
        .findOneAndUpdate(
          {
            $or: [
              { state: 'queued', runAt: { $lte: now } },
              { state: 'running', leaseExpiresAt: { $lt: now } },
            ],
            video: { $nin: busy.map((b) => b.video) },
          },
          { $set: { state: 'running', leaseOwner: workerId, leaseExpiresAt: new Date(now.getTime() + leaseMs), updatedAt: now }, $inc: { attempts: 1 } },
          { sort: { createdAt: 1 }, new: true },
        )
        .lean()
      if (!doc) return null
      return {
        id: String(doc._id),
        videoId: String(doc.video),
        attempts: Number(doc.attempts),
        maxAttempts: Number(doc.maxAttempts),
        options: parseOptions(doc.options),
      }
    },
    heartbeat: (jobId, workerId, leaseMs) => changed(model.updateOne(owned(jobId, workerId), { $set: { leaseExpiresAt: new Date(Date.now() + leaseMs), updatedAt: new Date() } })),
    complete: (jobId, workerId) =>
      changed(model.updateOne(owned(jobId, workerId), { $set: { state: 'done', finishedAt: new Date(), leaseExpiresAt: null, lastError: null, updatedAt: new Date() } })),
    fail: (jobId, workerId, error, retryAt) =>
      changed(
        model.updateOne(
          owned(jobId, workerId),
          retryAt
            ? { $set: { state: 'queued', runAt: retryAt, leaseOwner: null, leaseExpiresAt: null, lastError: error, updatedAt: new Date() } }
            : { $set: { state: 'failed', finishedAt: new Date(), leaseExpiresAt: null, lastError: error, updatedAt: new Date() } },
        ),
      ),
    release: (jobId, workerId) =>
      changed(model.updateOne(owned(jobId, workerId), { $set: { state: 'queued', leaseOwner: null, leaseExpiresAt: null, updatedAt: new Date() }, $inc: { attempts: -1 } })),
  }
}

/** A worker id that is unique per process and readable in the admin: host, pid and a random tail. */
export function newWorkerId(hostname: string, pid: number): string {
  return `${hostname}:${pid}:${crypto.randomBytes(3).toString('hex')}`
}
