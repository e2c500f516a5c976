/**
 * The source label of a visit, as measurement events carry it (the `source` field in
 * ./events.ts): `utm:<utm_source>`, `ref:<referring host>` or `direct`. Shared by the browser's
 * beacon (site/components/insights/touch.ts) and the CMS (the source of a submission from the
 * attribution stored on a lead). Imports nothing, so the beacon stays small.
 */
export function sourceLabel(kind: 'utm' | 'ref', value: string): string {
  const clean = value
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-')
    .slice(0, 64)
  return clean ? `${kind}:${clean}` : 'direct'
}

/** The label of a stored attribution: its UTM source, else its referrer's host, else direct. */
export function sourceOfAttribution(a: { utmSource?: string | null; referrer?: string | null } | null | undefined): string {
  if (a?.utmSource) return sourceLabel('utm', a.utmSource)
  if (a?.referrer) {
    try {
      return sourceLabel('ref', new URL(a.referrer).host)
    } catch {
      return 'direct'
    }
  }
  return 'direct'
}
