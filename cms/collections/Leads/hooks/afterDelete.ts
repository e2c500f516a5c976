import type { CollectionAfterDeleteHook } from 'payload'

import { recordDeletion } from '../../../entry/audit'
import { removeTalentProfile } from '../../../match/talentBase'

/**
 * A lead takes with it its talent profile, the CV it added from its personal link, and every job
 * alert made or mailed for it (with the mails' personal links), and leaves an audit entry. Every
 * deletion path (purge, the candidate's link, a recruiter) runs this.
 */
export const auditDeletion: CollectionAfterDeleteHook = async ({ doc, req }) => {
  await removeTalentProfile(req.payload, 'leads', doc.id, req)
  const cvId = doc.cv && typeof doc.cv === 'object' ? doc.cv.id : doc.cv
  if (cvId) await req.payload.delete({ collection: 'cvs', id: cvId, overrideAccess: true, req }).catch((error: unknown) => req.payload.logger.error({ err: error, msg: `could not delete CV ${cvId}` }))
  await req.payload.delete({ collection: 'job-alerts', where: { lead: { equals: doc.id } }, overrideAccess: true, req })
  await req.payload.delete({ collection: 'job-alert-mails', where: { lead: { equals: doc.id } }, overrideAccess: true, req })
  await recordDeletion(req, 'leads', doc)
  return doc
}
