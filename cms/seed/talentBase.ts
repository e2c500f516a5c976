/**
 * The demo talent base: fictional applicants with CVs as real PDF and DOCX files (made with pdf-lib
 * and docx, see cvFiles.ts) and leads with quiz answers, so Search & Match has people to rank on a
 * fresh clone. Every person is invented. Idempotent: a person is looked up by email.
 *
 * Chosen to show what the ranking does: a cashier whose title does not fit the customer-service
 * vacancy but whose skills do; a candidate with the title and little else; an English CV; a scan
 * that cannot be read; people for other job families; an applicant without talent-pool consent
 * (matched only for the vacancy they applied to).
 */
import type { Payload } from 'payload'

import { consentText, currentConsent } from '../../common/entry/consentTexts'
import { talentBaseIdle } from '../match/talentBase'
import { cvDocx, cvPdf, scannedPdf, type CvContent } from './cvFiles'

interface DemoApplicant {
  email: string
  vacancy: string
  pool: boolean
  locale: 'nl' | 'en'
  cv: { kind: 'pdf' | 'docx' | 'scan'; lines: string[] }
  name: string
  motivation?: string
}

export const demoApplicants: DemoApplicant[] = [
  {
    name: 'Sanne Bakker',
    email: 'sanne.bakker@voorbeeld.test',
    vacancy: 'klantenservicemedewerker-zakelijk',
    pool: false,
    locale: 'nl',
    cv: {
      kind: 'pdf',
      lines: [
        'Woonplaats: Rotterdam · beschikbaar 32 uur per week',
        '# Werkervaring',
        'Kassamedewerker en servicebalie, Supermarkt De Linde, Rotterdam (2021–nu). Ik beantwoord vragen van klanten, handel klachten af en zoek zoekgeraakte bestellingen uit in het CRM-systeem.',
        'Bijbaan telefonische enquêtes: telefonisch communiceren met klanten, klanten nabellen.',
        '# Talen',
        'Nederlands (moedertaal), Engels (goed)',
        '# Overig',
        'Rijbewijs B',
      ],
    },
  },
  {
    name: 'Mehmet Yılmaz',
    email: 'mehmet.yilmaz@voorbeeld.test',
    vacancy: 'inside-sales-medewerker',
    pool: true,
    locale: 'nl',
    cv: {
      kind: 'docx',
      lines: [
        'Schiedam · 36 uur per week',
        '# Werkervaring',
        'Callcentermedewerker, Energie Direct (2019–2024): inkomende gesprekken aannemen, klachten afhandelen, klantgegevens bijwerken in CRM-software.',
        'Telemarketing voor een goed doel: nieuwe klanten werven.',
        '# Talen',
        'Nederlands, Turks, Engels',
      ],
    },
  },
  {
    name: 'Lotte de Graaf',
    email: 'lotte.degraaf@voorbeeld.test',
    vacancy: 'klantenservicemedewerker-zakelijk',
    pool: true,
    locale: 'nl',
    cv: { kind: 'pdf', lines: ['Utrecht', '# Werkervaring', 'Klantenservicemedewerker, webwinkel (2023).', '# Hobby’s', 'Hardlopen, koken en fotografie met vrienden in het weekend.'] },
  },
  {
    name: 'Kevin Pranoto',
    email: 'kevin.pranoto@voorbeeld.test',
    vacancy: 'accountmanager-binnendienst',
    pool: true,
    locale: 'nl',
    cv: {
      kind: 'docx',
      lines: [
        'Breda · 32 uur',
        '# Werkervaring',
        'Accountmanager binnendienst, groothandel kantoorartikelen (2020–nu): klantrelaties onderhouden, offerteaanvragen beantwoorden, bijverkopen, verkoopdoelstellingen halen.',
        'Werkt dagelijks met CRM-software en Microsoft Office.',
        '# Talen',
        'Nederlands, Engels',
      ],
    },
  },
  {
    name: 'Emma Clarke',
    email: 'emma.clarke@voorbeeld.test',
    vacancy: 'klantenservicemedewerker-zakelijk',
    pool: true,
    locale: 'en',
    cv: {
      kind: 'pdf',
      lines: [
        'Rotterdam · full-time',
        '# Experience',
        'Customer service agent at a freight forwarder (2022–now): I handle customer complaints, answer incoming calls and use CRM software to track every case.',
        '# Languages',
        'English (native), Dutch (B1)',
      ],
    },
  },
  {
    name: 'Noor Haddad',
    email: 'noor.haddad@voorbeeld.test',
    vacancy: 'klantenservicemedewerker-zakelijk',
    pool: true,
    locale: 'nl',
    cv: { kind: 'scan', lines: [] },
    motivation: 'Ik help graag mensen verder en ik handel klachten van klanten rustig af.',
  },
  {
    name: 'Tim Vos',
    email: 'tim.vos@voorbeeld.test',
    vacancy: 'klantenservicemedewerker-zakelijk',
    pool: true,
    locale: 'nl',
    cv: { kind: 'docx', lines: ['Tilburg', '# Werkervaring', 'Heftruckchauffeur en orderpicker, distributiecentrum (2018–nu): heftruck besturen, orders picken voor verzending, lading laden en lossen.', 'Rijbewijs B, C en code 95'] },
  },
]

