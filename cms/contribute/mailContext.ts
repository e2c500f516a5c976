import type { Payload, PayloadRequest } from 'payload'

import type { EmployeeMailContext } from '../email/templates'
import { idOf } from '../../common/ids'

/**
 * What every employee mail names: the colleague (greeted by first name) and the campaign, in the
 * colleague's language. A campaign that cannot be read (deleted) leaves the campaign out.
 */
export async function employeeMailContext(
  payload: Payload,
  contribution: { contributorName?: string | null; campaign?: unknown; locale?: string | null },
  req?: PayloadRequest,
): Promise<EmployeeMailContext> {
  const locale = contribution.locale === 'en' ? 'en' : 'nl'
  const campaignId = idOf(contribution.campaign)
  let campaign: string | null = null
  if (campaignId) {
    const doc = await payload.findByID({ collection: 'campaigns', id: campaignId, locale, depth: 0, overrideAccess: true, disableErrors: true, ...(req ? { req } : {}) }).catch(() => null)
    campaign = doc?.title ? String(doc.title) : null
  }
  return { name: contribution.contributorName ?? null, campaign }
}
