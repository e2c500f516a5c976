import type { CollectionAfterDeleteHook } from 'payload'

import { recordDeletion } from '../../../entry/audit'
import { removeTalentProfile } from '../../../match/talentBase'

/**
 * A lead takes with it its talent profile and the CV it added from its personal link, and leaves
 * an audit entry (its job alerts went just before, ./beforeDelete.ts). Every deletion path (purge,
 * the candidate's link, a recruiter) runs this.
 */
export const auditDeletion: CollectionAfterDeleteHook = async ({ doc, req }) => {
  await removeTalentProfile(req.payload, 'leads', doc.id, req)
  const cvId = doc.cv && typeof doc.cv === 'object' ? doc.cv.id : doc.cv
  if (cvId) await req.payload.delete({ collection: 'cvs', id: cvId, overrideAccess: true, req }).catch((error: unknown) => req.payload.logger.error({ err: error, msg: `could not delete CV ${cvId}` }))
  await recordDeletion(req, 'leads', doc)
  return doc
}