const demoLeads = [
  { email: 'fenna.lead@voorbeeld.test', answers: [{ question: 'Wat doe je het liefst?', answer: 'Vragen van klanten beantwoorden aan de telefoon' }, { question: 'Waar word je blij van?', answer: 'Een klacht oplossen zodat de klant tevreden is' }], strengths: ['Klantgericht', 'Telefonisch communiceren'] },
  { email: 'jesse.lead@voorbeeld.test', answers: [{ question: 'Wat doe je het liefst?', answer: 'Nieuwe klanten werven en producten verkopen' }], strengths: ['Commercieel', 'Overtuigen'] },
]

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'

export async function seedTalentBase(payload: Payload, vacancyIds: Map<string, string>): Promise<number> {
  let created = 0
  const now = new Date().toISOString()
  for (const person of demoApplicants) {
    const vacancy = vacancyIds.get(person.vacancy)
    if (!vacancy) continue
    const existing = await payload.find({ collection: 'applications', where: { email: { equals: person.email } }, limit: 1, depth: 0, overrideAccess: true, pagination: false })
    if (existing.docs.length) continue
    const content: CvContent = { name: person.name, lines: person.cv.lines }
    const kind = person.cv.kind === 'docx' ? 'docx' : 'pdf'
    const bytes = person.cv.kind === 'docx' ? await cvDocx(content) : Buffer.from(person.cv.kind === 'scan' ? await scannedPdf() : await cvPdf(content))
    const cv = await payload.create({
      collection: 'cvs',
      overrideAccess: true,
      data: { kind, originalName: `CV ${person.name}.${kind}` },
      file: { data: bytes, mimetype: kind === 'pdf' ? 'application/pdf' : DOCX, name: `cv-demo-${person.email.split('@')[0]!.replace(/\W/g, '-')}.${kind}`, size: bytes.length },
    })
    await payload.create({
      collection: 'applications',
      overrideAccess: true,
      // Invented people: no "new application" mail to the demo recruiters.
      context: { skipRecruiterMail: true },
      data: {
        vacancy,
        status: 'new',
        entryPoint: 'apply',
        name: person.name,
        email: person.email,
        locale: person.locale,
        cv: cv.id,
        ...(person.motivation ? { motivation: person.motivation } : {}),
        consent: { version: currentConsent.apply, text: consentText(currentConsent.apply, person.locale), at: now },
        talentPool: person.pool ? { consented: true, version: currentConsent.talentPool, text: consentText(currentConsent.talentPool, person.locale), at: now } : { consented: false },
      },
    })
    created++
  }
  for (const lead of demoLeads) {
    const existing = await payload.find({ collection: 'leads', where: { email: { equals: lead.email } }, limit: 1, depth: 0, overrideAccess: true, pagination: false })
    if (existing.docs.length) continue
    await payload.create({
      collection: 'leads',
      overrideAccess: true,
      context: { skipRecruiterMail: true },
      data: {
        email: lead.email,
        status: 'new',
        entryPoint: 'quiz',
        locale: 'nl',
        consent: { version: currentConsent.lead, text: consentText(currentConsent.lead, 'nl'), at: now },
        quiz: { summary: `sterke punten: ${lead.strengths.join(', ')}`, answers: lead.answers, result: { skills: lead.strengths.map((label) => ({ key: label.toLowerCase(), label })) } },
      },
    })
    created++
  }
  // Profiles are built right after each save; the seed's process must not exit before they are stored.
  await talentBaseIdle()
  return created
}
