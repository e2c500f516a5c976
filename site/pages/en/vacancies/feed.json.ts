/** The open vacancies as JSON Feed 1.1 (lib/feeds.ts), for job boards and feed readers. */
import type { APIRoute } from 'astro'

import { careerCopy } from '../../../lib/career-copy'
import { isCmsUnavailable, serviceUnavailable } from '../../../lib/cms'
import { jobFeedJson } from '../../../lib/feeds'
import { listVacanciesOpenForApplications } from '../../../lib/pages'
import { siteOrigin } from '../../../lib/site-url'

const lang = 'en'

export const GET: APIRoute = async ({ url }) => {
  try {
    const c = careerCopy(lang)
    const feed = jobFeedJson({ lang, origin: siteOrigin(url), title: c.feedTitle, description: c.feedDescription }, await listVacanciesOpenForApplications(lang))
    return new Response(JSON.stringify(feed, null, 2), {
      headers: { 'Content-Type': 'application/feed+json; charset=utf-8', 'Cache-Control': 'public, max-age=300', 'Access-Control-Allow-Origin': '*' },
    })
  } catch (error) {
    if (isCmsUnavailable(error)) return serviceUnavailable()
    throw error
  }
}
