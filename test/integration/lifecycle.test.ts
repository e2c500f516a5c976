import fs from 'node:fs'
import path from 'node:path'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { asSystem, type SystemActor } from '../../cms/collections/Videos/lifecycle'
import type { VideoStatus } from '../../cms/collections/Videos/statuses'
import { withdrawContribution } from '../../cms/contribute/withdraw'
import { publishDueVideos } from '../../cms/periodic/publishScheduled'
import { makeTinyClip } from '../helpers/ffmpeg'
import { createTestPayload, createUser, type TestPayload } from '../helpers/testPayload'
import { fakeManifest } from '../helpers/manifest'

/**
 * The video lifecycle as a hostile insider would try it: every role and system actor against every
 * step, and each way found to publish, swap footage or keep withdrawn footage public without the
 * step that allows it. Writes by people go through the Local API with access enforced
 * (overrideAccess: false), exactly as REST and the admin are checked.
 */
let t: TestPayload
let payload: Payload
let clip: string
let renditionsRoot: string
type User = Awaited<ReturnType<typeof createUser>>
const users: Record<'admin' | 'comms' | 'recruiter' | 'hiring-manager', User> = {} as never

beforeAll(async () => {
  t = await createTestPayload({ mongodb: 'supported' })
  payload = t.payload
  renditionsRoot = path.join(t.dataDir, 'media', 'renditions')
  // One after the other: the very first account becomes admin.
  for (const role of ['admin', 'comms', 'recruiter', 'hiring-manager'] as const) users[role] = await createUser(payload, [role])
  clip = await makeTinyClip(path.join(t.dataDir, 'clip.mp4'))
})
afterAll(async () => t?.cleanup())

const manifest = fakeManifest

/** A video in a given state, as the seed (demo content, fixtures) may make one; renditions on disk. */
async function videoIn(status: VideoStatus, extra: Record<string, unknown> = {}) {
  const original = await payload.create({ collection: 'video-originals', data: {}, filePath: clip, overrideAccess: true })
  const video = await payload.create({
    collection: 'videos',
    data: { title: `Video ${status}`, hook: 'Kijk mee', contributorName: 'Sanne de Vries', original: original.id, status, renditions: manifest(), feedback: status === 'rejected' ? 'Te donker' : null, ...extra },
    overrideAccess: true,
    context: asSystem('seed'),
  })
  const dir = path.join(renditionsRoot, String(video.id), 'r-test')
  fs.mkdirSync(dir, { recursive: true })
  fs.writeFileSync(path.join(dir, 'video.mp4'), 'x')
  // The create queued a transcode; these tests are about the jobs that writes queue afterwards.
  await payload.delete({ collection: 'transcode-jobs', where: { video: { equals: video.id } }, overrideAccess: true })
  return video
}

/** Mails written by the embedded mail adapter (no SMTP in tests) to one address. */
function mailsTo(address: string): string[] {
  const dir = path.join(t.dataDir, 'mail')
  if (!fs.existsSync(dir)) return []
  return fs.readdirSync(dir).map((f) => fs.readFileSync(path.join(dir, f), 'utf8').replace(/=\r?\n/g, '')).filter((m) => m.includes(address))
}

const read = (id: string | number) => payload.findByID({ collection: 'videos', id, overrideAccess: true, depth: 0 })
const jobsFor = async (id: string | number) => (await payload.find({ collection: 'transcode-jobs', where: { video: { equals: id } }, overrideAccess: true })).totalDocs
const asUser = (role: keyof typeof users) => ({ overrideAccess: false, user: users[role] }) as const

type ActorName = keyof typeof users | SystemActor | 'anonymous'
const ACTORS: ActorName[] = ['anonymous', 'recruiter', 'hiring-manager', 'comms', 'admin', 'upload', 'worker', 'scheduler', 'employee']

function writeAs(actor: ActorName, id: string | number, data: Record<string, unknown>) {
  if (actor === 'anonymous') return payload.update({ collection: 'videos', id, data, overrideAccess: false })
  if (actor in users) return payload.update({ collection: 'videos', id, data, ...asUser(actor as keyof typeof users) })
  return payload.update({ collection: 'videos', id, data, overrideAccess: true, context: asSystem(actor as SystemActor) })
}

