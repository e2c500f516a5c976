/**
 * POST /api/m — the measurement beacon's door (components/insights/beacon.ts). The batch goes to
 * the relay (lib/insights/beacon-relay.ts), which turns ages into times, gathers the beacons of a
 * few milliseconds and passes them to the CMS in one call with the site key, each with its
 * visitor's address and the few headers the CMS needs (FORWARDED_VISITOR_HEADERS). The address
 * and user agent are not stored anywhere: the CMS only hashes them with the day's salt. Always
 * answers 202 or a short refusal (JSON), never a page, never a cookie.
 *
 * scripts/site-server.ts answers most beacons itself, with the same relay, once this route has
 * loaded it (the first beacon comes through here); this route serves the rest (`astro dev`, a
 * beacon that is not JSON).
 */
import type { APIRoute } from 'astro'

import { MAX_BEACON_BYTES, relayBeacon } from '../../lib/insights/beacon-relay'

const reply = (status: number, body: Record<string, unknown>) => Response.json(body, { status, headers: { 'Cache-Control': 'no-store' } })

export const POST: APIRoute = async ({ request, clientAddress }) => {
  const length = Number(request.headers.get('content-length') ?? NaN)
  if (Number.isFinite(length) && length > MAX_BEACON_BYTES) return reply(413, { error: 'too-large' })
  let text: string
  try {
    text = await request.text()
  } catch {
    return reply(400, { error: 'unreadable' })
  }
  const { status, body } = await relayBeacon(text, clientAddress, (name) => request.headers.get(name))
  return reply(status, body)
}
