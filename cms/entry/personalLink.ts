/**
 * A candidate's personal link: the key to their own page (see what we keep, delete it, and for a
 * lead: job alerts on or off, add a CV). Two kinds of token open it, both looked up by SHA-256
 * only (cms/lib/tokens.ts):
 * - the delete link handed out when they signed up (on the thank-you page and in the confirmation
 *   mail), which lives as long as their details;
 * - the link in a job-alert mail (collections/JobAlertMails), a fresh token per mail that stops
 *   working after JOB_ALERT_LINK_DAYS — the CMS cannot read the first one back to put it in a mail,
 *   and a mail is copied and forwarded more than a page.
 */
import type { Payload } from 'payload'

import type { Application, Lead } from '../payload-types'
import { hashToken, looksLikeToken } from '../lib/tokens'

export type PersonalSubject = { collection: 'applications'; doc: Application } | { collection: 'leads'; doc: Lead }

export async function findByPersonalToken(payload: Payload, token: unknown, now: Date = new Date()): Promise<PersonalSubject | null> {
  if (!looksLikeToken(token)) return null
  const hash = hashToken(token)
  const where = { withdrawTokenHash: { equals: hash } }
  const application = (await payload.find({ collection: 'applications', where, limit: 1, depth: 0, overrideAccess: true })).docs[0]
  if (application) return { collection: 'applications', doc: application }
  const lead = (await payload.find({ collection: 'leads', where, limit: 1, depth: 0, overrideAccess: true })).docs[0]
  if (lead) return { collection: 'leads', doc: lead }
  const mail = (
    await payload.find({
      collection: 'job-alert-mails',
      where: { and: [{ linkTokenHash: { equals: hash } }, { linkExpiresAt: { greater_than: now.toISOString() } }] },
      limit: 1,
      depth: 0,
      overrideAccess: true,
    })
  ).docs[0]
  const leadId = mail?.lead ? (typeof mail.lead === 'object' ? mail.lead.id : mail.lead) : null
  const mailed = leadId ? await payload.findByID({ collection: 'leads', id: leadId, depth: 0, overrideAccess: true, disableErrors: true }) : null
  return mailed ? { collection: 'leads', doc: mailed } : null
}
