import type { CollectionAfterDeleteHook } from 'payload'

import { recordDeletion } from '../../../entry/audit'
import { removeTalentProfile } from '../../../match/talentBase'

/**
 * An application takes its CV and its talent profile with it, and leaves an audit entry (without
 * personal data). Every deletion path (purge, the candidate's link, the admin) runs this hook.
 */
export const removeCvAndAudit: CollectionAfterDeleteHook = async ({ doc, req }) => {
  await removeTalentProfile(req.payload, 'applications', doc.id, req)
  const cvId = doc.cv && typeof doc.cv === 'object' ? doc.cv.id : doc.cv
  if (cvId) await req.payload.delete({ collection: 'cvs', id: cvId, overrideAccess: true, req }).catch((error: unknown) => req.payload.logger.error({ err: error, msg: `could not delete CV ${cvId}` }))
  await recordDeletion(req, 'applications', doc)
  return doc
}
