/**
 * POST /api/insights/events — the career site's measurement events. Only the site server calls
 * it (site key), once per visitor request to its beacon route, passing on the visitor's address,
 * user agent and privacy/prefetch headers (FORWARDED_VISITOR_HEADERS in common/insights/events.ts). Here the
 * batch is checked as a whole (one bad event: 400, nothing stored), bots and prefetches are
 * dropped, the daily visitor hash is made, and the events go through the group-commit buffer.
 * The address and user agent are used for the hash and the rate limit only, never stored.
 *
 * POST /api/insights/events/visitors — the same for many visitors in one call: the site server's
 * relay (site/lib/insights/beacon-relay.ts) gathers the beacons of a few milliseconds, each with
 * its visitor's address and headers, and this checks every visitor's batch on its own, exactly as
 * the single endpoint would (its own 400, bot, prefetch, opt-out and rate limit), stores what
 * passed in one go through the buffer and answers one result per visitor, in order. One Next
 * request per few hundred beacons instead of one each is what lets the CMS take thousands of
 * events a second (test/bench/insightsIngest.ts).
 */
import type { Endpoint, PayloadRequest } from 'payload'

import { endpoints, SITE_KEY_HEADER } from '../../common/api'
import { isBotUserAgent, isPrefetch, MAX_RELAY_BYTES, optsOut, parseBatch, relaySchema, VISITOR_HEADER_PREFIX, type BatchProblem } from '../../common/insights/events'
import { toLocale, type Locale } from '../../common/locale'

import type { StoredEvent } from '../database/eventStore'
import { clientAddress, createRateLimiter, namedVisitorAddress } from '../lib/rateLimit'
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
    relayTooLarge: 'De bundel met meetgegevens is te groot (maximaal 1 MB).',
    'invalid-relay': 'De bundel met meetgegevens van de site klopt niet; er is niets opgeslagen.',
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
    relayTooLarge: 'The bundle of measurement batches is too large (at most 1 MB).',
    'invalid-relay': "The site's bundle of measurement batches is not valid; nothing was stored.",
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

/** What one visitor's batch comes to: its answer, and the events to store when it was taken. */
interface Outcome {
  status: number
  body: Record<string, unknown>
  events?: StoredEvent[]
}

