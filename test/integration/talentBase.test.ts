/**
 * The talent base in the CMS against a real SQLite database: profiles built by the hooks from real
 * PDF and DOCX CVs (a scan politely skipped) and from a lead's quiz answers; consent and retention
 * deciding who is matched for which vacancy; a deleted candidate gone from the very next search;
 * who may search (recruiters and admins; comms, hiring managers and anonymous visitors get 403);
 * and every search in the candidate audit.
 */
import type { Endpoint, Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { cvDocx, cvPdf, scannedPdf } from '../../cms/seed/cvFiles'
import { answerOf, endpointRequest } from '../helpers/endpointRequest'
import { expectForbidden } from '../helpers/expectErrors'
import { createTestPayload, createUser, type TestPayload } from '../helpers/testPayload'

let t: TestPayload
let payload: Payload
let recruiter: Awaited<ReturnType<typeof createUser>>
let admin: Awaited<ReturnType<typeof createUser>>
let comms: Awaited<ReturnType<typeof createUser>>
let manager: Awaited<ReturnType<typeof createUser>>
let endpoints: Endpoint[]
let talentBaseIdle: () => Promise<void>
let purgeExpiredCandidates: typeof import('../../cms/entry/purge').purgeExpiredCandidates
let kccVacancy: string
let otherVacancy: string
const ids: Record<string, string> = {}
const day = 24 * 3600e3

const paragraph = (text: string) => ({ type: 'paragraph', version: 1, children: [{ type: 'text', version: 1, text, format: 0, detail: 0, mode: 'normal', style: '' }] })
const richText = (...texts: string[]) => ({ root: { type: 'root', version: 1, format: '' as const, indent: 0, direction: 'ltr' as const, children: texts.map(paragraph) } })

type Answer = { status: number; body: Record<string, unknown> & { total?: number; results?: { id: string; ref: { collection: string; id: string }; why: { skills: { matched: { uri: string }[] } } }[] } }

async function search(vacancy: string, user: unknown, body: Record<string, unknown> = {}): Promise<Answer> {
  const req = endpointRequest(payload, `http://cms.test/api/match/vacancies/${vacancy}`, { json: body, routeParams: { id: vacancy }, user })
  return answerOf<Answer['body']>(await endpoints.find((e) => e.path === '/match/vacancies/:id' && e.method === 'post')!.handler(req))
}

async function proposal(vacancy: string, user: unknown) {
  const req = endpointRequest(payload, `http://cms.test/api/match/vacancies/${vacancy}?locale=nl`, { routeParams: { id: vacancy }, user })
  return answerOf(await endpoints.find((e) => e.path === '/match/vacancies/:id' && e.method === 'get')!.handler(req))
}

const shownIds = (answer: Answer) => (answer.body.results ?? []).map((r) => r.ref.id)

async function application(name: string, opts: { vacancy: string; pool: boolean; cv?: { kind: 'pdf' | 'docx'; bytes: Uint8Array }; motivation?: string }) {
  const now = new Date().toISOString()
  let cv: string | undefined
  if (opts.cv) {
    const doc = await payload.create({
      collection: 'cvs',
      overrideAccess: true,
      data: { kind: opts.cv.kind, originalName: `cv.${opts.cv.kind}` },
      file: { data: Buffer.from(opts.cv.bytes), mimetype: opts.cv.kind === 'pdf' ? 'application/pdf' : 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', name: `cv-${name.replace(/\W/g, '')}.${opts.cv.kind}`, size: opts.cv.bytes.length },
    })
    cv = String(doc.id)
  }
  const doc = await payload.create({
    collection: 'applications',
    overrideAccess: true,
    data: {
      vacancy: opts.vacancy,
      name,
      email: `${name.split(' ')[0]!.toLowerCase()}@example.test`,
      locale: 'nl',
      entryPoint: 'apply',
      status: 'new',
      ...(cv ? { cv } : {}),
      ...(opts.motivation ? { motivation: opts.motivation } : {}),
      consent: { version: 'test', text: 'Privacyverklaring', at: now },
      talentPool: opts.pool ? { consented: true, version: 'test', text: 'Talentpool, ook voor zoeken en matchen', at: now } : { consented: false },
    },
  })
  return String(doc.id)
}

beforeAll(async () => {
  t = await createTestPayload()
  payload = t.payload
  ;({ matchEndpoints: endpoints } = await import('../../cms/match/endpoints'))
  ;({ talentBaseIdle } = await import('../../cms/match/talentBase'))
  ;({ purgeExpiredCandidates } = await import('../../cms/entry/purge'))
  admin = await createUser(payload, ['admin'])
  comms = await createUser(payload, ['comms'])
  recruiter = await createUser(payload, ['recruiter'])
  manager = await createUser(payload, ['hiring-manager'])
  const base = { location: 'Utrecht', employmentType: 'FULL_TIME' as const, applyMode: 'built-in' as const, status: 'open' as const, validThrough: new Date(Date.now() + 30 * day).toISOString() }
  kccVacancy = String(
    (
      await payload.create({
        collection: 'vacancies',
        overrideAccess: true,
        locale: 'nl',
        data: { ...base, title: 'Klantenservicemedewerker', summary: 'Help onze klanten in Utrecht.', description: richText('Je beantwoordt vragen van klanten, handelt klachten af en werkt in ons CRM-systeem.'), hoursMin: 32, hoursMax: 36 },
      })
    ).id,
  )
  otherVacancy = String((await payload.create({ collection: 'vacancies', overrideAccess: true, locale: 'nl', data: { ...base, title: 'Medewerker klantcontact', description: richText('Je beantwoordt vragen van klanten en handelt klachten af.') } })).id)

  const skilled = ['# Werkervaring', 'Kassamedewerker, Utrecht: ik beantwoord vragen van klanten, handel klachten af en werk met CRM-software.', '# Talen', 'Nederlands, Engels']
  ids.own = await application('Sanne Jansen', { vacancy: kccVacancy, pool: false, cv: { kind: 'pdf', bytes: await cvPdf({ name: 'Sanne Jansen', lines: skilled }) } })
  ids.pool = await application('Daan de Boer', { vacancy: otherVacancy, pool: true, cv: { kind: 'docx', bytes: new Uint8Array(await cvDocx({ name: 'Daan de Boer', lines: skilled })) } })
  ids.scan = await application('Fleur Visser', { vacancy: kccVacancy, pool: true, cv: { kind: 'pdf', bytes: await scannedPdf() }, motivation: 'Ik handel graag klachten af.' })
  const lead = await payload.create({
    collection: 'leads',
    overrideAccess: true,
    data: {
      email: 'lead@example.test',
      locale: 'nl',
      entryPoint: 'quiz',
      status: 'new',
      consent: { version: 'test', text: 'Contact over deze en vergelijkbare functies', at: new Date().toISOString() },
      quiz: { summary: 'Klantenservice 80%', answers: [{ question: 'Wat doe je het liefst?', answer: 'Vragen van klanten beantwoorden' }], result: { skills: [{ key: 'klant', label: 'Klantgericht' }] } },
    },
  })
  ids.lead = String(lead.id)
  await talentBaseIdle()
}, 120_000)

afterAll(async () => {
  await t?.cleanup()
})

describe('the talent base', () => {
  it('builds one profile per person from their CV (PDF and DOCX) or answers, and skips a scan with a reason', async () => {
    const profiles = await payload.find({ collection: 'talent-profiles', overrideAccess: true, pagination: false })
    const by = Object.fromEntries(profiles.docs.map((d) => [d.subjectId, d]))
    expect(Object.keys(by).sort()).toEqual([ids.own, ids.pool, ids.scan, ids.lead].sort())
    expect(by[ids.own!]).toMatchObject({ subjectCollection: 'applications', source: 'cv', scopeVacancy: kccVacancy })
    expect(by[ids.own!]!.skillCount).toBeGreaterThanOrEqual(3)
    expect(by[ids.pool!]).toMatchObject({ source: 'cv', scopeVacancy: null })
    expect(by[ids.scan!]).toMatchObject({ source: 'motivation', skipped: expect.stringContaining('scan') })
    expect(by[ids.lead!]).toMatchObject({ subjectCollection: 'leads', source: 'answers' })
    expect(by[ids.lead!]!.skillCount).toBeGreaterThanOrEqual(1)
  })

  it('is readable by recruiters and admins only', async () => {
    expect((await payload.find({ collection: 'talent-profiles', overrideAccess: false, user: recruiter })).totalDocs).toBe(4)
    expect((await payload.find({ collection: 'talent-profiles', overrideAccess: false, user: admin })).totalDocs).toBe(4)
    for (const user of [comms, manager, null]) await expectForbidden(payload.find({ collection: 'talent-profiles', overrideAccess: false, user }))
    await expectForbidden(payload.create({ collection: 'talent-profiles', overrideAccess: false, user: admin, data: { subjectCollection: 'leads', subjectId: 'x', profile: {} } }))
  })

  it('lets only recruiters and admins search: comms, hiring managers and anonymous visitors get 403', async () => {
    for (const user of [comms, manager, null]) {
      const answer = await search(kccVacancy, user)
      expect(answer.status).toBe(403)
      expect(answer.body.error).toBe('Alleen recruiters en beheerders kunnen matchen.')
      expect((await proposal(kccVacancy, user)).status).toBe(403)
    }
    expect((await search(kccVacancy, admin)).status).toBe(200)
  })

  it('proposes the vacancy’s skills with evidence', async () => {
    const { status, body } = await proposal(kccVacancy, recruiter)
    expect(status).toBe(200)
    const skills = (body.proposal as { skills: { label: string; level: string; evidence: { text: string } }[] }).skills
    expect(skills.map((s) => s.label)).toEqual(expect.arrayContaining(['klachten van klanten afhandelen', 'CRM-software gebruiken']))
    expect(skills.find((s) => s.label === 'CRM-software gebruiken')!.evidence.text).toMatch(/CRM/)
  })

  it('matches an applicant without talent-pool consent only for the vacancy they applied to', async () => {
    const kcc = await search(kccVacancy, recruiter)
    expect(kcc.status).toBe(200)
    expect(shownIds(kcc)).toEqual(expect.arrayContaining([ids.own, ids.pool, ids.lead]))
    const other = await search(otherVacancy, recruiter)
    expect(shownIds(other)).toContain(ids.pool)
    expect(shownIds(other)).not.toContain(ids.own)
  })

  it('re-ranks on a tweak: dropping skills changes the list and the count', async () => {
    const all = await search(kccVacancy, recruiter)
    const crmOnly = (all.body.query as { skills: { uri: string; label: string; level: string }[] }).skills.filter((s) => s.label === 'CRM-software gebruiken')
    expect(crmOnly).toHaveLength(1)
    const narrowed = await search(kccVacancy, recruiter, { skills: crmOnly })
    expect(narrowed.body.total).toBeLessThan(all.body.total!)
    expect(shownIds(narrowed)).not.toContain(ids.scan)
    const bad = await search(kccVacancy, recruiter, { skills: [{ uri: 'not a uri', label: 'x', level: 'must' }] })
    expect(bad.status).toBe(400)
    expect(bad.body.error).toMatch(/^De zoekopdracht klopt niet: skills\.0\.uri/)
  })

  it('records every search in the candidate audit: who, which vacancy, which profiles were shown', async () => {
    const before = await payload.count({ collection: 'candidate-audit', where: { action: { equals: 'searched' } }, overrideAccess: true })
    const answer = await search(otherVacancy, recruiter)
    const entries = await payload.find({ collection: 'candidate-audit', where: { action: { equals: 'searched' } }, sort: '-createdAt', limit: 1, depth: 0, overrideAccess: true })
    expect(entries.totalDocs).toBe(before.totalDocs + 1)
    const entry = entries.docs[0]!
    expect(entry).toMatchObject({ by: recruiter.id, vacancy: Number.isNaN(Number(otherVacancy)) ? otherVacancy : expect.anything() })
    expect(String(typeof entry.vacancy === 'object' && entry.vacancy ? entry.vacancy.id : entry.vacancy)).toBe(otherVacancy)
    expect(entry.shown).toEqual((answer.body.results ?? []).map((r) => r.ref))
    expect(entry.shownCount).toBe(answer.body.results!.length)
  })

  it('never shows a profile past its retention date, even before the purge has run', async () => {
    const shown = shownIds(await search(kccVacancy, recruiter))
    expect(shown).toContain(ids.own)
    // Another process (or a stale index) cannot bring it back: the index checks the date itself.
    const { talentIndex } = await import('../../cms/match/talentBase')
    const index = await talentIndex(payload)
    const own = index.get(`applications:${ids.own}`)!
    expect(own.scope?.until).toBeDefined()
    const after = index.rank({ vacancyId: kccVacancy, lang: 'nl', skills: own.skills.map((s) => ({ uri: s.uri, label: s.label, level: 'must' as const })), occupations: [] }, { now: new Date(Date.parse(own.scope!.until!) + 1000) })
    expect(after.results.map((r) => r.id)).not.toContain(`applications:${ids.own}`)
  })
  it('drops a deleted candidate from the very next search, whichever way they were deleted', async () => {
    expect(shownIds(await search(otherVacancy, recruiter))).toContain(ids.pool)
    // A recruiter deletes the application in the admin.
    await payload.delete({ collection: 'applications', id: ids.pool!, overrideAccess: false, user: recruiter })
    expect(shownIds(await search(otherVacancy, recruiter))).not.toContain(ids.pool)
    expect((await payload.find({ collection: 'talent-profiles', where: { subjectId: { equals: ids.pool } }, overrideAccess: true })).totalDocs).toBe(0)
    // The retention purge.
    expect(shownIds(await search(kccVacancy, recruiter))).toContain(ids.lead)
    await payload.update({ collection: 'leads', id: ids.lead!, overrideAccess: true, data: {}, context: {} })
    await talentBaseIdle()
    const past = new Date(Date.now() + 400 * day)
    const purged = await purgeExpiredCandidates(payload, past)
    expect(purged.leads).toBe(1)
    expect(shownIds(await search(kccVacancy, recruiter))).not.toContain(ids.lead)
    expect((await payload.find({ collection: 'talent-profiles', where: { subjectId: { equals: ids.lead } }, overrideAccess: true })).totalDocs).toBe(0)
  })

})
