import crypto from 'node:crypto'

/** 32 random bytes, URL-safe: unguessable, and short enough for a QR code. */
export function newToken(): string {
  return crypto.randomBytes(32).toString('base64url')
}

/** Only this hash is stored: a database leak does not hand out working invite or status links. */
export function hashToken(token: string): string {
  return crypto.createHash('sha256').update(token, 'utf8').digest('hex')
}

/** Cheap shape check before any database lookup, so junk never reaches a query. */
export function looksLikeToken(value: unknown): value is string {
  return typeof value === 'string' && /^[A-Za-z0-9_-]{43}$/.test(value)
}
