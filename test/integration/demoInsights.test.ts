/**
 * The demo's seeded measurements on a real SQLite file: five weeks of events written through the
 * event store, deterministic, never doubled by a second seed; the weekly digest computed from them
 * has exactly the figures the events imply — counted once over the generated list and once over
 * the raw rows in the database — and the mail says so.
 */
import fs from 'node:fs'
import path from 'node:path'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { amsterdamDay } from '../../common/insights/day'
import type { StoredEvent } from '../../cms/database/eventStore'
import { createTestPayload, createUser, type TestPayload } from '../helpers/testPayload'

let t: TestPayload
let payload: Payload
let seed: typeof import('../../cms/seed/insights')
let digest: typeof import('../../cms/insights/digest')
let targets: import('../../cms/seed/insights').DemoMeasureTargets
let written = 0
let seedMs = 0

// Thursday 3 December 2026, 11:00 in Amsterdam: last week is 23–29 November, the one before 16–22.
const NOW = Date.UTC(2026, 11, 3, 10, 0)
const LAST = { from: '2026-11-23', to: '2026-11-29' }
const BEFORE = { from: '2026-11-16', to: '2026-11-22' }

beforeAll(async () => {
  delete process.env.SMTP_HOST
  delete process.env.COMMS_EMAIL
  t = await createTestPayload()
  payload = t.payload
  seed = await import('../../cms/seed/insights')
  digest = await import('../../cms/insights/digest')
  await createUser(payload, ['admin'])
  await createUser(payload, ['comms'], 'comms-demo@test.example')
  const department = await payload.create({ collection: 'departments', data: { name: 'Sales' }, overrideAccess: true })
  const vacancies = []
  for (const title of ['Inside sales', 'Accountmanager', 'Planner'])
    vacancies.push(await payload.create({ collection: 'vacancies', data: { title, location: 'Rotterdam', employmentType: 'FULL_TIME', applyMode: 'built-in', department: department.id, status: 'open', validThrough: new Date(NOW + 90 * 86_400_000).toISOString() }, overrideAccess: true }))
  const [a, b, c] = vacancies.map((v) => String(v.id))
  targets = {
    videos: [
      { id: 'video-sanne', playRate: 0.46, vacancies: [a!] },
      { id: 'video-joris', playRate: 0.31, vacancies: [b!] },
      { id: 'video-fatima', playRate: 0.17, vacancies: [] },
    ],
    vacancies: [a!, b!, c!].map((id) => ({ id, department: String(department.id) })),
  }
  const started = performance.now()
  written = await seed.seedDemoInsights(payload, targets, NOW)
  seedMs = performance.now() - started
})
afterAll(async () => t?.cleanup())

/** A count over the generated events themselves, independent of the store. */
function countIn(events: StoredEvent[], period: { from: string; to: string }, match: (e: StoredEvent['event']) => boolean, video?: string) {
  return events.filter(({ event }) => {
    const day = amsterdamDay(event.at)
    return day >= period.from && day <= period.to && match(event) && (!video || ('video' in event && event.video === video))
  }).length
}

