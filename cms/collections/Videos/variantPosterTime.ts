/**
 * A hook-test variant's own poster frame: seconds into the published (trimmed) clip, like
 * `editing.posterTime`. Checked against the clip's length where it is known: from the worker's
 * manifest, and when this save changes the trim, from the new cut (the manifest says which cut
 * it was made with, so the source's end is known when that cut ran to the end).
 */
import { isFirstPlayableManifest, isRenditionManifest } from '../../../common/manifest'
import { say } from '../../lib/say'

type Data = Record<string, unknown>
const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null)

/** The published clip's length in seconds with the trim in `data`, or null when it cannot be known yet. */
export function clipSeconds(data: Data | undefined): number | null {
  const editing = (data?.editing ?? {}) as Data
  const start = num(editing.trimStart) ?? 0
  const end = num(editing.trimEnd)
  const byEnd = end !== null ? end - start : null
  const m = data?.renditions
  if (!isRenditionManifest(m) && !isFirstPlayableManifest(m)) return byEnd
  const made = isRenditionManifest(m) ? m.trim : undefined
  // Older manifests do not say their cut: taken to be the current one.
  if (!made || (made.start === start && made.end === end)) return m.durationSeconds
  const sourceEnd = made.end === null ? made.start + m.durationSeconds : null
  const bySource = sourceEnd !== null ? sourceEnd - start : null
  if (byEnd !== null && bySource !== null) return Math.min(byEnd, bySource)
  return byEnd ?? bySource
}

const seconds = (n: number, lang: 'nl' | 'en') => n.toLocaleString(lang === 'nl' ? 'nl-NL' : 'en-GB', { maximumFractionDigits: 2 })

export function variantPosterTimeError(value: unknown, data: Data | undefined): { nl: string; en: string } | null {
  if (value === null || value === undefined || value === '') return null
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    return { nl: 'Geef het stilstaande beeld op in seconden vanaf het begin (0 of meer), of laat het leeg.', en: 'Give the poster frame in seconds from the start (0 or more), or leave it empty.' }
  }
  const length = clipSeconds(data)
  if (length !== null && value >= length) {
    return {
      nl: `Het stilstaande beeld (${seconds(value, 'nl')} s) ligt na het einde van de (ingekorte) video: kies een tijd onder ${seconds(length, 'nl')} seconden.`,
      en: `The poster frame (${seconds(value, 'en')} s) is past the end of the (trimmed) video: pick a time below ${seconds(length, 'en')} seconds.`,
    }
  }
  return null
}

export const validateVariantPosterTime = (value: unknown, { data, req }: { data?: Data; req?: { i18n?: { language?: string } } }): true | string => {
  const error = variantPosterTimeError(value, data)
  return error ? say(req, error) : true
}

/** `{ key: seconds }` for the variants that have a poster frame of their own. */
export function variantPosterTimes(hookTest: unknown): Record<string, number> {
  const rows = ((hookTest as { variants?: unknown } | null | undefined)?.variants ?? []) as { key?: unknown; posterTime?: unknown }[]
  const out: Record<string, number> = {}
  for (const row of Array.isArray(rows) ? rows : []) {
    const t = num(row?.posterTime)
    if (typeof row?.key === 'string' && t !== null && t >= 0) out[row.key] = t
  }
  return out
}

/** Same times for the same keys (order does not matter). */
export function samePosterTimes(a: Record<string, number>, b: Record<string, number>): boolean {
  const keys = Object.keys(a)
  return keys.length === Object.keys(b).length && keys.every((k) => b[k] === a[k])
}
