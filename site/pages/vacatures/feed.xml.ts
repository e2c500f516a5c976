/** The open vacancies as RSS 2.0 (lib/feeds.ts). */
import type { APIRoute } from 'astro'

import { careerCopy } from '../../lib/career-copy'
import { isCmsUnavailable, serviceUnavailable } from '../../lib/cms'
import { jobFeedRss } from '../../lib/feeds'
import { listVacanciesOpenForApplications } from '../../lib/pages'
import { siteOrigin } from '../../lib/site-url'

const lang = 'nl'

export const GET: APIRoute = async ({ url }) => {
  try {
    const c = careerCopy(lang)
    const rss = jobFeedRss({ lang, origin: siteOrigin(url), title: c.feedTitle, description: c.feedDescription }, await listVacanciesOpenForApplications(lang))
    return new Response(rss, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8', 'Cache-Control': 'public, max-age=300' } })
  } catch (error) {
    if (isCmsUnavailable(error)) return serviceUnavailable()
    throw error
  }
}
