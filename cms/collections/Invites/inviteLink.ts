import QRCode from 'qrcode'
import type { PayloadRequest } from 'payload'

import { contributeLink } from '../../lib/publicUrls'
import { openToken, sealToken } from '../../lib/sealedToken'
import { hashToken, newToken } from '../../lib/tokens'

/**
 * The token fields of a new or renewed invite. Only the hash is used for lookups; a shareable
 * (campaign) link also keeps a sealed copy so comms can show and reprint the same link and QR
 * code later. A personal invite is mailed and never shown again, so it keeps no copy.
 */
export function tokenFields(kind: unknown, secret: string): { token: string; data: { tokenHash: string; tokenSealed: string | null } } {
  const token = newToken()
  return { token, data: { tokenHash: hashToken(token), tokenSealed: kind === 'personal' ? null : sealToken(token, secret) } }
}

export interface ShownLink {
  link: string
  qrSvg: string
}

export async function shownLink(token: string, locale: unknown): Promise<ShownLink> {
  const link = contributeLink(token, locale === 'en' ? 'en' : 'nl')
  const qrSvg = await QRCode.toString(link, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' })
  return { link, qrSvg }
}

/** The invite's current token from its sealed copy, only when it still matches the stored hash. */
export function currentToken(invite: { tokenSealed?: unknown; tokenHash?: unknown }, secret: string): string | null {
  const token = openToken(invite.tokenSealed, secret)
  return token && hashToken(token) === invite.tokenHash ? token : null
}

export const inviteMessages = {
  forbidden: { nl: 'Alleen communicatie kan uitnodigingslinks tonen of maken.', en: 'Only comms can show or make invite links.' },
  notFound: { nl: 'Deze uitnodiging bestaat niet.', en: 'No such invite.' },
  personal: { nl: 'Een persoonlijke uitnodiging is per e-mail verstuurd; die link wordt niet opnieuw getoond. Maak een nieuwe link als dat nodig is.', en: 'A personal invite was sent by email; its link is not shown again. Make a new link if you need one.' },
  notKept: { nl: 'Deze link is gemaakt voordat links opnieuw getoond konden worden. Maak één keer een nieuwe link; die blijft daarna zichtbaar.', en: 'This link was made before links could be shown again. Make a new link once; it stays visible from then on.' },
}

export function say(req: PayloadRequest, message: { nl: string; en: string }, status: number): Response {
  return Response.json({ error: req.i18n?.language === 'en' ? message.en : message.nl }, { status })
}
