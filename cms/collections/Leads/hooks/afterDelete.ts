import type { CollectionAfterDeleteHook } from 'payload'

import { recordDeletion } from '../../../entry/audit'
import { removeTalentProfile } from '../../../match/talentBase'

/** A lead takes its talent profile with it and leaves an audit entry; every deletion path runs this. */
export const auditDeletion: CollectionAfterDeleteHook = async ({ doc, req }) => {
  await removeTalentProfile(req.payload, 'leads', doc.id, req)
  await recordDeletion(req, 'leads', doc)
  return doc
}
