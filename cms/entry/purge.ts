/**
 * Deletes candidate data whose retention date has passed (applications with their CVs, leads),
 * each deletion leaving an audit entry. One of the CMS's periodic jobs (cms/periodic); safe to run
 * from several workers at once (a document already deleted by another worker is skipped).
 *
 * An open application is checked once more before it goes: when the vacancy's closing date moved
 * later since the date was computed, the application gets the new date instead of being deleted.
 */
import type { Payload } from 'payload'

import { PURGE_CONTEXT_KEY } from './audit'
import { applicationDeleteAfter, isClosedStatus } from './retention'

export interface PurgeResult {
  applications: number
  leads: number
  postponed: number
}

export async function purgeExpiredCandidates(payload: Payload, now: Date = new Date(), batch = 50): Promise<PurgeResult> {
  const result: PurgeResult = { applications: 0, leads: 0, postponed: 0 }
  const context = { [PURGE_CONTEXT_KEY]: true }
  const expired = { deleteAfter: { less_than_equal: now.toISOString() } }

  const applications = await payload.find({ collection: 'applications', where: expired, limit: batch, depth: 0, overrideAccess: true, pagination: false, sort: 'deleteAfter' })
  for (const application of applications.docs) {
    if (!isClosedStatus(application.status) && !application.talentPool?.consented) {
      const vacancyId = typeof application.vacancy === 'object' && application.vacancy ? application.vacancy.id : application.vacancy
      const vacancy = vacancyId ? await payload.findByID({ collection: 'vacancies', id: vacancyId, depth: 0, overrideAccess: true, disableErrors: true }) : null
      const current = applicationDeleteAfter({ submittedAt: application.submittedAt ?? application.createdAt, procedureEndedAt: application.procedureEndedAt, vacancyValidThrough: vacancy?.validThrough ?? null })
      if (current.getTime() > now.getTime()) {
        // The hook recomputes the same date from the same inputs.
        await payload.update({ collection: 'applications', id: application.id, data: {}, overrideAccess: true, context: { skipRecruiterMail: true } })
        result.postponed++
        continue
      }
    }
    const deleted = await payload.delete({ collection: 'applications', id: application.id, overrideAccess: true, context }).catch(() => null)
    if (deleted) result.applications++
  }

  const leads = await payload.find({ collection: 'leads', where: expired, limit: batch, depth: 0, overrideAccess: true, pagination: false, sort: 'deleteAfter' })
  for (const lead of leads.docs) {
    const deleted = await payload.delete({ collection: 'leads', id: lead.id, overrideAccess: true, context }).catch(() => null)
    if (deleted) result.leads++
  }
  return result
}
