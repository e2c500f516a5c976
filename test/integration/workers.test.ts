import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import type { Payload } from 'payload'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'

import { ffprobeJson, makeTinyClip } from '../helpers/ffmpeg'
import { asSystem } from '../../cms/collections/Videos/lifecycle'
import { spawnWorker, type WorkerProcess } from '../helpers/worker'
import { createTestPayload, createUser, type TestPayload } from '../helpers/testPayload'

/**
 * Real worker processes (`media-worker/worker.ts`) on one SQLite database: the queue's promises
 * checked the way an operator would see them — job records, worker logs and the files on disk.
 */
let t: TestPayload
let payload: Payload
const running: WorkerProcess[] = []

beforeAll(async () => {
  t = await createTestPayload()
  payload = t.payload
})
afterEach(() => {
  for (const w of running.splice(0)) if (w.child.exitCode === null) w.child.kill('SIGKILL')
})
afterAll(async () => t?.cleanup())

function startWorker(name: string) {
  const worker = spawnWorker(name, { WORKER_LEASE_MS: '3000' })
  running.push(worker)
  return worker
}

async function createVideo(title: string, clip: string) {
  const original = await payload.create({ collection: 'video-originals', data: {}, filePath: clip, overrideAccess: true })
  return payload.create({ collection: 'videos', data: { title, contributorName: 'Test', original: original.id, status: 'uploaded' }, overrideAccess: true, context: asSystem('seed') })
}

