/**
 * GET /bijdragen/status/<token>.json — what the status page polls while the video is being
 * processed: the status alone, never cached. The page swaps in the new state without a reload.
 */
import type { APIRoute } from 'astro'

import { loadStatus } from '../../../lib/contribute'

export const prerender = false

export const GET: APIRoute = async ({ params }) => {
  const result = await loadStatus('nl', params.statusToken)
  const headers = { 'Cache-Control': 'no-store', 'X-Robots-Tag': 'noindex', 'Content-Type': 'application/json; charset=utf-8' }
  if (result.kind === 'ok') return new Response(JSON.stringify({ status: result.view.status, ownVideo: Boolean(result.view.ownVideo) }), { status: 200, headers })
  const status = result.kind === 'not-found' ? 404 : result.kind === 'rate-limited' ? 429 : 503
  return new Response(JSON.stringify({ error: result.kind }), { status, headers })
}