export function createInsightsEndpoints(opts: { siteKey?: () => string | null; limiter?: ReturnType<typeof createRateLimiter> } = {}): Endpoint[] {
  const siteKey = opts.siteKey ?? defaultSiteKey
  // Per visitor: a page sends a few beacons a minute; a loop sending hundreds is not a person.
  const limiter = opts.limiter ?? createRateLimiter({ limit: Number(process.env.INSIGHTS_RATE_LIMIT ?? 120), windowMs: 60_000 })

  /** One visitor's batch, checked as a whole; the same rules whether it came alone or relayed. */
  async function checkVisitor(req: PayloadRequest, body: unknown, visitor: { address: string; header: (name: string) => string | null | undefined }, locale: Locale, now: number): Promise<Outcome> {
    const parsed = parseBatch(body, now)
    if (!parsed.ok) return { status: 400, body: problemBody(parsed.problem, locale) }
    const userAgent = visitor.header('user-agent')?.slice(0, 512) ?? ''
    if (isBotUserAgent(userAgent) || isPrefetch(visitor.header)) return { status: 202, body: { accepted: 0, ignored: parsed.events.length, reason: 'bot-or-prefetch' } }
    if (!limiter.allow(`insights:${visitor.address}`, now)) return { status: 429, body: { error: copy[locale].tooMany, code: 'rate-limited' } }
    const hash = await insightsFor(req.payload).hasher.hash({ address: visitor.address, userAgent, optedOut: optsOut(visitor.header) }, now)
    return { status: 202, body: { accepted: parsed.events.length }, events: parsed.events.map((event) => ({ event, visitor: hash })) }
  }

  /** Stores what the outcomes took in one go; false (and a log line) when the store failed. */
  async function store(req: PayloadRequest, outcomes: readonly Outcome[]): Promise<boolean> {
    try {
      await insightsFor(req.payload).buffer.add(outcomes.flatMap((o) => o.events ?? []))
      return true
    } catch (error) {
      req.payload.logger.error({ msg: 'insights: could not store events', err: error })
      return false
    }
  }

  async function readJson(req: PayloadRequest, maxBytes: number, tooLarge: string, locale: Locale): Promise<{ ok: true; body: unknown } | { ok: false; response: Response }> {
    const length = Number(req.headers.get('content-length') ?? NaN)
    if (!Number.isFinite(length) || length > maxBytes) return { ok: false, response: json({ error: tooLarge, code: 'too-large' }, 413) }
    try {
      return { ok: true, body: await req.json?.() }
    } catch {
      return { ok: false, response: json({ error: copy[locale].notJson, code: 'not-json' }, 400) }
    }
  }

  const ingest: Endpoint = {
    path: endpoints.insightsEvents,
    method: 'post',
    handler: async (req: PayloadRequest) => {
      const locale = toLocale(req.searchParams?.get('locale'))
      if (!isSiteKey(req.headers.get(SITE_KEY_HEADER), siteKey())) return json({ error: copy[locale].siteOnly, code: 'site-only' }, 403)
      const read = await readJson(req, MAX_BATCH_BYTES, copy[locale].tooLarge, locale)
      if (!read.ok) return read.response
      // The site key is valid, so the visitor the site names is believed (clientAddress, rateLimit.ts).
      const visitor = { address: clientAddress(req, { siteKey }), header: (name: string) => req.headers.get(`${VISITOR_HEADER_PREFIX}${name}`) }
      let outcome: Outcome
      try {
        outcome = await checkVisitor(req, read.body, visitor, locale, Date.now())
      } catch (error) {
        req.payload.logger.error({ msg: 'insights: could not hash the visitor', err: error })
        return json({ error: copy[locale].unavailable, code: 'unavailable' }, 503)
      }
      if (outcome.events && !(await store(req, [outcome]))) return json({ error: copy[locale].unavailable, code: 'unavailable' }, 503)
      return json(outcome.body, outcome.status)
    },
  }

  const relay: Endpoint = {
    path: endpoints.insightsEventBatches,
    method: 'post',
    handler: async (req: PayloadRequest) => {
      const locale = toLocale(req.searchParams?.get('locale'))
      if (!isSiteKey(req.headers.get(SITE_KEY_HEADER), siteKey())) return json({ error: copy[locale].siteOnly, code: 'site-only' }, 403)
      const read = await readJson(req, MAX_RELAY_BYTES, copy[locale].relayTooLarge, locale)
      if (!read.ok) return read.response
      const parsed = relaySchema.safeParse(read.body)
      if (!parsed.success) {
        const issues = parsed.error.issues.slice(0, 10).map((i) => ({ path: i.path.join('.'), message: i.message }))
        return json({ error: copy[locale]['invalid-relay'], errorNl: copy.nl['invalid-relay'], errorEn: copy.en['invalid-relay'], code: 'invalid-relay', issues }, 400)
      }
      const now = Date.now()
      let outcomes: Outcome[]
      try {
        outcomes = []
        for (const v of parsed.data.visitors) {
          // The site key is valid, so the address the site names is believed (as clientAddress does).
          const address = namedVisitorAddress(v.address) ?? 'unknown'
          const headers = v.headers as Record<string, string | undefined>
          outcomes.push(await checkVisitor(req, v.batch, { address, header: (name) => headers[name] }, locale, now))
        }
      } catch (error) {
        req.payload.logger.error({ msg: 'insights: could not hash the visitors', err: error })
        return json({ error: copy[locale].unavailable, code: 'unavailable' }, 503)
      }
      if (outcomes.some((o) => o.events) && !(await store(req, outcomes))) return json({ error: copy[locale].unavailable, code: 'unavailable' }, 503)
      return json({ results: outcomes.map((o) => ({ status: o.status, ...o.body })) })
    },
  }
  return [ingest, relay]
}

export const insightsEndpoints = createInsightsEndpoints()