async function waitFor<T>(what: string, check: () => Promise<T | undefined | false>, timeoutMs: number, logs: () => string): Promise<T> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const value = await check()
    if (value) return value
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}\n--- worker logs ---\n${logs()}`)
    await new Promise((r) => setTimeout(r, 300))
  }
}

const videoFolder = (id: string | number) => path.join(t.dataDir, 'media', 'renditions', String(id))

describe('several workers on one database', () => {
  it('transcode each of ten queued videos exactly once', async () => {
    const clip = await makeTinyClip(path.join(t.dataDir, 'ten.mp4'), { seconds: 2 })
    const videos: { id: string }[] = []
    for (let i = 0; i < 10; i++) videos.push(await createVideo(`video ${i}`, clip))
    const workers = ['w-a', 'w-b', 'w-c'].map(startWorker)
    const logs = () => workers.flatMap((w) => w.log).join('\n')

    await waitFor(
      'all ten videos to be ready',
      async () => {
        const { docs } = await payload.find({ collection: 'videos', where: { id: { in: videos.map((v) => v.id) } }, overrideAccess: true, limit: 20 })
        const failed = docs.find((d) => d.status === 'failed')
        if (failed) throw new Error(`video failed: ${failed.processing?.failureReason}\n${logs()}`)
        return docs.every((d) => d.status === 'ready')
      },
      240_000,
      logs,
    )

    const claims = workers.flatMap((w) => w.log).filter((l) => l.includes('claimed job'))
    expect(claims).toHaveLength(10)
    for (const video of videos) {
      expect(claims.filter((l) => l.includes(`for video ${video.id} `))).toHaveLength(1)
      expect(fs.readdirSync(videoFolder(video.id))).toHaveLength(1)
    }
    const jobs = (await payload.find({ collection: "transcode-jobs", overrideAccess: true, limit: 20 })).docs
    if (process.env.DEBUG_WORKERS) console.log(JSON.stringify(jobs, null, 1), logs())
    expect(jobs.map((j) => [j.state, j.attempts])).toEqual(Array(10).fill(['done', 1]))
    // More than one worker did real work: the claim is shared, not serialised onto one process.
    expect(new Set(claims.map((l) => l.split(']')[0])).size).toBeGreaterThan(1)
  })

  it('finish a video whose worker was killed with SIGKILL mid-job, leaving one output set', async () => {
    const clip = await makeTinyClip(path.join(t.dataDir, 'long.mp4'), { seconds: 40, size: '360x640' })
    const video = await createVideo('killed mid-job', clip)
    const first = startWorker('doomed')
    await waitFor(
      'the first worker to be transcoding',
      async () => {
        const doc = await payload.findByID({ collection: 'videos', id: video.id, overrideAccess: true })
        return doc.status === 'processing' && (doc.processing?.progress ?? 0) > 0
      },
      60_000,
      () => first.log.join('\n'),
    )
    first.child.kill('SIGKILL')
    await new Promise((r) => first.child.once('exit', r))

    const second = startWorker('rescuer')
    const logs = () => [...first.log, ...second.log].join('\n')
    const done = await waitFor(
      'the second worker to finish the video',
      async () => {
        const doc = await payload.findByID({ collection: 'videos', id: video.id, overrideAccess: true })
        return doc.status === 'ready' ? doc : undefined
      },
      180_000,
      logs,
    )
    expect(second.log.some((l) => l.includes(`for video ${video.id} (attempt 2)`))).toBe(true)
    // One output set: the killed worker's temporary folder and the early preview are cleared.
    const keep = (done.renditions as { folder: string }).folder
    await waitFor('one output set on disk', async () => fs.readdirSync(videoFolder(video.id)).join() === keep, 10_000, logs)
    const [job] = (await payload.find({ collection: 'transcode-jobs', where: { video: { equals: video.id } }, overrideAccess: true })).docs
    expect(job).toMatchObject({ state: 'done', attempts: 2, leaseOwner: 'rescuer' })
  })

  it('let a curator watch a quick MP4 while the rest of the ladder is still encoding', async () => {
    const clip = await makeTinyClip(path.join(t.dataDir, 'early.mp4'), { seconds: 30, size: '360x640' })
    const video = await createVideo('early preview', clip)
    const worker = startWorker('early')
    const partial = await waitFor(
      'a first playable rendition',
      async () => {
        const doc = await payload.findByID({ collection: 'videos', id: video.id, overrideAccess: true })
        const r = doc.renditions as { partial?: boolean; folder: string; mp4: { path: string } } | null
        return r?.partial && doc.status === 'processing' ? r : undefined
      },
      60_000,
      () => worker.log.join('\n'),
    )
    const quick = path.join(videoFolder(video.id), partial.folder, partial.mp4.path)
    const probe = await ffprobeJson(quick)
    expect(probe.streams.find((s) => s.codec_type === 'video')?.codec_name).toBe('h264')
    const done = await waitFor(
      'the full set',
      async () => {
        const doc = await payload.findByID({ collection: 'videos', id: video.id, overrideAccess: true })
        return doc.status === 'ready' ? doc : undefined
      },
      120_000,
      () => worker.log.join('\n'),
    )
    // The quick copy is removed right after the complete set is recorded.
    const keep = (done.renditions as { folder: string }).folder
    await waitFor('the quick copy to be removed', async () => fs.readdirSync(videoFolder(video.id)).join() === keep, 10_000, () => worker.log.join('\n'))
  })

  it('let an admin withdraw a video while a worker is transcoding it: the withdrawal goes through and nothing reappears', async () => {
    const admin = await createUser(payload, ['admin'])
    const clip = await makeTinyClip(path.join(t.dataDir, 'withdrawn-mid-job.mp4'), { seconds: 30, size: '360x640' })
    const worker = startWorker('outrun')
    const logs = () => worker.log.join('\n')
    // Several rounds, each withdrawn at a different moment of the job: right after the upload, at the
    // claim, and while progress is being written (the worker writes the same document all along).
    for (const waitMs of [0, 400, 1500, 4000]) {
      const video = await createVideo(`withdrawn after ${waitMs} ms`, clip)
      const [queued] = (await payload.find({ collection: 'transcode-jobs', where: { video: { equals: video.id } }, overrideAccess: true })).docs
      await new Promise((r) => setTimeout(r, waitMs))
      const withdrawn = await payload.update({ collection: 'videos', id: video.id, data: { status: 'withdrawn', withdrawalReference: 'test: schriftelijk verzoek' }, overrideAccess: false, user: admin })
      expect(withdrawn.status).toBe('withdrawn')
      // Whatever the worker was doing, it ends the job without writing renditions or a status back
      // (the withdrawal deleted the job; a worker that had claimed it says how the job ended).
      await new Promise((r) => setTimeout(r, 1000))
      await waitFor(
        `the worker to let go of job ${queued!.id}`,
        async () => !worker.log.some((l) => l.includes(`claimed job ${queued!.id}`)) || worker.log.some((l) => l.includes(`job ${queued!.id}: `)),
        60_000,
        logs,
      )
      expect(worker.log.filter((l) => l.includes(`job ${queued!.id}`)).join('\n')).not.toMatch(/crashed|failed/)
      const after = await payload.findByID({ collection: 'videos', id: video.id, overrideAccess: true })
      expect(after.status).toBe('withdrawn')
      expect(after.renditions ?? null).toBeNull()
      expect(fs.existsSync(videoFolder(video.id)) ? fs.readdirSync(videoFolder(video.id)) : []).toEqual([])
    }
    expect(worker.child.exitCode).toBeNull()
  })

  it('end, without a crash or a retry, a job whose video was withdrawn between the claim and its first write', async () => {
    // The narrow window a worker process hits now and then, made certain: claim, withdraw, then run.
    const admin = await createUser(payload, ['admin'])
    const clip = await makeTinyClip(path.join(t.dataDir, 'withdrawn-after-claim.mp4'), { seconds: 2 })
    const video = await createVideo('withdrawn after the claim', clip)
    // Imported here, not at the top: the worker's modules read DATA_DIR when they load, and the test database sets it in beforeAll.
    const { createJobQueue } = await import('../../cms/database/jobQueue')
    const { processJob } = await import('../../media-worker/queue/processJob')
    const queue = createJobQueue(payload)
    const claimed = await queue.claimNext('in-test', 30_000)
    expect(claimed?.videoId).toBe(video.id)
    await payload.update({ collection: 'videos', id: video.id, data: { status: 'withdrawn', withdrawalReference: 'test: schriftelijk verzoek' }, overrideAccess: false, user: admin })
    const log: string[] = []
    const outcome = await processJob(claimed!, { payload, queue, workerId: 'in-test', leaseMs: 30_000, log: (m) => log.push(m) }, new AbortController().signal)
    expect(outcome).toBe('done')
    expect(log.join('\n')).toContain('withdrawn')
    const after = await payload.findByID({ collection: 'videos', id: video.id, overrideAccess: true })
    expect(after.status).toBe('withdrawn')
    expect(after.processing?.failureReason ?? null).toBeNull()
    expect(fs.existsSync(videoFolder(video.id))).toBe(false)
  })

  it('mark an unusable upload failed with a reason a person understands, without retrying, and go on to the next video', async () => {
    const good = await makeTinyClip(path.join(t.dataDir, 'good.mp4'), { seconds: 2 })
    // A voice memo in an MP4 container: accepted as an upload (it is an MP4), but there is no picture.
    const audioOnly = path.join(t.dataDir, 'voice-memo.mp4')
    execFileSync(process.env.FFMPEG_PATH ?? 'ffmpeg', ['-y', '-loglevel', 'error', '-f', 'lavfi', '-i', 'sine=duration=2', '-c:a', 'aac', audioOnly])
    const bad = await createVideo('voice memo', audioOnly)
    const fine = await createVideo('fine upload', good)
    const worker = startWorker('survivor')
    const logs = () => worker.log.join('\n')
    const status = async (id: string) => (await payload.findByID({ collection: 'videos', id, overrideAccess: true }))
    await waitFor('the good video after the bad one', async () => (await status(String(fine.id))).status === 'ready', 120_000, logs)
    const failed = await status(String(bad.id))
    expect(failed.status).toBe('failed')
    expect(failed.processing?.failureReason).toMatch(/no video|audio only/i)
    expect(failed.processing?.failureReason).not.toMatch(/ffmpeg|ffprobe|Invalid data/i)
    const [job] = (await payload.find({ collection: 'transcode-jobs', where: { video: { equals: bad.id } }, overrideAccess: true })).docs
    expect(job).toMatchObject({ state: 'failed', attempts: 1 })
    expect(worker.child.exitCode).toBeNull()
    expect(fs.existsSync(videoFolder(bad.id)) ? fs.readdirSync(videoFolder(bad.id)) : []).toEqual([])
  })
})
