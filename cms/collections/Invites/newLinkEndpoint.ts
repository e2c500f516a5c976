import QRCode from 'qrcode'
import type { Endpoint } from 'payload'

import { hasRole } from '../../access/roles'
import { contributeLink } from '../../lib/publicUrls'
import { hashToken, newToken } from '../../lib/tokens'

/**
 * POST /api/invites/:id/new-link — replaces the invite's token and returns the link and a QR code
 * once. The old link stops working: that is also how a leaked link is rotated.
 */
export const newLinkEndpoint: Endpoint = {
  path: '/:id/new-link',
  method: 'post',
  handler: async (req) => {
    if (!hasRole(req.user, 'admin', 'comms')) return Response.json({ error: 'Only comms can make invite links.' }, { status: 403 })
    const id = String(req.routeParams?.id ?? '')
    const invite = await req.payload.findByID({ collection: 'invites', id, depth: 0, overrideAccess: true, disableErrors: true, req })
    if (!invite) return Response.json({ error: 'No such invite.' }, { status: 404 })
    const token = newToken()
    await req.payload.update({ collection: 'invites', id, data: { tokenHash: hashToken(token), revoked: false } as never, overrideAccess: true, req })
    const link = contributeLink(token, invite.locale === 'en' ? 'en' : 'nl')
    const qrSvg = await QRCode.toString(link, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' })
    return Response.json({ link, qrSvg })
  },
}
