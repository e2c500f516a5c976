import type { Endpoint } from 'payload'

import { canManageInvites } from '../../access/canManageInvites'
import { inviteMessages, say, shownLink, tokenFields } from './inviteLink'

/**
 * POST /api/invites/:id/new-link — replaces the invite's token and returns the new link and QR
 * code. The old link stops working at once: that is how a leaked link is switched off. The admin
 * asks for confirmation first; to show the current link again, see showLinkEndpoint.
 */
export const newLinkEndpoint: Endpoint = {
  path: '/:id/new-link',
  method: 'post',
  handler: async (req) => {
    if (!canManageInvites({ req })) return say(req, inviteMessages.forbidden, 403)
    const id = String(req.routeParams?.id ?? '')
    const invite = await req.payload.findByID({ collection: 'invites', id, depth: 0, overrideAccess: true, disableErrors: true, req })
    if (!invite) return say(req, inviteMessages.notFound, 404)
    const { token, data } = tokenFields(invite.kind, req.payload.config.secret)
    await req.payload.update({ collection: 'invites', id, data: { ...data, revoked: false } as never, overrideAccess: true, req })
    return Response.json({ ...(await shownLink(token, invite.locale)), kept: data.tokenSealed !== null })
  },
}
