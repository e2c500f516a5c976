/**
 * First-party attribution for leads and applications: where a visitor came from (UTM parameters,
 * referrer, landing page) and which colleague's video they watched before converting.
 *
 * - At the first page view (or any later view that carries utm_* parameters: a new campaign
 *   click), the middleware stores {utm, referrer, landing page, time} in the `wv_attr` cookie:
 *   first-party, HttpOnly, 30 days, only ever read by this site's own server when a form is sent.
 * - The watched video: the player's `play` event stores the id in sessionStorage and the
 *   `wv_video` cookie (components/entry/watched-video.ts), and fills the form's hidden
 *   `watchedVideo` field on submit. Without JavaScript there is no player, but opening a video's
 *   share page (/video/<id>, /en/videos/<id>) sets the same cookie on the server.
 * Nothing is sent anywhere until the visitor submits a form; then it travels with the submission.
 */
import { z } from 'zod'

import { ROW_ID } from '../../../common/ids'

/** The part of a cookie jar this needs: Astro's AstroCookies, or the front server's jar for cached pages. */
export interface CookieJar {
  has(name: string): boolean
  get(name: string): { value: string } | undefined
  set(name: string, value: string, options?: { path?: string; maxAge?: number; sameSite?: 'lax' | 'strict' | 'none'; httpOnly?: boolean; secure?: boolean }): void
}

export const ATTRIBUTION_COOKIE = 'wv_attr'
export const WATCHED_VIDEO_COOKIE = 'wv_video'
const MAX_AGE = 30 * 24 * 3600

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

const UTM = { utm_source: 's', utm_medium: 'm', utm_campaign: 'c', utm_term: 't', utm_content: 'n' } as const

const stored = z.object({
  s: z.string().max(200).optional(),
  m: z.string().max(200).optional(),
  c: z.string().max(200).optional(),
  t: z.string().max(200).optional(),
  n: z.string().max(200).optional(),
  r: z.string().max(500).optional(),
  l: z.string().max(500).optional(),
  at: z.string().max(40).optional(),
})
type Stored = z.infer<typeof stored>

export interface Attribution {
  utmSource?: string
  utmMedium?: string
  utmCampaign?: string
  utmTerm?: string
  utmContent?: string
  referrer?: string
  landingPage?: string
  firstSeenAt?: string
  watchedVideo?: string
}

const clip = (value: string | null | undefined, max: number) => {
  const v = value?.trim()
  return v ? v.slice(0, max) : undefined
}

/** Pages only: not assets, not form posts, not prefetches. */
function isPageView(request: Request, url: URL): boolean {
  if (request.method !== 'GET') return false
  if (url.pathname.startsWith('/_') || /\.[a-z0-9]{2,5}$/i.test(url.pathname)) return false
  if (request.headers.get('sec-purpose')?.includes('prefetch') || request.headers.get('purpose') === 'prefetch') return false
  const accept = request.headers.get('accept') ?? ''
  return accept === '' || accept.includes('text/html') || accept.includes('*/*')
}

/** The video a share page shows, from its path. */
function videoFromPath(pathname: string): string | null {
  const match = /^\/(?:video|en\/videos)\/([^/]+)\/?$/.exec(pathname)
  return match && UUID.test(match[1]!) ? match[1]! : null
}

/**
 * Called by the middleware on every request. Sets the attribution cookie on the first page view
 * (or a new campaign click), and the watched-video cookie on a video's share page.
 */
export function recordAttribution(context: { request: Request; url: URL; cookies: CookieJar }): void {
  const { request, url, cookies } = context
  if (!isPageView(request, url)) return
  const secure = url.protocol === 'https:'
  const options = { path: '/', maxAge: MAX_AGE, sameSite: 'lax' as const, httpOnly: true, secure }
  const video = videoFromPath(url.pathname)
  if (video) cookies.set(WATCHED_VIDEO_COOKIE, video, { ...options, httpOnly: false })

  const hasUtm = Object.keys(UTM).some((k) => url.searchParams.has(k))
  if (cookies.has(ATTRIBUTION_COOKIE) && !hasUtm) return
  const value: Stored = { at: new Date().toISOString() }
  for (const [param, key] of Object.entries(UTM)) {
    const v = clip(url.searchParams.get(param), 200)
    if (v) value[key] = v
  }
  const referrer = request.headers.get('referer')
  if (referrer) {
    try {
      const from = new URL(referrer)
      // Our own pages are not a source; and only the origin and path, never a query string.
      if (from.host !== url.host && (from.protocol === 'https:' || from.protocol === 'http:')) value.r = clip(`${from.origin}${from.pathname}`, 500)
    } catch {
      // not a URL: ignored
    }
  }
  value.l = clip(`${url.pathname}${url.search}`, 500)
  cookies.set(ATTRIBUTION_COOKIE, Buffer.from(JSON.stringify(value)).toString('base64url'), options)
}

/** What the site sends with a submission: the stored attribution plus the watched video. */
export function readAttribution(cookies: Pick<CookieJar, 'get'>, form?: FormData): Attribution {
  let value: Stored = {}
  const raw = cookies.get(ATTRIBUTION_COOKIE)?.value
  if (raw) {
    try {
      const parsed = stored.safeParse(JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')))
      if (parsed.success) value = parsed.data
    } catch {
      value = {}
    }
  }
  const fromForm = form?.get('watchedVideo')
  const fromCookie = cookies.get(WATCHED_VIDEO_COOKIE)?.value
  const watchedVideo = [fromForm, fromCookie].find((v): v is string => typeof v === 'string' && ROW_ID.test(v))
  return {
    utmSource: value.s,
    utmMedium: value.m,
    utmCampaign: value.c,
    utmTerm: value.t,
    utmContent: value.n,
    referrer: value.r,
    landingPage: value.l,
    firstSeenAt: value.at,
    watchedVideo,
  }
}
