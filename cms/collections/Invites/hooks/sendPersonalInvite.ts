import type { CollectionAfterChangeHook } from 'payload'

import { inviteMail } from '../../../email/templates'
import { contributeLink } from '../../../lib/publicUrls'

/** A personal invite is mailed at once; the plain token never leaves this request otherwise. */
export const sendPersonalInvite: CollectionAfterChangeHook = async ({ doc, operation, context, req }) => {
  const token = context.inviteToken
  if (operation !== 'create' || typeof token !== 'string') return doc
  const locale = doc.locale === 'en' ? 'en' : 'nl'
  const link = contributeLink(token, locale)
  if (doc.kind === 'personal' && doc.email) {
    const campaign = await req.payload.findByID({ collection: 'campaigns', id: typeof doc.campaign === 'object' ? doc.campaign.id : doc.campaign, locale, depth: 0, overrideAccess: true, req })
    await req.payload.sendEmail({ to: doc.email, ...inviteMail(locale, { campaign: campaign.title, link, expiresAt: doc.expiresAt }) })
  }
  // Returned once, to whoever created the invite (the admin shows it; tests read it).
  return { ...doc, link }
}
