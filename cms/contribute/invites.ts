import type { Payload } from 'payload'

import type { Campaign, Invite } from '../payload-types'
import { hashToken, looksLikeToken } from '../lib/tokens'

export type InviteProblem = 'unknown' | 'expired' | 'revoked' | 'closed'

/**
 * Resolves an invite token to its invite and campaign, or says precisely why it does not work.
 * A malformed token never reaches the database.
 */
export async function findUsableInvite(payload: Payload, token: unknown, locale: 'nl' | 'en'): Promise<{ invite: Invite; campaign: Campaign } | { problem: InviteProblem }> {
  if (!looksLikeToken(token)) return { problem: 'unknown' }
  const { docs } = await payload.find({ collection: 'invites', where: { tokenHash: { equals: hashToken(token) } }, limit: 1, depth: 0, overrideAccess: true })
  const invite = docs[0]
  if (!invite) return { problem: 'unknown' }
  if (invite.revoked) return { problem: 'revoked' }
  if (new Date(invite.expiresAt).getTime() < Date.now()) return { problem: 'expired' }
  const campaignId = typeof invite.campaign === 'object' ? invite.campaign.id : invite.campaign
  const campaign = await payload.findByID({ collection: 'campaigns', id: campaignId, depth: 1, locale, overrideAccess: true, disableErrors: true })
  if (!campaign || campaign.status !== 'active') return { problem: 'closed' }
  if (campaign.deadline && new Date(campaign.deadline).getTime() < Date.now()) return { problem: 'closed' }
  return { invite, campaign }
}

export const problemMessages: Record<InviteProblem, { nl: string; en: string; status: number }> = {
  unknown: { status: 404, nl: 'Deze uitnodigingslink klopt niet. Controleer of je hem helemaal hebt gekopieerd, of vraag een nieuwe aan.', en: 'This invitation link is not valid. Check that you copied all of it, or ask for a new one.' },
  expired: { status: 410, nl: 'Deze uitnodiging is verlopen. Vraag het communicatieteam om een nieuwe link.', en: 'This invitation has expired. Ask the comms team for a new link.' },
  revoked: { status: 410, nl: 'Deze uitnodiging is ingetrokken. Vraag het communicatieteam om een nieuwe link.', en: 'This invitation has been withdrawn. Ask the comms team for a new link.' },
  closed: { status: 410, nl: 'Deze campagne neemt geen bijdragen meer aan. Dank je wel voor je interesse!', en: 'This campaign no longer accepts contributions. Thank you for your interest!' },
}
