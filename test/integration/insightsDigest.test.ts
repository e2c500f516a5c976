/**
 * The weekly Insights digest on a real SQLite file: figures computed from seeded events (last
 * week against the week before), the mail written as .eml (no SMTP in tests, as in the demo) in
 * Dutch and English with a link behind every figure, due on Monday from 09:00 Amsterdam, once.
 */
import fs from 'node:fs'
import path from 'node:path'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { InsightsEvent } from '../../common/insights/events'
import { createTestPayload, createUser, type TestPayload } from '../helpers/testPayload'

let t: TestPayload
let payload: Payload
let digest: typeof import('../../cms/insights/digest')
let vacancyId: string

// Monday 30 November 2026, 09:30 in Amsterdam (08:30 UTC): last week is 23–29 November.
const MONDAY_0930 = Date.UTC(2026, 10, 30, 8, 30)
const at = (isoDay: string, hour = 12) => Date.parse(`${isoDay}T${String(hour).padStart(2, '0')}:00:00Z`)

beforeAll(async () => {
  delete process.env.SMTP_HOST
  delete process.env.COMMS_EMAIL
  t = await createTestPayload()
  payload = t.payload
  digest = await import('../../cms/insights/digest')
  const { insightsFor } = await import('../../cms/insights/endpoints')
  await createUser(payload, ['admin'])
  await createUser(payload, ['comms'], 'comms-digest@test.example')
  const department = await payload.create({ collection: 'departments', data: { name: 'Logistiek' }, overrideAccess: true })
  const vacancy = await payload.create({ collection: 'vacancies', data: { title: 'Heftruckchauffeur', location: 'Moerdijk', employmentType: 'FULL_TIME', applyMode: 'built-in', department: department.id, status: 'open', validThrough: new Date(Date.now() + 60 * 86_400_000).toISOString() }, overrideAccess: true })
  vacancyId = String(vacancy.id)

  const events: { event: InsightsEvent; visitor: string }[] = []
  const add = (n: number, day: string, make: (i: number) => InsightsEvent) => {
    for (let i = 0; i < n; i++) events.push({ event: make(i), visitor: `v-${day}-${i % 7}` })
  }
  const base = (day: string, i: number) => ({ at: at(day, 8 + (i % 10)), language: 'nl' as const, source: 'direct' })
  // Last week: video A 100 impressions / 40 plays, video B 50 / 10, video C 10 / 9 (too few to judge).
  add(100, '2026-11-24', (i) => ({ type: 'video_impression', ...base('2026-11-24', i), video: 'vid-a' }))
  add(40, '2026-11-24', (i) => ({ type: 'video_play', ...base('2026-11-24', i), video: 'vid-a' }))
  add(50, '2026-11-26', (i) => ({ type: 'video_impression', ...base('2026-11-26', i), video: 'vid-b' }))
  add(10, '2026-11-26', (i) => ({ type: 'video_play', ...base('2026-11-26', i), video: 'vid-b' }))
  add(10, '2026-11-29', (i) => ({ type: 'video_impression', ...base('2026-11-29', i), video: 'vid-c' }))
  add(9, '2026-11-29', (i) => ({ type: 'video_play', ...base('2026-11-29', i), video: 'vid-c' }))
  add(30, '2026-11-25', (i) => ({ type: 'page_view', ...base('2026-11-25', i), pageType: 'vacancy', vacancy: vacancyId }))
  add(6, '2026-11-25', (i) => ({ type: 'entry_start', ...base('2026-11-25', i), entryPoint: 'quiz', vacancy: vacancyId }))
  add(3, '2026-11-27', (i) => ({ type: 'submission', ...base('2026-11-27', i), kind: 'lead', vacancy: vacancyId }))
  add(1, '2026-11-27', (i) => ({ type: 'submission', ...base('2026-11-27', i), kind: 'application', vacancy: vacancyId }))
  // The week before: 80 impressions, 25 plays, 8 starts, 2 leads.
  add(80, '2026-11-18', (i) => ({ type: 'video_impression', ...base('2026-11-18', i), video: 'vid-a' }))
  add(25, '2026-11-18', (i) => ({ type: 'video_play', ...base('2026-11-18', i), video: 'vid-a' }))
  add(8, '2026-11-19', (i) => ({ type: 'entry_start', ...base('2026-11-19', i), entryPoint: 'lead' }))
  add(2, '2026-11-20', (i) => ({ type: 'submission', ...base('2026-11-20', i), kind: 'lead' }))
  // Outside both weeks: never counted.
  add(500, '2026-11-30', (i) => ({ type: 'video_play', ...base('2026-11-30', i), video: 'vid-a' }))
  add(500, '2026-11-12', (i) => ({ type: 'video_play', ...base('2026-11-12', i), video: 'vid-a' }))
  await insightsFor(payload).store.appendBatch(events)
})
afterAll(async () => t?.cleanup())

