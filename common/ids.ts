/**
 * Document and row ids as they travel in forms, query strings and cookies: Payload's ids (UUIDs,
 * hex object ids) and anything else URL-safe and short. Checked before an id reaches a query.
 */
export const ROW_ID = /^[A-Za-z0-9_-]{1,64}$/

/** A relationship's id whether Payload hands over the id or the populated document. */
export function idOf(value: unknown): string | undefined {
  if (value === null || value === undefined || value === '') return undefined
  if (typeof value === 'string' || typeof value === 'number') return String(value)
  if (typeof value === 'object' && 'id' in value) return String((value as { id: unknown }).id)
  return undefined
}
