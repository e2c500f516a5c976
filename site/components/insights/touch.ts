/**
 * Where this visit came from, kept in the tab's sessionStorage (gone when the tab closes; never
 * sent anywhere by itself): the first touch (UTM parameters, the referring page's origin and path,
 * the landing page) for the attribution of a lead or application, and the current source label
 * for the measurement events. It names a campaign and a page, never the visitor: no id, no hash.
 *
 * A new campaign click (utm_* in the address) or an employee's share link (the page says so in
 * `data-share-link` on <body>) replaces the stored touch; an outside referrer counts only when
 * nothing is stored yet, so browsing the site does not make every page "direct".
 */
import { SHARE_CODE, shareSource, sourceLabel } from '../../../common/insights/source'

const KEY = 'werkvloer:touch'
const UTM = { utm_source: 's', utm_medium: 'm', utm_campaign: 'c', utm_term: 't', utm_content: 'n' } as const

export interface Touch {
  s?: string
  m?: string
  c?: string
  t?: string
  n?: string
  r?: string
  l?: string
  /** The employee share link's code, when the visit came through one. */
  k?: string
  at?: string
  /** The source label of the events: `share:<code>`, `utm:<source>`, `ref:<host>` or `direct` (common/insights/events.ts). */
  src: string
}

function read(): Touch | null {
  try {
    const value = JSON.parse(sessionStorage.getItem(KEY) ?? 'null') as Touch | null
    return value && typeof value.src === 'string' ? value : null
  } catch {
    return null
  }
}

/** The touch of this page view: a new one when the address or referrer brings one, else the stored one. */
export function currentTouch(): Touch {
  const stored = read()
  const query = new URLSearchParams(location.search)
  let referrer: URL | null = null
  try {
    referrer = document.referrer ? new URL(document.referrer) : null
  } catch {
    referrer = null
  }
  const outside = referrer && referrer.host !== location.host && referrer.protocol.startsWith('http') ? referrer : null
  const utm = query.get('utm_source')
  const shared = document.body.dataset.shareLink
  const share = shared && SHARE_CODE.test(shared) ? shared : null
  // A reload of the same share page is the same touch, not a new one.
  if (stored && !utm && (!share || stored.k === share)) return stored
  const touch: Touch = { at: new Date().toISOString(), l: (location.pathname + location.search).slice(0, 500), src: 'direct' }
  if (share) touch.k = share
  for (const [param, key] of Object.entries(UTM)) {
    const v = query.get(param)?.trim()
    if (v) touch[key] = v.slice(0, 200)
  }
  if (outside) touch.r = (outside.origin + outside.pathname).slice(0, 500)
  if (touch.k) touch.src = shareSource(touch.k)
  else if (touch.s) touch.src = sourceLabel('utm', touch.s)
  else if (outside) touch.src = sourceLabel('ref', outside.host)
  try {
    sessionStorage.setItem(KEY, JSON.stringify(touch))
  } catch {
    // storage blocked: this page still knows its own touch
  }
  return touch
}