describe('the weekly digest', () => {
  it('is due on Monday from 09:00 in Amsterdam, and covers the week before (ISO week)', () => {
    expect(digest.digestDue(Date.UTC(2026, 10, 30, 7, 59))).toBe(false) // 08:59 in Amsterdam
    expect(digest.digestDue(Date.UTC(2026, 10, 30, 8, 0))).toBe(true)
    expect(digest.digestDue(Date.UTC(2026, 11, 1, 8, 0))).toBe(false) // Tuesday
    expect(digest.lastWeek(MONDAY_0930)).toEqual({ period: { from: '2026-11-23', to: '2026-11-29' }, week: '2026-W48' })
    // Summer time: Monday 09:00 in Amsterdam is 07:00 UTC.
    expect(digest.digestDue(Date.UTC(2026, 5, 1, 7, 0))).toBe(true)
  })

  it('computes up and down, best and worst hook, vacancies without a video and a suggestion from the events', async () => {
    const f = await digest.digestFigures(payload, MONDAY_0930)
    expect(f.changes).toEqual([
      expect.objectContaining({ key: 'video_impression', now: 160, before: 80 }),
      expect.objectContaining({ key: 'video_play', now: 59, before: 25 }),
      expect.objectContaining({ key: 'entry_start', now: 6, before: 8 }),
      expect.objectContaining({ key: 'submissions', now: 4, before: 2 }),
    ])
    expect(f.best).toMatchObject({ video: 'vid-a', impressions: 100, plays: 40, rate: 0.4 })
    expect(f.worst).toMatchObject({ video: 'vid-b', impressions: 50, plays: 10, rate: 0.2 })
    expect(f.waitingForReview).toBe(0)
    expect(f.vacanciesWithoutVideo).toEqual([{ id: vacancyId, title: 'Heftruckchauffeur', pageViews: 30 }])
    expect(f.suggestion.nl).toBe('Vraag een collega bij “Heftruckchauffeur” om een korte video: de vacature had 30 bezoeken en nog geen video.')
  })

  it('is mailed to comms once, as .eml in Dutch and English, every figure with its link', async () => {
    expect(await digest.sendWeeklyDigest(payload, Date.UTC(2026, 10, 30, 7, 30))).toBe('not-due')
    expect(await digest.sendWeeklyDigest(payload, MONDAY_0930)).toBe('sent')
    expect(await digest.sendWeeklyDigest(payload, MONDAY_0930 + 5 * 60_000)).toBe('already-sent')
    const dir = path.join(t.dataDir, 'mail')
    const files = fs.readdirSync(dir).filter((f) => f.endsWith('.eml'))
    const mails = files.map((f) => fs.readFileSync(path.join(dir, f), 'utf8')).filter((m) => m.includes('Insights week 48'))
    expect(mails).toHaveLength(1)
    // The text part, unfolded from quoted-printable.
    const text = mails[0]!.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)))
    const decoded = Buffer.from(text, 'latin1').toString('utf8')
    expect(decoded).toContain('To: comms-digest@test.example')
    expect(decoded).toContain('Week 48 (23 november – 29 november), vergeleken met de week ervoor:')
    expect(decoded).toContain('• 59 keer afgespeeld (omhoog 136 % t.o.v. 25)')
    expect(decoded).toContain('• 6 keer begonnen aan quiz, case of formulier (omlaag 25 % t.o.v. 8)')
    expect(decoded).toContain('• 4 leads en sollicitaties (omhoog 100 % t.o.v. 2)')
    expect(decoded).toContain('Beste hook: “vid-a”, 40 % speelt af (40/100)')
    expect(decoded).toContain('Zwakste hook: “vid-b”, 20 % speelt af (10/50)')
    expect(decoded).toContain('Open vacatures zonder video: 1 (Heftruckchauffeur)')
    expect(decoded).toContain('• 4 leads and applications (up 100 % from 2)')
    expect(decoded).toContain('Best hook: “vid-a”, 40 % play rate (40/100)')
    expect(decoded).toContain('Suggestion: Ask a colleague on “Heftruckchauffeur” for a short video')
    expect(decoded).toContain('/admin/insights?from=2026-11-23&to=2026-11-29')
  })
})
