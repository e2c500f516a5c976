/**
 * Hook-test variants' posters through the whole path on a real SQLite file, the real job queue
 * and the worker's own job code with real ffmpeg: the full run makes them, a curator's change of
 * one variant's time makes only the posters again (same folder, video untouched), a time past the
 * end is refused in Dutch and English, the winner's poster becomes the video's when the test ends
 * itself, and withdrawal deletes them with the rest of the video's media folder.
 */
import fs from 'node:fs'
import path from 'node:path'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { asSystem } from '../../cms/collections/Videos/lifecycle'
import type { RenditionManifest } from '../../common/manifest'
import { expectFieldError } from '../helpers/expectErrors'
import { makeColourClip, secondShown } from '../helpers/ffmpeg'
import { createTestPayload, createUser, type TestPayload } from '../helpers/testPayload'

let t: TestPayload
let payload: Payload
let comms: Awaited<ReturnType<typeof createUser>>
let admin: Awaited<ReturnType<typeof createUser>>
let videoId: string
let runNext: () => Promise<{ kind: string | undefined; outcome: string } | null>
let runClaimed: (job: import('../../cms/database/jobQueue').ClaimedJob) => Promise<string>
let claim: () => Promise<import('../../cms/database/jobQueue').ClaimedJob | null>
let clip: string

const folderOf = (id: string) => path.join(t.dataDir, 'media', 'renditions', id)
const manifestOf = async (id: string) => (await payload.findByID({ collection: 'videos', id, depth: 0, overrideAccess: true })).renditions as unknown as RenditionManifest
const jobsOf = async (id: string) => (await payload.find({ collection: 'transcode-jobs', where: { video: { equals: id } }, depth: 0, overrideAccess: true, limit: 20, sort: 'createdAt' })).docs

beforeAll(async () => {
  t = await createTestPayload()
  payload = t.payload
  comms = await createUser(payload, ['comms'])
  admin = await createUser(payload, ['admin'])
  const { createJobQueue } = await import('../../cms/database/jobQueue')
  const { processJob } = await import('../../media-worker/queue/processJob')
  const queue = createJobQueue(payload)
  claim = () => queue.claimNext('in-test', 60_000)
  runClaimed = async (job) => {
    const log: string[] = []
    const outcome = await processJob(job, { payload, queue, workerId: 'in-test', leaseMs: 60_000, log: (m) => log.push(m) }, new AbortController().signal)
    if (outcome !== 'done') throw new Error(`job ${job.id}: ${outcome}\n${log.join('\n')}`)
    return outcome
  }
  runNext = async () => {
    const job = await claim()
    if (!job) return null
    return { kind: job.options.kind, outcome: await runClaimed(job) }
  }
  clip = await makeColourClip(path.join(t.dataDir, 'colours.mp4'))
  const original = await payload.create({ collection: 'video-originals', data: {}, filePath: clip, overrideAccess: true })
  const video = await payload.create({
    collection: 'videos',
    data: {
      title: 'Kleuren',
      contributorName: 'Sanne',
      original: original.id,
      status: 'uploaded',
      editing: { posterTime: 0.5 },
      hookTest: { enabled: false, goal: 'play', variants: [{ key: 'a', title: 'Variant a', posterTime: 2.5 }, { key: 'b', title: 'Variant b' }] },
    } as never,
    overrideAccess: true,
    context: asSystem('seed'),
  })
  videoId = String(video.id)
})
afterAll(async () => t?.cleanup())

