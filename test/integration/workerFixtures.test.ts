import fs from 'node:fs'
import path from 'node:path'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { isRenditionManifest } from '../../common/manifest'
import { FIXTURES, fixture, removeFixtures, type FixtureName } from '../fixtures/generate'
import { OUTCOMES, type Outcome } from '../fixtures/outcomes'
import { makeTinyClip } from '../helpers/ffmpeg'
import { asSystem } from '../../cms/collections/Videos/lifecycle'
import { spawnWorker, waitUntilProcessed, type WorkerProcess } from '../helpers/worker'
import { createTestPayload, type TestPayload } from '../helpers/testPayload'
import { summariseOutput } from '../media/probeOutput'

/**
 * Every generated fixture, good and bad, queued on one database and handled by one real worker
 * process in a single run: each ends `ready` with outputs ffprobe approves of, or `failed` with
 * the sentence a person is shown; the worker is still running afterwards and finishes the video
 * queued behind them all.
 */
let t: TestPayload
let payload: Payload
let worker: WorkerProcess | null = null

beforeAll(async () => {
  t = await createTestPayload()
  payload = t.payload
})
afterAll(async () => {
  if (worker && worker.child.exitCode === null) worker.child.kill('SIGKILL')
  removeFixtures()
  await t?.cleanup()
})

const names = Object.keys(FIXTURES) as FixtureName[]

/**
 * Payload's own upload check already refuses most of the bad files (empty, text, JPEG, cut off) at the
 * door. The worker must still survive them if they reach storage another way (a restore, a copy
 * by hand, a disk fault), so those are stored under a valid upload and then overwritten on disk.
 */
async function queue(name: FixtureName, file: string): Promise<{ id: string; refusedAtUpload: string | null }> {
  let refusedAtUpload: string | null = null
  let original: { id: string; filename?: string | null }
  try {
    original = await payload.create({ collection: 'video-originals', data: {}, filePath: file, overrideAccess: true })
  } catch (err) {
    refusedAtUpload = err instanceof Error ? err.message : String(err)
    original = await payload.create({ collection: 'video-originals', data: {}, filePath: await makeTinyClip(path.join(t.dataDir, `stand-in-${name}.mp4`)), overrideAccess: true })
    fs.copyFileSync(file, path.join(t.dataDir, 'media', 'originals', original.filename!))
  }
  const video = await payload.create({ collection: 'videos', data: { title: name, contributorName: 'Test', original: original.id, status: 'uploaded' }, overrideAccess: true, context: asSystem('seed') })
  return { id: String(video.id), refusedAtUpload }
}

describe('one worker process, every generated fixture', () => {
  const queued = new Map<FixtureName, { id: string; refusedAtUpload: string | null }>()
  let last: { id: string }

  beforeAll(async () => {
    for (const name of names) queued.set(name, await queue(name, await fixture(name)))
    last = await queue('no-audio', await makeTinyClip(path.join(t.dataDir, 'after-all.mp4'), { seconds: 2 }))

    worker = spawnWorker('all-fixtures')
    const ids = [...[...queued.values()].map((q) => q.id), last.id]
    await waitUntilProcessed(payload, ids, worker, { timeoutMs: 300_000, pollMs: 500 })
  }, 420_000)

  it('lets every good file through the upload check, and already refuses most bad ones there', () => {
    const refused = names.filter((n) => queued.get(n)!.refusedAtUpload !== null)
    const bad = names.filter((n) => 'failed' in OUTCOMES[n])
    expect(refused.filter((n) => !bad.includes(n)), 'good files refused at upload').toEqual([])
    expect(refused).toEqual(expect.arrayContaining(['empty', 'text', 'jpeg']))
  })

  it.each(names)('%s ends as the outcome table says', async (name) => {
    const expected: Outcome = OUTCOMES[name]
    const video = await payload.findByID({ collection: 'videos', id: queued.get(name)!.id, overrideAccess: true, depth: 0 })
    const [job] = (await payload.find({ collection: 'transcode-jobs', where: { video: { equals: video.id } }, overrideAccess: true, depth: 0 })).docs
    if ('failed' in expected) {
      expect([video.status, video.processing?.failureReason, video.processing?.failureReasonNl]).toEqual(['failed', expected.failed.message, expected.failed.nl])
      // Bad input is not retried, and leaves no files behind.
      expect(job).toMatchObject({ state: 'failed', attempts: 1 })
      const folder = path.join(t.dataDir, 'media', 'renditions', String(video.id))
      expect(fs.existsSync(folder) ? fs.readdirSync(folder) : []).toEqual([])
      return
    }
    const exp = expected.ready
    expect([video.status, video.processing?.failureReason ?? null, video.processing?.failureReasonNl ?? null]).toEqual(['ready', null, null])
    expect(job).toMatchObject({ state: 'done', attempts: 1 })
    const manifest = video.renditions
    if (!isRenditionManifest(manifest)) throw new Error(`no complete rendition manifest on ${name}: ${JSON.stringify(manifest)}`)
    const dir = path.join(t.dataDir, 'media', 'renditions', String(video.id), manifest.folder)
    const audio = exp.audio ? 'aac LC 48000 Hz 2 ch' : null
    const clean = { video: 'h264 High yuv420p', colour: 'bt709/bt709/bt709', rotated: false, privateTags: [] }
    const rungs = await Promise.all(manifest.hls.rungs.map((r) => summariseOutput(path.join(dir, r.playlist))))
    expect(rungs).toEqual(exp.rungs.map((size) => ({ ...clean, size, audio })))
    const mp4 = await summariseOutput(path.join(dir, manifest.mp4.path))
    expect(mp4).toEqual({ ...clean, size: mp4.size, audio })
    expect(Math.min(...mp4.size)).toBeLessThanOrEqual(720)
    expect(await summariseOutput(path.join(dir, manifest.preview!.path))).toMatchObject({ ...clean, audio: null })
  })

  it('is still running afterwards and finishes the video queued behind them all', async () => {
    expect(worker!.child.exitCode).toBeNull()
    const video = await payload.findByID({ collection: 'videos', id: last.id, overrideAccess: true, depth: 0 })
    expect(video.status).toBe('ready')
  })
})
