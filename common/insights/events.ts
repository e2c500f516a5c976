/**
 * The contract of the career site's measurement events: what the site server may send to the
 * CMS (POST /api/insights/events) and how the CMS checks it. No personal data travels in an
 * event: no address, no user agent, no free text — only ids, enums and a coarse source label.
 * Unknown fields are dropped (zod's default for objects), so a newer site cannot smuggle data in.
 */
import { z } from 'zod'

import { ROW_ID } from '../ids'
import { LOCALES } from '../locale'

export const PAGE_TYPES = ['home', 'vacancies', 'vacancy', 'department', 'video', 'story', 'entry', 'privacy', 'other'] as const
export const ENTRY_POINTS = ['quiz', 'business_case', 'lead', 'apply'] as const
export const SUBMISSION_KINDS = ['lead', 'application', 'quiz_result', 'business_case_result'] as const
export const PROGRESS_MARKS = [25, 50, 75, 100] as const

export type EntryPoint = (typeof ENTRY_POINTS)[number]

/**
 * The visitor's own request headers the site server passes on to the CMS, each as
 * `x-visitor-<name>` (so `User-Agent` travels as `x-visitor-user-agent`). The CMS reads them
 * only when the site key is valid; the address travels in VISITOR_IP_HEADER (common/api.ts).
 */
export const VISITOR_HEADER_PREFIX = 'x-visitor-'
export const FORWARDED_VISITOR_HEADERS = ['user-agent', 'sec-gpc', 'dnt', 'sec-purpose', 'purpose', 'x-purpose', 'x-moz'] as const

/** At most this many events per request: a visitor's page produces a handful, the site may queue a few. */
export const MAX_EVENTS_PER_BATCH = 200
/** The site stamps events when they happen; older ones are refused (and the daily hash would be wrong). */
export const MAX_EVENT_AGE_MS = 15 * 60_000
export const MAX_CLOCK_SKEW_MS = 60_000

const id = z.string().regex(ROW_ID)
// Hook variants are short labels a curator picks ("a", "b", "hook-2").
const variant = z.string().regex(/^[A-Za-z0-9_-]{1,32}$/)
/**
 * Where the visit came from, already reduced by the site to a label: `utm:<source>`,
 * `ref:<host>`, `share:<share code>` (SHARE_CODE in ./source.ts) or `direct`. Lower case, no path, no query — a referrer URL
 * can carry personal data, a host cannot.
 */
const source = z.string().regex(/^(direct|(utm|ref|share):[a-z0-9._-]{1,64})$/)

/**
 * A lead's or application's one-way code (cms/insights/submissions.ts): an HMAC of its id under
 * the CMS's secret, so an event can be followed to the session that produced it and a stored
 * lead to its event, but an event alone names nobody.
 */
const submissionRef = z.string().regex(/^[A-Za-z0-9_-]{22}$/)

const base = {
  /** Milliseconds since the epoch, when the event happened in the visitor's browser (site clock). */
  at: z.number().int().positive(),
  language: z.enum(LOCALES),
  source: source.default('direct'),
}
const videoBase = { ...base, video: id, variant: variant.optional() }

export const eventSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('page_view'), ...base, pageType: z.enum(PAGE_TYPES), vacancy: id.optional(), department: id.optional() }),
  z.object({ type: z.literal('video_impression'), ...videoBase, vacancy: id.optional() }),
  z.object({ type: z.literal('video_play'), ...videoBase, vacancy: id.optional() }),
  z.object({ type: z.literal('video_progress'), ...videoBase, percent: z.union(PROGRESS_MARKS.map((m) => z.literal(m))) }),
  z.object({ type: z.literal('caption_on'), ...videoBase }),
  z.object({ type: z.literal('entry_view'), ...base, entryPoint: z.enum(ENTRY_POINTS), vacancy: id.optional(), video: id.optional(), variant: variant.optional() }),
  z.object({ type: z.literal('entry_start'), ...base, entryPoint: z.enum(ENTRY_POINTS), vacancy: id.optional(), video: id.optional(), variant: variant.optional() }),
  z.object({ type: z.literal('submission'), ...base, kind: z.enum(SUBMISSION_KINDS), vacancy: id.optional(), video: id.optional(), variant: variant.optional(), ref: submissionRef.optional() }),
  z.object({ type: z.literal('apply_click'), ...base, vacancy: id, video: id.optional(), variant: variant.optional() }),
  z.object({ type: z.literal('share_visit'), ...base, shareLink: id, video: id.optional() }),
])

export type InsightsEvent = z.infer<typeof eventSchema>
export type InsightsEventType = InsightsEvent['type']

export const batchSchema = z.object({ events: z.array(eventSchema).min(1).max(MAX_EVENTS_PER_BATCH) })

/**
 * The site server's relay (site/lib/insights/beacon-relay.ts) gathers the beacon batches that
 * arrive within a few milliseconds and sends them to the CMS in one call: per visitor their
 * address, the headers FORWARDED_VISITOR_HEADERS names (without the `x-visitor-` prefix) and
 * their batch, which the CMS checks on its own, exactly as if it had come alone. One HTTP call
 * into the CMS per few hundred beacons instead of one each is what lets the CMS keep up.
 */
