/**
 * What a candidate's delete page may say about what it deletes (common/api.ts,
 * CandidateWithdrawSummary): enough to recognise one's own application or lead, nothing a
 * stranger holding the link would learn more from. The name, the motivation, the CV and the
 * answers never leave the CMS through this; the contact address only masked.
 */
import type { Payload } from 'payload'

import type { CandidateWithdrawSummary } from '../../common/api'
import type { Locale } from '../../common/locale'

/** "s•••@example.nl": the first character of the mailbox and the domain, enough to recognise one's own address. */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf('@')
  if (at < 1) return '•••'
  return `${email[0]}•••${email.slice(at)}`
}

/** "06•••••78": the first two and the last two digits of a phone number. */
export function maskPhone(phone: string): string {
  const digits = phone.replace(/\D/g, '')
  if (digits.length < 6) return '•••'
  const local = digits.startsWith('316') ? `0${digits.slice(2)}` : digits
  return `${local.slice(0, 2)}${'•'.repeat(local.length - 4)}${local.slice(-2)}`
}

const ENTRY_POINTS = ['apply', 'lead-form', 'quiz', 'business-case'] as const

interface CandidateDoc {
  createdAt?: string | null
  entryPoint?: string | null
  vacancy?: unknown
  email?: string | null
  phone?: string | null
}

export async function withdrawSummary(payload: Payload, doc: CandidateDoc, locale: Locale): Promise<CandidateWithdrawSummary> {
  const vacancyId = doc.vacancy && typeof doc.vacancy === 'object' ? (doc.vacancy as { id: string | number }).id : (doc.vacancy as string | number | null | undefined)
  const vacancy = vacancyId ? await payload.findByID({ collection: 'vacancies', id: vacancyId, depth: 0, locale, fallbackLocale: 'nl', overrideAccess: true, disableErrors: true }) : null
  const entryPoint = ENTRY_POINTS.find((e) => e === doc.entryPoint) ?? 'lead-form'
  return {
    createdAt: doc.createdAt ?? new Date(0).toISOString(),
    entryPoint,
    vacancyTitle: vacancy?.title ?? null,
    maskedContact: doc.email ? maskEmail(doc.email) : doc.phone ? maskPhone(doc.phone) : null,
  }
}
