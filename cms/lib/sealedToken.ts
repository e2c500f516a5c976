import crypto from 'node:crypto'

/**
 * A token kept so it can be shown again (a campaign's shareable invite link, printed as a QR code
 * at the coffee machine): AES-256-GCM with a key derived from PAYLOAD_SECRET by HKDF-SHA256.
 * Lookups still use the token's hash (tokens.ts); this sealed copy is only ever opened by the
 * invite endpoint for staff who manage invites. A database copy without the secret shows nothing,
 * and a changed or moved value fails the GCM tag instead of decrypting to something else.
 */
const VERSION = 'v1'
const INFO = 'werkvloer/invite-link-token/v1'

function keyFrom(secret: string): Buffer {
  if (!secret) throw new Error('A secret is needed to seal a token.')
  return Buffer.from(crypto.hkdfSync('sha256', Buffer.from(secret, 'utf8'), Buffer.from('werkvloer', 'utf8'), Buffer.from(INFO, 'utf8'), 32))
}

/** `v1.<iv>.<ciphertext>.<tag>` in base64url; `context` (e.g. the collection) is bound as associated data. */
export function sealToken(token: string, secret: string, context = 'invites'): string {
  const iv = crypto.randomBytes(12)
  const cipher = crypto.createCipheriv('aes-256-gcm', keyFrom(secret), iv)
  cipher.setAAD(Buffer.from(context, 'utf8'))
  const body = Buffer.concat([cipher.update(token, 'utf8'), cipher.final()])
  return [VERSION, iv.toString('base64url'), body.toString('base64url'), cipher.getAuthTag().toString('base64url')].join('.')
}

/** The token, or null when the value is missing, malformed, tampered with or sealed with another secret. */
export function openToken(sealed: unknown, secret: string, context = 'invites'): string | null {
  if (typeof sealed !== 'string') return null
  const [version, iv, body, tag] = sealed.split('.')
  if (version !== VERSION || !iv || !body || !tag) return null
  try {
    const decipher = crypto.createDecipheriv('aes-256-gcm', keyFrom(secret), Buffer.from(iv, 'base64url'))
    decipher.setAAD(Buffer.from(context, 'utf8'))
    decipher.setAuthTag(Buffer.from(tag, 'base64url'))
    return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8')
  } catch {
    return null
  }
}
