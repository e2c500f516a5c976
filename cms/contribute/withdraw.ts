import type { Payload, PayloadRequest } from 'payload'

import type { Contribution } from '../payload-types'
import { asSystem } from '../collections/Videos/lifecycle'
import { withdrawnMail } from '../email/templates'
import { employeeMailContext } from './mailContext'
import { revokeShareLinks } from '../insights/shareLinks'
import { idOf } from '../../common/ids'

/**
 * Withdrawal of consent, from the employee's status link (or an admin's withdrawal on their
 * written request, which arrives here through the video lifecycle). The consent record is closed
 * first; the video goes through the lifecycle's `withdraw` step, which unpublishes at once and
 * deletes the original and every rendition, leaving a content-free tombstone so old links answer
 * 410 Gone. Idempotent: a second withdrawal changes nothing.
 */
export async function withdrawContribution(payload: Payload, contribution: Contribution, req?: PayloadRequest): Promise<Contribution> {
  if (contribution.withdrawnAt) return contribution
  const now = new Date().toISOString()
  const withReq = req ? { req } : {}
  const updated = await payload.update({
    collection: 'contributions',
    id: contribution.id,
    overrideAccess: true,
    ...withReq,
    // The status link keeps working so the employee can see the withdrawal; uploads cannot start.
    data: { withdrawnAt: now, uploadTokenHash: null } as never,
  })
  // The share link dies with the consent: 410 Gone from now on, like the video page.
  await revokeShareLinks(payload, contribution.id, now, req)
  const videoId = idOf(contribution.video)
  if (videoId) {
    const video = await payload.findByID({ collection: 'videos', id: videoId, depth: 0, overrideAccess: true, disableErrors: true, ...withReq })
    if (video && video.status !== 'withdrawn') {
      await payload.update({ collection: 'videos', id: videoId, overrideAccess: true, ...withReq, context: asSystem('employee'), data: { status: 'withdrawn' } })
    }
  }
  const storyId = idOf(contribution.story)
  if (storyId) {
    await payload
      .update({ collection: 'stories', id: storyId, overrideAccess: true, ...withReq, context: asSystem('employee'), data: { status: 'withdrawn', title: '—', excerpt: null, body: emptyRichText() as never, images: [], coverImage: null, authorName: '—', authorRole: null } })
      .catch(() => undefined)
  }
  const locale = contribution.locale === 'en' ? 'en' : 'nl'
  await payload.sendEmail({ to: contribution.email, ...withdrawnMail(locale, { ...(await employeeMailContext(payload, contribution, req)), when: now }) }).catch((err: unknown) => payload.logger.error({ err, msg: 'withdrawal mail failed' }))
  return updated
}

function emptyRichText() {
  return { root: { type: 'root', children: [{ type: 'paragraph', children: [], direction: null, format: '', indent: 0, version: 1 }], direction: null, format: '', indent: 0, version: 1 } }
}
