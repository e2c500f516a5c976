/**
 * When a curator's edit makes a hook test a new test: switching it on, or changing its goal or
 * its variant keys. Then the counting starts again from now (the old figures were about other
 * variants). Editing a variant's wording, or translating it, keeps the test and its figures.
 * Returns the new `hookTestResult`, or undefined when the stored one stands.
 */
type Data = Record<string, unknown>
type Result = { startedAt: string | null; endedAt: null; winner: null; reason: null }

const keysOf = (test: Data | undefined) => ((test?.variants as { key?: unknown }[] | undefined) ?? []).map((v) => String(v?.key ?? '')).join(',')

export function hookTestRestart(incoming: unknown, stored: unknown, storedResult: unknown, now: string): Result | undefined {
  if (incoming === undefined || incoming === null) return undefined
  const next = incoming as Data
  const before = (stored ?? {}) as Data
  const wasOn = before.enabled === true
  const isOn = next.enabled === true
  if (!isOn) return wasOn ? { startedAt: null, endedAt: null, winner: null, reason: null } : undefined
  const result = (storedResult ?? {}) as Data
  const same = wasOn && result.startedAt && (next.goal ?? 'play') === (before.goal ?? 'play') && keysOf(next) === keysOf(before)
  return same ? undefined : { startedAt: now, endedAt: null, winner: null, reason: null }
}
