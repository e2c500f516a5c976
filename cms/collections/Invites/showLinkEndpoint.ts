import type { Endpoint } from 'payload'

import { canManageInvites } from '../../access/canManageInvites'
import { currentToken, inviteMessages, say, shownLink } from './inviteLink'

/**
 * GET /api/invites/:id/link — the current link and QR code of a shareable invite, the same one
 * every time (reprinting the poster does not break the old one). The only way the sealed token
 * leaves the database: the field itself is unreadable through REST, GraphQL and the admin.
 */
export const showLinkEndpoint: Endpoint = {
  path: '/:id/link',
  method: 'get',
  handler: async (req) => {
    if (!canManageInvites({ req })) return say(req, inviteMessages.forbidden, 403)
    const id = String(req.routeParams?.id ?? '')
    const invite = await req.payload.findByID({ collection: 'invites', id, depth: 0, overrideAccess: true, showHiddenFields: true, disableErrors: true, req })
    if (!invite) return say(req, inviteMessages.notFound, 404)
    if (invite.kind === 'personal') return say(req, inviteMessages.personal, 409)
    const token = currentToken(invite, req.payload.config.secret)
    if (!token) return say(req, inviteMessages.notKept, 404)
    const res = Response.json({ ...(await shownLink(token, invite.locale)), revoked: Boolean(invite.revoked), expiresAt: invite.expiresAt })
    // A working link: never in a shared cache.
    res.headers.set('Cache-Control', 'no-store')
    return res
  },
}
