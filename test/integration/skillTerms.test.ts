/**
 * The company's own skills and synonyms (collection `skill-terms`) against a real SQLite database:
 * a synonym a recruiter adds makes a vacancy text with that word propose the concept and a CV
 * with it match (the CV was read before the word existed: the talent base is rebuilt); a company
 * skill gets a stable URI of its own, can be confirmed on a vacancy and matches "as a company
 * skill"; deleting a word takes it out again; only recruiters and admins keep the list; bad input
 * is refused with a clear message in Dutch and English and changes nothing.
 */
import type { Endpoint, Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { cvPdf } from '../../cms/seed/cvFiles'
import { endpointRequest } from '../helpers/endpointRequest'
import { expectFieldError, expectForbidden } from '../helpers/expectErrors'
import { createTestPayload, createUser, type TestPayload } from '../helpers/testPayload'

let t: TestPayload
let payload: Payload
let recruiter: Awaited<ReturnType<typeof createUser>>
let admin: Awaited<ReturnType<typeof createUser>>
let comms: Awaited<ReturnType<typeof createUser>>
let manager: Awaited<ReturnType<typeof createUser>>
let endpoints: Endpoint[]
let talentBaseIdle: () => Promise<void>
let vacancy: string
let applicant: string
const PROSPECT = 'http://data.europa.eu/esco/skill/6d97bf55-6fb6-4795-8282-3ef915ae0bb8'
const day = 24 * 3600e3

const paragraph = (text: string) => ({ type: 'paragraph', version: 1, children: [{ type: 'text', version: 1, text, format: 0, detail: 0, mode: 'normal', style: '' }] })
const richText = (...texts: string[]) => ({ root: { type: 'root', version: 1, format: '' as const, indent: 0, direction: 'ltr' as const, children: texts.map(paragraph) } })

interface Proposed { uri: string; label: string; evidence: { text: string; labelSource?: string } }
interface Matched { uri: string; how: string; evidence: string }
type Found = { id: string; ref: { id: string }; why: { skills: { matched: Matched[] } } }

function request(method: 'GET' | 'POST', body?: unknown) {
  return endpointRequest(payload, `http://cms.test/api/match/vacancies/${vacancy}?locale=nl`, { method, json: body, routeParams: { id: vacancy }, user: recruiter })
}

async function proposed(): Promise<Proposed[]> {
  const response = await endpoints.find((e) => e.path === '/match/vacancies/:id' && e.method === 'get')!.handler(request('GET'))
  expect(response.status).toBe(200)
  return ((await response.json()) as { proposal: { skills: Proposed[] } }).proposal.skills
}

async function matchesFor(skills: { uri: string; label: string; level: 'must' | 'nice' }[]): Promise<Found[]> {
  const response = await endpoints.find((e) => e.path === '/match/vacancies/:id' && e.method === 'post')!.handler(request('POST', { skills }))
  expect(response.status).toBe(200)
  return ((await response.json()) as { results: Found[] }).results
}

const applicantMatch = async (skill: { uri: string; label: string }) =>
  (await matchesFor([{ ...skill, level: 'must' }])).find((r) => r.ref.id === applicant)?.why.skills.matched.find((m) => m.uri === skill.uri)

beforeAll(async () => {
  t = await createTestPayload()
  payload = t.payload
  ;({ matchEndpoints: endpoints } = await import('../../cms/match/endpoints'))
  ;({ talentBaseIdle } = await import('../../cms/match/talentBase'))
  admin = await createUser(payload, ['admin'])
  comms = await createUser(payload, ['comms'])
  recruiter = await createUser(payload, ['recruiter'])
  manager = await createUser(payload, ['hiring-manager'])
  vacancy = String(
    (
      await payload.create({
        collection: 'vacancies',
        overrideAccess: true,
        locale: 'nl',
        data: {
          title: 'Accountmanager',
          location: 'Utrecht',
          employmentType: 'FULL_TIME',
          applyMode: 'built-in',
          status: 'open',
          validThrough: new Date(Date.now() + 30 * day).toISOString(),
          summary: 'Groei met ons mee in Utrecht.',
          description: richText('Je doet aan klantenjacht in de regio en plant je bezoeken met de Ortec routeplanner.'),
        },
      })
    ).id,
  )
  const now = new Date().toISOString()
  const bytes = await cvPdf({ name: 'Noor de Wit', lines: ['# Werkervaring', 'Verkoper bij een energiebedrijf: klantenjacht op bedrijventerreinen, ritten gepland met de Ortec routeplanner.'] })
  const cv = await payload.create({ collection: 'cvs', overrideAccess: true, data: { kind: 'pdf', originalName: 'cv.pdf' }, file: { data: Buffer.from(bytes), mimetype: 'application/pdf', name: 'cv-noor.pdf', size: bytes.length } })
  applicant = String(
    (
      await payload.create({
        collection: 'applications',
        overrideAccess: true,
        data: {
          vacancy,
          name: 'Noor de Wit',
          email: 'noor@example.test',
          locale: 'nl',
          entryPoint: 'apply',
          status: 'new',
          cv: cv.id,
          consent: { version: 'test', text: 'Privacyverklaring', at: now },
          talentPool: { consented: true, version: 'test', text: 'Talentpool, ook voor zoeken en matchen', at: now },
        },
      })
    ).id,
  )
  await talentBaseIdle()
}, 120_000)

afterAll(async () => {
  await t?.cleanup()
})

describe('skills and synonyms of the company', () => {
  let synonymId: string

  it('a synonym added in the CMS makes the vacancy propose the concept and the CV that says it match', async () => {
    // Before: nobody knows the word.
    expect((await proposed()).map((s) => s.uri)).not.toContain(PROSPECT)
    expect(await applicantMatch({ uri: PROSPECT, label: 'nieuwe klanten werven' })).toBeUndefined()

    // Picked by the concept's exact name; stored as its URI.
    const term = await payload.create({ collection: 'skill-terms', overrideAccess: false, user: recruiter, data: { kind: 'synonym', nl: 'klantenjacht', concept: 'nieuwe klanten werven' } })
    synonymId = String(term.id)
    expect(term).toMatchObject({ concept: PROSPECT, conceptLabel: 'nieuwe klanten werven', uri: null })
    await talentBaseIdle()

    const skill = (await proposed()).find((s) => s.uri === PROSPECT)
    expect(skill, 'the synonym is proposed').toBeDefined()
    expect(skill!.evidence).toMatchObject({ text: 'klantenjacht', labelSource: 'company' })
    const match = await applicantMatch({ uri: PROSPECT, label: 'nieuwe klanten werven' })
    expect(match).toMatchObject({ how: 'synonym', evidence: 'klantenjacht' })

    // Editing one word keeps what it is a synonym of.
    const edited = await payload.update({ collection: 'skill-terms', id: term.id, overrideAccess: false, user: recruiter, data: { en: 'customer hunting' } })
    expect(edited).toMatchObject({ nl: 'klantenjacht', en: 'customer hunting', concept: PROSPECT, conceptLabel: 'nieuwe klanten werven' })
    await talentBaseIdle()
  })

  it('a company skill gets a stable URI of its own, is proposed, can be confirmed on a vacancy and matches as a company skill', async () => {
    const created = await payload.create({ collection: 'skill-terms', overrideAccess: false, user: admin, data: { kind: 'company', nl: 'Ortec routeplanner', uri: 'http://data.europa.eu/esco/skill/forged' } })
    expect(created.uri).toBe('urn:werkvloer:skill:ortec-routeplanner')
    // Renaming keeps the address (vacancies store it) and the kind.
    const renamed = await payload.update({ collection: 'skill-terms', id: created.id, overrideAccess: false, user: recruiter, data: { nl: 'Ortec routeplanner', en: 'Ortec route planner', kind: 'synonym' } })
    expect(renamed).toMatchObject({ uri: 'urn:werkvloer:skill:ortec-routeplanner', kind: 'company' })
    await talentBaseIdle()

    const skill = (await proposed()).find((s) => s.uri === created.uri)
    expect(skill).toMatchObject({ label: 'Ortec routeplanner', evidence: { text: 'Ortec routeplanner', labelSource: 'company' } })
    const confirmed = await payload.update({ collection: 'vacancies', id: vacancy, overrideAccess: false, user: recruiter, locale: 'nl', data: { skills: [{ uri: created.uri!, label: 'Ortec routeplanner', level: 'must' }] } })
    expect(confirmed.skills).toEqual([{ uri: created.uri, label: 'Ortec routeplanner', level: 'must' }])
    // The CV's PDF wraps the line between the two words.
    expect(await applicantMatch({ uri: created.uri!, label: 'Ortec routeplanner' })).toMatchObject({ how: 'company', evidence: expect.stringMatching(/^Ortec\s+routeplanner$/) })
  })

  it('a deleted synonym is no longer found', async () => {
    await payload.delete({ collection: 'skill-terms', id: synonymId, overrideAccess: false, user: recruiter })
    await talentBaseIdle()
    expect((await proposed()).map((s) => s.uri)).not.toContain(PROSPECT)
    expect(await applicantMatch({ uri: PROSPECT, label: 'nieuwe klanten werven' })).toBeUndefined()
  })

  it('is kept by recruiters and admins only: comms, hiring managers and anonymous visitors can neither read nor add', async () => {
    for (const user of [comms, manager, null]) {
      await expectForbidden(payload.create({ collection: 'skill-terms', overrideAccess: false, user, data: { kind: 'company', nl: 'Binnendienst planning' } }))
      await expectForbidden(payload.find({ collection: 'skill-terms', overrideAccess: false, user }))
    }
    expect((await payload.find({ collection: 'skill-terms', overrideAccess: false, user: recruiter })).totalDocs).toBe(1)
  })

  it('refuses bad input with a clear message and changes nothing', async () => {
    const before = (await payload.count({ collection: 'skill-terms', overrideAccess: true })).totalDocs
    const as = { overrideAccess: false, user: recruiter } as const
    await expectFieldError(payload.create({ collection: 'skill-terms', ...as, data: { kind: 'synonym', nl: 'koude bellers', concept: 'http://data.europa.eu/esco/skill/does-not-exist' } }), 'concept', /^Het concept http:\/\/data\.europa\.eu\/esco\/skill\/does-not-exist staat niet in de geladen taxonomie/)
    await expectFieldError(payload.create({ collection: 'skill-terms', ...as, data: { kind: 'synonym', nl: 'koude bellers' } }), 'concept', /^Kies het concept waar dit woord een synoniem van is/)
    await expectFieldError(payload.create({ collection: 'skill-terms', ...as, data: { kind: 'synonym', nl: 'koude bellers', concept: 'bestaat niet' } }), 'concept', /^Geen concept heet “bestaat niet”/)
    await expectFieldError(payload.create({ collection: 'skill-terms', ...as, data: { kind: 'company', nl: '  ', en: '' } }), 'nl', /^Vul het woord in, in het Nederlands of het Engels/)
    await expectFieldError(payload.create({ collection: 'skill-terms', ...as, data: { kind: 'company', nl: 'ortec ROUTEPLANNER' } }), 'nl', /^“ortec ROUTEPLANNER” staat al in de lijst\./)
    await expectFieldError(payload.create({ collection: 'skill-terms', ...as, data: { kind: 'company', nl: 'x'.repeat(101) } }), 'nl', /^Hooguit 100 tekens\./)
    expect((await payload.count({ collection: 'skill-terms', overrideAccess: true })).totalDocs).toBe(before)

    // The same checks speak English to an English-speaking admin user.
    const { validateConcept, validateWord } = await import('../../cms/collections/SkillTerms/validation')
    const req = { payload, i18n: { language: 'en' } }
    expect(await validateConcept('http://data.europa.eu/esco/skill/does-not-exist', { siblingData: { kind: 'synonym' }, req } as never)).toBe(
      'The concept http://data.europa.eu/esco/skill/does-not-exist is not in the loaded taxonomy. Choose an address from the ESCO import or a company skill.',
    )
    expect(await validateWord('nl')('', { siblingData: { kind: 'company' }, req } as never)).toBe('Enter the word, in Dutch or in English (or both).')
  })
})

describe('the demo seed', () => {
  it('adds the agency examples once, each valid against the shipped taxonomy', async () => {
    const { seedSkillTerms, demoSkillTerms } = await import('../../cms/seed/skillTerms')
    const problems: string[] = []
    expect(await seedSkillTerms(payload, (m) => problems.push(m))).toBe(demoSkillTerms.length)
    expect(problems).toEqual([])
    expect(await seedSkillTerms(payload, (m) => problems.push(m))).toBe(0)
    const code95 = await payload.find({ collection: 'skill-terms', where: { nl: { equals: 'code 95' } }, overrideAccess: true })
    expect(code95.docs[0]).toMatchObject({ kind: 'company', uri: 'urn:werkvloer:skill:code-95' })
    const kcc = await payload.find({ collection: 'skill-terms', where: { nl: { equals: 'KCC-agent' } }, overrideAccess: true })
    expect(kcc.docs[0]!.conceptLabel).toBe('KCC-medewerker')
    await talentBaseIdle()
  })
})
