import path from 'node:path'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createJobQueue, type JobQueue } from '../../cms/database/jobQueue'
import { makeTinyClip } from '../helpers/ffmpeg'
import { asSystem } from '../../cms/collections/Videos/lifecycle'
import { createTestPayload, type TestPayload } from '../helpers/testPayload'

let t: TestPayload
let payload: Payload
let queue: JobQueue
let clip: string

beforeAll(async () => {
  t = await createTestPayload({ mongodb: 'supported' })
  payload = t.payload
  queue = createJobQueue(payload)
  clip = await makeTinyClip(path.join(t.dataDir, 'clip.mp4'))
})
afterAll(async () => t?.cleanup())

async function newVideo(title: string) {
  // One original per video, as uploads make them.
  const original = await payload.create({ collection: 'video-originals', data: {}, filePath: clip, overrideAccess: true })
  return payload.create({ collection: 'videos', data: { title, contributorName: 'C', original: original.id, status: 'uploaded' }, overrideAccess: true, context: asSystem('seed') })
}
async function jobsOf(videoId: string | number) {
  return (await payload.find({ collection: 'transcode-jobs', where: { video: { equals: videoId } }, overrideAccess: true, depth: 0 })).docs
}

describe('the transcode queue', () => {
  it('gets a job when a video is created, and a fresh one when the curator changes the trim', async () => {
    const video = await newVideo('queued on create')
    expect((await jobsOf(video.id)).map((j) => j.state)).toEqual(['queued'])
    await payload.update({ collection: 'videos', id: video.id, data: { editing: { trimStart: 1 } }, overrideAccess: true, context: asSystem('seed') })
    const jobs = await jobsOf(video.id)
    // The unstarted job is replaced, not duplicated.
    expect(jobs).toHaveLength(1)
    expect(jobs[0]?.options).toMatchObject({ trimStart: 1 })
    // A worker's own status writes do not queue more work.
    await payload.update({ collection: 'videos', id: video.id, data: { processing: { progress: 50 } }, overrideAccess: true, context: asSystem('worker') })
    expect(await jobsOf(video.id)).toHaveLength(1)
  })

  it('hands each job to exactly one of many concurrent claimers', async () => {
    for (let i = 0; i < 9; i++) await newVideo(`concurrent ${i}`)
    const claimed: string[] = []
    await Promise.all(
      ['w1', 'w2', 'w3'].map(async (worker) => {
        for (;;) {
          const job = await queue.claimNext(worker, 60_000)
          if (!job) return
          claimed.push(job.id)
        }
      }),
    )
    expect(claimed.length).toBe(10)
    expect(new Set(claimed).size).toBe(10)
    expect(await queue.claimNext('w4', 60_000)).toBeNull()
  })

  it('gives a job whose worker stopped heartbeating to another worker, and stops the first one', async () => {
    const video = await newVideo('lease expiry')
    // Drain other work so the next claim is this video's job.
    const job = await claimFor(String(video.id), 'crashed-worker', 50)
    await new Promise((r) => setTimeout(r, 80))
    const takeover = await claimFor(String(video.id), 'healthy-worker', 60_000)
    expect(takeover.id).toBe(job.id)
    expect(takeover.attempts).toBe(2)
    expect(await queue.heartbeat(job.id, 'crashed-worker', 60_000)).toBe(false)
    expect(await queue.complete(job.id, 'crashed-worker')).toBe(false)
    expect(await queue.complete(job.id, 'healthy-worker')).toBe(true)
    expect((await jobsOf(video.id))[0]?.state).toBe('done')
  })

  it('waits out the backoff before retrying, and a final failure stays failed', async () => {
    const video = await newVideo('backoff')
    const job = await claimFor(String(video.id), 'w', 60_000)
    expect(await queue.fail(job.id, 'w', 'disk full', new Date(Date.now() + 60_000))).toBe(true)
    expect(await queue.claimNext('w', 60_000)).toBeNull()
    const [stored] = await jobsOf(video.id)
    expect(stored).toMatchObject({ state: 'queued', lastError: 'disk full' })
  })

  async function claimFor(videoId: string, worker: string, leaseMs: number) {
    for (;;) {
      const job = await queue.claimNext(worker, leaseMs)
      if (!job) throw new Error(`no job for video ${videoId}`)
      if (job.videoId === videoId) return job
      await queue.complete(job.id, worker)
    }
  }
})
