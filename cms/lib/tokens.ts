import crypto from 'node:crypto'

import { TOKEN_BYTES } from '../../common/tokens'

export { looksLikeToken, TOKEN_PATTERN } from '../../common/tokens'

/** 32 random bytes, URL-safe: unguessable, and short enough for a QR code. */
export function newToken(): string {
  return crypto.randomBytes(TOKEN_BYTES).toString('base64url')
}

/** Only this hash is stored: a database leak does not hand out working invite or status links. */
export function hashToken(token: string): string {
  return crypto.createHash('sha256').update(token, 'utf8').digest('hex')
}
