/**
 * An employee's own share link on a real SQLite file (issue 11): the status view gives a published
 * video a public link that is not the status token; visits, plays and a lead that came through it
 * (through the real ingest and entry endpoints) are credited to it and shown to the employee as
 * totals from the rollups, the same figures the raw events give, never who; comms sees them per
 * link; an unknown code is a 404; withdrawal ends the link (410) in Dutch and English.
 */
import fs from 'node:fs'
import path from 'node:path'
import type { Endpoint, Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { EmployeeView } from '../../common/api'
import { currentConsent } from '../../common/entry/consentTexts'
import { amsterdamDay } from '../../common/insights/day'
import { SHARE_CODE, shareSource } from '../../common/insights/source'
import { asSystem } from '../../cms/collections/Videos/lifecycle'
import { createRateLimiter } from '../../cms/lib/rateLimit'
import { hashToken, newToken } from '../../cms/lib/tokens'
import { endpointRequest } from '../helpers/endpointRequest'
import { makeTinyClip } from '../helpers/ffmpeg'
import { fakeManifest } from '../helpers/manifest'
import { createTestPayload, createUser, type TestPayload } from '../helpers/testPayload'

let t: TestPayload
let payload: Payload
let entry: Endpoint[]
let ingest: Endpoint
let contribute: Endpoint[]
let share: Endpoint
let insights: typeof import('../../cms/insights/endpoints')
let statusToken: string
let videoId: string
let contributionId: string
let code: string
const KEY = 'k'.repeat(40)
const BROWSER = 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1'
const CANDIDATE_IP = '203.0.113.61'
const CANDIDATE_EMAIL = 'via-de-link@example.com'

function request(method: 'GET' | 'POST', apiPath: string, opts: { body?: unknown; headers?: Record<string, string>; routeParams?: Record<string, string>; locale?: 'nl' | 'en' } = {}) {
  const locale = opts.locale ?? 'nl'
  return endpointRequest(payload, `http://cms.test/api${apiPath}?locale=${locale}`, { method, headers: { 'x-werkvloer-site-key': KEY, ...opts.headers }, json: opts.body, routeParams: opts.routeParams, locale })
}
const visitor = (ip: string) => ({ 'x-visitor-ip': ip, 'x-visitor-user-agent': BROWSER })

async function statusView(locale: 'nl' | 'en' = 'nl'): Promise<EmployeeView> {
  const status = contribute.find((e) => e.path === '/contribute/status/:token')!
  const res = await status.handler(request('GET', `/contribute/status/${statusToken}`, { routeParams: { token: statusToken }, locale }))
  expect(res.status).toBe(200)
  return (await res.json()) as EmployeeView
}
const lookUp = (c: string, locale: 'nl' | 'en' = 'nl', ip = '198.51.100.9') => share.handler(request('GET', `/share/${c}`, { routeParams: { code: c }, locale, headers: visitor(ip) }))

type Client = { execute(s: string | { sql: string; args: unknown[] }): Promise<{ rows: Record<string, unknown>[] }> }
const db = () => (payload.db as unknown as { client: Client }).client

beforeAll(async () => {
  t = await createTestPayload()
  payload = t.payload
  await createUser(payload, ['admin'])
  insights = await import('../../cms/insights/endpoints')
  const { createEntryEndpoints } = await import('../../cms/entry/endpoints')
  const { contributeEndpoints } = await import('../../cms/contribute/endpoints')
  const { createShareLinkEndpoint } = await import('../../cms/insights/shareLinkEndpoint')
  entry = createEntryEndpoints({ siteKey: () => KEY, limiter: createRateLimiter({ limit: 1000, windowMs: 60_000 }) })
  ingest = insights.createInsightsEndpoints({ siteKey: () => KEY })[0]!
  contribute = contributeEndpoints
  share = createShareLinkEndpoint({ siteKey: () => KEY, limiter: createRateLimiter({ limit: 3, windowMs: 60_000 }) })

  const release = await payload.create({ collection: 'release-texts', data: { version: 'v-share', title: 'R', body: 'B', publishedWhere: 'LinkedIn', retention: 'T' }, overrideAccess: true })
  const campaign = await payload.create({ collection: 'campaigns', data: { title: 'C', status: 'active', release: release.id, prompts: [{ question: 'Q?' }], maxDurationSeconds: 60, maxUploadMb: 100 }, overrideAccess: true })
  statusToken = newToken()
  const contribution = await payload.create({
    collection: 'contributions',
    data: { campaign: campaign.id, kind: 'video', contributorName: 'Fatima Yilmaz', email: 'fatima@example.com', locale: 'nl', release: release.id, releaseVersion: 'v-share', releaseTextShown: 'R', consentedAt: new Date().toISOString(), statusTokenHash: hashToken(statusToken) } as never,
    overrideAccess: true,
  })
  contributionId = String(contribution.id)
  const clip = await makeTinyClip(path.join(t.dataDir, 'clip.mp4'))
  const original = await payload.create({ collection: 'video-originals', data: {}, filePath: clip, overrideAccess: true })
  const video = await payload.create({
    collection: 'videos',
    data: { title: 'Mijn nachtdienst', hook: 'Kijk mee', contributorName: 'Fatima Yilmaz', original: original.id, status: 'published', renditions: fakeManifest(), contribution: contribution.id } as never,
    overrideAccess: true,
    context: asSystem('seed'),
  })
  videoId = String(video.id)
  fs.mkdirSync(path.join(t.dataDir, 'media', 'renditions', videoId, 'r-test'), { recursive: true })
  await payload.update({ collection: 'contributions', id: contribution.id, data: { video: video.id }, overrideAccess: true })
})
afterAll(async () => t?.cleanup())

describe('an employee’s share link', () => {
  it('is there on the status page once the video is published: its own code, not the status token', async () => {
    const view = await statusView()
    expect(view.status).toBe('published')
    expect(view.share).toMatchObject({ totals: { visits: 0, plays: 0, people: 0 } })
    code = view.share!.code
    expect(code).toMatch(SHARE_CODE)
    expect(code).not.toContain(statusToken)
    expect(statusToken).not.toContain(code)
    // The same link every time the page is opened.
    expect((await statusView('en')).share?.code).toBe(code)
    expect((await payload.find({ collection: 'share-links', overrideAccess: true })).totalDocs).toBe(1)
  })

  it('opens the published video and nothing else; an unknown or malformed code is a 404 in the asked language', async () => {
    const found = await lookUp(code)
    expect(found.status).toBe(200)
    expect(await found.json()).toEqual({ video: videoId })
    const unknown = await lookUp('a'.repeat(20))
    expect(unknown.status).toBe(404)
    expect(await unknown.json()).toMatchObject({ error: 'Deze deellink bestaat niet.' })
    const english = await lookUp('b'.repeat(20), 'en')
    expect(await english.json()).toMatchObject({ error: 'This share link does not exist.' })
    // The status token is no share code.
    expect((await lookUp(statusToken)).status).toBe(404)
  })

  it('stops answering an address that keeps guessing, but never a real link', async () => {
    const guesser = '198.51.100.200'
    for (let i = 0; i < 3; i++) expect((await lookUp(`${'c'.repeat(19)}${i + 2}`, 'nl', guesser)).status).toBe(404)
    expect((await lookUp('d'.repeat(20), 'nl', guesser)).status).toBe(429)
    expect((await lookUp(code, 'nl', guesser)).status).toBe(200)
  })

  it('credits the visit, the plays and a lead that came through it; the employee sees totals only', async () => {
    const src = shareSource(code)
    const now = Date.now()
    const who = visitor(CANDIDATE_IP)
    // What the share page's beacon sends (pages/gedeeld): the visit, then a play of the video.
    const batch = {
      events: [
        { type: 'share_visit', at: now - 4000, language: 'nl', source: src, shareLink: code, video: videoId },
        { type: 'page_view', at: now - 4000, language: 'nl', source: src, pageType: 'video' },
        { type: 'video_impression', at: now - 3500, language: 'nl', source: src, video: videoId },
        { type: 'video_play', at: now - 3000, language: 'nl', source: src, video: videoId },
      ],
    }
    expect((await ingest.handler(request('POST', '/insights/events', { body: batch, headers: who }))).status).toBe(202)
    // A second visitor through the link who only looks; a third who came directly and plays.
    expect((await ingest.handler(request('POST', '/insights/events', { body: { events: [batch.events[0]] }, headers: visitor('203.0.113.62') }))).status).toBe(202)
    expect((await ingest.handler(request('POST', '/insights/events', { body: { events: [{ ...batch.events[3], source: 'direct' }] }, headers: visitor('203.0.113.63') }))).status).toBe(202)
    // The lead form sends the touch with the link's code (touch.ts, lib/entry/attribution.ts).
    const lead = await entry.find((e) => e.path === '/entry/leads')!.handler(
      request('POST', '/entry/leads', { body: { locale: 'nl', entryPoint: 'lead-form', contact: CANDIDATE_EMAIL, consent: true, consentVersion: currentConsent.lead, attribution: { shareLink: code, watchedVideo: videoId } }, headers: who }),
    )
    expect(lead.status).toBe(201)
    const leadId = ((await lead.json()) as { id: string }).id
    // Recruiters see which colleague's link brought the lead.
    const stored = await payload.findByID({ collection: 'leads', id: leadId, depth: 1, overrideAccess: true })
    expect(stored.attribution?.shareLink).toMatchObject({ code })

    // The submission event is written in the background; the totals move once it is.
    let view = await statusView()
    for (let i = 0; i < 50 && view.share?.totals.people !== 1; i++) {
      await new Promise((r) => setTimeout(r, 100))
      view = await statusView()
    }
    expect(view.share?.totals).toEqual({ visits: 2, plays: 1, people: 1 })
    // The same figures as a count over the raw events.
    const today = amsterdamDay(Date.now())
    const raw = await insights.insightsFor(payload).store.queryRaw({ period: { from: today, to: today }, groupBy: [], filter: { source: src }, metrics: ['share_visit', 'video_play', 'submission_lead'], uniques: false })
    expect(Object.fromEntries(raw.map((r) => [r.metric, r.count]))).toEqual({ share_visit: 2, video_play: 1, submission_lead: 1 })
    // Never who: nothing of the candidate in what the employee gets, nor in the events.
    const employeeSees = JSON.stringify(await statusView())
    for (const secret of [CANDIDATE_EMAIL, CANDIDATE_IP, BROWSER, leadId]) expect(employeeSees).not.toContain(secret)
    const rows = (await db().execute({ sql: `SELECT * FROM insights_events WHERE source = ?`, args: [src] })).rows
    expect(rows).toHaveLength(6) // four from the first visitor, one from the second, the lead
    for (const secret of [CANDIDATE_EMAIL, CANDIDATE_IP, BROWSER, leadId, statusToken]) expect(JSON.stringify(rows)).not.toContain(secret)
  })

  it('is a row of its own in the Insights view: visits, plays and leads, labelled with the video', async () => {
    const { insightsData } = await import('../../cms/insights/dashboard')
    const today = amsterdamDay(Date.now())
    const data = await insightsData(payload, insights.insightsFor(payload).store, { from: today, to: today }, 'nl')
    expect(data.shareLinks).toEqual([expect.objectContaining({ key: shareSource(code), label: 'Mijn nachtdienst — Fatima Yilmaz', revoked: false, now: { share_visit: 2, video_play: 1, submission_lead: 1 } })])
    // In the table per source the link reads as the link, not as its code.
    expect(data.sources.find((l) => l.key === shareSource(code))?.label).toBe('Deellink: Mijn nachtdienst — Fatima Yilmaz')
  })

  it('ends with the withdrawal: 410 Gone in Dutch and English, gone from the status page, no name left in the view', async () => {
    const withdraw = contribute.find((e) => e.path === '/contribute/withdraw/:token')!
    expect((await withdraw.handler(request('POST', `/contribute/withdraw/${statusToken}`, { routeParams: { token: statusToken } }))).status).toBe(200)
    const nl = await lookUp(code)
    expect(nl.status).toBe(410)
    expect(await nl.json()).toMatchObject({ error: 'Deze video is niet meer beschikbaar: de collega heeft de toestemming ingetrokken.' })
    const en = await lookUp(code, 'en')
    expect(en.status).toBe(410)
    expect(await en.json()).toMatchObject({ error: 'This video is no longer available: the colleague withdrew their consent.' })
    const view = await statusView()
    expect(view.status).toBe('withdrawn')
    expect(view.share).toBeNull()
    const link = (await payload.find({ collection: 'share-links', where: { contribution: { equals: contributionId } }, overrideAccess: true })).docs[0]!
    expect(link.revokedAt).toBeTruthy()
    const { insightsData } = await import('../../cms/insights/dashboard')
    const today = amsterdamDay(Date.now())
    const data = await insightsData(payload, insights.insightsFor(payload).store, { from: today, to: today }, 'nl')
    expect(data.shareLinks).toEqual([expect.objectContaining({ label: code, revoked: true })])
    expect(JSON.stringify(data.shareLinks)).not.toContain('Fatima')
  })

  it('is readable only by the Insights roles, and nobody may write one through the API', async () => {
    const anonymous = await payload.find({ collection: 'share-links', overrideAccess: false, user: null }).catch((e: { status?: number }) => e)
    expect((anonymous as { status?: number }).status).toBe(403)
    const manager = await createUser(payload, ['hiring-manager'])
    await expect(payload.find({ collection: 'share-links', overrideAccess: false, user: manager })).rejects.toMatchObject({ status: 403 })
    const comms = await createUser(payload, ['comms'])
    expect((await payload.find({ collection: 'share-links', overrideAccess: false, user: comms })).totalDocs).toBe(1)
    await expect(payload.create({ collection: 'share-links', data: { code: 'e'.repeat(20), contribution: contributionId, video: videoId }, overrideAccess: false, user: comms })).rejects.toMatchObject({ status: 403 })
  })
})
