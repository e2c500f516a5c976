/**
 * The source label of a visit, as measurement events carry it (the `source` field in
 * ./events.ts): `share:<share code>`, `utm:<utm_source>`, `ref:<referring host>` or `direct`. Shared by the browser's
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

/**
 * An employee's share link code (cms/insights/shareLinks.ts): 20 characters of lower-case
 * base32, 100 random bits. It is public by design — it sits in the link the employee posts on
 * LinkedIn — so it opens nothing but the published video page; it only has to be unguessable, so
 * nobody can find or inflate a colleague's link, and it names the link in events (`share:<code>`).
 */
export const SHARE_CODE = /^[a-z2-7]{20}$/

export const shareSource = (code: string) => `share:${code}`

/** The share code of a source label, or null when the visit did not come through a share link. */
export function shareCodeOf(source: string): string | null {
  const code = source.startsWith('share:') ? source.slice(6) : ''
  return SHARE_CODE.test(code) ? code : null
}

/** The label of a stored attribution: its share link, else its UTM source, else its referrer's host, else direct. */
export function sourceOfAttribution(a: { shareCode?: string | null; utmSource?: string | null; referrer?: string | null } | null | undefined): string {
  if (a?.shareCode && SHARE_CODE.test(a.shareCode)) return shareSource(a.shareCode)
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
