/**
 * Shared helpers for the entry-point specs: a phone, the demo vacancies that carry a quiz and a
 * business case, and reading leads and applications back the way a recruiter would (REST, logged in).
 */
import { devices, expect, type APIRequestContext, type Page } from '@playwright/test'
import zlib from 'node:zlib'

import { cmsUrl, expectNoAxeViolations, loginHeaders, receivedMails } from '../helpers'

export { cmsUrl, expectNoAxeViolations, receivedMails }

export const phone = { ...devices['Pixel 7'], defaultBrowserType: 'chromium' as const }

export const demoRecruiter = { email: 'recruiter@werkvloer.demo', password: 'werkvloer-recruiter' }

export type Lang = 'nl' | 'en'

export const vacancyPath = (lang: Lang, slug: string) => (lang === 'en' ? `/en/vacancies/${slug}` : `/vacatures/${slug}`)
export const applyPath = (lang: Lang, slug: string) => `${vacancyPath(lang, slug)}/${lang === 'en' ? 'apply' : 'solliciteren'}`
export const leadPath = (lang: Lang) => (lang === 'en' ? '/en/keep-me-posted' : '/op-de-hoogte')

/** The seeded vacancy with both a quiz and a business case (see cms/seed/entryPoints.ts). */
export const KEY_ACCOUNT = 'key-account-manager'
/** A seeded vacancy that applies through an external ATS. */
export const EXTERNAL = 'customer-success-manager'
export const QUIZ = 'welke-rol-past-bij-jou'
export const CASE = 'een-key-account-dreigt-te-vertrekken'

export const words = {
  nl: {
    contact: 'E-mailadres of 06-nummer',
    consent: /neem contact met me op/,
    leadSubmit: 'Hou me op de hoogte',
    leadThanks: 'Dank je wel!',
    name: 'Naam',
    email: 'E-mailadres',
    phone: 'Telefoonnummer',
    motivation: /Waarom wil je bij ons werken/,
    cv: /^Cv/,
    talentPool: /talentpool/,
    applySubmit: 'Verstuur sollicitatie',
    applyThanks: 'Bedankt voor je sollicitatie',
    next: 'Volgende',
    caseNext: 'Volgende stap',
    showResult: 'Bekijk mijn uitslag',
    showScore: 'Bekijk mijn score',
    chooseAnswer: 'Kies een antwoord om verder te gaan.',
    quizCta: 'Doe de quiz',
    caseCta: 'Start de praktijkcase',
    caseApply: 'Solliciteer voor deze functie',
  },
  en: {
    contact: 'Email address or Dutch mobile number',
    consent: /contact me about this/,
    leadSubmit: 'Keep me posted',
    leadThanks: 'Thank you!',
    name: 'Name',
    email: 'Email address',
    phone: 'Phone number',
    motivation: /Why would you like to work/,
    cv: /^CV/,
    talentPool: /talent pool/,
    applySubmit: 'Send application',
    applyThanks: 'Thank you for applying',
    next: 'Next',
    caseNext: 'Next step',
    showResult: 'Show my result',
    showScore: 'Show my score',
    chooseAnswer: 'Choose an answer to continue.',
    quizCta: 'Take the quiz',
    caseCta: 'Start the business case',
    caseApply: 'Apply for this role',
  },
} as const

let recruiterAuth: Record<string, string> | null = null
export async function recruiterHeaders(request: APIRequestContext): Promise<Record<string, string>> {
  recruiterAuth ??= await loginHeaders(request, demoRecruiter)
  return recruiterAuth
}

export interface LeadDoc {
  id: string
  entryPoint: string
  email?: string | null
  phone?: string | null
  vacancy?: string | { id: string; slug?: string } | null
  consent: { version: string; text: string; at: string }
  deleteAfter: string
  quiz?: { quiz?: string | null; summary?: string | null; answers?: { question: string; answer: string }[] | null } | null
  businessCase?: { case?: string | null; score?: number | null; choices?: unknown[] | null } | null
  attribution?: { utmSource?: string | null; utmMedium?: string | null; utmCampaign?: string | null; referrer?: string | null; landingPage?: string | null; watchedVideo?: string | { id: string } | null } | null
}

export interface ApplicationDoc {
  id: string
  name: string
  email: string
  phone?: string | null
  motivation?: string | null
  entryPoint: string
  cv?: { id: string; url?: string; filename?: string; kind?: string } | string | null
  talentPool?: { consented?: boolean | null } | null
  businessCase?: { case?: string | null; score?: number | null } | null
  consent: { version: string }
  deleteAfter: string
}

export async function findLeads(request: APIRequestContext, where: Record<string, string>): Promise<LeadDoc[]> {
  const query = new URLSearchParams({ depth: '0', limit: '20', ...Object.fromEntries(Object.entries(where).map(([k, v]) => [`where[${k}][equals]`, v])) })
  const res = await request.get(`${cmsUrl()}/api/leads?${query}`, { headers: await recruiterHeaders(request) })
  expect(res.ok(), `GET /api/leads answered ${res.status()}`).toBe(true)
  return ((await res.json()) as { docs: LeadDoc[] }).docs
}

export async function findApplications(request: APIRequestContext, email: string): Promise<ApplicationDoc[]> {
  const res = await request.get(`${cmsUrl()}/api/applications?where[email][equals]=${encodeURIComponent(email)}&depth=1`, { headers: await recruiterHeaders(request) })
  expect(res.ok(), `GET /api/applications answered ${res.status()}`).toBe(true)
  return ((await res.json()) as { docs: ApplicationDoc[] }).docs
}

