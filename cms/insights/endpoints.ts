/**
 * POST /api/insights/events — the career site's measurement events. Only the site server calls
 * it (site key), once per visitor request to its beacon route, passing on the visitor's address,
 * user agent and privacy/prefetch headers (FORWARDED_VISITOR_HEADERS in common/insights/events.ts). Here the
 * batch is checked as a whole (one bad event: 400, nothing stored), bots and prefetches are
 * dropped, the daily visitor hash is made, and the events go through the group-commit buffer.
 * The address and user agent are used for the hash and the rate limit only, never stored.
 */
import type { Endpoint, PayloadRequest } from 'payload'

import { endpoints, SITE_KEY_HEADER } from '../../common/api'
import { isBotUserAgent, isPrefetch, optsOut, parseBatch, VISITOR_HEADER_PREFIX, type BatchProblem } from '../../common/insights/events'
import { toLocale, type Locale } from '../../common/locale'

import { clientAddress, createRateLimiter } from '../lib/rateLimit'
import { isSiteKey } from '../lib/siteKey'
import { insightsFor } from './insightsFor'
import { currentSiteKey } from '../lib/currentSiteKey'

/** 200 events of ~250 bytes each, with room to spare. */
export const MAX_BATCH_BYTES = 64 * 1024

const json = (body: unknown, status = 200) => Response.json(body, { status, headers: { 'Cache-Control': 'no-store' } })

const copy = {
  nl: {
    siteOnly: 'Dit adres is alleen voor de carrièresite.',
    tooLarge: 'De batch met meetgegevens is te groot (maximaal 64 KB).',
    notJson: 'De batch met meetgegevens is geen geldige JSON.',
    'invalid-batch': 'De batch met meetgegevens klopt niet; er is niets opgeslagen.',
    'stale-events': 'De batch bevat gebeurtenissen die ouder zijn dan 15 minuten; er is niets opgeslagen.',
    'future-events': 'De batch bevat gebeurtenissen in de toekomst; er is niets opgeslagen.',
    tooMany: 'Te veel meetgegevens van deze bezoeker. Probeer het over een minuut opnieuw.',
    unavailable: 'De meetgegevens konden niet worden opgeslagen. Probeer het later opnieuw.',
  },
  en: {
    siteOnly: 'This endpoint is for the career site only.',
    tooLarge: 'The measurement batch is too large (at most 64 KB).',
    notJson: 'The measurement batch is not valid JSON.',
    'invalid-batch': 'The measurement batch is not valid; nothing was stored.',
    'stale-events': 'The batch holds events older than 15 minutes; nothing was stored.',
    'future-events': 'The batch holds events in the future; nothing was stored.',
    tooMany: 'Too many measurement events from this visitor. Try again in a minute.',
    unavailable: 'The measurement events could not be stored. Try again later.',
  },
} satisfies Record<Locale, Record<string, string>>

export { insightsFor }

// The key this CMS accepts from the site, resolved once (cms/lib/currentSiteKey.ts).
const defaultSiteKey = currentSiteKey

function problemBody(problem: BatchProblem, locale: Locale) {
  const fields = problem.code === 'invalid-batch' ? { issues: problem.issues } : { indexes: problem.indexes }
  return { error: copy[locale][problem.code], errorNl: copy.nl[problem.code], errorEn: copy.en[problem.code], code: problem.code, ...fields }
}

export function createInsightsEndpoints(opts: { siteKey?: () => string | null; limiter?: ReturnType<typeof createRateLimiter> } = {}): Endpoint[] {
  const siteKey = opts.siteKey ?? defaultSiteKey
  // Per visitor: a page sends a few beacons a minute; a loop sending hundreds is not a person.
  const limiter = opts.limiter ?? createRateLimiter({ limit: Number(process.env.INSIGHTS_RATE_LIMIT ?? 120), windowMs: 60_000 })

  const ingest: Endpoint = {
    path: endpoints.insightsEvents,
    method: 'post',
    handler: async (req: PayloadRequest) => {
      const locale = toLocale(req.searchParams?.get('locale'))
      if (!isSiteKey(req.headers.get(SITE_KEY_HEADER), siteKey())) return json({ error: copy[locale].siteOnly, code: 'site-only' }, 403)
      const length = Number(req.headers.get('content-length') ?? NaN)
      if (!Number.isFinite(length) || length > MAX_BATCH_BYTES) return json({ error: copy[locale].tooLarge, code: 'too-large' }, 413)
      let body: unknown
      try {
        body = await req.json?.()
      } catch {
        return json({ error: copy[locale].notJson, code: 'not-json' }, 400)
      }
      const now = Date.now()
      const parsed = parseBatch(body, now)
      if (!parsed.ok) return json(problemBody(parsed.problem, locale), 400)

      // The site key is valid, so the visitor the site names is believed (clientAddress, rateLimit.ts).
      const address = clientAddress(req, { siteKey })
      const visitorHeader = (name: string) => req.headers.get(`${VISITOR_HEADER_PREFIX}${name}`)
      const userAgent = visitorHeader('user-agent')?.slice(0, 512) ?? ''
      if (isBotUserAgent(userAgent) || isPrefetch(visitorHeader)) return json({ accepted: 0, ignored: parsed.events.length, reason: 'bot-or-prefetch' }, 202)
      if (!limiter.allow(`insights:${address}`, now)) return json({ error: copy[locale].tooMany, code: 'rate-limited' }, 429)

      const { hasher, buffer } = insightsFor(req.payload)
      try {
        const visitor = await hasher.hash({ address, userAgent, optedOut: optsOut(visitorHeader) }, now)
        await buffer.add(parsed.events.map((event) => ({ event, visitor })))
      } catch (error) {
        req.payload.logger.error({ msg: 'insights: could not store events', err: error })
        return json({ error: copy[locale].unavailable, code: 'unavailable' }, 503)
      }
      return json({ accepted: parsed.events.length }, 202)
    },
  }
  return [ingest]
}

export const insightsEndpoints = createInsightsEndpoints()
