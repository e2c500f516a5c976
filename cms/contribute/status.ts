import type { Payload } from 'payload'

import type { Contribution } from '../payload-types'
import { hashToken, looksLikeToken } from '../lib/tokens'

export type EmployeeStatus = 'waiting-for-upload' | 'received' | 'processing' | 'in-review' | 'approved' | 'published' | 'not-published' | 'failed' | 'withdrawn'

export async function findByStatusToken(payload: Payload, token: unknown): Promise<Contribution | null> {
  if (!looksLikeToken(token)) return null
  const { docs } = await payload.find({ collection: 'contributions', where: { statusTokenHash: { equals: hashToken(token) } }, limit: 1, depth: 1, overrideAccess: true })
  return docs[0] ?? null
}

/** What the employee sees on their status page: their words, never internal fields. */
export function employeeView(c: Contribution, lang: 'nl' | 'en' = 'nl') {
  const video = typeof c.video === 'object' ? c.video : null
  const story = typeof c.story === 'object' ? c.story : null
  let status: EmployeeStatus = 'waiting-for-upload'
  if (c.withdrawnAt) status = 'withdrawn'
  else if (video) {
    status = (
      { uploaded: 'received', processing: 'processing', ready: 'in-review', failed: 'failed', approved: 'approved', published: 'published', rejected: 'not-published', withdrawn: 'withdrawn' } as const
    )[video.status]
  } else if (story) status = story.status === 'published' ? 'published' : 'in-review'
  return {
    kind: c.kind,
    status,
    title: c.withdrawnAt ? null : (video?.title ?? story?.title ?? null),
    feedback: video?.status === 'rejected' ? (video.feedback ?? null) : null,
    failureReason: video?.status === 'failed' ? ((lang === 'nl' ? video.processing?.failureReasonNl : null) ?? video.processing?.failureReason ?? null) : null,
    publicUrl: video?.status === 'published' ? `/video/${video.id}` : story?.status === 'published' && story.slug ? `/verhalen/${story.slug}` : null,
    consentedAt: c.consentedAt,
    withdrawnAt: c.withdrawnAt ?? null,
    releaseVersion: c.releaseVersion,
    releaseTextShown: c.releaseTextShown,
    canUpload: !c.withdrawnAt && !video && !story,
  }
}
