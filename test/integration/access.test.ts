import path from 'node:path'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { asSystem } from '../../cms/collections/Videos/lifecycle'
import { expectFieldError, expectForbidden } from '../helpers/expectErrors'
import { makeTinyClip } from '../helpers/ffmpeg'
import { createTestPayload, createUser, type TestPayload } from '../helpers/testPayload'
import { fakeManifest } from '../helpers/manifest'

/**
 * Who can see and change what, asked through Payload's Local API with access enforced
 * (overrideAccess: false), exactly as REST and GraphQL requests are checked.
 */
let t: TestPayload
let payload: Payload
let admin: Awaited<ReturnType<typeof createUser>>
let comms: Awaited<ReturnType<typeof createUser>>
let recruiter: Awaited<ReturnType<typeof createUser>>
let manager: Awaited<ReturnType<typeof createUser>>
const ids: Record<string, string> = {}

const anonymous = { overrideAccess: false } as const
const as = (user: unknown) => ({ overrideAccess: false, user }) as const

beforeAll(async () => {
  t = await createTestPayload({ mongodb: 'supported' })
  payload = t.payload
  // One after the other: the very first account is made an admin, whatever it asked for.
  admin = await createUser(payload, ['admin'])
  comms = await createUser(payload, ['comms'])
  recruiter = await createUser(payload, ['recruiter'])
  manager = await createUser(payload, ['hiring-manager'])
  const base = { location: 'Rotterdam', employmentType: 'FULL_TIME' as const, applyMode: 'built-in' as const }
  for (const status of ['draft', 'open', 'closed'] as const) {
    ids[`vacancy-${status}`] = String((await payload.create({ collection: 'vacancies', data: { ...base, title: `Vacancy ${status}`, status }, overrideAccess: true })).id)
  }
  const clip = await makeTinyClip(path.join(t.dataDir, 'clip.mp4'))
  for (const status of ['uploaded', 'ready', 'published'] as const) {
    // One original per video: footage is never shared between videos.
    const original = await payload.create({ collection: 'video-originals', data: {}, filePath: clip, overrideAccess: true })
    const video = await payload.create({
      collection: 'videos',
      data: { title: `Video ${status}`, contributorName: 'Test Colleague', original: original.id, status, renditions: status === 'uploaded' ? null : fakeManifest() },
      overrideAccess: true,
      context: asSystem('seed'),
    })
    ids[`video-${status}`] = String(video.id)
  }
  for (const status of ['draft', 'published'] as const) {
    ids[`story-${status}`] = String(
      (await payload.create({ collection: 'stories', data: { title: `Story ${status}`, status, authorName: 'A. Colleague', body: emptyRichText() as never }, overrideAccess: true })).id,
    )
  }
})

afterAll(async () => t?.cleanup())

describe('an anonymous visitor', () => {
  it('sees open and closed vacancies but never drafts', async () => {
    const { docs } = await payload.find({ collection: 'vacancies', ...anonymous })
    expect(docs.map((d) => d.status).sort()).toEqual(['closed', 'open'])
    await expect(payload.findByID({ collection: 'vacancies', id: ids['vacancy-draft']!, ...anonymous })).rejects.toThrow()
  })

  it('sees only published videos, and not which original file they came from', async () => {
    const { docs } = await payload.find({ collection: 'videos', ...anonymous, depth: 1 })
    expect(docs.map((d) => d.title)).toEqual(['Video published'])
    expect(docs[0]?.original).toBeUndefined()
    expect((docs[0]?.playback as { hls?: string } | null)?.hls).toMatch(/^\/renditions\/.+\/hls\/master\.m3u8$/)
  })

  it('sees only published stories', async () => {
    const { docs } = await payload.find({ collection: 'stories', ...anonymous })
    expect(docs.map((d) => d.title)).toEqual(['Story published'])
  })

  it('cannot list users, original files or the transcode queue', async () => {
    await expectForbidden(payload.find({ collection: 'users', ...anonymous }))
    await expectForbidden(payload.find({ collection: 'video-originals', ...anonymous }))
    await expectForbidden(payload.find({ collection: 'transcode-jobs', ...anonymous }))
  })

  it('cannot create or change content', async () => {
    await expectForbidden(payload.create({ collection: 'vacancies', data: { title: 'x', location: 'y', employmentType: 'FULL_TIME', applyMode: 'built-in', status: 'open' }, ...anonymous }))
    await expectForbidden(payload.update({ collection: 'videos', id: ids['video-ready']!, data: { status: 'published' }, ...anonymous }))
  })
})

