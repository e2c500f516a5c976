import type { CollectionAfterChangeHook } from 'payload'

import { queueTalentProfile } from '../../../match/talentBase'

/**
 * Keeps the person's talent profile current: after every save (new, status, retention date,
 * consent) it is rebuilt right after the request. Deletion: see afterDelete.ts.
 */
export const rebuildTalentProfile: CollectionAfterChangeHook = ({ doc, req }) => {
  queueTalentProfile(req.payload, 'leads', doc.id)
  return doc
}
