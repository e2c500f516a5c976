/**
 * GET /api/share/:code — the site's look-up of an employee's share link (./shareLinks.ts): which
 * published video it opens. Apart from the data code because it needs the site key resolver,
 * which reads the environment when first imported.
 */
import type { Endpoint } from 'payload'

import { endpoints, type ShareLinkTarget } from '../../common/api'
import { SHARE_CODE } from '../../common/insights/source'
import { currentSiteKey } from '../lib/currentSiteKey'
import { clientAddress, createRateLimiter } from '../lib/rateLimit'
import { idOf } from '../collections/Videos/values'

const copy = {
  nl: { notFound: 'Deze deellink bestaat niet.', gone: 'Deze video is niet meer beschikbaar: de collega heeft de toestemming ingetrokken.', tooMany: 'Te veel pogingen. Probeer het over een minuut opnieuw.' },
  en: { notFound: 'This share link does not exist.', gone: 'This video is no longer available: the colleague withdrew their consent.', tooMany: 'Too many attempts. Try again in a minute.' },
} as const

const json = (body: unknown, status = 200) => Response.json(body, { status, headers: { 'Cache-Control': 'no-store' } })

/**
 * GET /api/share/:code — which published video a share link opens: 200 `{ video }`, 404 for a code
 * that names no link (or a video that is not published now), 410 once consent is withdrawn. Only
 * look-ups that find nothing count against the caller's address (the code is 100 random bits;
 * the limit stops an address from hammering the look-up, never a real visitor).
 */
export function createShareLinkEndpoint(opts: { limiter?: ReturnType<typeof createRateLimiter>; siteKey?: () => string | null } = {}): Endpoint {
  const limiter = opts.limiter ?? createRateLimiter({ limit: Number(process.env.CONTRIBUTE_RATE_LIMIT ?? 30), windowMs: 60_000 })
  const siteKey = opts.siteKey ?? currentSiteKey
  return {
    path: endpoints.shareLink,
    method: 'get',
    handler: async (req) => {
      const locale = req.searchParams?.get('locale') === 'en' ? 'en' : 'nl'
      const key = `share:${clientAddress(req, { siteKey })}`
      const code = req.routeParams?.code
      const link =
        typeof code === 'string' && SHARE_CODE.test(code)
          ? ((await req.payload.find({ collection: 'share-links', where: { code: { equals: code } }, limit: 1, depth: 0, overrideAccess: true })).docs[0] ?? null)
          : null
      if (!link) {
        const open = limiter.open(key)
        limiter.fail(key)
        return open ? json({ error: copy[locale].notFound, code: 'not-found' }, 404) : json({ error: copy[locale].tooMany, code: 'rate-limited' }, 429)
      }
      if (link.revokedAt) return json({ error: copy[locale].gone, code: 'gone' }, 410)
      const videoId = idOf(link.video)
      const video = videoId ? await req.payload.findByID({ collection: 'videos', id: videoId, depth: 0, overrideAccess: true, disableErrors: true }) : null
      if (!video || video.status === 'withdrawn') return json({ error: copy[locale].gone, code: 'gone' }, 410)
      if (video.status !== 'published') return json({ error: copy[locale].notFound, code: 'not-found' }, 404)
      return json({ video: String(video.id) } satisfies ShareLinkTarget)
    },
  }
}

export const shareLinkEndpoint = createShareLinkEndpoint()