/**
 * The specification, written out by hand (not read from lifecycle.ts): each step, the state it
 * starts from, what it needs, and exactly who may make it.
 */
const MATRIX: { step: string; from: VideoStatus; to: VideoStatus; setup?: Record<string, unknown>; data?: Record<string, unknown>; allowed: ActorName[] }[] = [
  { step: 'startProcessing', from: 'uploaded', to: 'processing', allowed: ['worker'] },
  { step: 'processed', from: 'processing', to: 'ready', allowed: ['worker'] },
  { step: 'publishWhenReady', from: 'processing', to: 'published', setup: { publishWhenReady: true }, allowed: ['worker'] },
  { step: 'fail', from: 'processing', to: 'failed', allowed: ['worker'] },
  { step: 'approve', from: 'ready', to: 'approved', allowed: ['comms', 'admin'] },
  { step: 'unapprove', from: 'approved', to: 'ready', allowed: ['comms', 'admin'] },
  { step: 'publish', from: 'ready', to: 'published', allowed: ['comms', 'admin'] },
  { step: 'publishScheduled', from: 'approved', to: 'published', setup: { publishAt: new Date(Date.now() - 60_000).toISOString() }, allowed: ['comms', 'admin', 'scheduler'] },
  { step: 'unpublish', from: 'published', to: 'ready', allowed: ['comms', 'admin'] },
  { step: 'reject', from: 'ready', to: 'rejected', data: { feedback: 'Graag opnieuw, met geluid' }, allowed: ['comms', 'admin'] },
  { step: 'reopen', from: 'rejected', to: 'ready', allowed: ['comms', 'admin'] },
  { step: 'withdraw', from: 'published', to: 'withdrawn', data: { withdrawalReference: 'mail 2 dec, #1234' }, allowed: ['admin', 'employee'] },
]

describe('the role × step matrix', () => {
  for (const row of MATRIX) {
    it(`${row.step} (${row.from} → ${row.to}): only ${row.allowed.join(', ')}`, async () => {
      const outcome: Record<string, boolean> = {}
      for (const actor of ACTORS) {
        const video = await videoIn(row.from, row.setup)
        // The curator fields a step needs are set first by an admin, as they would be in the admin.
        const { withdrawalReference, ...rest } = row.data ?? {}
        if (withdrawalReference) await payload.update({ collection: 'videos', id: video.id, data: { withdrawalReference: String(withdrawalReference) }, ...asUser('admin') })
        const result = await writeAs(actor, video.id, { status: row.to, ...rest }).then(
          () => true,
          (e: { status?: number }) => {
            expect([400, 403], `${actor}: refusal status`).toContain(e.status)
            return false
          },
        )
        const after = await read(video.id)
        expect(after.status, `${actor}: status after ${result ? 'allowed' : 'refused'} write`).toBe(result ? row.to : row.from)
        outcome[actor] = result
      }
      expect(Object.keys(outcome).filter((a) => outcome[a])).toEqual(ACTORS.filter((a) => row.allowed.includes(a)))
    })
  }

  it('logs every step with its actor, from and to', async () => {
    const video = await videoIn('ready')
    await writeAs('comms', video.id, { status: 'approved', publishAt: new Date(Date.now() - 1000).toISOString() })
    expect(await publishDueVideos(payload)).toBeGreaterThanOrEqual(1)
    const log = (await read(video.id)).moderationLog ?? []
    const steps = log.map((e) => [e.action, e.from, e.to, e.actor, (typeof e.by === 'object' ? e.by?.id : e.by) ?? null])
    expect(steps).toEqual([
      ['seed', '', 'ready', 'seed', null],
      ['approve', 'ready', 'approved', 'user', users.comms.id],
      ['publishScheduled', 'approved', 'published', 'scheduler', null],
    ])
  })

  it('lets a new video start only as uploaded, and only from an upload, comms, admins or the seed', async () => {
    const make = async (opts: { user?: User; status: VideoStatus }) => {
      const original = await payload.create({ collection: 'video-originals', data: {}, filePath: clip, overrideAccess: true })
      return payload.create({ collection: 'videos', data: { title: 'Nieuw', contributorName: 'X', original: original.id, status: opts.status }, overrideAccess: false, user: opts.user })
    }
    await expect(make({ user: users.comms, status: 'published' })).rejects.toMatchObject({ status: 400 })
    await expect(make({ user: users['hiring-manager'], status: 'uploaded' })).rejects.toMatchObject({ status: 403 })
    expect((await make({ user: users.comms, status: 'uploaded' })).status).toBe('uploaded')
  })
})

