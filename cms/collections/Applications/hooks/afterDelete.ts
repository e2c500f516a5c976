import type { CollectionAfterDeleteHook } from 'payload'

import { recordDeletion } from '../../../entry/audit'

/** An application takes its CV with it, and leaves an audit entry (without personal data). */
export const removeCvAndAudit: CollectionAfterDeleteHook = async ({ doc, req }) => {
  const cvId = doc.cv && typeof doc.cv === 'object' ? doc.cv.id : doc.cv
  if (cvId) await req.payload.delete({ collection: 'cvs', id: cvId, overrideAccess: true, req }).catch((error: unknown) => req.payload.logger.error({ err: error, msg: `could not delete CV ${cvId}` }))
  await recordDeletion(req, 'applications', doc)
  return doc
}
