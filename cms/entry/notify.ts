/**
 * The mails about new candidates: recruiters get one for every new application or lead, the
 * candidate (when they gave an email address) a confirmation with their own delete link.
 *
 * The recruiters' mail (cms/email/templates.ts) deliberately carries none of the candidate's
 * personal data, only a link into the CMS; it is in each recruiter's own language.
 */
import type { Payload } from 'payload'

import { staffRecipientsByLanguage } from '../email/staffRecipients'
import { candidateReceivedMail, recruiterNewCandidateMail } from '../email/templates'
import { cmsAdminUrl, deleteDetailsLink } from '../lib/publicUrls'
import type { CandidateCollection } from './audit'

type CandidateDoc = { id: string | number; entryPoint?: string | null; vacancy?: unknown; locale?: string | null }

/**
 * Recipients: RECRUITER_EMAIL (comma-separated) when set, otherwise every user with the recruiter
 * role. One mail per language the recruiters read (their own setting, Dutch by default), each with the vacancy title in it.
 */
export async function notifyRecruiters(payload: Payload, collection: CandidateCollection, doc: CandidateDoc): Promise<void> {
  const groups = await staffRecipientsByLanguage(payload, 'recruiter', process.env.RECRUITER_EMAIL)
  const vacancyId = doc.vacancy && typeof doc.vacancy === 'object' ? (doc.vacancy as { id: string }).id : (doc.vacancy as string | null | undefined)
  for (const locale of ['nl', 'en'] as const) {
    const to = groups[locale]
    if (!to.length) continue
    let vacancyTitle: string | null = null
    if (vacancyId) {
      const vacancy = await payload.findByID({ collection: 'vacancies', id: vacancyId, depth: 0, locale, fallbackLocale: 'nl', overrideAccess: true, disableErrors: true })
      vacancyTitle = vacancy?.title ?? null
    }
    const mail = recruiterNewCandidateMail(locale, {
      collection,
      entryPoint: String(doc.entryPoint ?? ''),
      vacancyTitle,
      candidateLocale: doc.locale === 'en' ? 'en' : 'nl',
      adminUrl: cmsAdminUrl(`/collections/${collection}/${doc.id}`),
    })
    await payload.sendEmail({ to, ...mail })
  }
}

const pending = new Set<Promise<void>>()

/**
 * Sends the recruiter mail in the background (the candidate should not wait for the mail server);
 * a failure is logged, never thrown: the application or lead is already stored.
 */
export function notifyRecruitersInBackground(payload: Payload, collection: CandidateCollection, doc: CandidateDoc): void {
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