describe('variant posters', () => {
  it('are made by the full run, for the variants with a time of their own', async () => {
    expect((await runNext())?.kind).toBeUndefined()
    const m = await manifestOf(videoId)
    expect(Object.keys(m.variantPosters ?? {})).toEqual(['a'])
    expect(await secondShown(path.join(folderOf(videoId), m.folder, m.variantPosters!.a!.posters[0]!.path))).toBe(2)
    expect(await secondShown(path.join(folderOf(videoId), m.folder, m.posters[0]!.path))).toBe(0)
    // What the site reads: the variant's poster URLs in the public playback field.
    await payload.update({ collection: 'videos', id: videoId, data: { status: 'published' }, overrideAccess: false, user: comms })
    const anonymous = await payload.findByID({ collection: 'videos', id: videoId, overrideAccess: false })
    const playback = anonymous.playback as { poster: string; variantPosters?: Record<string, { poster: string }> }
    expect(playback.variantPosters?.a?.poster).toBe(`/renditions/${videoId}/${m.folder}/variants/t2480/poster-180.jpg`)
    expect(playback.poster).toMatch(/\/poster\/poster-180\.jpg$/)
  })

  it('refuse a time past the end of the trimmed video, in the curator’s language, and change nothing', async () => {
    const before = await manifestOf(videoId)
    const variants = [{ key: 'a', title: 'Variant a', posterTime: 9 }, { key: 'b', title: 'Variant b' }]
    await expectFieldError(payload.update({ collection: 'videos', id: videoId, data: { hookTest: { variants } } as never, overrideAccess: false, user: comms }), 'hookTest.variants.0.posterTime', /ligt na het einde van de \(ingekorte\) video: kies een tijd onder 4 seconden/)
    // The same rule for an admin working in English (the validator is given the request's language).
    const { validateVariantPosterTime } = await import('../../cms/collections/Videos/variantPosterTime')
    expect(validateVariantPosterTime(9, { data: { renditions: before }, req: { i18n: { language: 'en' } } })).toMatch(/is past the end of the \(trimmed\) video: pick a time below 4 seconds/)
    // A trim in the same save counts: 3 s is inside the clip, not inside a clip cut to 1–3 s.
    await expectFieldError(
      payload.update({ collection: 'videos', id: videoId, data: { editing: { trimStart: 1, trimEnd: 3 }, hookTest: { variants: [{ key: 'a', title: 'Variant a', posterTime: 3 }, { key: 'b', title: 'Variant b' }] } } as never, overrideAccess: false, user: comms }),
      'hookTest.variants.0.posterTime',
      /kies een tijd onder 2 seconden/,
    )
    expect(await jobsOf(videoId)).toHaveLength(1)
    expect((await manifestOf(videoId)).variantPosters).toEqual(before.variantPosters)
  })

  it('are made again without re-encoding when a curator changes only a variant’s time', async () => {
    const before = await manifestOf(videoId)
    const folder = path.join(folderOf(videoId), before.folder)
    const mp4 = fs.statSync(path.join(folder, before.mp4.path))
    const started = await payload.update({ collection: 'videos', id: videoId, data: { hookTest: { enabled: true, goal: 'play', variants: [{ key: 'a', title: 'Variant a', posterTime: 3.5 }, { key: 'b', title: 'Variant b', posterTime: 1.2 }] } } as never, overrideAccess: false, user: comms })
    const queued = (await jobsOf(videoId)).filter((j) => j.state === 'queued')
    expect(queued.map((j) => (j.options as { kind?: string }).kind)).toEqual(['posters'])
    expect(started.status).toBe('published')

    expect((await runNext())?.kind).toBe('posters')
    const after = await manifestOf(videoId)
    expect(after.folder).toBe(before.folder)
    expect(after.createdAt).toBe(before.createdAt)
    expect(after.hls).toEqual(before.hls)
    expect(fs.statSync(path.join(folder, before.mp4.path)).mtimeMs).toBe(mp4.mtimeMs)
    expect(await secondShown(path.join(folder, after.variantPosters!.a!.posters[0]!.path))).toBe(3)
    expect(await secondShown(path.join(folder, after.variantPosters!.b!.posters[0]!.path))).toBe(1)
    // The old frame of a is gone; the manifest on disk says the same as the stored one.
    expect(fs.readdirSync(path.join(folder, 'variants')).sort()).toEqual(['t1200', 't3480'])
    expect(JSON.parse(fs.readFileSync(path.join(folder, 'manifest.json'), 'utf8')).variantPosters).toEqual(after.variantPosters)
    const video = await payload.findByID({ collection: 'videos', id: videoId, overrideAccess: true })
    expect([video.status, video.hookTestResult?.startedAt ? 'running' : 'off']).toEqual(['published', 'running'])
  })

  it('changed while the video’s first run works are made by a posters job right after it', async () => {
    const original = await payload.create({ collection: 'video-originals', data: {}, filePath: clip, overrideAccess: true })
    const video = await payload.create({ collection: 'videos', data: { title: 'Tweede', contributorName: 'Joris', original: original.id, status: 'uploaded', hookTest: { enabled: false, variants: [{ key: 'a', title: 'A' }, { key: 'b', title: 'B' }] } } as never, overrideAccess: true, context: asSystem('seed') })
    const id = String(video.id)
    const running = await claim()
    expect(running?.videoId).toBe(id)
    // The curator sets a time while the first run works (it may or may not have read the video
    // yet): a posters job is queued behind it either way, and the frame exists at the end.
    const first = runClaimed(running!)
    await payload.update({ collection: 'videos', id, data: { hookTest: { variants: [{ key: 'a', title: 'A' }, { key: 'b', title: 'B', posterTime: 3.1 }] } } as never, overrideAccess: false, user: comms })
    expect((await jobsOf(id)).filter((j) => j.state === 'queued').map((j) => (j.options as { kind?: string }).kind)).toEqual(['posters'])
    await first
    expect((await runNext())?.kind).toBe('posters')
    const m = await manifestOf(id)
    expect(Object.keys(m.variantPosters ?? {})).toEqual(['b'])
    expect(await secondShown(path.join(folderOf(id), m.folder, m.variantPosters!.b!.posters[0]!.path))).toBe(3)
  })

  it('make the winner’s poster the video’s when the test ends itself, without a new job', async () => {
    const { createEventStore } = await import('../../cms/database/eventStore')
    const { endDecidedHookTests } = await import('../../cms/insights/hookTests')
    const store = createEventStore(payload)
    const record = async (variant: string, impressions: number, plays: number) => {
      const base = { at: Date.now() - 1000, language: 'nl' as const, source: 'direct', video: videoId, variant }
      await store.appendBatch([
        ...Array.from({ length: impressions }, (_, i) => ({ event: { ...base, type: 'video_impression' as const }, visitor: `v${variant}${i}` })),
        ...Array.from({ length: plays }, (_, i) => ({ event: { ...base, type: 'video_play' as const }, visitor: `v${variant}${i}` })),
      ] as never)
    }
    await record('a', 200, 10)
    await record('b', 200, 60)
    const jobsBefore = (await jobsOf(videoId)).length
    expect(await endDecidedHookTests(payload)).toBe(1)
    const video = await payload.findByID({ collection: 'videos', id: videoId, overrideAccess: true })
    const m = video.renditions as unknown as RenditionManifest
    expect(video.hookTestResult?.winner).toBe('b')
    expect(m.posters).toEqual(m.variantPosters!.b!.posters)
    expect(m.shareImage).toEqual(m.variantPosters!.b!.shareImage)
    expect(video.editing?.posterTime).toBeCloseTo(1.2, 3)
    expect(await secondShown(path.join(folderOf(videoId), m.folder, m.posters.at(-1)!.path))).toBe(1)
    expect((video.playback as { poster: string }).poster).toContain('/variants/t1200/')
    expect(await jobsOf(videoId)).toHaveLength(jobsBefore)
    // The scheduler may set the poster frame, nothing else of the editing group.
    await expect(payload.update({ collection: 'videos', id: videoId, data: { editing: { trimStart: 1, posterTime: 1.2 } } as never, overrideAccess: true, context: asSystem('scheduler') })).rejects.toMatchObject({ status: 403 })
  })

  it('are deleted with the video’s media folder when consent is withdrawn', async () => {
    const m = await manifestOf(videoId)
    const variantFile = path.join(folderOf(videoId), m.folder, m.variantPosters!.a!.posters[0]!.path)
    expect(fs.existsSync(variantFile)).toBe(true)
    await payload.update({ collection: 'videos', id: videoId, data: { status: 'withdrawn', withdrawalReference: 'test: schriftelijk verzoek 4-12' }, overrideAccess: false, user: admin })
    expect(fs.existsSync(variantFile)).toBe(false)
    expect(fs.existsSync(folderOf(videoId))).toBe(false)
    const after = await payload.findByID({ collection: 'videos', id: videoId, overrideAccess: true })
    expect(after.renditions ?? null).toBeNull()
    // Nor does the test's wording stay behind, in either language.
    for (const locale of ['nl', 'en'] as const) {
      const doc = await payload.findByID({ collection: 'videos', id: videoId, locale, overrideAccess: true })
      expect([doc.hookTest?.variants ?? [], doc.hookTest?.enabled]).toEqual([[], false])
    }
  })
})
