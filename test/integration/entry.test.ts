import fs from 'node:fs'
import path from 'node:path'
import type { Endpoint, Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { currentConsent } from '../../common/entry/consentTexts'
import { dutchDay } from '../../common/vacancy'
import { createRateLimiter } from '../../cms/lib/rateLimit'
import { answerOf, encodeForm, endpointRequest } from '../helpers/endpointRequest'
import { expectFieldError, expectForbidden } from '../helpers/expectErrors'
import { createTestPayload, createUser, type TestPayload } from '../helpers/testPayload'

/**
 * Candidate entry points against a real SQLite database: the site-key endpoints (validation,
 * refusals that store nothing, CVs by their bytes, rate limit), who can read candidate data,
 * retention dates, and the purge with its audit trail.
 */
let t: TestPayload
let payload: Payload
let admin: Awaited<ReturnType<typeof createUser>>
let comms: Awaited<ReturnType<typeof createUser>>
let recruiter: Awaited<ReturnType<typeof createUser>>
let manager: Awaited<ReturnType<typeof createUser>>
let vacancyId: string
let closedVacancyId: string
let quizId: string
let quiz: { questions: { id: string; options: { id: string }[] }[] }

const KEY = 'k'.repeat(40)
const anonymous = { overrideAccess: false } as const
const as = (user: unknown) => ({ overrideAccess: false, user }) as const
const day = 24 * 3600e3

// Imported after createTestPayload: cms/lib/paths reads DATA_DIR when it is first imported.
let createEntryEndpoints: typeof import('../../cms/entry/endpoints').createEntryEndpoints
let purgeExpiredCandidates: typeof import('../../cms/entry/purge').purgeExpiredCandidates
const SITE_KEY_HEADER = 'x-werkvloer-site-key'
const VISITOR_IP_HEADER = 'x-visitor-ip'
let endpoints: Endpoint[]
const endpoint = (p: string) => endpoints.find((e) => e.path === p)!

async function call(p: string, init: { json?: unknown; form?: FormData; key?: string | null; ip?: string }): Promise<{ status: number; body: Record<string, unknown> }> {
  const form = init.form ? await encodeForm(init.form) : undefined
  const headers = new Headers(form?.headers)
  if (init.key !== null) headers.set(SITE_KEY_HEADER, init.key ?? KEY)
  headers.set(VISITOR_IP_HEADER, init.ip ?? '203.0.113.7')
  const req = endpointRequest(payload, `http://cms.test/api${p}`, { method: 'POST', headers, body: form?.body, json: init.json })
  return answerOf(await endpoint(p).handler(req))
}

/** GET or POST /entry/withdraw/:token, as the site calls it (no body). */
async function callWithdraw(method: 'get' | 'post', token: string, key: string | null = KEY, locale?: 'en'): Promise<{ status: number; body: Record<string, unknown> }> {
  const headers = new Headers({ [VISITOR_IP_HEADER]: '203.0.113.9' })
  if (key !== null) headers.set(SITE_KEY_HEADER, key)
  const req = endpointRequest(payload, `http://cms.test/api/entry/withdraw/${token}${locale ? `?locale=${locale}` : ''}`, { method: method.toUpperCase(), headers, routeParams: { token } })
  return answerOf(await endpoints.find((e) => e.path === '/entry/withdraw/:token' && e.method === method)!.handler(req))
}

const leadBody = (overrides: Record<string, unknown> = {}) => ({
  locale: 'nl',
  entryPoint: 'lead-form',
  vacancy: vacancyId,
  contact: '06 12345678',
  consent: true,
  consentVersion: currentConsent.lead,
  attribution: { utmSource: 'linkedin', utmMedium: 'social', utmCampaign: 'herfst', referrer: 'https://www.linkedin.com/', landingPage: '/vacatures/x?utm_source=linkedin' },
  ...overrides,
})

function applicationForm(fields: Record<string, string> = {}, cv?: { bytes: Uint8Array; name: string; type: string }): FormData {
  const form = new FormData()
  const base: Record<string, string> = { locale: 'nl', entryPoint: 'apply', vacancy: vacancyId, name: 'Anna de Boer', email: 'anna@example.com', phone: '06 12345678', motivation: '', consentVersion: currentConsent.apply, attribution: JSON.stringify({ utmSource: 'indeed' }) }
  for (const [k, v] of Object.entries({ ...base, ...fields })) form.set(k, v)
  if (cv) form.set('cv', new File([Buffer.from(cv.bytes)], cv.name, { type: cv.type }))
  return form
}

const pdf = new TextEncoder().encode('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\nxref\n0 1\ntrailer << /Root 1 0 R >>\nstartxref\n9\n%%EOF\n')

const count = async (collection: 'leads' | 'applications' | 'cvs' | 'candidate-audit') => (await payload.count({ collection, overrideAccess: true })).totalDocs

beforeAll(async () => {
  t = await createTestPayload({ mongodb: 'supported' })
  payload = t.payload
  ;({ createEntryEndpoints } = await import('../../cms/entry/endpoints'))
  ;({ purgeExpiredCandidates } = await import('../../cms/entry/purge'))
  endpoints = createEntryEndpoints({ siteKey: () => KEY, limiter: createRateLimiter({ limit: 1000, windowMs: 60_000 }) })
  // One after the other: the very first account is made an admin, whatever it asked for.
  admin = await createUser(payload, ['admin'])
  comms = await createUser(payload, ['comms'])
  recruiter = await createUser(payload, ['recruiter'])
  manager = await createUser(payload, ['hiring-manager'])
  const department = await payload.create({ collection: 'departments', data: { name: 'Sales' }, overrideAccess: true })
  const base = { location: 'Rotterdam', employmentType: 'FULL_TIME' as const, applyMode: 'built-in' as const, department: department.id }
  vacancyId = String((await payload.create({ collection: 'vacancies', data: { ...base, title: 'Inside sales', status: 'open', validThrough: new Date(Date.now() + 30 * day).toISOString() }, overrideAccess: true })).id)
  closedVacancyId = String((await payload.create({ collection: 'vacancies', data: { ...base, title: 'Gesloten', status: 'closed' }, overrideAccess: true })).id)
  const options = [
    { label: 'Bellen', departments: [{ department: department.id, weight: 3 }] },
    { label: 'Lezen', departments: [] },
  ]
  const created = await payload.create({
    collection: 'quizzes',
    data: { title: 'Testquiz', status: 'published', vacancies: [vacancyId], questions: [1, 2, 3].map((n) => ({ question: `Vraag ${n}`, options })) },
    overrideAccess: true,
  })
  quizId = String(created.id)
  quiz = created as never
})

afterAll(async () => {
  // Recruiter mails go out in the background; let them land before the directory goes.
  await (await import('../../cms/entry/notify')).recruiterMailsSettled()
  await t?.cleanup()
})

describe('the lead endpoint', () => {
  it('stores a lead with its consent, normalised number, retention date and attribution', async () => {
    const { status, body } = await call('/entry/leads', { json: leadBody() })
    expect(status).toBe(201)
    const lead = await payload.findByID({ collection: 'leads', id: body.id as string, overrideAccess: true, depth: 0 })
    expect(lead).toMatchObject({ entryPoint: 'lead-form', vacancy: vacancyId, phone: '+31612345678', contact: '+31612345678', locale: 'nl', status: 'new' })
    expect(lead.email ?? null).toBeNull()
    expect(lead.consent.version).toBe(currentConsent.lead)
    expect(lead.consent.text).toMatch(/deze en vergelijkbare functies/)
    expect(new Date(lead.deleteAfter!).getTime() - new Date(lead.consent.at).getTime()).toBe(365 * day)
    expect(lead.attribution).toMatchObject({ utmSource: 'linkedin', utmMedium: 'social', utmCampaign: 'herfst', referrer: 'https://www.linkedin.com/', landingPage: '/vacatures/x?utm_source=linkedin' })
  })

  it('mails the recruiters a link, without the candidate’s details', async () => {
    const { recruiterMailsSettled } = await import('../../cms/entry/notify')
    await call('/entry/leads', { json: leadBody({ contact: 'mail-check@example.com' }) })
    await recruiterMailsSettled()
    const dir = path.join(t.dataDir, 'mail')
    const mails = fs.readdirSync(dir).map((f) => fs.readFileSync(path.join(dir, f), 'utf8'))
    const mail = mails.find((m) => m.includes(recruiter.email) && /Nieuwe lead/.test(m))
    expect(mail).toBeDefined()
    expect(mail).toMatch(/\/admin\/collections\/leads\//)
    const toRecruiters = mails.filter((m) => /^To: .*@test\.example/m.test(m))
    expect(toRecruiters.join('\n')).not.toContain('mail-check@example.com')
  })

  it('mails each recruiter in their own language, with the vacancy title in it, saying the candidate’s language', async () => {
    const { recruiterMailsSettled } = await import('../../cms/entry/notify')
    const english = await createUser(payload, ['recruiter'], `english-recruiter-${Date.now()}@test.example`)
    await payload.update({ collection: 'users', id: english.id, data: { language: 'en' }, overrideAccess: true })
    const open = { location: 'Rotterdam', employmentType: 'FULL_TIME' as const, applyMode: 'built-in' as const, status: 'open' as const, validThrough: new Date(Date.now() + 30 * day).toISOString() }
    const vacancy = await payload.create({ collection: 'vacancies', locale: 'nl', data: { ...open, title: 'Klantenservicemedewerker particulier' }, overrideAccess: true })
    await payload.update({ collection: 'vacancies', id: vacancy.id, locale: 'en', data: { title: 'Consumer customer service agent' }, overrideAccess: true })
    const dir = path.join(t.dataDir, 'mail')
    const before = new Set(fs.existsSync(dir) ? fs.readdirSync(dir) : [])
    const { status, body } = await call('/entry/applications', { form: applicationForm({ locale: 'en', vacancy: String(vacancy.id), name: 'Emma English', email: 'emma.english@example.com' }) })
    expect(status).toBe(201)
    await recruiterMailsSettled()
    const fresh = fs.readdirSync(dir).filter((f) => !before.has(f)).map((f) => fs.readFileSync(path.join(dir, f), 'utf8').replace(/=\r?\n/g, '').replace(/=3D/g, '=').replace(/=E2=80=9C|=E2=80=9D/g, '"'))
    const to = (address: string) => fresh.filter((m) => new RegExp(`^To: .*${address.replace(/[.]/g, '\\.')}`, 'm').test(m))
    // The recruiter without a language setting: Dutch, the Dutch title, and that the applicant writes English.
    const dutch = to(recruiter.email)
    expect(dutch).toHaveLength(1)
    expect(dutch[0]).toContain('Nieuwe sollicitatie: Klantenservicemedewerker particulier')
    expect(dutch[0]).toContain('Sollicitant schrijft in het Engels.')
    expect(dutch[0]).not.toContain('Consumer customer service agent')
    expect(dutch[0]).not.toContain(english.email)
    // The one who chose English: English, the English title.
    const inEnglish = to(english.email)
    expect(inEnglish).toHaveLength(1)
    expect(inEnglish[0]).toContain('New application: Consumer customer service agent')
    expect(inEnglish[0]).toContain('The applicant writes in English.')
    expect(inEnglish[0]).toContain('View in the CMS')
    expect(inEnglish[0]).toContain(`/admin/collections/applications/${body.id as string}`)
    // Still no personal data in either: only the link.
    for (const mail of [...dutch, ...inEnglish]) for (const secret of ['Emma', 'emma.english', '12345678']) expect(mail).not.toContain(secret)
    await payload.delete({ collection: 'users', id: english.id, overrideAccess: true })
  })

  it('refuses bad input with a message per field and stores nothing', async () => {
    const before = await count('leads')
    const { status, body } = await call('/entry/leads', { json: leadBody({ contact: '010 1234567', consent: false }) })
    expect(status).toBe(400)
    expect(body.fields).toEqual({ contact: expect.stringMatching(/vast nummer/), consent: expect.stringMatching(/Vink aan/) })
    expect((await call('/entry/leads', { json: leadBody({ consentVersion: 'made-up' }) })).status).toBe(400)
    expect((await call('/entry/leads', { json: leadBody({ vacancy: 'does-not-exist' }) })).status).toBe(400)
    expect(await count('leads')).toBe(before)
  })

  it('refuses callers without the site key', async () => {
    const before = await count('leads')
    expect((await call('/entry/leads', { json: leadBody(), key: null })).status).toBe(403)
    expect((await call('/entry/leads', { json: leadBody(), key: 'x'.repeat(40) })).status).toBe(403)
    expect(await count('leads')).toBe(before)
  })

  it('scores a quiz lead on the server and stores the answers in words', async () => {
    const answers = Object.fromEntries(quiz.questions.map((q) => [q.id, q.options[0]!.id]))
    const { status, body } = await call('/entry/leads', { json: leadBody({ entryPoint: 'quiz', contact: 'anna@example.com', quiz: { id: quizId, answers } }) })
    expect(status).toBe(201)
    const lead = await payload.findByID({ collection: 'leads', id: body.id as string, overrideAccess: true, depth: 0 })
    expect(lead.quiz?.summary).toMatch(/Sales 100%/)
    expect(lead.quiz?.answers).toEqual(quiz.questions.map((_, i) => expect.objectContaining({ question: `Vraag ${i + 1}`, answer: 'Bellen' })))
    // Incomplete answers are refused.
    const incomplete = await call('/entry/leads', { json: leadBody({ entryPoint: 'quiz', quiz: { id: quizId, answers: { [quiz.questions[0]!.id]: quiz.questions[0]!.options[0]!.id } } }) })
    expect(incomplete.status).toBe(400)
  })

  it('limits how often one visitor can post', async () => {
    const limited = createEntryEndpoints({ siteKey: () => KEY, limiter: createRateLimiter({ limit: 2, windowMs: 60_000 }) })
    const saved = endpoints
    endpoints = limited
    try {
      const statuses = []
      for (let i = 0; i < 3; i++) statuses.push((await call('/entry/leads', { json: leadBody({ contact: `anna${i}@example.com` }), ip: '198.51.100.9' })).status)
      expect(statuses).toEqual([201, 201, 429])
      // Another visitor is not affected.
      expect((await call('/entry/leads', { json: leadBody(), ip: '198.51.100.10' })).status).toBe(201)
    } finally {
      endpoints = saved
    }
  })
})

describe('the application endpoint', () => {
  it('stores an application with a PDF CV, readable only through access control', async () => {
    const { status, body } = await call('/entry/applications', { form: applicationForm({ motivation: '<script>alert(1)</script> Ik wil graag.' }, { bytes: pdf, name: 'mijn cv.pdf', type: 'application/pdf' }) })
    expect(status).toBe(201)
    const application = await payload.findByID({ collection: 'applications', id: body.id as string, overrideAccess: true, depth: 1 })
    expect(application).toMatchObject({ name: 'Anna de Boer', email: 'anna@example.com', phone: '+31612345678', entryPoint: 'apply', status: 'new', motivation: '<script>alert(1)</script> Ik wil graag.' })
    expect(application.consent.version).toBe(currentConsent.apply)
    expect(application.talentPool?.consented).toBe(false)
    expect(application.attribution?.utmSource).toBe('indeed')
    const cv = application.cv as { id: string; filename: string; kind: string; originalName: string; mimeType: string }
    expect(cv).toMatchObject({ kind: 'pdf', originalName: 'mijn cv.pdf', mimeType: 'application/pdf' })
    // The candidate's name (slugged) tells a recruiter whose file it is; the random part keeps it unguessable.
    expect(cv.filename).toMatch(/^cv-anna-de-boer-[0-9a-f]{24}\.pdf$/)
    expect(fs.existsSync(path.join(t.dataDir, 'cvs', cv.filename))).toBe(true)
  })

  it('refuses a CV that is not really a PDF or DOCX, whatever its name, and stores nothing', async () => {
    const before = [await count('applications'), await count('cvs')]
    const png = Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)
    const { status, body } = await call('/entry/applications', { form: applicationForm({}, { bytes: png, name: 'cv.pdf', type: 'application/pdf' }) })
    expect(status).toBe(400)
    expect(body.fields).toEqual({ cv: expect.stringMatching(/pdf- of Word-bestand/) })
    expect([await count('applications'), await count('cvs')]).toEqual(before)
  })

  it('refuses missing fields, a closed vacancy and an unknown consent version', async () => {
    const before = await count('applications')
    const missing = await call('/entry/applications', { form: applicationForm({ name: '', email: 'nope', phone: '' }) })
    expect(missing.status).toBe(400)
    expect(Object.keys(missing.body.fields as object).sort()).toEqual(['email', 'name', 'phone'])
    expect((await call('/entry/applications', { form: applicationForm({ vacancy: closedVacancyId }) })).status).toBe(410)
    expect((await call('/entry/applications', { form: applicationForm({ consentVersion: 'old' }) })).status).toBe(400)
    expect(await count('applications')).toBe(before)
  })

  it('refuses an application on the day after the valid-through day, as the vacancy page says (Dutch calendar day)', async () => {
    // 21:00 UTC the evening before today in Amsterdam: yesterday's date there, less than 24 hours ago
    // for most of today (the old rule, "24 hours after the closing date", still took applications).
    const yesterdayEvening = new Date(new Date(`${dutchDay(new Date())}T00:00:00.000Z`).getTime() - 3 * 3600_000)
    const data = { title: 'Gisteren gesloten', location: 'Breda', employmentType: 'FULL_TIME' as const, applyMode: 'built-in' as const, status: 'open' as const, validThrough: yesterdayEvening.toISOString() }
    const vacancy = await payload.create({ collection: 'vacancies', overrideAccess: true, data })
    const before = await count('applications')
    const refused = await call('/entry/applications', { form: applicationForm({ vacancy: String(vacancy.id) }) })
    expect(refused.status).toBe(410)
    expect(refused.body.error).toMatch(/vacature/i)
    expect(await count('applications')).toBe(before)
  })

  it('keeps talent-pool candidates a year', async () => {
    const { body } = await call('/entry/applications', { form: applicationForm({ talentPool: 'true', talentPoolVersion: currentConsent.talentPool }) })
    const application = await payload.findByID({ collection: 'applications', id: body.id as string, overrideAccess: true })
    expect(application.talentPool).toMatchObject({ consented: true, version: currentConsent.talentPool })
    expect(new Date(application.deleteAfter!).getTime() - new Date(application.talentPool!.at!).getTime()).toBe(365 * day)
  })
})

describe('who sees candidate data', () => {
  it('not anonymous visitors, comms or hiring managers', async () => {
    for (const collection of ['leads', 'applications', 'cvs', 'candidate-audit'] as const) {
      await expectForbidden(payload.find({ collection, ...anonymous }))
      await expectForbidden(payload.find({ collection, ...as(comms) }))
      await expectForbidden(payload.find({ collection, ...as(manager) }))
    }
  })

  it('recruiters and admins, who can move the status but not rewrite what the candidate sent', async () => {
    for (const user of [recruiter, admin]) {
      expect((await payload.find({ collection: 'leads', ...as(user) })).totalDocs).toBeGreaterThan(0)
      expect((await payload.find({ collection: 'applications', ...as(user) })).totalDocs).toBeGreaterThan(0)
    }
    const { docs } = await payload.find({ collection: 'applications', ...as(recruiter), limit: 1 })
    const updated = await payload.update({ collection: 'applications', id: docs[0]!.id, data: { status: 'in-progress', name: 'Someone else', notes: 'Gebeld' } as never, ...as(recruiter) })
    expect(updated).toMatchObject({ status: 'in-progress', name: docs[0]!.name, notes: 'Gebeld' })
  })

  it('nobody creates candidate data through the API, not even an admin', async () => {
    await expectForbidden(payload.create({ collection: 'leads', data: { entryPoint: 'lead-form', email: 'x@example.com' } as never, ...as(admin) }))
    await expectForbidden(payload.create({ collection: 'leads', data: { entryPoint: 'lead-form', email: 'x@example.com' } as never, ...anonymous }))
    await expectForbidden(payload.create({ collection: 'applications', data: { name: 'x' } as never, ...as(recruiter) }))
  })
})

describe('quizzes and business cases', () => {
  it('are public only when published', async () => {
    const draft = await payload.create({ collection: 'quizzes', data: { title: 'Concept', status: 'draft', questions: quiz.questions.map(() => ({ question: 'Q', options: [{ label: 'A' }, { label: 'B' }] })) }, overrideAccess: true })
    const { docs } = await payload.find({ collection: 'quizzes', ...anonymous })
    expect(docs.map((d) => d.id)).toEqual([quizId])
    await expect(payload.findByID({ collection: 'quizzes', id: draft.id, ...anonymous })).rejects.toThrow()
    expect((await payload.find({ collection: 'quizzes', ...as(manager) })).totalDocs).toBe(2)
  })

  it('need 3 to 7 questions, and skill weights must name a skill of the quiz', async () => {
    const q = (n: number, skills: { skill: string; weight: number }[] = []) => Array.from({ length: n }, () => ({ question: 'Q', options: [{ label: 'A', skills }, { label: 'B', skills: [] }] }))
    await expect(payload.create({ collection: 'quizzes', data: { title: 'Te kort', status: 'draft', questions: q(2) }, ...as(comms) })).rejects.toThrow()
    await expect(payload.create({ collection: 'quizzes', data: { title: 'Te lang', status: 'draft', questions: q(8) }, ...as(comms) })).rejects.toThrow()
    await expectFieldError(payload.create({ collection: 'quizzes', data: { title: 'Onbekend', status: 'draft', questions: q(3, [{ skill: 'vliegen', weight: 1 }]) }, ...as(comms) }), 'questions', /‘vliegen’ is geen vaardigheid van deze quiz/)
    await expectFieldError(payload.create({ collection: 'quizzes', data: { title: 'Te kort', status: 'draft', questions: q(2) }, ...as(comms) }), 'questions', /Een quiz heeft 3 tot 7 vragen/)
    const ok = await payload.create({ collection: 'quizzes', data: { title: 'Goed', status: 'draft', skills: [{ key: 'vliegen', label: 'Vliegen' }], questions: q(3, [{ skill: 'vliegen', weight: 2 }]) }, ...as(comms) })
    expect(ok.questions).toHaveLength(3)
    await expectForbidden(payload.create({ collection: 'business-cases', data: { title: 'x', intro: 'x', steps: [] } as never, ...as(manager) }))
  })
})

describe('retention', () => {
  it('starts the four weeks when a recruiter closes the procedure, and stops them when reopened', async () => {
    const { body } = await call('/entry/applications', { form: applicationForm() })
    const id = body.id as string
    const open = await payload.findByID({ collection: 'applications', id, overrideAccess: true, depth: 0 })
    const validThrough = (await payload.findByID({ collection: 'vacancies', id: vacancyId, overrideAccess: true })).validThrough!
    expect(new Date(open.deleteAfter!).getTime()).toBe(new Date(validThrough).getTime() + 28 * day)
    const rejected = await payload.update({ collection: 'applications', id, data: { status: 'rejected' }, ...as(recruiter) })
    expect(rejected.procedureEndedAt).toBeTruthy()
    expect(new Date(rejected.deleteAfter!).getTime()).toBe(new Date(rejected.procedureEndedAt!).getTime() + 28 * day)
    const reopened = await payload.update({ collection: 'applications', id, data: { status: 'in-progress' }, ...as(recruiter) })
    expect(reopened.procedureEndedAt ?? null).toBeNull()
  })

  it('purges expired applications (with their CV) and leads, and writes an audit trail without personal data', async () => {
    const longAgo = new Date(Date.now() - 400 * day).toISOString()
    const { body } = await call('/entry/applications', { form: applicationForm({ name: 'Oude Kandidaat', email: 'oud@example.com' }, { bytes: pdf, name: 'oud.pdf', type: 'application/pdf' }) })
    const expiredApp = await payload.update({ collection: 'applications', id: body.id as string, data: { status: 'rejected', procedureEndedAt: longAgo } as never, overrideAccess: true, depth: 1 })
    // The hook sets procedureEndedAt only when empty: this one stays 400 days ago.
    expect(new Date(expiredApp.deleteAfter!).getTime()).toBeLessThan(Date.now())
    const cvFile = path.join(t.dataDir, 'cvs', (expiredApp.cv as { filename: string }).filename)
    expect(fs.existsSync(cvFile)).toBe(true)
    const oldLead = await payload.create({ collection: 'leads', overrideAccess: true, data: { entryPoint: 'lead-form', email: 'oud@example.com', consent: { version: currentConsent.lead, text: 'x', at: longAgo } } as never })
    const freshLead = (await call('/entry/leads', { json: leadBody({ contact: 'vers@example.com' }) })).body.id as string

    const result = await purgeExpiredCandidates(payload)
    expect(result).toMatchObject({ applications: 1, leads: 1 })
    await expect(payload.findByID({ collection: 'applications', id: expiredApp.id, overrideAccess: true })).rejects.toThrow()
    await expect(payload.findByID({ collection: 'leads', id: oldLead.id, overrideAccess: true })).rejects.toThrow()
    expect(fs.existsSync(cvFile)).toBe(false)
    expect(await payload.findByID({ collection: 'leads', id: freshLead, overrideAccess: true })).toBeTruthy()

    const audit = await payload.find({ collection: 'candidate-audit', ...as(recruiter), where: { reason: { equals: 'retention' } } })
    expect(audit.docs.map((d) => [d.subjectCollection, d.subjectId]).sort()).toEqual([
      ['applications', String(expiredApp.id)],
      ['leads', String(oldLead.id)],
    ].sort())
    const serialized = JSON.stringify(audit.docs)
    expect(serialized).not.toContain('oud@example.com')
    expect(serialized).not.toContain('Oude Kandidaat')
    // Nothing left to do on a second run.
    expect(await purgeExpiredCandidates(payload)).toMatchObject({ applications: 0, leads: 0 })
  })

  it('postpones an open application when its vacancy’s closing date moved later', async () => {
    const vacancy = await payload.create({ collection: 'vacancies', overrideAccess: true, data: { title: 'Verlengd', location: 'Breda', employmentType: 'FULL_TIME', applyMode: 'built-in', status: 'open', validThrough: new Date(Date.now() + 10 * day).toISOString() } })
    const { body } = await call('/entry/applications', { form: applicationForm({ vacancy: String(vacancy.id) }) })
    // Pretend the date was computed long ago from an earlier closing date.
    await payload.db.updateOne({ collection: 'applications', id: body.id as string, data: { deleteAfter: new Date(Date.now() - day).toISOString() } })
    const result = await purgeExpiredCandidates(payload)
    expect(result.postponed).toBe(1)
    const kept = await payload.findByID({ collection: 'applications', id: body.id as string, overrideAccess: true })
    expect(new Date(kept.deleteAfter!).getTime()).toBeGreaterThan(Date.now() + 30 * day)
  })

  it('audits a recruiter deleting a lead by hand', async () => {
    const id = (await call('/entry/leads', { json: leadBody({ contact: 'weg@example.com' }) })).body.id as string
    await payload.delete({ collection: 'leads', id, ...as(recruiter) })
    const { docs } = await payload.find({ collection: 'candidate-audit', overrideAccess: true, where: { subjectId: { equals: id } }, depth: 0 })
    expect(docs).toEqual([expect.objectContaining({ reason: 'manual', subjectCollection: 'leads', by: recruiter.id, entryPoint: 'lead-form' })])
  })
})

describe('the candidate’s own delete link', () => {
  it('is handed out once with a lead; opening it changes nothing, confirming deletes the lead and audits it as their request', async () => {
    const { status, body } = await call('/entry/leads', { json: leadBody({ contact: 'zelf@example.com' }) })
    expect(status).toBe(201)
    const token = body.withdrawToken as string
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/)
    // Stored only as a hash, and not even readable as that.
    const asRecruiter = await payload.findByID({ collection: 'leads', id: body.id as string, ...as(recruiter) })
    expect(asRecruiter).not.toHaveProperty('withdrawTokenHash')
    expect(JSON.stringify(await payload.findByID({ collection: 'leads', id: body.id as string, overrideAccess: true }))).not.toContain(token)

    const stored = await payload.findByID({ collection: 'leads', id: body.id as string, overrideAccess: true })
    const summary = { createdAt: stored.createdAt, entryPoint: 'lead-form', vacancyTitle: 'Inside sales', maskedContact: 'z•••@example.com' }
    expect(await callWithdraw('get', token)).toEqual({ status: 200, body: { ok: true, kind: 'lead', summary, personal: expect.objectContaining({ hasEmail: true, jobAlerts: expect.objectContaining({ on: false }) }) } })
    expect(await payload.findByID({ collection: 'leads', id: body.id as string, overrideAccess: true })).toBeTruthy()
    // The answer to the delete still says what was deleted (the page confirms it by name).
    expect(await callWithdraw('post', token)).toEqual({ status: 200, body: { ok: true, kind: 'lead', summary } })
    await expect(payload.findByID({ collection: 'leads', id: body.id as string, overrideAccess: true })).rejects.toThrow()
    const { docs } = await payload.find({ collection: 'candidate-audit', overrideAccess: true, where: { subjectId: { equals: body.id as string } }, depth: 0 })
    expect(docs).toEqual([expect.objectContaining({ reason: 'candidate', subjectCollection: 'leads' })])
    expect(docs[0]!.by ?? null).toBeNull()
    // Used up: the link now says there is nothing left.
    expect((await callWithdraw('get', token)).status).toBe(404)
    expect((await callWithdraw('post', token)).status).toBe(404)
  })

  it('tells what an application link is about and nothing more: the vacancy in the asked language, the day, the address masked', async () => {
    const open = { location: 'Utrecht', employmentType: 'FULL_TIME' as const, applyMode: 'built-in' as const, status: 'open' as const, validThrough: new Date(Date.now() + 30 * day).toISOString() }
    const vacancy = await payload.create({ collection: 'vacancies', locale: 'nl', data: { ...open, title: 'Binnendienst verkoop' }, overrideAccess: true })
    await payload.update({ collection: 'vacancies', id: vacancy.id, locale: 'en', data: { title: 'Inside sales representative' }, overrideAccess: true })
    const { body } = await call('/entry/applications', { form: applicationForm({ vacancy: String(vacancy.id), name: 'Zoë Geheim', email: 'zoe.geheim@example.com', phone: '06 11223344', motivation: 'Mijn geheime motivatie' }, { bytes: pdf, name: 'cv.pdf', type: 'application/pdf' }) })
    const token = body.withdrawToken as string
    const nl = await callWithdraw('get', token)
    expect(nl.body).toEqual({ ok: true, kind: 'application', summary: { createdAt: expect.any(String), entryPoint: 'apply', vacancyTitle: 'Binnendienst verkoop', maskedContact: 'z•••@example.com' } })
    const en = await callWithdraw('get', token, KEY, 'en')
    expect((en.body.summary as { vacancyTitle: string }).vacancyTitle).toBe('Inside sales representative')
    // Whoever holds the link learns nothing else the candidate typed.
    const answer = JSON.stringify(nl.body)
    for (const secret of ['Zoë', 'Geheim', 'zoe.geheim', '11223344', 'motivatie', 'cv']) expect(answer).not.toContain(secret)
  })

  it('masks a lead’s phone number when it left no email address', async () => {
    const { body } = await call('/entry/leads', { json: leadBody({ contact: '06 12345678' }) })
    expect((await callWithdraw('get', body.withdrawToken as string)).body.summary).toMatchObject({ maskedContact: '06••••••78' })
  })

  it('deletes an application together with its CV', async () => {
    const { body } = await call('/entry/applications', { form: applicationForm({ name: 'Spijt Kandidaat' }, { bytes: pdf, name: 'cv.pdf', type: 'application/pdf' }) })
    const application = await payload.findByID({ collection: 'applications', id: body.id as string, overrideAccess: true, depth: 1 })
    const cvFile = path.join(t.dataDir, 'cvs', (application.cv as { filename: string }).filename)
    expect((await callWithdraw('get', body.withdrawToken as string)).body.kind).toBe('application')
    expect((await callWithdraw('post', body.withdrawToken as string)).status).toBe(200)
    await expect(payload.findByID({ collection: 'applications', id: application.id, overrideAccess: true })).rejects.toThrow()
    expect(fs.existsSync(cvFile)).toBe(false)
  })

  it('is mailed to a candidate who gave an email address, in their language, and the mailed link works', async () => {
    const { recruiterMailsSettled } = await import('../../cms/entry/notify')
    const { body } = await call('/entry/leads', { json: leadBody({ contact: 'bevestig@example.com', locale: 'en' }) })
    await recruiterMailsSettled()
    const dir = path.join(t.dataDir, 'mail')
    const mine = fs.readdirSync(dir).map((f) => fs.readFileSync(path.join(dir, f), 'utf8')).filter((m) => /^To: bevestig@example\.com/m.test(m))
    expect(mine).toHaveLength(1)
    const unfolded = mine[0]!.replace(/=\r?\n/g, '').replace(/=3D/g, '=')
    expect(unfolded).toContain('You will be kept posted')
    expect(unfolded).toContain('"Inside sales"')
    expect(unfolded).toContain(`/en/delete-my-details/${body.withdrawToken as string}`)
    // A lead that left only a phone number gets no mail at all.
    const candidateMails = () => fs.readdirSync(dir).filter((f) => !/^To: .*@test\.example/m.test(fs.readFileSync(path.join(dir, f), 'utf8'))).length
    const before = candidateMails()
    await call('/entry/leads', { json: leadBody({ contact: '06 87654321' }) })
    await recruiterMailsSettled()
    expect(candidateMails()).toBe(before)
  })

  it('refuses callers without the site key, and guessed or malformed tokens delete nothing', async () => {
    const { body } = await call('/entry/leads', { json: leadBody({ contact: 'blijf@example.com' }) })
    const before = await count('leads')
    expect((await callWithdraw('post', body.withdrawToken as string, null)).status).toBe(403)
    expect((await callWithdraw('post', 'A'.repeat(43))).status).toBe(404)
    expect((await callWithdraw('post', 'not-a-token')).status).toBe(404)
    expect((await callWithdraw('post', `${body.id as string}`)).status).toBe(404)
    expect(await count('leads')).toBe(before)
  })
})

