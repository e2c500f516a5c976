/**
 * POST /api/hook-variants {"videos": ["<id>", …]} → {"variants": {"<id>": "<variant>"}}: which hook
 * variant this visitor sees. Never cached (the page is; this is the per-visitor part). Answers an
 * empty map when the CMS cannot be reached: the page then simply keeps its first variant.
 */
import type { APIRoute } from 'astro'

import { endpoints, apiPath } from '../../../common/api'
import { cmsCall, isCmsUnavailable } from '../../lib/cms'
import { visitorHeaders } from '../../lib/visitor'

export const prerender = false

const MAX_BYTES = 4096
const answer = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' } })

export const POST: APIRoute = async ({ request }) => {
  const text = await request.text()
  if (text.length > MAX_BYTES) return answer({ error: 'Te groot / Too large', code: 'too-large' }, 413)
  let body: unknown
  try {
    body = JSON.parse(text)
  } catch {
    return answer({ error: 'Geen geldige JSON / Not valid JSON', code: 'not-json' }, 400)
  }
  try {
    const cms = await cmsCall(apiPath(endpoints.hookVariants), { method: 'POST', label: 'hook variants', json: body, siteKey: true, headers: visitorHeaders(request), timeoutMs: 2000 })
    return answer(cms.status === 200 ? { variants: cms.body.variants ?? {} } : cms.body, cms.status === 200 ? 200 : cms.status)
  } catch (error) {
    if (isCmsUnavailable(error)) return answer({ variants: {} })
    throw error
  }
}