describe('a hiring manager', () => {
  it('cannot publish through the worker: publishWhenReady with a re-trim is refused and queues nothing', async () => {
    const video = await videoIn('ready')
    await expect(writeAs('hiring-manager', video.id, { publishWhenReady: true, editing: { trimStart: 0.5 } })).rejects.toMatchObject({ status: 403 })
    const after = await read(video.id)
    expect(after.publishWhenReady).toBe(false)
    expect(after.editing?.trimStart ?? null).toBeNull()
    expect(await jobsFor(video.id)).toBe(0)
  })

  it('cannot revive a rejected video the same way', async () => {
    const video = await videoIn('rejected')
    await expect(writeAs('hiring-manager', video.id, { publishWhenReady: true, editing: { trimStart: 0.5 } })).rejects.toMatchObject({ status: 403 })
    // Even if the flag were set, the worker has no step out of "rejected": a re-cut keeps the status.
    expect((await read(video.id)).status).toBe('rejected')
    await expect(writeAs('worker', video.id, { status: 'published' })).rejects.toMatchObject({ status: 400 })
  })

  it('cannot schedule: publishAt on an approved video is refused, and the scheduler publishes nothing', async () => {
    const video = await videoIn('approved')
    await expect(writeAs('hiring-manager', video.id, { publishAt: new Date().toISOString() })).rejects.toMatchObject({ status: 403 })
    await publishDueVideos(payload)
    expect((await read(video.id)).status).toBe('approved')
  })

  it('suggests edits to a published video: nothing goes live until comms accepts', async () => {
    const video = await videoIn('published', { captions: [{ language: 'nl', vtt: 'WEBVTT\n\n00:00:00.000 --> 00:00:01.000\nHallo' }] })
    const suggested = await writeAs('hiring-manager', video.id, {
      title: 'Beter: mijn eerste week',
      contributorName: 'Iemand Anders',
      captions: [{ language: 'nl', vtt: 'WEBVTT\n\n00:00:00.000 --> 00:00:01.000\nGewijzigd' }],
      editing: { trimStart: 0.5 },
    })
    const publicView = await payload.findByID({ collection: 'videos', id: video.id, overrideAccess: false })
    expect(publicView.title).toBe('Video published')
    expect(publicView.contributorName).toBe('Sanne de Vries')
    expect(publicView.captions?.[0]?.vtt).toContain('Hallo')
    expect(await jobsFor(video.id)).toBe(0)
    const suggestion = suggested.suggestions?.at(-1)
    expect(suggestion?.decision).toBe('open')
    expect(suggestion?.summary).toBe('title, contributorName, captions, editing')
    expect(typeof suggestion?.by === 'object' ? suggestion?.by?.id : suggestion?.by).toBe(users['hiring-manager'].id)

    // A hiring manager cannot accept their own suggestion.
    await writeAs('hiring-manager', video.id, { suggestions: (suggested.suggestions ?? []).map((s) => ({ ...s, decision: 'accepted' })) })
    expect((await read(video.id)).title).toBe('Video published')

    const accepted = await writeAs('comms', video.id, { suggestions: (suggested.suggestions ?? []).map((s) => ({ ...s, decision: 'accepted' })) })
    expect(accepted.title).toBe('Beter: mijn eerste week')
    expect(accepted.contributorName).toBe('Iemand Anders')
    expect(accepted.suggestions?.at(-1)?.decision).toBe('accepted')
    // The accepted trim is a curator's re-cut: it re-runs the worker on the video's own original.
    expect(await jobsFor(video.id)).toBe(1)
  })
})

