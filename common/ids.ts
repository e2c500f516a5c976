/**
 * Document and row ids as they travel in forms, query strings and cookies: Payload's ids (UUIDs,
 * hex object ids) and anything else URL-safe and short. Checked before an id reaches a query.
 */
export const ROW_ID = /^[A-Za-z0-9_-]{1,64}$/
