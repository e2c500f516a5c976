/**
 * Idempotent candidate submissions. The site sends an `Idempotency-Key` with every lead and
 * application: made in the candidate's browser for the enhanced forms (never in the cached HTML,
 * which other visitors get too), or by the site server for a plain form post. The site retries a
 * post that timed out with the same key, and the candidate may press the button again after a
 * network error.
 *
 * What is stored is a hash of the key *and* of what was submitted: the same key with the same
 * content finds the stored lead; the same key with different content (a corrected form, or two
 * people who somehow share a key) is a new submission. Attribution is left out of the content on
 * purpose: it is not what the candidate sent, and a retry must not miss on a changed referrer.
 *
 * The candidate's delete link: only its hash is stored, so a retry cannot read the link back.
 * Instead the link is derived from the submission hash with the CMS's own secret (an HMAC):
 * the first answer and every retry hand out the same working link, and nothing secret is
 * computed on the site or kept in the database. Whoever presents the key and the content gets
 * the link — which is exactly the candidate (the key is 128+ random bits only they and the site
 * server saw); a guessed key with somebody's e-mail address finds nothing.
 */
import crypto from 'node:crypto'
import type { Payload } from 'payload'

import { hashToken } from '../lib/tokens'

export const IDEMPOTENCY_HEADER = 'idempotency-key'

/** At least 128 bits, URL-safe characters (a UUID qualifies): anything shorter is guessable. */
export function readIdempotencyKey(headers: Headers): string | null {
  const key = headers.get(IDEMPOTENCY_HEADER)?.trim()
  return key && /^[A-Za-z0-9_-]{22,100}$/.test(key) ? key : null
}

/** JSON with object keys in a fixed order, so the same content always hashes the same. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined)
    entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`
  }
  return JSON.stringify(value ?? null)
}

export function submissionHash(kind: 'lead' | 'application', key: string, content: unknown): string {
  return crypto.createHash('sha256').update(`${kind}\n${key}\n${canonical(content)}`, 'utf8').digest('hex')
}

/** The delete link for a submission, the same on every retry (see above). 43 characters, like newToken(). */
export function withdrawTokenFor(secret: string, hash: string): string {
  return crypto.createHmac('sha256', secret).update(`entry-withdraw\n${hash}`, 'utf8').digest('base64url')
}

export interface StoredSubmission {
  id: string | number
  withdrawToken: string
}

/** The lead or application an earlier copy of this submission made, with its delete link. */
export async function findSubmission(payload: Payload, collection: 'leads' | 'applications', hash: string): Promise<StoredSubmission | null> {
  const { docs } = await payload.find({ collection, where: { submissionHash: { equals: hash } }, limit: 1, depth: 0, overrideAccess: true, pagination: false })
  const doc = docs[0]
  if (!doc) return null
  const withdrawToken = withdrawTokenFor(payload.secret, hash)
  // Should the stored hash ever not match (a record from before this scheme), no link is better than a dead one.
  const stored = (doc as { withdrawTokenHash?: string | null }).withdrawTokenHash
  return stored === undefined || stored === hashToken(withdrawToken) ? { id: doc.id, withdrawToken } : { id: doc.id, withdrawToken: '' }
}
