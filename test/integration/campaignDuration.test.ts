import path from 'node:path'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { makeTinyClip } from '../helpers/ffmpeg'
import { spawnWorker, waitUntilProcessed, type WorkerProcess } from '../helpers/worker'
import { createTestPayload, type TestPayload } from '../helpers/testPayload'
import { asSystem } from '../../cms/collections/Videos/lifecycle'

/**
 * Issue 10, blocker 4: the campaign tells the employee "at most N minutes"; the real worker process
 * holds an upload to that same limit, not to its general default of 10 minutes.
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
  await t?.cleanup()
})

async function campaign(slug: string, maxDurationSeconds: number) {
  const release = await payload.create({
    collection: 'release-texts',
    overrideAccess: true,
    data: { version: `v-${slug}`, title: 'Toestemming', body: 'Tekst', publishedWhere: 'Op de site', retention: '2 jaar' },
  })
  return payload.create({
    collection: 'campaigns',
    overrideAccess: true,
    data: { title: slug, slug, status: 'active', prompts: [{ question: 'Wat doe je?' }], release: release.id, maxDurationSeconds, maxUploadMb: 100 },
  })
}

async function upload(title: string, clip: string, campaignId: string | number) {
  const original = await payload.create({ collection: 'video-originals', data: {}, filePath: clip, overrideAccess: true })
  // As the employee's upload makes it (cms/contribute/tus.ts), so the lifecycle lets it in.
  return payload.create({ collection: 'videos', overrideAccess: true, context: asSystem('upload'), data: { title, contributorName: 'Test', original: original.id, campaign: campaignId as never, status: 'uploaded' } })
}

describe('the campaign duration limit in the worker', () => {
  const ids: Record<'over' | 'under', string> = { over: '', under: '' }

  beforeAll(async () => {
    // A real 12 s clip: well under the worker's default, over a 10 s campaign, under a 15 s one.
    const clip = await makeTinyClip(path.join(t.dataDir, 'twelve-seconds.mp4'), { seconds: 12, size: '144x256' })
    ids.over = String((await upload('over the campaign limit', clip, (await campaign('ten-seconds', 10)).id)).id)
    ids.under = String((await upload('under the campaign limit', clip, (await campaign('fifteen-seconds', 15)).id)).id)

    worker = spawnWorker('campaign-limit')
    await waitUntilProcessed(payload, Object.values(ids), worker, { timeoutMs: 180_000, pollMs: 300 })
  }, 240_000)

  it('refuses a 12 s clip under a 10 s campaign, in English and Dutch, without retrying or keeping renditions', async () => {
    const video = await payload.findByID({ collection: 'videos', id: ids.over, overrideAccess: true, depth: 0 })
    expect([video.status, video.processing?.failureReason, video.processing?.failureReasonNl]).toEqual([
      'failed',
      'The video is longer than the maximum of 10 seconds (it is 12 seconds).',
      'De video is langer dan het maximum van 10 seconden (hij duurt 12 seconden).',
    ])
    expect(video.renditions ?? null).toBeNull()
    const [job] = (await payload.find({ collection: 'transcode-jobs', where: { video: { equals: video.id } }, overrideAccess: true, depth: 0 })).docs
    expect(job).toMatchObject({ state: 'failed', attempts: 1 })
  })

  it('transcodes the same clip under a 15 s campaign', async () => {
    const video = await payload.findByID({ collection: 'videos', id: ids.under, overrideAccess: true, depth: 0 })
    expect([video.status, video.processing?.failureReason ?? null]).toEqual(['ready', null])
  })
})
