import fs from 'node:fs'
import path from 'node:path'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { asSystem } from '../../cms/collections/Videos/lifecycle'
import { publishDueVideos } from '../../cms/periodic/publishScheduled'
import { makeTinyClip } from '../helpers/ffmpeg'
import { createTestPayload, type TestPayload } from '../helpers/testPayload'
import { fakeManifest } from '../helpers/manifest'

let t: TestPayload
let payload: Payload
beforeAll(async () => {
  t = await createTestPayload()
  payload = t.payload
})
afterAll(async () => t?.cleanup())

const manifest = fakeManifest('r-x')

describe('scheduled publishing', () => {
  it('publishes approved videos whose time has come, and only those', async () => {
    const clip = await makeTinyClip(path.join(t.dataDir, 'c.mp4'))
    const make = async (title: string, status: 'approved' | 'ready', publishAt: string | null) =>
      payload.create({ collection: 'videos', data: { title, status, contributorName: 'X', original: (await payload.create({ collection: 'video-originals', data: {}, filePath: clip, overrideAccess: true })).id, renditions: manifest, publishAt }, overrideAccess: true, context: asSystem('seed') })
    const due = await make('due', 'approved', new Date(Date.now() - 1000).toISOString())
    const later = await make('later', 'approved', new Date(Date.now() + 3600_000).toISOString())
    const notApproved = await make('in review', 'ready', new Date(Date.now() - 1000).toISOString())
    expect(await publishDueVideos(payload)).toBe(1)
    const status = async (id: string) => (await payload.findByID({ collection: 'videos', id, overrideAccess: true })).status
    expect(await status(String(due.id))).toBe('published')
    expect(await status(String(later.id))).toBe('approved')
    expect(await status(String(notApproved.id))).toBe('ready')
    expect(await publishDueVideos(payload)).toBe(0)
  })
})

describe('abandoned contributions', () => {
  it('removes a consent whose upload never came, and stale upload files, but keeps everything else', async () => {
    const release = await payload.create({ collection: 'release-texts', data: { version: 'v-test', title: 'R', body: 'B', publishedWhere: 'W', retention: 'T' }, overrideAccess: true })
    const campaign = await payload.create({ collection: 'campaigns', data: { title: 'C', status: 'active', release: release.id, prompts: [{ question: 'Q?' }], maxDurationSeconds: 60, maxUploadMb: 100 }, overrideAccess: true })
    const base = { campaign: campaign.id, kind: 'video' as const, contributorName: 'E', email: 'e@example.com', locale: 'nl' as const, release: release.id, releaseVersion: 'v-test', releaseTextShown: 'R', consentedAt: new Date().toISOString() }
    const abandoned = await payload.create({ collection: 'contributions', data: { ...base, uploadTokenExpiresAt: new Date(Date.now() - 1000).toISOString() }, overrideAccess: true })
    const fresh = await payload.create({ collection: 'contributions', data: { ...base, uploadTokenExpiresAt: new Date(Date.now() + 3600_000).toISOString() }, overrideAccess: true })
    const dir = path.join(t.dataDir, 'uploads-in-progress')
    fs.mkdirSync(dir, { recursive: true })
    fs.writeFileSync(path.join(dir, 'old'), 'x')
    fs.writeFileSync(path.join(dir, 'new'), 'x')
    const old = new Date(Date.now() - 2 * 24 * 3600_000)
    fs.utimesSync(path.join(dir, 'old'), old, old)

    // Imported after the test database exists: paths are resolved from DATA_DIR at import time.
    const { cleanUpAbandonedContributions } = await import('../../cms/contribute/cleanup')
    expect(await cleanUpAbandonedContributions(payload)).toEqual({ contributions: 1, files: 1 })
    const left = (await payload.find({ collection: 'contributions', overrideAccess: true })).docs.map((d) => d.id)
    expect(left).toEqual([fresh.id])
    expect(left).not.toContain(abandoned.id)
    expect(fs.readdirSync(dir)).toEqual(['new'])
  })
})