describe('signed-in roles', () => {
  it('let every role read unpublished work', async () => {
    for (const user of [admin, comms, recruiter, manager]) {
      const { totalDocs } = await payload.find({ collection: 'videos', ...as(user) })
      expect(totalDocs).toBe(3)
    }
  })

  it('let comms publish a processed video, but refuse one the worker has not finished', async () => {
    const published = await payload.update({ collection: 'videos', id: ids['video-ready']!, data: { status: 'published' }, ...as(comms) })
    expect(published.status).toBe('published')
    expect(published.publishedAt).toBeTruthy()
    // Uploaded → published is no step of the lifecycle: the worker must make the web version first.
    await expect(payload.update({ collection: 'videos', id: ids['video-uploaded']!, data: { status: 'published' }, ...as(comms) })).rejects.toMatchObject({ status: 400 })
  })

  it('do not let a hiring manager or a recruiter publish videos', async () => {
    await expectForbidden(payload.update({ collection: 'videos', id: ids['video-uploaded']!, data: { status: 'published' }, ...as(manager) }))
    await expectForbidden(payload.update({ collection: 'videos', id: ids['video-uploaded']!, data: { title: 'mine now' }, ...as(recruiter) }))
  })

  it('let recruiters manage vacancies and refuse a salary range upside down', async () => {
    const created = await payload.create({ collection: 'vacancies', data: { title: 'Inside sales', location: 'Breda', employmentType: 'PART_TIME', applyMode: 'built-in', status: 'open' }, ...as(recruiter) })
    expect(created.slug).toBe('inside-sales')
    await expectFieldError(
      payload.update({ collection: 'vacancies', id: created.id, data: { salaryMin: 4000, salaryMax: 3000 }, ...as(recruiter) }),
      'salaryMax',
      // In the admin's language (Dutch unless the user chose English).
      /maximumsalaris moet minstens het minimum zijn/,
    )
    const unchanged = await payload.findByID({ collection: 'vacancies', id: created.id, overrideAccess: true })
    expect(unchanged.salaryMin ?? null).toBeNull()
  })

  it('refuse an external apply link that is not https', async () => {
    await expectFieldError(
      payload.create({ collection: 'vacancies', data: { title: 'Ext', location: 'X', employmentType: 'FULL_TIME', applyMode: 'external', applyUrl: 'javascript:alert(1)', status: 'open' }, ...as(recruiter) }),
      'applyUrl',
      /moet met https:\/\/ beginnen/,
    )
  })

  it('only let admins manage users, and nobody promote themselves', async () => {
    await expectForbidden(createAs(comms))
    const { docs } = await payload.find({ collection: 'users', ...as(comms) })
    expect(docs.map((d) => d.email)).toEqual([comms.email])
    const self = await payload.update({ collection: 'users', id: comms.id, data: { roles: ['admin'] }, ...as(comms) })
    expect(self.roles).toEqual(['comms'])
    expect((await createAs(admin)).roles).toEqual(['recruiter'])
  })
})

function createAs(user: unknown) {
  return payload.create({ collection: 'users', data: { email: `new-${Math.random().toString(36).slice(2)}@test.example`, password: 'another-long-password', name: 'New', roles: ['recruiter'] }, ...as(user) })
}


function emptyRichText() {
  return { root: { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', text: 'Hello', format: 0, detail: 0, mode: 'normal', style: '', version: 1 }], direction: 'ltr', format: '', indent: 0, version: 1 }], direction: 'ltr', format: '', indent: 0, version: 1 } }
}

describe('slugs made from titles', () => {
  it('stay unique when two stories share a title, and stay put when the title changes', async () => {
    const make = () => payload.create({ collection: 'stories', data: { title: 'Mijn eerste week', status: 'draft', authorName: 'A', body: emptyRichText() as never }, overrideAccess: true })
    const first = await make()
    const second = await make()
    expect([first.slug, second.slug]).toEqual(['mijn-eerste-week', 'mijn-eerste-week-2'])
    const renamed = await payload.update({ collection: 'stories', id: first.id, data: { title: 'Iets anders' }, overrideAccess: true })
    expect(renamed.slug).toBe('mijn-eerste-week')
  })
})

describe('user roles', () => {
  it('are never granted by default: an account created without roles is refused', async () => {
    await expect(payload.create({ collection: 'users', data: { email: `noroles-${Date.now()}@test.example`, password: 'a-long-enough-password', name: 'No Roles' } as never, overrideAccess: true })).rejects.toThrow()
  })
})
