/**
 * Job alerts and a lead's own CV, against a real SQLite database and the real mail path (the mail
 * adapter writes every mail to DATA_DIR/mail, as in development): a lead signs up through the
 * site's lead endpoint, adds a CV and turns alerts on from their personal link (each with its
 * versioned consent), a vacancy opens, the periodic job ranks and mails, and the links in the mail
 * stop alerts and delete the lead with everything the alerts left behind.
 */
import fs from 'node:fs'
import path from 'node:path'
import type { Endpoint, Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { consentText, currentConsent } from '../../common/entry/consentTexts'
import { dutchDay } from '../../common/vacancy'
import { cvDocx, cvPdf, scannedPdf } from '../../cms/seed/cvFiles'
import { createRateLimiter } from '../../cms/lib/rateLimit'
import { answerOf, encodeForm, endpointRequest } from '../helpers/endpointRequest'
import { expectForbidden } from '../helpers/expectErrors'
import { createTestPayload, createUser, type TestPayload } from '../helpers/testPayload'

let t: TestPayload
let payload: Payload
let endpoints: Endpoint[]
let jobs: typeof import('../../cms/alerts/jobAlerts')
let talentBaseIdle: () => Promise<void>
let purgeExpiredCandidates: typeof import('../../cms/entry/purge').purgeExpiredCandidates
let recruiter: Awaited<ReturnType<typeof createUser>>
let comms: Awaited<ReturnType<typeof createUser>>
let manager: Awaited<ReturnType<typeof createUser>>

const KEY = 's'.repeat(40)
const day = 24 * 3600e3
/**
 * The mail runs of this file happen on whole Dutch days counted from today: noon UTC is 13:00 or
 * 14:00 in Amsterdam, so "day n" and "an hour later" stay on one Dutch calendar day whatever time
 * the suite runs (real clock time drifted over midnight and left an extra alert waiting).
 */
const mailDay = (() => {
  const noon = Date.parse(`${dutchDay(new Date())}T12:00:00Z`)
  return (n: number) => new Date(noon + n * day)
})()
const skilledEn = ['# Experience', 'Customer service assistant, Utrecht: I answer customer questions, handle complaints and work with CRM software.', '# Languages', 'Dutch, English']
const skilled = ['# Werkervaring', 'Kassamedewerker, Utrecht: ik beantwoord vragen van klanten, handel klachten af en werk met CRM-software.', '# Talen', 'Nederlands, Engels']

const paragraph = (text: string) => ({ type: 'paragraph', version: 1, children: [{ type: 'text', version: 1, text, format: 0, detail: 0, mode: 'normal', style: '' }] })
const richText = (...texts: string[]) => ({ root: { type: 'root', version: 1, format: '' as const, indent: 0, direction: 'ltr' as const, children: texts.map(paragraph) } })

type Answer = { status: number; body: Record<string, any> }

async function call(method: 'GET' | 'POST', p: string, opts: { json?: unknown; form?: FormData; key?: string | null; routeParams?: Record<string, string>; locale?: 'nl' | 'en' } = {}): Promise<Answer> {
  const form = opts.form ? await encodeForm(opts.form) : undefined
  const headers = new Headers({ ...form?.headers, 'x-visitor-ip': '203.0.113.20' })
  if (opts.key !== null) headers.set('x-werkvloer-site-key', opts.key ?? KEY)
  const pattern = p.replace(/[A-Za-z0-9_-]{43}/, ':token')
  const token = p.match(/[A-Za-z0-9_-]{43}/)?.[0]
  const url = `http://cms.test/api${p}${opts.locale ? `?locale=${opts.locale}` : ''}`
  const req = endpointRequest(payload, url, { method, headers, body: form?.body, json: opts.json, routeParams: token ? { token } : {} })
  const endpoint = endpoints.find((e) => e.path === pattern && e.method === method.toLowerCase())
  if (!endpoint) throw new Error(`no endpoint ${method} ${pattern}`)
  return answerOf<Answer['body']>(await endpoint.handler(req))
}

/** A lead through the site's lead endpoint; answers its id and personal (delete) token. */
async function signUp(contact: string, locale: 'nl' | 'en' = 'nl') {
  const { status, body } = await call('POST', '/entry/leads', { json: { locale, entryPoint: 'lead-form', contact, consent: true, consentVersion: currentConsent.lead } })
  expect(status).toBe(201)
  return { id: String(body.id), token: body.withdrawToken as string }
}

function cvForm(file: { bytes: Uint8Array; name: string; type: string } | null, consentVersion: string | null = currentConsent.leadCv) {
  const form = new FormData()
  if (consentVersion) form.set('consentVersion', consentVersion)
  if (file) form.set('cv', new File([Buffer.from(file.bytes)], file.name, { type: file.type }))
  return form
}
const pdfFile = async (lines = skilled) => ({ bytes: await cvPdf({ name: 'Lead', lines }), name: 'mijn cv.pdf', type: 'application/pdf' })
const alertsOn = (token: string, locale: 'nl' | 'en' = 'nl') => call('POST', `/entry/personal/${token}/job-alerts`, { json: { on: true, consentVersion: currentConsent.jobAlerts }, locale })

const mailDir = () => path.join(t.dataDir, 'mail')
/** Every mail to one address, decoded enough to read (quoted-printable soft breaks and =3D). */
function mailsTo(address: string): string[] {
  if (!fs.existsSync(mailDir())) return []
  return fs
    .readdirSync(mailDir())
    .sort()
    .map((f) => fs.readFileSync(path.join(mailDir(), f), 'utf8'))
    .filter((m) => new RegExp(`^To: ${address.replace(/[.+]/g, '\\$&')}`, 'm').test(m))
    .map((m) => m.replace(/=\r?\n/g, '').replace(/=3D/g, '=').replace(/=E2=80=94/g, '—'))
}

async function openVacancy(title: string, description: string, locale: 'nl' | 'en' = 'nl') {
  const doc = await payload.create({
    collection: 'vacancies',
    overrideAccess: true,
    locale,
    data: { title, description: richText(description), location: 'Utrecht', employmentType: 'FULL_TIME', applyMode: 'built-in', status: 'open', validThrough: new Date(Date.now() + 30 * day).toISOString() },
  })
  return String(doc.id)
}

const kcc = 'Je beantwoordt vragen van klanten, handelt klachten af en werkt in ons CRM-systeem.'
const count = async (collection: 'job-alerts' | 'job-alert-mails' | 'cvs', where?: Record<string, unknown>) => (await payload.count({ collection, overrideAccess: true, ...(where ? { where: where as never } : {}) })).totalDocs

const people: Record<string, { id: string; token: string }> = {}

beforeAll(async () => {
  t = await createTestPayload()
  payload = t.payload
  const { createEntryEndpoints } = await import('../../cms/entry/endpoints')
  const { createPersonalEndpoints } = await import('../../cms/entry/personal')
  const limiter = createRateLimiter({ limit: 1000, windowMs: 60_000 })
  endpoints = [...createEntryEndpoints({ siteKey: () => KEY, limiter }), ...createPersonalEndpoints({ siteKey: () => KEY, limiter })]
  jobs = await import('../../cms/alerts/jobAlerts')
  ;({ talentBaseIdle } = await import('../../cms/match/talentBase'))
  ;({ purgeExpiredCandidates } = await import('../../cms/entry/purge'))
  await createUser(payload, ['admin'])
  recruiter = await createUser(payload, ['recruiter'])
  comms = await createUser(payload, ['comms'])
  manager = await createUser(payload, ['hiring-manager'])
  people.sanne = await signUp('sanne@example.test')
  people.emma = await signUp('emma@example.test', 'en')
  people.quiet = await signUp('stil@example.test') // adds a CV but never asks for alerts
  people.phone = await signUp('06 12345678')
}, 120_000)

afterAll(async () => {
  await (await import('../../cms/entry/notify')).recruiterMailsSettled()
  await talentBaseIdle()
  await t?.cleanup()
})

describe('a lead’s personal page', () => {
  it('shows job alerts off and no CV, with the current consent texts in the asked language', async () => {
    const nl = await call('GET', `/entry/withdraw/${people.sanne!.token}`, { locale: 'nl' })
    expect(nl.status).toBe(200)
    expect(nl.body.personal).toEqual({
      hasEmail: true,
      jobAlerts: { on: false, since: null, consentVersion: currentConsent.jobAlerts, consentText: consentText(currentConsent.jobAlerts, 'nl') },
      cv: { added: false, at: null, consentVersion: currentConsent.leadCv, consentText: consentText(currentConsent.leadCv, 'nl') },
    })
    const en = await call('GET', `/entry/withdraw/${people.sanne!.token}`, { locale: 'en' })
    expect(en.body.personal.jobAlerts.consentText).toMatch(/^Yes, email me when/)
  })

  it('refuses a scanned CV, another file type and a missing consent with a clear message, storing nothing', async () => {
    const before = await count('cvs')
    const scan = await call('POST', `/entry/personal/${people.sanne!.token}/cv`, { form: cvForm({ bytes: await scannedPdf(), name: 'scan.pdf', type: 'application/pdf' }) })
    expect(scan.status).toBe(400)
    expect(scan.body.fields.cv).toMatch(/scan of foto.*geen tekst/)
    const scanEn = await call('POST', `/entry/personal/${people.sanne!.token}/cv`, { form: cvForm({ bytes: await scannedPdf(), name: 'scan.pdf', type: 'application/pdf' }), locale: 'en' })
    expect(scanEn.body.fields.cv).toMatch(/scan or photo: it has no text we can read/)
    const text = await call('POST', `/entry/personal/${people.sanne!.token}/cv`, { form: cvForm({ bytes: new TextEncoder().encode('just text, not a CV'), name: 'cv.pdf', type: 'application/pdf' }) })
    expect(text.status).toBe(400)
    expect(text.body.fields.cv).toMatch(/pdf- of Word-bestand/)
    const noConsent = await call('POST', `/entry/personal/${people.sanne!.token}/cv`, { form: cvForm(await pdfFile(), null) })
    expect(noConsent.status).toBe(400)
    expect(noConsent.body.fields.cv).toMatch(/Vink aan/)
    const oldText = await call('POST', `/entry/personal/${people.sanne!.token}/cv`, { form: cvForm(await pdfFile(), currentConsent.lead) })
    expect(oldText.status).toBe(409)
    expect(await count('cvs')).toBe(before)
    const lead = await payload.findByID({ collection: 'leads', id: people.sanne!.id, overrideAccess: true })
    expect(lead.cv ?? null).toBeNull()
  })

  it('adds a PDF or DOCX CV with its consent and rebuilds the lead’s talent profile from it', async () => {
    const added = await call('POST', `/entry/personal/${people.sanne!.token}/cv`, { form: cvForm(await pdfFile()) })
    expect(added.status).toBe(200)
    expect(added.body.message).toMatch(/cv is toegevoegd/)
    expect(added.body.personal.cv.added).toBe(true)
    const docx = { bytes: new Uint8Array(await cvDocx({ name: 'Emma', lines: skilledEn })), name: 'cv.docx', type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' }
    expect((await call('POST', `/entry/personal/${people.emma!.token}/cv`, { form: cvForm(docx), locale: 'en' })).body.message).toMatch(/Your CV has been added/)
    expect((await call('POST', `/entry/personal/${people.quiet!.token}/cv`, { form: cvForm(await pdfFile()) })).status).toBe(200)
    await talentBaseIdle()
    const lead = await payload.findByID({ collection: 'leads', id: people.sanne!.id, depth: 0, overrideAccess: true })
    expect(lead.cvConsent).toMatchObject({ version: currentConsent.leadCv, text: consentText(currentConsent.leadCv, 'nl') })
    const profile = (await payload.find({ collection: 'talent-profiles', where: { subjectId: { equals: people.sanne!.id } }, overrideAccess: true })).docs[0]
    expect(profile).toMatchObject({ subjectCollection: 'leads', source: 'cv' })
    expect(profile!.skillCount).toBeGreaterThan(0)
  })

  it('turns job alerts on only with the current consent text, and only for a lead with an email address', async () => {
    const missing = await call('POST', `/entry/personal/${people.sanne!.token}/job-alerts`, { json: { on: true } })
    expect(missing.status).toBe(400)
    expect(missing.body.error).toMatch(/Vink aan/)
    const old = await call('POST', `/entry/personal/${people.sanne!.token}/job-alerts`, { json: { on: true, consentVersion: currentConsent.lead } })
    expect(old.status).toBe(409)
    const phone = await alertsOn(people.phone!.token, 'en')
    expect(phone.status).toBe(400)
    expect(phone.body.error).toMatch(/Job alerts go by email/)
    const on = await alertsOn(people.sanne!.token)
    expect(on.status).toBe(200)
    expect(on.body.message).toMatch(/Vacaturemeldingen staan aan/)
    expect((await alertsOn(people.emma!.token, 'en')).body.message).toMatch(/Job alerts are on/)
    const lead = await payload.findByID({ collection: 'leads', id: people.sanne!.id, overrideAccess: true })
    expect(lead.jobAlerts).toMatchObject({ on: true, version: currentConsent.jobAlerts, text: consentText(currentConsent.jobAlerts, 'nl') })
  })

  it('is closed to callers without the site key, guessed tokens and application links', async () => {
    expect((await call('POST', `/entry/personal/${people.quiet!.token}/job-alerts`, { json: { on: true, consentVersion: currentConsent.jobAlerts }, key: null })).status).toBe(403)
    expect((await call('POST', `/entry/personal/${people.quiet!.token}/job-alerts`, { json: { on: true, consentVersion: currentConsent.jobAlerts }, key: 'x'.repeat(40) })).status).toBe(403)
    expect((await call('POST', `/entry/personal/${'A'.repeat(43)}/job-alerts`, { json: { on: true, consentVersion: currentConsent.jobAlerts } })).status).toBe(404)
    expect((await call('POST', `/entry/personal/${'A'.repeat(43)}/cv`, { form: cvForm(await pdfFile()) })).status).toBe(404)
    // An applicant's delete link opens their page, but job alerts and CVs are for leads.
    const { hashToken, newToken } = await import('../../cms/lib/tokens')
    const applicantToken = newToken()
    const vacancy = String((await payload.create({ collection: 'vacancies', overrideAccess: true, data: { title: 'Magazijnmedewerker', location: 'Utrecht', employmentType: 'FULL_TIME', applyMode: 'built-in', status: 'closed' } })).id)
    await payload.create({ collection: 'applications', overrideAccess: true, context: { skipRecruiterMail: true }, data: { vacancy, name: 'Ad Applicant', email: 'ad@example.test', locale: 'nl', entryPoint: 'apply', status: 'new', consent: { version: 'test', text: 'x', at: new Date().toISOString() }, talentPool: { consented: false }, withdrawTokenHash: hashToken(applicantToken) } as never })
    const applicant = await call('POST', `/entry/personal/${applicantToken}/job-alerts`, { json: { on: true, consentVersion: currentConsent.jobAlerts } })
    expect(applicant.status).toBe(400)
    expect(applicant.body.error).toMatch(/alleen bij een aanmelding/)
    expect((await call('GET', `/entry/withdraw/${applicantToken}`)).body.personal).toBeUndefined()
    const lead = await payload.findByID({ collection: 'leads', id: people.quiet!.id, overrideAccess: true })
    expect(lead.jobAlerts?.on).toBeFalsy()
  })

  it('cannot be set by staff: recruiters read the opt-in, nobody writes it through the API', async () => {
    await payload.update({ collection: 'leads', id: people.quiet!.id, data: { jobAlerts: { on: true, version: 'x', text: 'x', at: new Date().toISOString() } } as never, overrideAccess: false, user: recruiter })
    const lead = await payload.findByID({ collection: 'leads', id: people.quiet!.id, overrideAccess: true })
    expect(lead.jobAlerts?.on).toBeFalsy()
  })
})

describe('job alerts', () => {
  let first: string
  let mailedToken: string

  it('mails nobody about a draft, and mails a matching opted-in lead once when the vacancy opens', async () => {
    const draft = await payload.create({ collection: 'vacancies', overrideAccess: true, locale: 'nl', data: { title: 'Klantenservicemedewerker', description: richText(kcc), location: 'Utrecht', employmentType: 'FULL_TIME', applyMode: 'built-in', status: 'draft' } })
    expect((await jobs.prepareJobAlerts(payload)).vacancies).toBe(0)
    await payload.update({ collection: 'vacancies', id: draft.id, overrideAccess: true, data: { status: 'open', validThrough: new Date(Date.now() + 30 * day).toISOString() } })
    first = String(draft.id)
    const prepared = await jobs.prepareJobAlerts(payload)
    expect(prepared).toMatchObject({ vacancies: 1 })
    const alerts = await payload.find({ collection: 'job-alerts', overrideAccess: true, depth: 0, pagination: false })
    const alerted = alerts.docs.map((a) => String(a.lead)).sort()
    // Sanne and Emma asked; the lead with the same CV who never asked, and the phone-only lead, do not get one.
    expect(alerted).toEqual([people.sanne!.id, people.emma!.id].sort())
    // Profiling by the system is in the candidate audit like a recruiter's search.
    const audit = await payload.find({ collection: 'candidate-audit', where: { and: [{ action: { equals: 'searched' } }, { vacancy: { equals: first } }] }, overrideAccess: true })
    expect(audit.docs).toHaveLength(1)
    expect((audit.docs[0]!.shown as { id: string }[]).map((r) => r.id).sort()).toEqual(alerted)
    expect(audit.docs[0]!.by ?? null).toBeNull()
    const sent = await jobs.sendJobAlertMails(payload, mailDay(0))
    expect(sent.mails).toBe(2)
    const mails = mailsTo('sanne@example.test').filter((m) => /Subject: .*vacature/i.test(m))
    expect(mails).toHaveLength(1)
    const mail = mails[0]!
    expect(mail).toMatch(/Subject: Nieuwe vacature die bij je past: Klantenservicemedewerker/)
    expect(mail).toMatch(/past bij je omdat je .+ noemde/)
    expect(mail).toMatch(/\/vacatures\/klantenservicemedewerker/)
    // No score in the words the lead reads.
    const text = mail.split(/\r?\n\r?\n/).slice(1).join('\n')
    expect(text).not.toMatch(/\d+\s?%|score|0\.\d/)
    const stop = mail.match(/\/gegevens-verwijderen\/([A-Za-z0-9_-]{43})#vacaturemeldingen/)
    const del = mail.match(/Je gegevens verwijderen kan altijd: \S+\/gegevens-verwijderen\/([A-Za-z0-9_-]{43})/)
    expect(stop?.[1]).toBeDefined()
    expect(del?.[1]).toBe(stop?.[1])
    mailedToken = stop![1]!
    // The mail app's own unsubscribe button opens the same page.
    expect(mail.replace(/\r?\n[ \t]+/g, ' ')).toMatch(new RegExp(`^List-Unsubscribe: <\\S+/gegevens-verwijderen/${mailedToken}#vacaturemeldingen>`, 'm'))
    // The link is a new token, stored only as its hash.
    expect(mailedToken).not.toBe(people.sanne!.token)
    const stored = await payload.find({ collection: 'job-alert-mails', where: { lead: { equals: people.sanne!.id } }, overrideAccess: true })
    expect(JSON.stringify(stored.docs)).not.toContain(mailedToken)
    const english = mailsTo('emma@example.test').filter((m) => /Subject: .*vacanc/i.test(m))
    expect(english).toHaveLength(1)
    expect(english[0]).toMatch(/Subject: A new vacancy that fits you/)
    expect(english[0]).toMatch(/\/en\/vacancies\//)
    expect(english[0]).toMatch(/\/en\/delete-my-details\/[A-Za-z0-9_-]{43}#job-alerts/)
  })

  it('never mails the same vacancy twice, and at most one alert mail a day, bundling what waits', async () => {
    await jobs.prepareJobAlerts(payload)
    expect((await jobs.sendJobAlertMails(payload, mailDay(0))).mails).toBe(0)
    const second = await openVacancy('Klantenservicemedewerker zakelijk', kcc)
    await jobs.prepareJobAlerts(payload)
    expect(await count('job-alerts', { and: [{ vacancy: { equals: second } }, { status: { equals: 'pending' } }] })).toBe(2)
    // Same day: nothing more goes out.
    expect((await jobs.sendJobAlertMails(payload, mailDay(0))).mails).toBe(0)
    const third = await openVacancy('Klantenservicemedewerker avond', kcc)
    await jobs.prepareJobAlerts(payload)
    const tomorrow = mailDay(1)
    expect((await jobs.sendJobAlertMails(payload, tomorrow)).mails).toBe(2)
    const mails = mailsTo('sanne@example.test').filter((m) => /Subject: .*vacature/i.test(m))
    expect(mails).toHaveLength(2)
    expect(mails[1]).toMatch(/Subject: 2 nieuwe vacatures die bij je passen/)
    expect(mails[1]).toContain('Klantenservicemedewerker zakelijk')
    expect(mails[1]).toContain('Klantenservicemedewerker avond')
    // The first vacancy is not in it again.
    expect(mails[1]).not.toMatch(/Klantenservicemedewerker —/)
    expect(await count('job-alerts', { vacancy: { equals: third } })).toBe(2)
    // Running everything again changes nothing.
    await jobs.prepareJobAlerts(payload, tomorrow)
    expect((await jobs.sendJobAlertMails(payload, mailDay(2))).mails).toBe(0)
    expect(first).toBeTruthy()
  })

  it('sends the alerts of a mail that a crash interrupted between its claim and the send, with the next run', async () => {
    const vacancy = await openVacancy('Klantenservicemedewerker weekend', kcc)
    await jobs.prepareJobAlerts(payload)
    const [alert] = (await payload.find({ collection: 'job-alerts', where: { and: [{ vacancy: { equals: vacancy } }, { lead: { equals: people.sanne!.id } }] }, overrideAccess: true, depth: 0 })).docs
    expect(alert?.status).toBe('pending')
    // What a run that died right after its claim leaves behind: the mail `sending`, the alert marked sent.
    const crashedOn = mailDay(2)
    const claim = await payload.create({
      collection: 'job-alert-mails',
      overrideAccess: true,
      data: { slot: `${people.sanne!.id}:${dutchDay(crashedOn)}`, lead: people.sanne!.id, day: dutchDay(crashedOn), status: 'sending', vacancies: [vacancy], linkTokenHash: 'x'.repeat(64), linkExpiresAt: new Date(Date.now() + 60 * day).toISOString() },
    })
    await payload.update({ collection: 'job-alerts', id: alert!.id, data: { status: 'sent', mail: claim.id }, overrideAccess: true })
    const before = mailsTo('sanne@example.test').length
    // The same day, an hour later: the claim is old enough to be sure no run is still sending it.
    const sent = await jobs.sendJobAlertMails(payload, new Date(crashedOn.getTime() + 60 * 60_000))
    expect(sent.mails).toBe(2)
    const mails = mailsTo('sanne@example.test')
    expect(mails).toHaveLength(before + 1)
    expect(mails.at(-1)).toContain('Klantenservicemedewerker weekend')
    expect(await count('job-alerts', { and: [{ vacancy: { equals: vacancy } }, { status: { equals: 'pending' } }] })).toBe(0)
    expect(await count('job-alert-mails', { status: { equals: 'sending' } })).toBe(0)
  })

  it('lets the mailed link open the personal page and stop alerts; a stopped lead gets nothing more', async () => {
    const page = await call('GET', `/entry/withdraw/${mailedToken}`)
    expect(page.status).toBe(200)
    expect(page.body.personal.jobAlerts.on).toBe(true)
    const off = await call('POST', `/entry/personal/${mailedToken}/job-alerts`, { json: { on: false } })
    expect(off.status).toBe(200)
    expect(off.body.message).toMatch(/Vacaturemeldingen staan uit/)
    const lead = await payload.findByID({ collection: 'leads', id: people.sanne!.id, overrideAccess: true })
    expect(lead.jobAlerts).toMatchObject({ on: false })
    expect(lead.jobAlerts?.stoppedAt).toBeTruthy()
    const before = mailsTo('sanne@example.test').length
    await openVacancy('Klantenservicemedewerker nacht', kcc)
    await jobs.prepareJobAlerts(payload)
    await jobs.sendJobAlertMails(payload, mailDay(3))
    expect(mailsTo('sanne@example.test').length).toBe(before)
    expect(await count('job-alerts', { and: [{ lead: { equals: people.sanne!.id } }, { status: { equals: 'pending' } }] })).toBe(0)
  })

  it('drops waiting alerts of a lead who stopped between matching and mailing', async () => {
    await openVacancy('Klantenservicemedewerker weekend', kcc)
    await jobs.prepareJobAlerts(payload)
    expect(await count('job-alerts', { and: [{ lead: { equals: people.emma!.id } }, { status: { equals: 'pending' } }] })).toBe(1)
    // Turned off by hand in the database, as if the lead's request and the job crossed.
    await payload.update({ collection: 'leads', id: people.emma!.id, overrideAccess: true, data: { jobAlerts: { on: false } } })
    const before = mailsTo('emma@example.test').length
    const sent = await jobs.sendJobAlertMails(payload, mailDay(4))
    expect(sent).toMatchObject({ mails: 0, dropped: 1 })
    expect(mailsTo('emma@example.test').length).toBe(before)
  })

  it('refuses an expired mail link', async () => {
    const mail = (await payload.find({ collection: 'job-alert-mails', where: { lead: { equals: people.emma!.id } }, overrideAccess: true, sort: 'createdAt' })).docs[0]!
    const token = mailsTo('emma@example.test').filter((m) => /Subject: .*vacanc/i.test(m)).map((m) => m.match(/delete-my-details\/([A-Za-z0-9_-]{43})/)?.[1]).find(Boolean)!
    expect((await call('GET', `/entry/withdraw/${token}`)).status).toBe(200)
    await payload.update({ collection: 'job-alert-mails', id: mail.id, overrideAccess: true, data: { linkExpiresAt: new Date(Date.now() - 1000).toISOString() } })
    expect((await call('GET', `/entry/withdraw/${token}`)).status).toBe(404)
    expect((await call('POST', `/entry/personal/${token}/job-alerts`, { json: { on: false } })).status).toBe(404)
  })

  it('deletes the lead through the mailed delete link, with its CV and every alert record', async () => {
    const lead = await payload.findByID({ collection: 'leads', id: people.sanne!.id, depth: 0, overrideAccess: true })
    const cvId = String(lead.cv)
    const alertIds = (await payload.find({ collection: 'job-alerts', where: { lead: { equals: people.sanne!.id } }, overrideAccess: true, pagination: false })).docs.map((d) => d.id)
    const mailIds = (await payload.find({ collection: 'job-alert-mails', where: { lead: { equals: people.sanne!.id } }, overrideAccess: true, pagination: false })).docs.map((d) => d.id)
    expect(alertIds.length).toBeGreaterThan(0)
    expect(mailIds.length).toBeGreaterThan(0)
    const deleted = await call('POST', `/entry/withdraw/${mailedToken}`)
    expect(deleted.status).toBe(200)
    expect(deleted.body.kind).toBe('lead')
    await talentBaseIdle()
    expect(await payload.findByID({ collection: 'leads', id: people.sanne!.id, overrideAccess: true, disableErrors: true })).toBeNull()
    expect(await payload.findByID({ collection: 'cvs', id: cvId, overrideAccess: true, disableErrors: true })).toBeNull()
    for (const id of alertIds) expect(await payload.findByID({ collection: 'job-alerts', id, overrideAccess: true, disableErrors: true })).toBeNull()
    for (const id of mailIds) expect(await payload.findByID({ collection: 'job-alert-mails', id, overrideAccess: true, disableErrors: true })).toBeNull()
    expect(await payload.count({ collection: 'talent-profiles', where: { subjectId: { equals: people.sanne!.id } }, overrideAccess: true })).toMatchObject({ totalDocs: 0 })
    // A deleted lead is never mailed again.
    await openVacancy('Klantenservicemedewerker thuiswerk', kcc)
    await jobs.prepareJobAlerts(payload)
    const before = mailsTo('sanne@example.test').length
    await jobs.sendJobAlertMails(payload, mailDay(5))
    expect(mailsTo('sanne@example.test').length).toBe(before)
    // Both of Sanne's links are dead now.
    expect((await call('GET', `/entry/withdraw/${mailedToken}`)).status).toBe(404)
    expect((await call('GET', `/entry/withdraw/${people.sanne!.token}`)).status).toBe(404)
  })

  it('is purged with the lead when the retention date passes', async () => {
    expect(await count('job-alerts', { lead: { equals: people.emma!.id } })).toBeGreaterThan(0)
    const r = await purgeExpiredCandidates(payload, new Date(Date.now() + 400 * day))
    expect(r.leads).toBeGreaterThan(0)
    expect(await count('job-alerts')).toBe(0)
    expect(await count('job-alert-mails')).toBe(0)
  })

  it('shows the alert records to recruiters only', async () => {
    await expectForbidden(payload.find({ collection: 'job-alerts', overrideAccess: false, user: comms }))
    await expectForbidden(payload.find({ collection: 'job-alert-mails', overrideAccess: false, user: manager }))
    await expectForbidden(payload.find({ collection: 'job-alerts', overrideAccess: false }))
    await expectForbidden(payload.create({ collection: 'job-alerts', overrideAccess: false, user: recruiter, data: { pair: 'x:y', status: 'pending' } as never }))
    const seen = await payload.find({ collection: 'job-alerts', overrideAccess: false, user: recruiter })
    expect(seen.totalDocs).toBe(0)
  })
})

describe('job alerts asked for on the lead form itself', () => {
  const leadForm = (contact: string, extra: Record<string, unknown>, locale: 'nl' | 'en' = 'nl') =>
    call('POST', '/entry/leads', { json: { locale, entryPoint: 'lead-form', contact, consent: true, consentVersion: currentConsent.lead, ...extra } })
  const leads = async () => (await payload.count({ collection: 'leads', overrideAccess: true })).totalDocs

  it('stores the opt-in with the exact words in the visitor’s language, and the personal page shows alerts on', async () => {
    const signed = await leadForm('form-optin@example.test', { jobAlerts: true, jobAlertsVersion: currentConsent.jobAlerts }, 'en')
    expect(signed.status).toBe(201)
    const lead = await payload.findByID({ collection: 'leads', id: String(signed.body.id), overrideAccess: true })
    expect(lead.jobAlerts).toMatchObject({ on: true, version: currentConsent.jobAlerts, text: consentText(currentConsent.jobAlerts, 'en') })
    expect(lead.jobAlerts?.at).toBeTruthy()
    const page = await call('GET', `/entry/withdraw/${signed.body.withdrawToken}`, { locale: 'en' })
    expect(page.body.personal.jobAlerts.on).toBe(true)
    const without = await leadForm('form-no-optin@example.test', {})
    const plain = await payload.findByID({ collection: 'leads', id: String(without.body.id), overrideAccess: true })
    expect(Boolean(plain.jobAlerts?.on)).toBe(false)
  })

  it('refuses alerts with only a 06 number, and an outdated alert text, storing no lead', async () => {
    const before = await leads()
    const phone = await leadForm('06 23456789', { jobAlerts: true, jobAlertsVersion: currentConsent.jobAlerts })
    expect(phone.status).toBe(400)
    expect(phone.body.fields.jobAlerts).toMatch(/Vacaturemeldingen gaan per e-mail/)
    const phoneEn = await leadForm('06 23456789', { jobAlerts: true, jobAlertsVersion: currentConsent.jobAlerts }, 'en')
    expect(phoneEn.body.fields.jobAlerts).toMatch(/Job alerts go by email/)
    const old = await leadForm('old-text@example.test', { jobAlerts: true, jobAlertsVersion: currentConsent.lead })
    expect(old.status).toBe(409)
    expect(old.body.fields.jobAlerts).toMatch(/toestemmingstekst is net gewijzigd/)
    const unseen = await leadForm('unseen@example.test', { jobAlerts: true })
    expect(unseen.status).toBe(409)
    expect(await leads()).toBe(before)
  })
})