describe('footage', () => {
  it('cannot be swapped: the original of a published video stays its own', async () => {
    const published = await videoIn('published')
    const rejected = await videoIn('rejected')
    const before = (await read(published.id)).original
    await writeAs('comms', published.id, { original: typeof rejected.original === 'object' ? rejected.original?.id : rejected.original }).catch(() => undefined)
    expect((await read(published.id)).original).toEqual(before)
    await expect(
      payload.update({ collection: 'videos', id: published.id, data: { original: typeof rejected.original === 'object' ? rejected.original?.id : rejected.original }, overrideAccess: true, context: asSystem('worker') }),
    ).rejects.toMatchObject({ status: 403 })
  })

  it('belongs to one video: a new video cannot reuse another video’s original', async () => {
    const existing = await videoIn('published')
    const originalId = typeof existing.original === 'object' ? existing.original?.id : existing.original
    await expect(payload.create({ collection: 'videos', data: { title: 'Kopie', contributorName: 'X', original: originalId, status: 'uploaded' }, ...asUser('comms') })).rejects.toMatchObject({ status: 403 })
  })

  it('files cannot be replaced or deleted by hand, not even by comms', async () => {
    const video = await videoIn('published')
    const originalId = typeof video.original === 'object' ? video.original?.id : video.original
    await expect(payload.delete({ collection: 'video-originals', id: String(originalId), ...asUser('comms') })).rejects.toMatchObject({ status: 403 })
    await expect(payload.update({ collection: 'video-originals', id: String(originalId), data: {}, filePath: clip, ...asUser('comms') })).rejects.toMatchObject({ status: 403 })
  })
})

describe('withdrawal', () => {
  it('is not comms’ or a hiring manager’s to make', async () => {
    const published = await videoIn('published')
    await expect(writeAs('comms', published.id, { status: 'withdrawn' })).rejects.toMatchObject({ status: 403 })
    const ready = await videoIn('ready')
    await expect(writeAs('hiring-manager', ready.id, { status: 'withdrawn' })).rejects.toMatchObject({ status: 403 })
    expect((await read(published.id)).title).toBe('Video published')
  })

  it('by an admin needs the written request, and then leaves a content-free tombstone with no files', async () => {
    const video = await videoIn('published', { captions: [{ language: 'nl', vtt: 'WEBVTT\n\n00:00:00.000 --> 00:00:01.000\nHallo' }], location: 'Rotterdam', skills: ['klantcontact'] })
    await payload.update({ collection: 'videos', id: video.id, locale: 'en', data: { title: 'English title', hook: 'Watch' }, overrideAccess: true, context: asSystem('seed') })
    await expect(writeAs('admin', video.id, { status: 'withdrawn' })).rejects.toMatchObject({ status: 400 })
    const originalId = String(typeof video.original === 'object' ? video.original?.id : video.original)
    await writeAs('admin', video.id, { status: 'withdrawn', withdrawalReference: 'mail 2 dec, #1234' })

    const { docs } = await payload.find({ collection: 'videos', where: { status: { equals: 'withdrawn' } }, overrideAccess: false, locale: 'all' as never })
    const tomb = docs.find((d) => d.id === video.id) as unknown as Record<string, unknown>
    expect(tomb).toBeDefined()
    expect(JSON.stringify(tomb)).not.toMatch(/Sanne|Kijk mee|Hallo|Rotterdam|klantcontact|English title|Video published/)
    expect(tomb.renditions ?? null).toBeNull()
    expect(tomb.captions).toEqual([])
    expect(fs.existsSync(path.join(renditionsRoot, String(video.id)))).toBe(false)
    expect(await payload.findByID({ collection: 'video-originals', id: originalId, overrideAccess: true, disableErrors: true })).toBeNull()
    // Terminal: nobody brings it back, not even an admin.
    await expect(writeAs('admin', video.id, { status: 'ready' })).rejects.toMatchObject({ status: 403 })
    await expect(writeAs('worker', video.id, { renditions: manifest() })).rejects.toMatchObject({ status: 403 })
  })

  it('by the employee goes through the same step, and closes the consent record', async () => {
    const release = await payload.create({ collection: 'release-texts', data: { version: 'v-lifecycle', title: 'R', body: 'B', publishedWhere: 'W', retention: 'T' }, overrideAccess: true })
    const campaign = await payload.create({ collection: 'campaigns', data: { title: 'C', status: 'active', release: release.id, prompts: [{ question: 'Q?' }], maxDurationSeconds: 60, maxUploadMb: 100 }, overrideAccess: true })
    const contribution = await payload.create({
      collection: 'contributions',
      data: { campaign: campaign.id, kind: 'video', contributorName: 'Sanne de Vries', email: 'sanne@example.com', locale: 'nl', release: release.id, releaseVersion: 'v-lifecycle', releaseTextShown: 'R', consentedAt: new Date().toISOString() },
      overrideAccess: true,
    })
    const video = await videoIn('published', { contribution: contribution.id })
    await payload.update({ collection: 'contributions', id: contribution.id, data: { video: video.id }, overrideAccess: true })
    await withdrawContribution(payload, await payload.findByID({ collection: 'contributions', id: contribution.id, overrideAccess: true, depth: 0 }))
    const after = await read(video.id)
    expect(after.status).toBe('withdrawn')
    expect(after.contributorName).toBe('—')
    expect(after.moderationLog?.at(-1)).toMatchObject({ action: 'withdraw', from: 'published', to: 'withdrawn', actor: 'employee' })
    expect((await payload.findByID({ collection: 'contributions', id: contribution.id, overrideAccess: true })).withdrawnAt).toBeTruthy()
    expect(fs.existsSync(path.join(renditionsRoot, String(video.id)))).toBe(false)
    // Comms is told to take copies down where the consent allowed them (here the release text's "W").
    const mails = mailsTo(users.comms.email)
    const notice = mails.find((m) => m.includes('An employee withdrew consent') && m.includes(`/video/${video.id}`))
    expect(notice, 'a withdrawal notice to comms naming the public address it had').toBeDefined()
    expect(notice).toContain('de toestemming gold voor: W')
    expect(mails.some((m) => m.includes('To: sanne@example.com')), 'no employee mail goes to comms').toBe(false)
  })

  it('wins over a worker finishing late: the worker cannot write renditions or a status afterwards', async () => {
    const video = await videoIn('processing')
    await writeAs('employee', video.id, { status: 'withdrawn' })
    await expect(writeAs('worker', video.id, { status: 'ready', renditions: manifest('r-late') })).rejects.toMatchObject({ status: 403 })
    expect((await read(video.id)).renditions ?? null).toBeNull()
  })
})

