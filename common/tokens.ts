/**
 * The shape of every personal token (invite, upload, status, candidate delete links): 32 random
 * bytes in base64url, so 43 characters of `A-Z a-z 0-9 _ -`. The CMS makes and hashes them
 * (cms/lib/tokens.ts); both the CMS and the site check the shape first, so junk never reaches a
 * query or another request.
 */
export const TOKEN_BYTES = 32
export const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/

/** Cheap shape check before any database lookup or CMS call. */
export function looksLikeToken(value: unknown): value is string {
  return typeof value === 'string' && TOKEN_PATTERN.test(value)
}