describe('the demo’s measurements', () => {
  it('are five weeks of events up to yesterday, the same on every seed of that day, written in well under a few seconds', () => {
    const events = seed.demoEvents(targets, '2026-12-03')
    expect(written).toBe(events.length)
    expect(events.length).toBeGreaterThan(5000)
    expect(seed.demoEvents(targets, '2026-12-03')).toEqual(events)
    const days = new Set(events.map((e) => new Date(e.event.at).toISOString().slice(0, 10)))
    expect(days.size).toBeGreaterThanOrEqual(34)
    expect(Math.max(...events.map((e) => e.event.at))).toBeLessThan(Date.parse('2026-12-02T23:00:00Z')) // nothing today (Amsterdam)
    console.log(`seeded ${written} demo events in ${Math.round(seedMs)} ms`)
  })

  it('are not written twice: a second seed finds them and adds nothing', async () => {
    expect(await seed.seedDemoInsights(payload, targets, NOW + 3600_000)).toBe(0)
    const { insightsFor } = await import('../../cms/insights/endpoints')
    const [row] = await insightsFor(payload).store.queryRaw({ period: { from: '2026-10-01', to: '2026-12-31' }, groupBy: [], uniques: false, metrics: ['page_view'] })
    expect(row!.count).toBe(countIn(seed.demoEvents(targets, '2026-12-03'), { from: '2026-10-01', to: '2026-12-31' }, (e) => e.type === 'page_view'))
  })

  it('give a digest whose every figure is the count over the raw events', async () => {
    const events = seed.demoEvents(targets, '2026-12-03')
    const { insightsFor } = await import('../../cms/insights/endpoints')
    const store = insightsFor(payload).store
    const raw = async (period: { from: string; to: string }, metrics: string[], video?: string) =>
      (await store.queryRaw({ period, groupBy: [], uniques: false, metrics, ...(video ? { filter: { video } } : {}) })).reduce((n, r) => n + r.count, 0)
    const f = await digest.digestFigures(payload, NOW)
    expect(f.week).toBe('2026-W48')
    const expected = {
      video_impression: (p: typeof LAST) => [raw(p, ['video_impression']), countIn(events, p, (e) => e.type === 'video_impression')],
      video_play: (p: typeof LAST) => [raw(p, ['video_play']), countIn(events, p, (e) => e.type === 'video_play')],
      entry_start: (p: typeof LAST) => [raw(p, ['entry_start']), countIn(events, p, (e) => e.type === 'entry_start')],
      submissions: (p: typeof LAST) => [raw(p, ['submission_lead', 'submission_application']), countIn(events, p, (e) => e.type === 'submission' && (e.kind === 'lead' || e.kind === 'application'))],
    } as const
    for (const change of f.changes) {
      const [rawNow, listNow] = expected[change.key as keyof typeof expected](LAST)
      const [rawBefore, listBefore] = expected[change.key as keyof typeof expected](BEFORE)
      expect({ key: change.key, now: change.now, before: change.before }).toEqual({ key: change.key, now: await rawNow, before: await rawBefore })
      expect({ key: change.key, now: change.now, before: change.before }).toEqual({ key: change.key, now: listNow, before: listBefore })
      expect(change.now, `${change.key} last week`).toBeGreaterThan(0)
    }
    // A rising demo: more plays and more leads last week than the week before.
    expect(f.changes.find((c) => c.key === 'video_play')!.now).toBeGreaterThan(f.changes.find((c) => c.key === 'video_play')!.before)

    // Best and weakest hook: the play rates the raw events give per video.
    const rate = async (video: string) => (await raw(LAST, ['video_play'], video)) / (await raw(LAST, ['video_impression'], video))
    expect(f.best).toMatchObject({ video: 'video-sanne', impressions: await raw(LAST, ['video_impression'], 'video-sanne'), plays: await raw(LAST, ['video_play'], 'video-sanne') })
    expect(f.best!.rate).toBeCloseTo(await rate('video-sanne'), 10)
    expect(f.worst).toMatchObject({ video: 'video-fatima', impressions: await raw(LAST, ['video_impression'], 'video-fatima'), plays: await raw(LAST, ['video_play'], 'video-fatima') })

    // Page views per vacancy without a video, as the raw events count them.
    for (const v of f.vacanciesWithoutVideo) expect(v.pageViews).toBe(countIn(events, LAST, (e) => e.type === 'page_view' && e.vacancy === v.id))
    expect(f.vacanciesWithoutVideo.some((v) => v.pageViews > 0)).toBe(true)
  })

  it('are in the digest mail comms gets, in Dutch and English', async () => {
    const f = await digest.digestFigures(payload, NOW)
    expect(await digest.sendDigestOfLastWeek(payload, NOW)).toBe('sent')
    // The Monday job does not send the same week again.
    expect(await digest.sendDigestOfLastWeek(payload, NOW + 60_000)).toBe('already-sent')
    const dir = path.join(t.dataDir, 'mail')
    const mails = fs.readdirSync(dir).map((file) => fs.readFileSync(path.join(dir, file), 'utf8')).filter((m) => m.includes('Insights week 48'))
    expect(mails).toHaveLength(1)
    const text = Buffer.from(mails[0]!.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16))), 'latin1').toString('utf8')
    const plays = f.changes.find((c) => c.key === 'video_play')!
    const subs = f.changes.find((c) => c.key === 'submissions')!
    expect(text).toContain(`• ${plays.now} keer afgespeeld (omhoog`)
    expect(text).toContain(`• ${subs.now} leads and applications`)
    expect(text).toContain(`Best hook: “video-sanne”`)
    expect(text).not.toContain('• 0 keer afgespeeld')
  })
})