describe('the demo seed', () => {
  it('adds a five-question quiz and a key-account case in both languages, once', async () => {
    const { seedEntryPoints, demoQuiz, demoCase } = await import('../../cms/seed/entryPoints')
    const departmentIds = new Map<string, string>()
    for (const slug of ['klantenservice', 'sales', 'accountmanagement']) {
      const existing = (await payload.find({ collection: 'departments', where: { slug: { equals: slug } }, overrideAccess: true })).docs[0]
      departmentIds.set(slug, String((existing ?? (await payload.create({ collection: 'departments', data: { name: slug, slug }, overrideAccess: true }))).id))
    }
    const vacancyIds = new Map<string, string>()
    for (const slug of demoQuiz.vacancies) {
      vacancyIds.set(slug, String((await payload.create({ collection: 'vacancies', overrideAccess: true, data: { title: slug, slug, status: 'open', location: 'Rotterdam', employmentType: 'FULL_TIME', applyMode: 'built-in', department: departmentIds.get(slug.includes('sales') ? 'sales' : slug.includes('account') ? 'accountmanagement' : 'klantenservice') } })).id))
    }
    expect(await seedEntryPoints(payload, departmentIds, vacancyIds)).toBe(2)
    expect(await seedEntryPoints(payload, departmentIds, vacancyIds)).toBe(0)
    const [nl] = (await payload.find({ collection: 'quizzes', where: { slug: { equals: demoQuiz.slug } }, locale: 'nl', depth: 1, ...anonymous })).docs
    const [en] = (await payload.find({ collection: 'quizzes', where: { slug: { equals: demoQuiz.slug } }, locale: 'en', depth: 1, ...anonymous })).docs
    expect(nl!.questions).toHaveLength(5)
    expect(en!.questions[0]!.question).toBe(demoQuiz.questions[0]!.question.en)
    expect(en!.questions[0]!.options![0]!.id).toBe(nl!.questions[0]!.options![0]!.id)
    // Always the first answer: customer service comes out on top.
    const { scoreQuiz, rankVacancies } = await import('../../common/entry/scoring')
    const result = scoreQuiz(nl as never, Object.fromEntries(nl!.questions.map((q) => [q.id!, q.options![0]!.id!])))
    expect(result.departments[0]).toMatchObject({ id: departmentIds.get('klantenservice'), name: 'klantenservice' })
    const vacancies = (await payload.find({ collection: 'vacancies', where: { slug: { in: demoQuiz.vacancies } }, depth: 0, overrideAccess: true, limit: 20 })).docs
    expect(rankVacancies(nl as never, result, vacancies)[0]!.vacancy.slug).toBe('klantenservicemedewerker-zakelijk')
    const [businessCase] = (await payload.find({ collection: 'business-cases', where: { slug: { equals: demoCase.slug } }, locale: 'en', ...anonymous })).docs
    expect(businessCase!.steps).toHaveLength(3)
    expect(businessCase!.steps[0]!.choices![1]!.label).toMatch(/I listen/)
  })
})
