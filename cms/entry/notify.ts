/**
 * The mails about new candidates: recruiters get one for every new application or lead, the
 * candidate (when they gave an email address) a confirmation with their own delete link.
 *
 * The recruiters' mail deliberately carries none of the candidate's personal data: mailboxes are
 * not covered by the retention purge, so it says what came in and links to the CMS, where access
 * and deletion are controlled.
 */
import type { Payload } from 'payload'

import { staffAddresses } from '../email/staffRecipients'
import { candidateReceivedMail } from '../email/templates'
import { deleteDetailsLink } from '../lib/publicUrls'
import type { CandidateCollection } from './audit'

const labels: Record<string, string> = { apply: 'sollicitatieformulier', 'lead-form': '“Hou me op de hoogte”', quiz: 'quiz', 'business-case': 'praktijkcase' }

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string)

export function recruiterMail(v: { collection: CandidateCollection; entryPoint: string; vacancyTitle: string | null; adminUrl: string }): { subject: string; text: string; html: string } {
  const what = v.collection === 'applications' ? 'Nieuwe sollicitatie' : 'Nieuwe lead'
  const subject = `${what}${v.vacancyTitle ? `: ${v.vacancyTitle}` : ''} (via ${labels[v.entryPoint] ?? v.entryPoint})`
  const lines = [
    `${what} via de werken-bij-site, via ${labels[v.entryPoint] ?? v.entryPoint}${v.vacancyTitle ? `, voor de vacature “${v.vacancyTitle}”` : ''}.`,
    'De gegevens staan in het CMS (alleen zichtbaar voor recruiters en beheerders). We zetten ze bewust niet in deze mail.',
  ]
  return {
    subject,
    text: [...lines, `Bekijken: ${v.adminUrl}`].join('\n\n'),
    html: [...lines.map((l) => `<p>${escapeHtml(l)}</p>`), `<p><a href="${escapeHtml(v.adminUrl)}">Bekijken in het CMS</a></p>`].join('\n'),
  }
}

/** Recipients: RECRUITER_EMAIL (comma-separated) when set, otherwise every user with the recruiter role. */
export const recruiterAddresses = (payload: Payload): Promise<string[]> => staffAddresses(payload, 'recruiter', process.env.RECRUITER_EMAIL)

export async function notifyRecruiters(payload: Payload, collection: CandidateCollection, doc: { id: string | number; entryPoint?: string | null; vacancy?: unknown }): Promise<void> {
  const to = await recruiterAddresses(payload)
  if (!to.length) return
  const vacancyId = doc.vacancy && typeof doc.vacancy === 'object' ? (doc.vacancy as { id: string }).id : (doc.vacancy as string | null | undefined)
  let vacancyTitle: string | null = null
  if (vacancyId) {
    const vacancy = await payload.findByID({ collection: 'vacancies', id: vacancyId, depth: 0, locale: 'nl', overrideAccess: true, disableErrors: true })
    vacancyTitle = vacancy?.title ?? null
  }
  const cms = (process.env.CMS_PUBLIC_URL ?? payload.config.serverURL ?? '').replace(/\/$/, '')
  const mail = recruiterMail({ collection, entryPoint: String(doc.entryPoint ?? ''), vacancyTitle, adminUrl: `${cms}/admin/collections/${collection}/${doc.id}` })
  await payload.sendEmail({ to, ...mail })
}

const pending = new Set<Promise<void>>()

/**
 * Sends the recruiter mail in the background (the candidate should not wait for the mail server);
 * a failure is logged, never thrown: the application or lead is already stored.
 */
export function notifyRecruitersInBackground(payload: Payload, collection: CandidateCollection, doc: { id: string | number; entryPoint?: string | null; vacancy?: unknown }): void {
  inBackground(payload, `mail recruiters about new ${collection}`, notifyRecruiters(payload, collection, doc))
}

/** The candidate's confirmation, in their language, with the vacancy title in that language. */
export async function mailCandidate(payload: Payload, v: { to: string; locale: 'nl' | 'en'; kind: 'lead' | 'application'; vacancyId?: string | number | null; withdrawToken: string }): Promise<void> {
  const vacancy = v.vacancyId ? await payload.findByID({ collection: 'vacancies', id: v.vacancyId, depth: 0, locale: v.locale, overrideAccess: true, disableErrors: true }) : null
  const mail = candidateReceivedMail(v.locale, { kind: v.kind, vacancyTitle: vacancy?.title ?? null, deleteLink: deleteDetailsLink(v.withdrawToken, v.locale) })
  await payload.sendEmail({ to: v.to, ...mail })
}

export function mailCandidateInBackground(payload: Payload, v: Parameters<typeof mailCandidate>[1]): void {
  inBackground(payload, `mail a new ${v.kind} their confirmation`, mailCandidate(payload, v))
}

function inBackground(payload: Payload, what: string, work: Promise<void>): void {
  const sending = work.catch((error: unknown) => payload.logger.error({ err: error, msg: `could not ${what}` })).finally(() => pending.delete(sending))
  pending.add(sending)
}

/** Resolves when every background mail has been sent (or failed). For shutdown and tests. */
export async function recruiterMailsSettled(): Promise<void> {
  while (pending.size) await Promise.all([...pending])
}
