/**
 * Adapter-specific, one concern: a short lease on one video's document, so that the media worker's
 * writes and a withdrawal never overlap (collection VideoWriteLocks says why). Taking it is one
 * conditional statement the database runs atomically: an INSERT … ON CONFLICT … WHERE on SQLite,
 * an upsert against the unique `video` index on MongoDB. Waiting is polling with a pause, never a
 * blocking call, so the CMS keeps serving meanwhile. A holder that dies loses the lease when it
 * runs out; nobody waits longer than that.
 */
import crypto from 'node:crypto'
import type { Payload } from 'payload'

export interface VideoWriteLease {
  holder: string
  /** Gives the lease back; a lease that already ran out and went to another holder is left alone. */
  release(): Promise<void>
}

export interface LeaseOptions {
  /** How long the lease lasts when its holder never gives it back. */
  leaseMs?: number
  /** How long to wait for a lease another holder has; then null. */
  waitMs?: number
  /** A holder id to reuse (a write that takes the lease again for its own follow-up). */
  holder?: string
}

/** Longer than any single document write takes, short enough that a dead holder is not waited on for long. */
export const VIDEO_LEASE_MS = 10_000

export async function acquireVideoWriteLease(payload: Payload, videoId: string, options: LeaseOptions = {}): Promise<VideoWriteLease | null> {
  const store = leaseStore(payload)
  const holder = options.holder ?? crypto.randomUUID()
  const leaseMs = options.leaseMs ?? VIDEO_LEASE_MS
  const deadline = Date.now() + (options.waitMs ?? leaseMs + 2_000)
  for (let pause = 5; ; pause = Math.min(pause * 2, 100)) {
    if (await store.take(videoId, holder, leaseMs)) return { holder, release: () => store.give(videoId, holder) }
    if (Date.now() >= deadline) return null
    await new Promise((resolve) => setTimeout(resolve, pause))
  }
}

/**
 * Runs `write` while holding the video's lease. Without the lease in time it throws a transient
 * error (the caller's retry decides), never writes unguarded.
 */
export async function withVideoWriteLease<T>(payload: Payload, videoId: string, write: () => Promise<T>, options: LeaseOptions = {}): Promise<T> {
  const lease = await acquireVideoWriteLease(payload, videoId, options)
  if (!lease) throw new Error(`video ${videoId} is being written by someone else; try again`)
  try {
    return await write()
  } finally {
    await lease.release()
  }
}

interface LeaseStore {
  take(videoId: string, holder: string, leaseMs: number): Promise<boolean>
  give(videoId: string, holder: string): Promise<void>
}

function leaseStore(payload: Payload): LeaseStore {
  const name = (payload.db as { name?: string }).name
  if (name === 'sqlite') return sqliteLeases(payload)
  if (name === 'mongoose') return mongoLeases(payload)
  throw new Error(`Video write leases do not support the "${name}" database adapter.`)
}

// ---------------------------------------------------------------- SQLite (libsql, via Payload's client)

type LibsqlClient = { execute(stmt: { sql: string; args: (string | number | null)[] }): Promise<{ rowsAffected: number }> }

function sqliteLeases(payload: Payload): LeaseStore {
  const client = (payload.db as unknown as { client: LibsqlClient }).client
  return {
    async take(videoId, holder, leaseMs) {
      const now = new Date()
      // A free row is inserted; a taken one is overwritten only when its lease ran out (or it is ours).
      const result = await client.execute({
        sql: `INSERT INTO video_write_locks (id, video, holder, expires_at) VALUES (?, ?, ?, ?)
              ON CONFLICT (video) DO UPDATE SET holder = excluded.holder, expires_at = excluded.expires_at
              WHERE video_write_locks.expires_at < ? OR video_write_locks.holder = excluded.holder`,
        args: [crypto.randomUUID(), videoId, holder, new Date(now.getTime() + leaseMs).toISOString(), now.toISOString()],
      })
      return result.rowsAffected === 1
    },
    async give(videoId, holder) {
      await client.execute({ sql: `DELETE FROM video_write_locks WHERE video = ? AND holder = ?`, args: [videoId, holder] })
    },
  }
}

// ---------------------------------------------------------------- MongoDB (mongoose model of the collection)

type MongoModel = {
  updateOne(filter: object, update: object, options?: object): Promise<unknown>
  deleteOne(filter: object): Promise<unknown>
}

function mongoLeases(payload: Payload): LeaseStore {
  const model = (payload.db as unknown as { collections: Record<string, MongoModel> }).collections['video-write-locks']
  if (!model) throw new Error('video-write-locks collection is missing from the MongoDB adapter')
  return {
    async take(videoId, holder, leaseMs) {
      const now = new Date()
      try {
        // Matches a free (run-out or own) lease, or inserts one; a live lease of someone else makes
        // the upsert collide with the unique index on `video`.
        await model.updateOne(
          { video: videoId, $or: [{ expiresAt: { $lt: now } }, { holder }] },
          { $set: { holder, expiresAt: new Date(now.getTime() + leaseMs) } },
          { upsert: true },
        )
        return true
      } catch (error) {
        if ((error as { code?: unknown })?.code === 11000) return false
        throw error
      }
    },
    async give(videoId, holder) {
      await model.deleteOne({ video: videoId, holder })
    },
  }
}