/** A unique address and a unique Dutch mobile number per call, so each test finds its own data. */
let counter = 0
export function uniqueEmail(prefix: string): string {
  return `${prefix}-${Date.now().toString(36)}-${counter++}@example.com`
}
export function uniqueMobile(): { typed: string; e164: string } {
  const digits = String(10_000_000 + Math.floor(Math.random() * 89_999_999))
  return { typed: `06 ${digits.slice(0, 4)} ${digits.slice(4)}`, e164: `+316${digits}` }
}

/** A small, well-formed PDF (header, object, xref, trailer, %%EOF). */
export function pdfBytes(): Buffer {
  return Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\nxref\n0 3\n0000000000 65535 f \ntrailer << /Size 3 /Root 1 0 R >>\nstartxref\n110\n%%EOF\n')
}

/** A minimal real DOCX: a ZIP (stored entries) with [Content_Types].xml and word/document.xml. */
export function docxBytes(): Buffer {
  const files: [string, string][] = [
    ['[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'],
    ['_rels/.rels', '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'],
    ['word/document.xml', '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Cv van Anna</w:t></w:r></w:p></w:body></w:document>'],
  ]
  const local: Buffer[] = []
  const central: Buffer[] = []
  let offset = 0
  for (const [name, text] of files) {
    const data = Buffer.from(text)
    const nameBytes = Buffer.from(name)
    const crc = zlib.crc32(data)
    const header = Buffer.alloc(30)
    header.writeUInt32LE(0x04034b50, 0)
    header.writeUInt16LE(20, 4)
    header.writeUInt32LE(crc, 14)
    header.writeUInt32LE(data.length, 18)
    header.writeUInt32LE(data.length, 22)
    header.writeUInt16LE(nameBytes.length, 26)
    local.push(header, nameBytes, data)
    const entry = Buffer.alloc(46)
    entry.writeUInt32LE(0x02014b50, 0)
    entry.writeUInt16LE(20, 4)
    entry.writeUInt16LE(20, 6)
    entry.writeUInt32LE(crc, 16)
    entry.writeUInt32LE(data.length, 20)
    entry.writeUInt32LE(data.length, 24)
    entry.writeUInt16LE(nameBytes.length, 28)
    entry.writeUInt32LE(offset, 42)
    central.push(entry, nameBytes)
    offset += 30 + nameBytes.length + data.length
  }
  const centralSize = central.reduce((n, b) => n + b.length, 0)
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(files.length, 8)
  end.writeUInt16LE(files.length, 10)
  end.writeUInt32LE(centralSize, 12)
  end.writeUInt32LE(offset, 16)
  return Buffer.concat([...local, ...central, end])
}

/**
 * A "Word file" that is a ZIP bomb: its [Content_Types].xml is 200 MB of XML and spaces deflated to
 * about 200 KB. It passes the quick byte check (a ZIP with the DOCX entry names); Payload's type
 * detection unpacks entries only up to a limit and so sees a plain ZIP, which the CV collection refuses.
 */
export function zipBombDocxBytes(): Buffer {
  const contentTypes = Buffer.concat([
    Buffer.from('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'),
    Buffer.alloc(200 * 1024 * 1024, 0x20),
  ])
  const entries: { name: string; data: Buffer; deflate: boolean }[] = [
    { name: '[Content_Types].xml', data: contentTypes, deflate: true },
    { name: 'word/document.xml', data: Buffer.from('<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>'), deflate: false },
  ]
  const local: Buffer[] = []
  const central: Buffer[] = []
  let offset = 0
  for (const entry of entries) {
    const stored = entry.deflate ? zlib.deflateRawSync(entry.data, { level: 9 }) : entry.data
    const nameBytes = Buffer.from(entry.name)
    const crc = zlib.crc32(entry.data)
    const method = entry.deflate ? 8 : 0
    const header = Buffer.alloc(30)
    header.writeUInt32LE(0x04034b50, 0)
    header.writeUInt16LE(20, 4)
    header.writeUInt16LE(method, 8)
    header.writeUInt32LE(crc, 14)
    header.writeUInt32LE(stored.length, 18)
    header.writeUInt32LE(entry.data.length, 22)
    header.writeUInt16LE(nameBytes.length, 26)
    local.push(header, nameBytes, stored)
    const record = Buffer.alloc(46)
    record.writeUInt32LE(0x02014b50, 0)
    record.writeUInt16LE(20, 4)
    record.writeUInt16LE(20, 6)
    record.writeUInt16LE(method, 10)
    record.writeUInt32LE(crc, 16)
    record.writeUInt32LE(stored.length, 20)
    record.writeUInt32LE(entry.data.length, 24)
    record.writeUInt16LE(nameBytes.length, 28)
    record.writeUInt32LE(offset, 42)
    central.push(record, nameBytes)
    offset += 30 + nameBytes.length + stored.length
  }
  const centralSize = central.reduce((n, b) => n + b.length, 0)
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(entries.length, 8)
  end.writeUInt16LE(entries.length, 10)
  end.writeUInt32LE(centralSize, 12)
  end.writeUInt32LE(offset, 16)
  return Buffer.concat([...local, ...central, end])
}


/** The recruiter mails that link to one document (mails carry no personal data, only the link). */
export function mailsAbout(collection: 'leads' | 'applications', id: string) {
  return receivedMails().filter((m) => m.to.includes(demoRecruiter.email) && m.raw.replace(/=\r?\n/g, '').includes(`/admin/collections/${collection}/${id}`))
}
