/**
 * Hook tests on a real SQLite file: only curators set one up (every other role and system writer
 * is refused or ignored), the site's assignment endpoint serves every variant across visitors and
 * one variant per visitor, leaves opted-out visitors and bots out, and the periodic job ends a
 * decided test and makes its winner the video's title and hook in both languages.
 */
import path from 'node:path'
import type { Endpoint, Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { asSystem } from '../../cms/collections/Videos/lifecycle'
import { answerOf, endpointRequest } from '../helpers/endpointRequest'
import { makeTinyClip } from '../helpers/ffmpeg'
import { fakeManifest } from '../helpers/manifest'
import { createTestPayload, createUser, type TestPayload } from '../helpers/testPayload'

let t: TestPayload
let payload: Payload
let clip: string
let assign: Endpoint
let stats: Endpoint
let hookTests: typeof import('../../cms/insights/hookTests')
let eventStore: typeof import('../../cms/database/eventStore')
const users: Record<'admin' | 'comms' | 'recruiter' | 'hiring-manager', Awaited<ReturnType<typeof createUser>>> = {} as never

const KEY = 'h'.repeat(40)
const browser = (n: number) => `Mozilla/5.0 (iPhone; CPU iPhone OS 17_${n} like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.${n} Mobile/15E148 Safari/604.1`

beforeAll(async () => {
  t = await createTestPayload()
  payload = t.payload
  for (const role of ['admin', 'comms', 'recruiter', 'hiring-manager'] as const) users[role] = await createUser(payload, [role])
  clip = await makeTinyClip(path.join(t.dataDir, 'clip.mp4'))
  hookTests = await import('../../cms/insights/hookTests')
  eventStore = await import('../../cms/database/eventStore')
  ;[assign, stats] = hookTests.createHookTestEndpoints({ siteKey: () => KEY }) as [Endpoint, Endpoint]
})
afterAll(async () => t?.cleanup())

async function publishedVideo(title: string) {
  const original = await payload.create({ collection: 'video-originals', data: {}, filePath: clip, overrideAccess: true })
  const video = await payload.create({ collection: 'videos', data: { title, hook: 'Origineel', contributorName: 'Sanne', original: original.id, status: 'published', renditions: fakeManifest() } as never, overrideAccess: true, context: asSystem('seed') })
  await payload.delete({ collection: 'transcode-jobs', where: { video: { equals: video.id } }, overrideAccess: true })
  return video
}

const TEST = { enabled: true, goal: 'play', maxWeeks: 4, variants: [{ key: 'a', title: 'Sanne over haar eerste deal', hook: 'Na drie weken bellen kwam die ene ja.' }, { key: 'b', title: 'Waarom Sanne bleef bellen', hook: 'Honderd keer nee, één keer ja.' }] }

/** Sets up the test as comms: Dutch wording first, then the English wording on the same rows. */
async function startTest(id: string | number) {
  const nl = await payload.update({ collection: 'videos', id, data: { hookTest: TEST } as never, overrideAccess: false, user: users.comms, locale: 'nl' })
  const rows = (nl.hookTest?.variants ?? []).map((v, i) => ({ id: v.id, key: v.key, title: ['Sanne on her first deal', 'Why Sanne kept calling'][i], hook: ['After three weeks, that one yes.', 'A hundred noes, one yes.'][i] }))
  return payload.update({ collection: 'videos', id, data: { title: 'English title', hookTest: { ...TEST, variants: rows } } as never, overrideAccess: false, user: users.comms, locale: 'en' })
}

async function call(endpoint: Endpoint, opts: { body?: unknown; key?: string | null; ua?: string; ip?: string; headers?: Record<string, string>; id?: string; user?: unknown } = {}) {
  const headers = new Headers(opts.headers)
  if (opts.key !== null) headers.set('x-werkvloer-site-key', opts.key ?? KEY)
  headers.set('x-visitor-ip', opts.ip ?? '203.0.113.7')
  headers.set('x-visitor-user-agent', opts.ua ?? browser(1))
  return answerOf(await endpoint.handler(endpointRequest(payload, 'http://cms.test/api/insights/x', { headers, json: opts.body, routeParams: { id: opts.id }, user: opts.user })))
}

describe('setting up a hook test', () => {
  it('is for comms and admins: a hiring manager is refused, and nobody but the server writes the outcome', async () => {
    const video = await publishedVideo('Setup')
    await expect(payload.update({ collection: 'videos', id: video.id, data: { hookTest: TEST } as never, overrideAccess: false, user: users['hiring-manager'] })).rejects.toMatchObject({ status: 403 })
    await expect(payload.update({ collection: 'videos', id: video.id, data: { hookTest: TEST } as never, overrideAccess: false, user: users.recruiter })).rejects.toBeTruthy()
    await expect(payload.update({ collection: 'videos', id: video.id, data: { hookTest: TEST } as never, overrideAccess: true, context: asSystem('worker') })).rejects.toMatchObject({ status: 403 })
    const started = await startTest(video.id)
    expect(started.hookTestResult?.startedAt).toBeTruthy()
    // A curator cannot declare a winner by hand: the outcome is the server's.
    const edited = await payload.update({ collection: 'videos', id: video.id, data: { hookTestResult: { endedAt: new Date().toISOString(), winner: 'b' } } as never, overrideAccess: false, user: users.comms })
    expect(edited.hookTestResult).toMatchObject({ startedAt: started.hookTestResult?.startedAt, endedAt: null, winner: null })
  })

  it('refuses one variant, or two with the same key, in both languages', async () => {
    const video = await publishedVideo('Bad setup')
    const problem = (hookTest: unknown) =>
      payload.update({ collection: 'videos', id: video.id, data: { hookTest } as never, overrideAccess: false, user: users.comms }).then(
        () => 'saved',
        (error: { data?: { errors?: { message: string }[] } }) => (error.data?.errors ?? []).map((e) => e.message).join(' | '),
      )
    expect(await problem({ ...TEST, variants: TEST.variants.slice(0, 1) })).toBe('Een hooktest heeft 2 of 3 varianten. / A hook test has 2 or 3 variants.')
    expect(await problem({ ...TEST, variants: [TEST.variants[0], { ...TEST.variants[1], key: 'a' }] })).toBe('Elke variant heeft een eigen code. / Each variant needs its own key.')
    expect(await problem({ ...TEST, variants: [TEST.variants[0], { ...TEST.variants[1], key: 'B C' }] })).toMatch(/kleine letters.*lower-case letters/)
    expect((await payload.findByID({ collection: 'videos', id: video.id, overrideAccess: true })).hookTest?.enabled).toBeFalsy()
  })
})

describe('which variant a visitor sees (POST /api/insights/hook-variants)', () => {
  it('only answers the career site', async () => {
    expect((await call(assign, { body: { videos: [] }, key: null })).status).toBe(403)
    expect((await call(assign, { body: { videos: [] }, key: 'x'.repeat(40) })).status).toBe(403)
  })

  it('refuses a bad body with a specific message in both languages', async () => {
    const r = await call(assign, { body: { videos: ['../etc'] } })
    expect(r).toMatchObject({ status: 400, body: { code: 'bad-body' } })
    expect(String(r.body.errorNl)).toMatch(/video-id/)
    expect(String(r.body.errorEn)).toMatch(/video ids/)
  })

  it('serves every variant across visitors, and keeps one visitor on one variant', async () => {
    const video = await publishedVideo('Served')
    await startTest(video.id)
    const id = String(video.id)
    const seen = new Map<string, number>()
    for (let n = 0; n < 30; n++) {
      const { body } = await call(assign, { body: { videos: [id] }, ua: browser(n) })
      const variant = (body.variants as Record<string, string>)[id]!
      seen.set(variant, (seen.get(variant) ?? 0) + 1)
      // The same visitor again (same address and browser): the same variant.
      for (let again = 0; again < 3; again++) expect(((await call(assign, { body: { videos: [id] }, ua: browser(n) })).body.variants as Record<string, string>)[id]).toBe(variant)
    }
    expect([...seen.keys()].sort()).toEqual(['a', 'b'])
  })

  it('gives no variant to visitors who opt out, to bots, or for a video without a running test', async () => {
    const video = await publishedVideo('Left out')
    await startTest(video.id)
    const id = String(video.id)
    expect((await call(assign, { body: { videos: [id] }, headers: { 'x-visitor-sec-gpc': '1' } })).body.variants).toEqual({})
    expect((await call(assign, { body: { videos: [id] }, headers: { 'x-visitor-dnt': '1' } })).body.variants).toEqual({})
    expect((await call(assign, { body: { videos: [id] }, ua: 'Mozilla/5.0 (compatible; Googlebot/2.1)' })).body.variants).toEqual({})
    const plain = await publishedVideo('No test')
    expect((await call(assign, { body: { videos: [String(plain.id)] } })).body.variants).toEqual({})
    await payload.update({ collection: 'videos', id, data: { status: 'ready' }, overrideAccess: false, user: users.comms })
    expect((await call(assign, { body: { videos: [id] } })).body.variants).toEqual({})
  })
})

describe('ending a test', () => {
  async function record(video: string, variant: string, impressions: number, plays: number) {
    const store = eventStore.createEventStore(payload)
    const at = Date.now() - 1000
    const base = { at, language: 'nl' as const, source: 'direct', video, variant }
    const events = [
      ...Array.from({ length: impressions }, (_, i) => ({ event: { ...base, type: 'video_impression' as const }, visitor: `v${variant}${i}` })),
      ...Array.from({ length: plays }, (_, i) => ({ event: { ...base, type: 'video_play' as const }, visitor: `v${variant}${i}` })),
    ]
    await store.appendBatch(events as never)
  }

  it('waits while the figures are thin, then makes the winner the title and hook in both languages and stops serving variants', async () => {
    const video = await publishedVideo('Decided')
    await startTest(video.id)
    const id = String(video.id)
    await record(id, 'a', 40, 2)
    await record(id, 'b', 40, 20)
    expect(await hookTests.endDecidedHookTests(payload)).toBe(0)
    await record(id, 'a', 160, 8)
    await record(id, 'b', 160, 40)

    const before = await call(stats, { id, user: users.comms })
    expect(before.body).toMatchObject({ state: 'running', goal: 'play' })
    const [a, b] = before.body.variants as { id: string; trials: number; successes: number; probabilityBest: number; interval: { low: number; high: number } }[]
    expect([a!.trials, a!.successes, b!.trials, b!.successes]).toEqual([200, 10, 200, 60])
    expect(b!.probabilityBest).toBeGreaterThan(0.99)
    expect(b!.interval.low).toBeGreaterThan(a!.interval.high)
    expect((await call(stats, { id, user: users['hiring-manager'] })).status).toBe(403)
    expect((await call(stats, { id })).status).toBe(403)

    expect(await hookTests.endDecidedHookTests(payload)).toBe(1)
    const nl = await payload.findByID({ collection: 'videos', id, locale: 'nl', overrideAccess: true })
    const en = await payload.findByID({ collection: 'videos', id, locale: 'en', overrideAccess: true })
    expect([nl.title, nl.hook, en.title, en.hook]).toEqual(['Waarom Sanne bleef bellen', 'Honderd keer nee, één keer ja.', 'Why Sanne kept calling', 'A hundred noes, one yes.'])
    expect(nl.hookTestResult).toMatchObject({ winner: 'b', reason: 'probability' })
    expect((await call(assign, { body: { videos: [id] } })).body.variants).toEqual({})
  })
})
