import type { Payload } from 'payload'

import type { Contribution } from '../payload-types'
import { idOf } from '../../common/ids'

const AGAIN_DAYS = 7

/** When the status page offers "make a new one": after a rejection, a failed video, or a withdrawal. */
export function mayStartAgain(c: Contribution): boolean {
  if (c.withdrawnAt) return true
  const video = typeof c.video === 'object' ? c.video : null
  return video?.status === 'rejected' || video?.status === 'failed'
}

/** The campaign takes contributions: active and not past its deadline. */
export async function campaignIsOpen(payload: Payload, c: Contribution): Promise<boolean> {
  const id = idOf(c.campaign)
  if (!id) return false
  const campaign = await payload.findByID({ collection: 'campaigns', id, depth: 0, overrideAccess: true, disableErrors: true })
  if (!campaign || campaign.status !== 'active') return false
  return !campaign.deadline || new Date(campaign.deadline).getTime() >= Date.now()
}

/**
 * A new try for the same campaign, from the employee's own status link: a fresh shareable invite
 * (the plain invite token of the first one is nowhere to be read, only its hash), valid a week.
 * It leads through the brief and the consent again, as any contribution must. Null when the
 * contribution is not one to redo or the campaign no longer takes contributions.
 */
export async function inviteToStartAgain(payload: Payload, c: Contribution): Promise<string | null> {
  if (!mayStartAgain(c) || !(await campaignIsOpen(payload, c))) return null
  const created = await payload.create({
    collection: 'invites',
    overrideAccess: true,
    data: {
      label: `Nieuwe poging via statuslink / new try from status link (${c.id})`,
      campaign: idOf(c.campaign)!,
      kind: 'link',
      locale: c.locale === 'en' ? 'en' : 'nl',
      expiresAt: new Date(Date.now() + AGAIN_DAYS * 86_400_000).toISOString(),
    },
  })
  const link = (created as { link?: unknown }).link
  return typeof link === 'string' ? link : null
}
