import { describe, expect, it } from 'vitest'

import { applicationDeleteAfter, leadDeleteAfter, procedureEnd } from '../../../cms/entry/retention'
import { applicationFields, leadFields } from '../../../common/entry/schemas'
import { parseSerializedAnswers, rankVacancies, scoreCase, scoreQuiz, serializeAnswers, type CaseShape, type QuizShape } from '../../../common/entry/scoring'
import { checkCv, CV_MAX_BYTES, sniffCv } from '../../../common/entry/sniffCv'

const bytes = (s: string) => new TextEncoder().encode(s)

/** A minimal ZIP with the given entry names in local headers (enough for the sniffer). */
function fakeZip(names: string[]): Uint8Array {
  const parts = names.map((n) => `PK\x03\x04${'\0'.repeat(26)}${n}content`)
  return Uint8Array.from(parts.join(''), (c) => c.charCodeAt(0))
}

describe('CV sniffing looks at the bytes, not the name', () => {
  it('knows a PDF and a DOCX', () => {
    expect(sniffCv(bytes('%PDF-1.7\n%âãÏÓ\n1 0 obj'))).toBe('pdf')
    expect(sniffCv(fakeZip(['[Content_Types].xml', '_rels/.rels', 'word/document.xml']))).toBe('docx')
  })

  it('refuses other ZIPs, macro documents, images and text', () => {
    expect(sniffCv(fakeZip(['[Content_Types].xml', 'xl/workbook.xml']))).toBeNull()
    expect(sniffCv(fakeZip(['[Content_Types].xml', 'word/document.xml', 'word/vbaProject.bin']))).toBeNull()
    expect(sniffCv(Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a))).toBeNull()
    expect(sniffCv(bytes('<html><script>alert(1)</script>'))).toBeNull()
    expect(sniffCv(bytes(' %PDF-1.4'))).toBeNull()
  })

  it('treats an empty file as no CV and a big one as too large', () => {
    expect(checkCv(new Uint8Array())).toEqual({ ok: true, kind: null })
    const big = new Uint8Array(CV_MAX_BYTES + 1)
    big.set(bytes('%PDF-'))
    expect(checkCv(big)).toEqual({ ok: false, problem: 'too-large' })
    expect(checkCv(bytes('GIF89a'))).toEqual({ ok: false, problem: 'wrong-type' })
    expect(checkCv(bytes('%PDF-1.4\n1 0 obj (cut off in a train tunnel'))).toEqual({ ok: false, problem: 'damaged' })
    expect(checkCv(bytes('%PDF-1.4\n1 0 obj\nstartxref\n9\n%%EOF\n'))).toEqual({ ok: true, kind: 'pdf' })
  })
})

const day = 24 * 3600e3

describe('retention dates', () => {
  const submittedAt = new Date('2026-03-01T10:00:00Z')

  it('keeps an application four weeks after the procedure ends', () => {
    const ended = new Date('2026-04-01T10:00:00Z')
    expect(applicationDeleteAfter({ submittedAt, procedureEndedAt: ended }).toISOString()).toBe(new Date(ended.getTime() + 28 * day).toISOString())
  })

  it('assumes an open procedure ends when the vacancy closes, or 60 days after applying without a closing date', () => {
    const validThrough = new Date('2026-05-01T00:00:00Z')
    expect(procedureEnd({ submittedAt, vacancyValidThrough: validThrough }).toISOString()).toBe(validThrough.toISOString())
    expect(applicationDeleteAfter({ submittedAt, vacancyValidThrough: validThrough }).getTime()).toBe(validThrough.getTime() + 28 * day)
    expect(applicationDeleteAfter({ submittedAt }).getTime()).toBe(submittedAt.getTime() + (60 + 28) * day)
    // A vacancy that closed before the application came in: four weeks from the application.
    expect(applicationDeleteAfter({ submittedAt, vacancyValidThrough: '2026-01-01' }).getTime()).toBe(submittedAt.getTime() + 28 * day)
  })

  it('keeps talent-pool candidates at most a year from their consent', () => {
    const consent = new Date('2026-03-01T10:00:00Z')
    expect(applicationDeleteAfter({ submittedAt, talentPoolConsentAt: consent, procedureEndedAt: '2026-03-10' }).getTime()).toBe(consent.getTime() + 365 * day)
    expect(leadDeleteAfter({ consentAt: consent }).getTime()).toBe(consent.getTime() + 365 * day)
  })
})

const quiz: QuizShape = {
  id: 'q',
  skills: [
    { key: 'klantcontact', label: 'Klantcontact', vacancies: ['v-ks'] },
    { key: 'onderhandelen', label: 'Onderhandelen', vacancies: [{ id: 'v-kam' }] },
  ],
  questions: [
    { id: 'q1', question: 'Wat doe je liever?', options: [{ id: 'a', label: 'Helpen', departments: [{ department: { id: 'ks', name: 'Klantenservice' }, weight: 3 }], skills: [{ skill: 'klantcontact', weight: 2 }] }, { id: 'b', label: 'Verkopen', departments: [{ department: { id: 'sales', name: 'Sales' }, weight: 3 }] }] },
    { id: 'q2', question: 'En?', options: [{ id: 'c', label: 'Deals', departments: [{ department: 'am', weight: 2 }], skills: [{ skill: 'onderhandelen', weight: 1 }] }, { id: 'd', label: 'Rust', departments: [{ department: { id: 'ks', name: 'Klantenservice' }, weight: 1 }] }] },
    { id: 'q3', question: 'Tot slot', options: [{ id: 'e', label: 'Ja', departments: [{ department: { id: 'ks', name: 'Klantenservice' }, weight: 1 }] }, { id: 'f', label: 'Nee' }] },
  ],
}

