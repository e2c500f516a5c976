import path from 'node:path'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { asSystem } from '../../cms/collections/Videos/lifecycle'
import { makeTinyClip } from '../helpers/ffmpeg'
import { fakeManifest } from '../helpers/manifest'
import { createTestPayload, createUser, type TestPayload } from '../helpers/testPayload'

/**
 * "Show only my first name": an anonymous reader (the site, anyone on the REST API) never gets
 * the surname of a colleague who chose so; staff see the full name and the choice, and cannot
 * change the choice.
 */
let t: TestPayload
let payload: Payload
let comms: Awaited<ReturnType<typeof createUser>>
const ids: Record<string, string> = {}

const body = { root: { type: 'root', direction: null, format: '', indent: 0, version: 1, children: [{ type: 'paragraph', children: [{ type: 'text', text: 'Hallo', version: 1 }], direction: null, format: '', indent: 0, version: 1 }] } }

beforeAll(async () => {
  t = await createTestPayload()
  payload = t.payload
  await createUser(payload, ['admin'])
  comms = await createUser(payload, ['comms'])
  const clip = await makeTinyClip(path.join(t.dataDir, 'clip.mp4'))
  for (const [key, firstNameOnly] of [['only', true], ['full', false]] as const) {
    const original = await payload.create({ collection: 'video-originals', data: {}, filePath: clip, overrideAccess: true })
    const video = await payload.create({
      collection: 'videos',
      data: { title: `Video ${key}`, contributorName: 'Sanne de Vries', firstNameOnly, original: original.id, status: 'published', renditions: fakeManifest() },
      overrideAccess: true,
      context: asSystem('seed'),
    })
    ids[`video-${key}`] = String(video.id)
    const story = await payload.create({ collection: 'stories', data: { title: `Story ${key}`, status: 'published', authorName: 'Sanne de Vries', firstNameOnly, body: body as never }, overrideAccess: true })
    ids[`story-${key}`] = String(story.id)
  }
})

afterAll(async () => t?.cleanup())

describe('first name only', () => {
  it('an anonymous reader gets only the first name when the colleague chose so', async () => {
    const video = await payload.findByID({ collection: 'videos', id: ids['video-only']!, overrideAccess: false })
    expect(video.contributorName).toBe('Sanne')
    const story = await payload.findByID({ collection: 'stories', id: ids['story-only']!, overrideAccess: false })
    expect(story.authorName).toBe('Sanne')
    const list = await payload.find({ collection: 'videos', where: { id: { equals: ids['video-only'] } }, overrideAccess: false })
    expect(list.docs[0]?.contributorName).toBe('Sanne')
  })

  it('the full name stays when the colleague did not choose so', async () => {
    expect((await payload.findByID({ collection: 'videos', id: ids['video-full']!, overrideAccess: false })).contributorName).toBe('Sanne de Vries')
    expect((await payload.findByID({ collection: 'stories', id: ids['story-full']!, overrideAccess: false })).authorName).toBe('Sanne de Vries')
  })

  it('comms see the full name and the choice, and cannot switch the choice off', async () => {
    const video = await payload.findByID({ collection: 'videos', id: ids['video-only']!, overrideAccess: false, user: comms })
    expect(video.contributorName).toBe('Sanne de Vries')
    expect(video.firstNameOnly).toBe(true)
    await payload.update({ collection: 'stories', id: ids['story-only']!, data: { firstNameOnly: false }, overrideAccess: false, user: comms })
    const story = await payload.findByID({ collection: 'stories', id: ids['story-only']!, overrideAccess: false, user: comms })
    expect(story.firstNameOnly).toBe(true)
    expect((await payload.findByID({ collection: 'stories', id: ids['story-only']!, overrideAccess: false })).authorName).toBe('Sanne')
  })

  it('server code reads the full name, so writing a document back never shortens the stored name', async () => {
    const video = await payload.findByID({ collection: 'videos', id: ids['video-only']!, overrideAccess: true, depth: 0 })
    expect(video.contributorName).toBe('Sanne de Vries')
    // What the worker does: read without a user, write a field back.
    await payload.update({ collection: 'videos', id: ids['video-only']!, data: { contributorName: video.contributorName }, overrideAccess: true, context: asSystem('worker') })
    expect((await payload.findByID({ collection: 'videos', id: ids['video-only']!, overrideAccess: false, user: comms })).contributorName).toBe('Sanne de Vries')
    expect((await payload.findByID({ collection: 'videos', id: ids['video-only']!, overrideAccess: false })).contributorName).toBe('Sanne')
  })
})
