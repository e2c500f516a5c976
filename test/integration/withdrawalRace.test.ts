import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Payload } from 'payload'

import { asSystem } from '../../cms/collections/Videos/lifecycle'
import { acquireVideoWriteLease, withVideoWriteLease } from '../../cms/database/videoWriteLock'
import { makeTinyClip } from '../helpers/ffmpeg'
import { ROLES } from '../../cms/access/roles'
import { createTestPayload, createUser, type TestPayload } from '../helpers/testPayload'

/**
 * SQLite runs here without transactions, and Payload reads a video before it writes all of it back.
 * Without the write lease, a worker write and a withdrawal at the same moment ended with the
 * withdrawal refused ("_locale" invalid) and the Dutch title still there, or with the worker's older
 * copy written back over the tombstone (the video page then answered 404 instead of 410).
 */
let t: TestPayload
let payload: Payload
let clip: string

beforeAll(async () => {
  t = await createTestPayload({ mongodb: 'supported' })
  payload = t.payload
  clip = await makeTinyClip(path.join(t.dataDir, 'race.mp4'), { seconds: 1 })
})
afterAll(async () => t?.cleanup())

async function uploadedVideo(title: string) {
  const original = await payload.create({ collection: 'video-originals', data: {}, filePath: clip, overrideAccess: true })
  const video = await payload.create({ collection: 'videos', data: { title, hook: 'Haak', contributorName: 'Sanne', original: original.id, status: 'uploaded' }, overrideAccess: true, context: asSystem('seed') })
  await payload.update({ collection: 'videos', id: video.id, locale: 'en', data: { title: `${title} (en)`, hook: 'Hook' }, overrideAccess: true, context: asSystem('seed') })
  return String(video.id)
}

const ticks = async (n: number) => {
  for (let i = 0; i < n; i++) await new Promise((r) => setImmediate(r))
}

const outcome = (p: Promise<unknown>) => p.then(() => 'ok', (e: Error) => `refused: ${e.message}`)

describe('a withdrawal at the same moment as a media-worker write', () => {
  it('goes through every time and leaves the tombstone in both languages, whichever starts first', async () => {
    const rounds: string[] = []
    for (const [workerDelay, withdrawalDelay] of [[0, 0], [1, 0], [2, 0], [4, 0], [8, 0], [0, 1], [0, 2], [0, 4], [0, 8], [16, 0], [0, 16]] as const) {
      const id = await uploadedVideo(`Race ${workerDelay}/${withdrawalDelay}`)
      // What the worker does for each of its writes (media-worker/queue/processJob.ts `underLease`).
      const workerWrite = outcome(
        ticks(workerDelay).then(() =>
          withVideoWriteLease(payload, id, () => payload.update({ collection: 'videos', id, data: { status: 'processing', processing: { stage: 'probing', progress: 0 } }, overrideAccess: true, context: asSystem('worker'), depth: 0 })),
        ),
      )
      const withdrawal = outcome(ticks(withdrawalDelay).then(() => payload.update({ collection: 'videos', id, data: { status: 'withdrawn' }, overrideAccess: true, context: asSystem('employee'), depth: 0 })))
      const [worker, withdrawn] = await Promise.all([workerWrite, withdrawal])
      const after = await payload.findByID({ collection: 'videos', id, overrideAccess: true, locale: 'all' as never })
      rounds.push(`${workerDelay}/${withdrawalDelay}: withdrawal ${withdrawn}; worker ${worker.slice(0, 60)}; status ${after.status}; title ${JSON.stringify(after.title)}; hook ${JSON.stringify(after.hook)}`)
      expect(withdrawn, rounds.join('\n')).toBe('ok')
      expect(after.status, rounds.join('\n')).toBe('withdrawn')
      expect(after.title, rounds.join('\n')).toEqual({ nl: 'Ingetrokken video', en: 'Withdrawn video' })
      expect(after.hook ?? {}, rounds.join('\n')).not.toMatchObject({ nl: 'Haak' })
      expect(after.original ?? null).toBeNull()
      // A worker write that came second found the video withdrawn and was refused, not written.
      if (worker !== 'ok') expect(worker).toMatch(/ingetrokken|withdrawn/i)
    }
  })
})

describe('the video write lease', () => {
  it('keeps a second holder out until the first gives it back, per video', async () => {
    const first = await acquireVideoWriteLease(payload, 'video-a')
    expect(first).not.toBeNull()
    expect(await acquireVideoWriteLease(payload, 'video-a', { waitMs: 50 })).toBeNull()
    // Another video is not held up.
    const other = await acquireVideoWriteLease(payload, 'video-b', { waitMs: 0 })
    expect(other).not.toBeNull()
    const waiting = acquireVideoWriteLease(payload, 'video-a', { waitMs: 5_000 })
    await first!.release()
    const second = await waiting
    expect(second).not.toBeNull()
    expect(second!.holder).not.toBe(first!.holder)
    // Giving back a lease one no longer holds frees nothing.
    await first!.release()
    expect(await acquireVideoWriteLease(payload, 'video-a', { waitMs: 0 })).toBeNull()
    await second!.release()
    await other!.release()
  })

  it('goes to the next holder once a holder that never gave it back has run out', async () => {
    const stale = await acquireVideoWriteLease(payload, 'video-c', { leaseMs: 200 })
    expect(stale).not.toBeNull()
    expect(await acquireVideoWriteLease(payload, 'video-c', { waitMs: 0 })).toBeNull()
    const next = await acquireVideoWriteLease(payload, 'video-c', { waitMs: 2_000 })
    expect(next).not.toBeNull()
    await next!.release()
  })

  it('is closed to every role, even an admin: nobody can hold a video up, or free it, by hand', async () => {
    const held = await acquireVideoWriteLease(payload, 'video-d')
    for (const role of ROLES) {
      const user = await createUser(payload, [role])
      await expect(payload.find({ collection: 'video-write-locks', overrideAccess: false, user }), role).rejects.toThrow()
      await expect(payload.create({ collection: 'video-write-locks', data: { video: 'video-e', holder: 'me', expiresAt: new Date(Date.now() + 60_000).toISOString() }, overrideAccess: false, user }), role).rejects.toThrow()
      await expect(payload.delete({ collection: 'video-write-locks', where: { video: { equals: 'video-d' } }, overrideAccess: false, user }), role).rejects.toThrow()
    }
    expect(await acquireVideoWriteLease(payload, 'video-d', { waitMs: 0 })).toBeNull()
    expect(await acquireVideoWriteLease(payload, 'video-e', { waitMs: 0 })).not.toBeNull()
    await held!.release()
  })
})
