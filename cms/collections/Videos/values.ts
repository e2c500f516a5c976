// One rule for relationship ids, shared with common/ code (re-exported for the collection's hooks).
export { idOf } from '../../../common/ids'

/**
 * Whether an incoming value differs from the stored one, the way a person means it: populated
 * relationships equal their ids, missing equals null, key order does not matter. The admin sends
 * every field of the form, changed or not, so "present in the request" is not "changed".
 */
export function changed(incoming: unknown, stored: unknown): boolean {
  if (incoming === undefined) return false
  return stable(incoming) !== stable(stored)
}

function normalise(value: unknown): unknown {
  // An unticked box and a box never set both mean no.
  if (value === undefined || value === null || value === '' || value === false) return null
  if (Array.isArray(value)) return value.length ? value.map(normalise) : null
  if (typeof value === 'object') {
    if ('id' in value && 'createdAt' in value) return String((value as { id: unknown }).id)
    const out: Record<string, unknown> = {}
    for (const key of Object.keys(value).sort()) {
      const v = normalise((value as Record<string, unknown>)[key])
      if (v !== null) out[key] = v
    }
    return Object.keys(out).length ? out : null
  }
  if (typeof value === 'number' || typeof value === 'boolean') return value
  // Dates arrive as ISO strings in more than one precision.
  const s = String(value)
  if (/^\d{4}-\d{2}-\d{2}T/.test(s) && !Number.isNaN(Date.parse(s))) return new Date(s).toISOString()
  return s
}

const stable = (value: unknown) => JSON.stringify(normalise(value))
