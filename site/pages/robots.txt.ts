/** /robots.txt: everything may be crawled except forms and personal links; points at the sitemap. */
import type { APIRoute } from 'astro'

import { robotsTxt } from '../lib/feeds'
import { siteOrigin } from '../lib/site-url'

export const GET: APIRoute = ({ url }) =>
  new Response(robotsTxt(siteOrigin(url)), { headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'public, max-age=3600' } })
