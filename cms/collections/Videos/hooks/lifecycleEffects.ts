import fs from 'node:fs/promises'
import path from 'node:path'
import type { CollectionAfterChangeHook, PayloadRequest } from 'payload'

import { withdrawContribution } from '../../../contribute/withdraw'
import { issueMailedStatusLink } from '../../../contribute/status'
import { staffAddresses } from '../../../email/staffRecipients'
import { employeeMailContext } from '../../../contribute/mailContext'
import { commsReviewMail, commsWithdrawalMail, publishedMail, rejectedMail } from '../../../email/templates'
import { renditionsDir } from '../../../lib/paths'
import { cmsAdminUrl, videoPageLink } from '../../../lib/publicUrls'
import { asSystem } from '../lifecycle'
import { TOMBSTONE_CONTEXT, TOMBSTONE_TITLE } from '../tombstone'
import { releaseAfterWithdrawal } from '../withdrawalLease'
import { idOf } from '../values'

type Doc = Record<string, unknown> & { id: string | number }

/**
 * What a step does beyond the document, once the write has gone through: mails to the colleague
 * on publish and reject, and on withdrawal the files, the other language and the consent record.
 */
export const lifecycleEffects: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req, context }) => {
  if (operation !== 'update' || doc.status === previousDoc?.status) return doc
  if (doc.status === 'withdrawn') {
    try {
      await eraseWithdrawn(doc as Doc, previousDoc as Doc, req)
    } finally {
      await releaseAfterWithdrawal(context, String(doc.id))
    }
    await mailComms(req, commsWithdrawalMailFor(doc as Doc, previousDoc as Doc, req))
  } else if (doc.status === 'published' || doc.status === 'rejected') await mailContributor(doc as Doc, req)
  else if (doc.status === 'ready' && previousDoc?.status === 'processing') {
    const campaign = idOf(doc.campaign) ? await req.payload.findByID({ collection: 'campaigns', id: idOf(doc.campaign)!, depth: 0, overrideAccess: true, disableErrors: true, req }) : null
    await mailComms(req, Promise.resolve(commsReviewMail({ title: String(doc.title ?? ''), campaign: campaign?.title ?? null, adminUrl: cmsAdminUrl(`/collections/videos/${doc.id}`) })))
  }
  return doc
}

/**
 * Comms hears when a video waits for review and when consent is withdrawn (copies outside the
 * site, such as the employer's LinkedIn posts, must come down too). COMMS_EMAIL, or every comms user.
 * A mail problem never undoes the step; it is logged.
 */
async function mailComms(req: PayloadRequest, mail: Promise<{ subject: string; text: string; html: string }>): Promise<void> {
  try {
    const to = await staffAddresses(req.payload, 'comms', process.env.COMMS_EMAIL)
    if (to.length) await req.payload.sendEmail({ to, ...(await mail) })
  } catch (error) {
    req.payload.logger.error({ err: error, msg: 'could not mail comms' })
  }
}

async function commsWithdrawalMailFor(doc: Doc, previousDoc: Doc, req: PayloadRequest) {
  const contributionId = idOf(previousDoc.contribution)
  const contribution = contributionId ? await req.payload.findByID({ collection: 'contributions', id: contributionId, depth: 1, overrideAccess: true, disableErrors: true, req }) : null
  const release = contribution && typeof contribution.release === 'object' ? contribution.release : null
  return commsWithdrawalMail({
    wasPublic: Boolean(previousDoc.publishedAt),
    publicUrl: videoPageLink(String(doc.id), 'nl'),
    publishedWhere: release?.publishedWhere ?? null,
    adminUrl: cmsAdminUrl(`/collections/videos/${doc.id}`),
    when: new Date().toISOString(),
  })
}

/** Files, jobs, the other content language and the consent record: nothing of the footage remains. */
async function eraseWithdrawn(doc: Doc, previousDoc: Doc, req: PayloadRequest): Promise<void> {
  const { payload } = req
  const id = String(doc.id)
  await payload.delete({ collection: 'transcode-jobs', where: { video: { equals: id } }, overrideAccess: true, req })
  for (const locale of ['nl', 'en'] as const) {
    if (locale === req.locale) continue
    await payload.update({ collection: 'videos', id, locale, overrideAccess: true, req, context: asSystem('employee', { [TOMBSTONE_CONTEXT]: true }), data: { title: TOMBSTONE_TITLE[locale], hook: null } })
  }
  // A worker may still be writing into the folder (it stops once it sees its job gone): retry the
  // removal rather than fail the withdrawal on a file that appeared mid-way (ENOTEMPTY).
  await fs.rm(path.join(renditionsDir, id), { recursive: true, force: true, maxRetries: 5, retryDelay: 100 })
  const originalId = idOf(previousDoc.original)
  if (originalId) {
    // Videos made from this footage before originals were one-to-one go with it.
    const { docs: others } = await payload.find({ collection: 'videos', where: { and: [{ original: { equals: originalId } }, { id: { not_equals: id } }] }, depth: 0, overrideAccess: true, req, limit: 100 })
    for (const other of others) {
      await payload.update({ collection: 'videos', id: other.id, overrideAccess: true, req, context: asSystem('employee'), data: { status: 'withdrawn' } })
    }
    await payload.delete({ collection: 'video-originals', id: originalId, overrideAccess: true, req }).catch((err: unknown) => payload.logger.error({ err, msg: 'could not delete the original of a withdrawn video' }))
  }
  // An admin's withdrawal (on the employee's written request) closes the consent record too.
  const contributionId = idOf(previousDoc.contribution)
  if (contributionId) {
    const contribution = await payload.findByID({ collection: 'contributions', id: contributionId, depth: 0, overrideAccess: true, disableErrors: true, req })
    if (contribution && !contribution.withdrawnAt) await withdrawContribution(payload, contribution, req)
  }
}

/** The colleague hears about a rejection (with the feedback) and about publication, in their language. */
async function mailContributor(doc: Doc, req: PayloadRequest): Promise<void> {
  const contributionId = idOf(doc.contribution)
  if (!contributionId) return
  const contribution = await req.payload.findByID({ collection: 'contributions', id: contributionId, depth: 0, overrideAccess: true, disableErrors: true, req })
  if (!contribution?.email) return
  const locale = contribution.locale === 'en' ? 'en' : 'nl'
  // Their own link again: withdrawing must be one tap from the mail that says the video is online.
  const statusLink = await issueMailedStatusLink(req.payload, contribution, req)
  const who = await employeeMailContext(req.payload, contribution, req)
  const mail =
    doc.status === 'rejected'
      ? rejectedMail(locale, { ...who, title: String(doc.title ?? ''), feedback: String(doc.feedback ?? ''), statusLink })
      : publishedMail(locale, { ...who, title: String(doc.title ?? ''), url: videoPageLink(String(doc.id), locale), statusLink })
  // A mail problem must not undo the curator's decision; it is logged for the admin.
  await req.payload.sendEmail({ to: contribution.email, ...mail }).catch((error: unknown) => req.payload.logger.error({ err: error, msg: 'could not send contributor mail' }))
}