describe('system fields', () => {
  it('are not writable by people: comms cannot point renditions elsewhere or fake the log', async () => {
    const video = await videoIn('published')
    const updated = await writeAs('comms', video.id, { renditions: manifest('r-elsewhere'), publishedAt: '2000-01-01T00:00:00.000Z', moderationLog: [] })
    expect((updated.renditions as { folder?: string }).folder).toBe('r-test')
    expect(updated.publishedAt).not.toBe('2000-01-01T00:00:00.000Z')
    expect(updated.moderationLog?.length).toBeGreaterThan(0)
  })

  it('are not writable by server code that does not say who it is', async () => {
    const video = await videoIn('ready')
    await expect(payload.update({ collection: 'videos', id: video.id, data: { status: 'published' }, overrideAccess: true })).rejects.toMatchObject({ status: 403 })
  })
})

describe('a written story', () => {
  it('is withdrawn only by its author: comms cannot set it by hand, and a withdrawn story stays withdrawn', async () => {
    const body = { root: { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', text: 'Mijn week', format: 0, detail: 0, mode: 'normal', style: '', version: 1 }], direction: 'ltr', format: '', indent: 0, version: 1 }], direction: 'ltr', format: '', indent: 0, version: 1 } }
    const story = await payload.create({ collection: 'stories', data: { title: 'Mijn week', status: 'published', authorName: 'Sanne', body: body as never }, overrideAccess: true })
    await expect(payload.update({ collection: 'stories', id: story.id, data: { status: 'withdrawn' }, ...asUser('comms') })).rejects.toMatchObject({ status: 403 })
    await payload.update({ collection: 'stories', id: story.id, data: { status: 'withdrawn', title: '—', authorName: '—' }, overrideAccess: true, context: asSystem('employee') })
    await expect(payload.update({ collection: 'stories', id: story.id, data: { status: 'published' }, ...asUser('admin') })).rejects.toMatchObject({ status: 403 })
  })
})

describe('comms', () => {
  it('hears when a processed video waits for review, with a link to it in the admin', async () => {
    const video = await videoIn('processing', { title: 'Mijn eerste klant' })
    await writeAs('worker', video.id, { status: 'ready' })
    const mail = mailsTo(users.comms.email).find((m) => m.includes('Mijn eerste klant') && m.includes('waits for your review'))
    expect(mail, 'a review notice to comms').toBeDefined()
    expect(mail).toContain(`/admin/collections/videos/${video.id}`)
  })
})