export const MAX_VISITORS_PER_RELAY = 500
/** 500 visitors of ~500 bytes, or a few dozen at the site's per-beacon limit (48 KB). */
export const MAX_RELAY_BYTES = 1024 * 1024

const visitorHeaders = z.object(Object.fromEntries(FORWARDED_VISITOR_HEADERS.map((name) => [name, z.string().max(512).optional()])) as Record<(typeof FORWARDED_VISITOR_HEADERS)[number], z.ZodOptional<z.ZodString>>)
export const relaySchema = z.object({
  visitors: z
    .array(z.object({ address: z.string().max(64), headers: visitorHeaders.default({}), batch: z.unknown() }))
    .min(1)
    .max(MAX_VISITORS_PER_RELAY),
})
export type RelayBody = z.input<typeof relaySchema>
export type RelayVisitor = z.infer<typeof relaySchema>['visitors'][number]

export type BatchProblem = { code: 'invalid-batch'; issues: { path: string; message: string }[] } | { code: 'stale-events' | 'future-events'; indexes: number[] }

/** Checks a batch as a whole: one bad event refuses the lot, so nothing half-stored needs explaining. */
export function parseBatch(input: unknown, now: number): { ok: true; events: InsightsEvent[] } | { ok: false; problem: BatchProblem } {
  const parsed = batchSchema.safeParse(input)
  if (!parsed.success) {
    return { ok: false, problem: { code: 'invalid-batch', issues: parsed.error.issues.slice(0, 10).map((i) => ({ path: i.path.join('.'), message: i.message })) } }
  }
  const events = parsed.data.events
  const stale = events.flatMap((e, i) => (e.at < now - MAX_EVENT_AGE_MS ? [i] : []))
  if (stale.length) return { ok: false, problem: { code: 'stale-events', indexes: stale } }
  const future = events.flatMap((e, i) => (e.at > now + MAX_CLOCK_SKEW_MS ? [i] : []))
  if (future.length) return { ok: false, problem: { code: 'future-events', indexes: future } }
  return { ok: true, events }
}

/**
 * What a rollup counts: the event type, refined where one type holds several figures of the
 * funnel (progress 25/50/75/100, the kind of submission). The dashboard reads these names.
 */
export function rollupMetric(event: InsightsEvent): string {
  if (event.type === 'video_progress') return `video_progress_${event.percent}`
  if (event.type === 'submission') return `submission_${event.kind}`
  return event.type
}

/** The entry point an event belongs to, for the rollup's entry-point dimension ('' when none). */
export function entryPointOf(event: InsightsEvent): EntryPoint | '' {
  if (event.type === 'entry_view' || event.type === 'entry_start') return event.entryPoint
  if (event.type === 'submission') return event.kind === 'lead' ? 'lead' : event.kind === 'application' ? 'apply' : event.kind === 'quiz_result' ? 'quiz' : 'business_case'
  if (event.type === 'apply_click') return 'apply'
  return ''
}

// ------------------------------------------------------------------ bots and prefetches

/**
 * User agents that are not a person looking at the page: crawlers, link previews (a WhatsApp or
 * LinkedIn preview fetches the page when a link is pasted), monitors, headless browsers and
 * HTTP libraries. An empty user agent is not a browser either.
 */
const BOT_PATTERNS = [
  /bot\b|bot[/;-]|crawl|spider|slurp|scrap/i,
  /headless|phantomjs|puppeteer|playwright|selenium|webdriver|lighthouse|pagespeed|chrome-lighthouse|gtmetrix/i,
  /facebookexternalhit|facebot|whatsapp|linkedin(bot)?|twitterbot|slackbot|telegrambot|discordbot|skypeuripreview|embedly|preview|quora link/i,
  /pingdom|uptime|monitor|statuscake|site24x7|newrelic|datadog/i,
  /^(curl|wget|python|python-requests|aiohttp|httpx|go-http-client|java\/|okhttp|axios|node-fetch|undici|libwww|apache-httpclient|postman|insomnia)/i,
]

export function isBotUserAgent(userAgent: string | null | undefined): boolean {
  const ua = userAgent?.trim() ?? ''
  if (ua.length < 10) return true
  return BOT_PATTERNS.some((p) => p.test(ua))
}

/**
 * A speculative load (link prefetch, Chrome's prerender, Safari's preview) is not a visit. Chrome
 * sends `Sec-Purpose: prefetch` (or `prefetch;prerender`), older browsers `Purpose: prefetch`,
 * Safari `X-Purpose: preview`, Firefox `X-Moz: prefetch`.
 */
export function isPrefetch(header: (name: string) => string | null | undefined): boolean {
  const purpose = [header('sec-purpose'), header('purpose'), header('x-purpose'), header('x-moz')].map((v) => v?.toLowerCase() ?? '')
  return purpose.some((v) => v.includes('prefetch') || v.includes('prerender') || v.includes('preview'))
}

/** `Sec-GPC: 1` or `DNT: 1`: the visitor asked not to be tracked, so no daily hash is made for them. */
export function optsOut(header: (name: string) => string | null | undefined): boolean {
  return header('sec-gpc')?.trim() === '1' || header('dnt')?.trim() === '1'
}
