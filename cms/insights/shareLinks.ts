/**
 * An employee's own share link to their published video (issue 11). The link is
 * `/gedeeld/<code>` (`/en/shared/<code>`): a random code, separate from the employee's private
 * status token, so posting it on LinkedIn hands out nothing but the public video page. The site
 * shows the video page there and marks the visit's source `share:<code>` (touch.ts), so the
 * visit, the plays and a lead or application that follow are credited to the link in the rollups.
 * The employee sees the totals on their status page (from the rollups, never raw events), and
 * comms sees them per link in the Insights view; nobody sees who. Withdrawal ends the link (410).
 *
 * Why the code is stored as it is and not hashed: it is public by design (the employee posts it)
 * and the events name it in their source, so a hash would hide nothing. What matters is that it
 * cannot be guessed — 100 random bits — so nobody finds or pumps up a colleague's link.
 */
import crypto from 'node:crypto'
import type { Payload, PayloadRequest } from 'payload'

import type { EmployeeShare } from '../../common/api'
import { amsterdamDay } from '../../common/insights/day'
import { shareCodeOf, shareSource } from '../../common/insights/source'
import { idOf } from '../collections/Videos/values'
import type { Contribution, ShareLink } from '../payload-types'
import { insightsFor } from './insightsFor'

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz234567'

/** 20 characters of lower-case base32: 5 random bits from each of 20 random bytes. */
export function newShareCode(): string {
  let code = ''
  for (const byte of crypto.randomBytes(20)) code += ALPHABET[byte & 31]
  return code
}

/**
 * The contribution's share link, made the first time it is asked for. Only for a video that is
 * published and whose consent stands (the caller's view says so); one per contribution.
 */
export async function shareLinkFor(payload: Payload, contribution: Pick<Contribution, 'id' | 'video' | 'withdrawnAt'>): Promise<ShareLink | null> {
  const video = idOf(contribution.video)
  if (!video || contribution.withdrawnAt) return null
  const find = async () => (await payload.find({ collection: 'share-links', where: { contribution: { equals: contribution.id } }, limit: 1, depth: 0, overrideAccess: true })).docs[0] ?? null
  const existing = await find()
  if (existing) return existing
  try {
    return await payload.create({ collection: 'share-links', data: { code: newShareCode(), contribution: contribution.id, video }, overrideAccess: true, depth: 0 })
  } catch (error) {
    // Two status-page loads at once: the unique contribution let one of them in.
    const raced = await find()
    if (raced) return raced
    throw error
  }
}

/** The figures that count for a link: its visits, the plays in them, and leads and applications. */
export const SHARE_METRICS = ['share_visit', 'video_play', 'submission_lead', 'submission_application'] as const

/** The link's totals since it was made, from the coarse rollup per source (never raw events). */
export async function shareTotals(payload: Payload, link: Pick<ShareLink, 'code' | 'createdAt'>, now = Date.now()): Promise<EmployeeShare['totals']> {
  const rows = await insightsFor(payload).store.queryRollups({
    period: { from: amsterdamDay(Date.parse(link.createdAt)), to: amsterdamDay(now) },
    groupBy: [],
    filter: { source: shareSource(link.code) },
    metrics: SHARE_METRICS,
    uniques: false,
  })
  const n = (metric: string) => rows.filter((r) => r.metric === metric).reduce((sum, r) => sum + r.count, 0)
  return { visits: n('share_visit'), plays: n('video_play'), people: n('submission_lead') + n('submission_application') }
}

/** What the employee's status view shows about their link (null: no published video, or withdrawn). */
export async function employeeShare(payload: Payload, contribution: Contribution): Promise<EmployeeShare | null> {
  const link = await shareLinkFor(payload, contribution)
  if (!link || link.revokedAt) return null
  return { code: link.code, since: link.createdAt, totals: await shareTotals(payload, link) }
}

/** Withdrawal ends the contribution's link: from now on it answers 410 Gone, like the video page. */
export async function revokeShareLinks(payload: Payload, contributionId: string | number, at: string, req?: PayloadRequest): Promise<void> {
  await payload.update({ collection: 'share-links', where: { and: [{ contribution: { equals: contributionId } }, { revokedAt: { exists: false } }] }, data: { revokedAt: at }, overrideAccess: true, depth: 0, ...(req ? { req } : {}) })
}

/** Share links by the source label the events carry, for the Insights view's labels. */
export async function shareLinksBySource(payload: Payload, sources: readonly string[], locale: 'nl' | 'en'): Promise<Map<string, { label: string; revoked: boolean }>> {
  const codes = sources.flatMap((s) => shareCodeOf(s) ?? [])
  const out = new Map<string, { label: string; revoked: boolean }>()
  if (!codes.length) return out
  const { docs } = await payload.find({ collection: 'share-links', where: { code: { in: codes } }, limit: codes.length, depth: 1, locale, overrideAccess: true })
  for (const link of docs) {
    const video = typeof link.video === 'object' ? link.video : null
    // A withdrawn video is a tombstone without a name: the link is shown as ended, without who.
    const label = video && video.status !== 'withdrawn' ? [video.title, video.contributorName].filter(Boolean).join(' — ') : ''
    out.set(shareSource(link.code), { label: label || link.code, revoked: Boolean(link.revokedAt) || video?.status === 'withdrawn' })
  }
  return out
}