describe('quiz scoring', () => {
  it('adds department and skill weights and ranks vacancies', () => {
    const result = scoreQuiz(quiz, { q1: 'a', q2: 'c', q3: 'e' })
    expect(result.complete).toBe(true)
    expect(result.departments.map((d) => [d.id, d.score, d.percent])).toEqual([
      ['ks', 4, 67],
      ['am', 2, 33],
    ])
    expect(result.skills.map((s) => s.label)).toEqual(['Klantcontact', 'Onderhandelen'])
    expect(result.answered.map((a) => a.answer)).toEqual(['Helpen', 'Deals', 'Ja'])
    const ranked = rankVacancies(quiz, result, [
      { id: 'v-sales', department: 'sales' },
      { id: 'v-kam', department: { id: 'am' } },
      { id: 'v-ks', department: 'ks' },
    ])
    expect(ranked.map((r) => [r.vacancy.id, r.score])).toEqual([
      ['v-ks', 6],
      ['v-kam', 3],
    ])
  })

  it('reports unanswered questions and ignores answers that do not exist', () => {
    const result = scoreQuiz(quiz, { q1: 'a', q2: 'zzz' })
    expect(result.complete).toBe(false)
    expect(result.missing).toEqual(['q2', 'q3'])
  })

  it('carries answers in a hidden field and refuses tampered ones', () => {
    const answers = { q1: 'a', q2: 'c' }
    expect(parseSerializedAnswers(serializeAnswers(answers))).toEqual(answers)
    expect(parseSerializedAnswers('q1:a,<script>:x')).toBeNull()
    expect(parseSerializedAnswers('q1')).toBeNull()
  })
})

describe('business case scoring', () => {
  const businessCase: CaseShape = {
    id: 'c',
    steps: [
      { id: 's1', situation: 'S1', question: 'Q1', choices: [{ id: 'x', label: 'Bellen', feedback: 'Goed', points: 3 }, { id: 'y', label: 'Mailen', feedback: 'Matig', points: 1 }] },
      { id: 's2', situation: 'S2', question: 'Q2', choices: [{ id: 'z', label: 'Korting', feedback: 'Liever niet', points: 0 }, { id: 'w', label: 'Analyse', feedback: 'Sterk', points: 2 }] },
    ],
    outcomes: [
      { minPercent: 0, title: 'Een begin' },
      { minPercent: 70, title: 'Sterk', text: 'Jij denkt als een key account manager.' },
    ],
  }

  it('adds points, gives feedback per choice and picks the closing message', () => {
    const result = scoreCase(businessCase, { s1: 'x', s2: 'z' })
    expect(result).toMatchObject({ complete: true, points: 3, maxPoints: 5, percent: 60, outcome: { title: 'Een begin' } })
    expect(result.steps.map((s) => s.feedback)).toEqual(['Goed', 'Liever niet'])
    expect(scoreCase(businessCase, { s1: 'x', s2: 'w' })).toMatchObject({ percent: 100, outcome: { title: 'Sterk' } })
    expect(scoreCase(businessCase, { s1: 'x' })).toMatchObject({ complete: false, missing: ['s2'] })
  })
})

describe('form schemas', () => {
  it('needs consent and a contact on the lead form, nothing else', () => {
    expect(leadFields('nl').safeParse({ contact: '06 12345678', consent: true })).toMatchObject({ success: true, data: { contact: { phone: '+31612345678' } } })
    const refused = leadFields('nl').safeParse({ contact: '', consent: false })
    expect(refused.success).toBe(false)
    expect(refused.error?.issues.map((i) => [i.path[0], i.message])).toEqual([
      ['contact', 'Vul je e-mailadres of je 06-nummer in.'],
      ['consent', expect.stringMatching(/Vink aan/)],
    ])
  })

  it('needs name, email and phone on the application form; motivation is optional', () => {
    const ok = applicationFields('en').safeParse({ name: ' Anna ', email: 'anna@example.com', phone: '06 12345678', motivation: '' })
    expect(ok).toMatchObject({ success: true, data: { name: 'Anna', phone: '+31612345678', motivation: undefined, talentPool: false } })
    const refused = applicationFields('en').safeParse({ name: '', email: 'x', phone: '' })
    expect(refused.error?.issues.map((i) => i.path[0])).toEqual(['name', 'email', 'phone'])
  })

  it('keeps HTML as plain text', () => {
    const ok = applicationFields('nl').safeParse({ name: '<img src=x onerror=alert(1)>', email: 'a@example.com', phone: '0612345678', motivation: '<script>alert(1)</script>' })
    expect(ok).toMatchObject({ success: true, data: { name: '<img src=x onerror=alert(1)>', motivation: '<script>alert(1)</script>' } })
  })
})
