import type { Payload, PayloadRequest, Where } from 'payload'

import type { EmployeeStatus, EmployeeView } from '../../common/api'
import type { Locale } from '../../common/locale'
import { routes } from '../../common/routes'
import type { Contribution } from '../payload-types'
import { statusLink } from '../lib/publicUrls'
import { hashToken, looksLikeToken, newToken } from '../lib/tokens'
import { campaignIsOpen, mayStartAgain } from './again'
import { ownVideoOf } from './ownVideo'
import { employeeShare } from '../insights/shareLinks'

/** The status view with what needs another look-up: the own video, and whether the campaign is open. */
export async function fullEmployeeView(payload: Payload, c: Contribution, lang: Locale): Promise<EmployeeView> {
  const own = await ownVideoOf(payload, c)
  const manifest = own?.video.renditions as { mp4?: { width?: number; height?: number } } | null | undefined
  const ownVideo = own ? { width: Number(manifest?.mp4?.width ?? 720), height: Number(manifest?.mp4?.height ?? 1280) } : null
  const campaignOpen = mayStartAgain(c) ? await campaignIsOpen(payload, c) : undefined
  const view = employeeView(c, lang, { ownVideo, ...(campaignOpen === undefined ? {} : { campaignOpen }) })
  // Their own share link once the video is online (made on first sight), with its totals.
  if (view.status === 'published' && c.kind === 'video') view.share = await employeeShare(payload, c)
  return view
}


export async function findByStatusToken(payload: Payload, token: unknown): Promise<Contribution | null> {
  if (!looksLikeToken(token)) return null
  const hash = hashToken(token)
  const where: Where = { or: [{ statusTokenHash: { equals: hash } }, { 'mailedStatusLinks.hash': { equals: hash } }] }
  const { docs } = await payload.find({ collection: 'contributions', where, limit: 1, depth: 1, overrideAccess: true })
  return docs[0] ?? null
}

/**
 * A fresh personal status link for a mail. The plain token exists only in the mail; the
 * contribution keeps its hash next to the others, so older links keep working too.
 */
export async function issueMailedStatusLink(payload: Payload, contribution: Pick<Contribution, 'id' | 'locale' | 'mailedStatusLinks'>, req?: PayloadRequest): Promise<string> {
  const token = newToken()
  const links = (contribution.mailedStatusLinks ?? []).map(({ hash }) => ({ hash }))
  await payload.update({ collection: 'contributions', id: contribution.id, data: { mailedStatusLinks: [...links, { hash: hashToken(token) }] }, overrideAccess: true, depth: 0, ...(req ? { req } : {}) })
  return statusLink(token, contribution.locale)
}

/** What the employee sees on their status page: their words, never internal fields. */
/** In the asked language: the published page's address is that language's (an English employee gets /en/videos/…). */
export function employeeView(c: Contribution, lang: Locale = 'nl', extra: { ownVideo?: { width: number; height: number } | null; campaignOpen?: boolean } = {}): EmployeeView {
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
    publicUrl: video?.status === 'published' ? routes.video(lang, video.id) : story?.status === 'published' && story.slug ? routes.story(lang, story.slug) : null,
    consentedAt: c.consentedAt,
    withdrawnAt: c.withdrawnAt ?? null,
    releaseVersion: c.releaseVersion,
    releaseTextShown: c.releaseTextShown,
    canUpload: !c.withdrawnAt && !video && !story,
    ownVideo: c.withdrawnAt ? null : (extra.ownVideo ?? null),
    canStartAgain: Boolean(extra.campaignOpen) && mayStartAgain(c),
    campaignClosed: extra.campaignOpen === false,
    share: null,
  }
}
