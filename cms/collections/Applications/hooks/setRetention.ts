import type { CollectionBeforeChangeHook } from 'payload'

import { applicationDeleteAfter, isClosedStatus } from '../../../entry/retention'

/**
 * Keeps `procedureEndedAt` and `deleteAfter` right on every save: closing an application (hired,
 * rejected, withdrawn) starts the four weeks; reopening it stops them; talent-pool consent keeps
 * the data a year from that consent. While open, the vacancy's closing date is the assumed end.
 */
export const setRetention: CollectionBeforeChangeHook = async ({ data, originalDoc, operation, req }) => {
  const now = new Date()
  const merged = { ...(originalDoc ?? {}), ...data } as Record<string, unknown>
  if (operation === 'create' && !data.submittedAt) data.submittedAt = now.toISOString()
  const closed = isClosedStatus(merged.status)
  if (closed && !merged.procedureEndedAt) data.procedureEndedAt = now.toISOString()
  if (!closed && merged.procedureEndedAt) data.procedureEndedAt = null
  const vacancyId = typeof merged.vacancy === 'object' && merged.vacancy ? (merged.vacancy as { id: string }).id : (merged.vacancy as string | undefined)
  const vacancy = vacancyId ? await req.payload.findByID({ collection: 'vacancies', id: vacancyId, depth: 0, overrideAccess: true, disableErrors: true, req }) : null
  const talentPool = merged.talentPool as { consented?: boolean; at?: string } | undefined
  data.deleteAfter = applicationDeleteAfter({
    submittedAt: (data.submittedAt ?? merged.submittedAt ?? now.toISOString()) as string,
    procedureEndedAt: ('procedureEndedAt' in data ? data.procedureEndedAt : merged.procedureEndedAt) as string | null,
    vacancyValidThrough: vacancy?.validThrough ?? null,
    talentPoolConsentAt: talentPool?.consented ? (talentPool.at ?? null) : null,
  }).toISOString()
  return data
}
