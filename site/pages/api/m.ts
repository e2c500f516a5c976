/**
 * POST /api/m — the measurement beacon's door (components/insights/beacon.ts). The browser sends
 * a small batch with each event's age in milliseconds; here the age becomes a time on the site
 * server's clock (a visitor's wrong clock must not refuse their events), and the batch goes to the
 * CMS (POST /api/insights/events) with the site key, the visitor's address and the few request
 * headers the CMS needs to drop bots and prefetches and to honour Sec-GPC/DNT
 * (FORWARDED_VISITOR_HEADERS). The address and user agent are not stored anywhere: the CMS only
 * hashes them with the day's salt. Always answers 202 or a short refusal (JSON), never a page, never a cookie.
 */
import type { APIRoute } from 'astro'

import { apiPath, endpoints } from '../../../common/api'
import { MAX_EVENT_AGE_MS, MAX_EVENTS_PER_BATCH } from '../../../common/insights/events'
import { cmsCall, isCmsUnavailable } from '../../lib/cms'
import { visitorHeaders } from '../../lib/visitor'

/** A page sends a handful of events at a time; 200 × ~200 bytes is the contract's limit. */
const MAX_BYTES = 48 * 1024

const answer = (status: number, body: Record<string, unknown>) => Response.json(body, { status, headers: { 'Cache-Control': 'no-store' } })

export const POST: APIRoute = async ({ request, clientAddress }) => {
  const length = Number(request.headers.get('content-length') ?? NaN)
  if (Number.isFinite(length) && length > MAX_BYTES) return answer(413, { error: 'too-large' })
  let text: string
  try {
    text = await request.text()
  } catch {
    return answer(400, { error: 'unreadable' })
  }
  if (text.length > MAX_BYTES) return answer(413, { error: 'too-large' })
  let body: unknown
  try {
    body = JSON.parse(text)
  } catch {
    return answer(400, { error: 'not-json' })
  }
  const list = (body as { events?: unknown })?.events
  if (!Array.isArray(list) || list.length === 0 || list.length > MAX_EVENTS_PER_BATCH) return answer(400, { error: 'invalid-batch' })
  const now = Date.now()
  const events = list.map((e: unknown) => {
    if (!e || typeof e !== 'object') return e
    const { age, ...rest } = e as Record<string, unknown>
    // Ages past the CMS's limit stay past it, so the CMS refuses them as stale.
    const ms = typeof age === 'number' && Number.isFinite(age) && age >= 0 ? Math.min(age, MAX_EVENT_AGE_MS + 60_000) : 0
    return { ...rest, at: now - Math.round(ms) }
  })
  const headers = visitorHeaders(request)
  try {
    const result = await cmsCall(apiPath(endpoints.insightsEvents), { label: 'insights events', method: 'POST', json: { events }, siteKey: true, visitorIp: clientAddress, headers, timeoutMs: 3000 })
    if (result.status >= 400) return answer(result.status === 429 ? 429 : 400, { error: typeof result.body.code === 'string' ? result.body.code : 'refused' })
    // How many the CMS counted (bots and prefetches: none); the beacon does not read it.
    return answer(202, { accepted: Number(result.body.accepted ?? 0), ignored: Number(result.body.ignored ?? 0) })
  } catch (error) {
    if (isCmsUnavailable(error)) return answer(503, { error: 'unavailable' })
    throw error
  }
}
