import type { CollectionBeforeDeleteHook } from 'payload'

/**
 * The job alerts made and mailed for a lead (with the mails' personal links) go before the lead
 * itself: afterwards the database has already cut their link to it (ON DELETE SET NULL) and they
 * could no longer be found by lead. Same request, so a failed delete keeps both.
 */
export const removeJobAlerts: CollectionBeforeDeleteHook = async ({ id, req }) => {
  await req.payload.delete({ collection: 'job-alerts', where: { lead: { equals: id } }, overrideAccess: true, req })
  await req.payload.delete({ collection: 'job-alert-mails', where: { lead: { equals: id } }, overrideAccess: true, req })
}
