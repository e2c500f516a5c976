import type { CollectionAfterDeleteHook } from 'payload'

import { recordDeletion } from '../../../entry/audit'

export const auditDeletion: CollectionAfterDeleteHook = async ({ doc, req }) => {
  await recordDeletion(req, 'leads', doc)
  return doc
}
