import type { CollectionAfterChangeHook } from 'payload'

import { publishedMail, rejectedMail } from '../../../email/templates'
import { issueMailedStatusLink } from '../../../contribute/status'
import { videoPageLink } from '../../../lib/publicUrls'

/** The colleague hears about a rejection (with the feedback) and about publication, in their language. */
export const notifyContributor: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req }) => {
  if (operation !== 'update' || doc.status === previousDoc?.status) return doc
  if (doc.status !== 'rejected' && doc.status !== 'published') return doc
  const contributionId = typeof doc.contribution === 'object' && doc.contribution ? doc.contribution.id : doc.contribution
  if (!contributionId) return doc
  const contribution = await req.payload.findByID({ collection: 'contributions', id: contributionId, depth: 0, overrideAccess: true, disableErrors: true, req })
  if (!contribution?.email) return doc
  const locale = contribution.locale === 'en' ? 'en' : 'nl'
  // Their own link again: withdrawing must be one tap from the mail that says the video is online.
  const statusLink = await issueMailedStatusLink(req.payload, contribution, req)
  const mail =
    doc.status === 'rejected'
      ? rejectedMail(locale, { title: String(doc.title ?? ''), feedback: String(doc.feedback ?? ''), statusLink })
      : publishedMail(locale, { title: String(doc.title ?? ''), url: videoPageLink(String(doc.id), locale), statusLink })
  // A mail problem must not undo the curator's decision; it is logged for the admin.
  await req.payload.sendEmail({ to: contribution.email, ...mail }).catch((error: unknown) => req.payload.logger.error({ err: error, msg: 'could not send contributor mail' }))
  return doc
}
