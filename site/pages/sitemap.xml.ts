/** /sitemap.xml: every indexable page in both languages, with hreflang alternates (lib/feeds.ts). */
import type { APIRoute } from 'astro'

import { isCmsUnavailable, listDepartments, listPublishedStories, listPublishedVideos, serviceUnavailable } from '../lib/cms'
import { sitemapXml, type SitemapPage } from '../lib/feeds'
import { paths } from '../lib/i18n'
import { listVacanciesOpenForApplications } from '../lib/pages'
import { siteOrigin } from '../lib/site-url'

export const GET: APIRoute = async ({ url }) => {
  try {
    // Slugs and ids are the same in both languages: the Dutch documents give every page pair.
    const [vacancies, stories, departments, videos] = await Promise.all([
      listVacanciesOpenForApplications('nl'),
      listPublishedStories('nl', 500),
      listDepartments('nl'),
      listPublishedVideos('nl', 500),
    ])
    const pair = (make: (lang: 'nl' | 'en') => string, lastmod?: string | null): SitemapPage => ({ paths: { nl: make('nl'), en: make('en') }, lastmod })
    const pages: SitemapPage[] = [
      pair((l) => paths.home(l)),
      pair((l) => paths.vacancies(l), vacancies[0]?.updatedAt),
      ...vacancies.filter((v) => v.slug).map((v) => pair((l) => paths.vacancy(l, v.slug!), v.updatedAt)),
      ...departments.filter((d) => d.slug).map((d) => pair((l) => paths.department(l, d.slug!), d.updatedAt)),
      ...stories.filter((s) => s.slug).map((s) => pair((l) => paths.story(l, s.slug!), s.updatedAt)),
      ...videos.filter((v) => v.playback).map((v) => pair((l) => paths.video(l, v.id), v.updatedAt)),
    ]
    return new Response(sitemapXml(siteOrigin(url), pages), {
      headers: { 'Content-Type': 'application/xml; charset=utf-8', 'Cache-Control': 'public, max-age=300' },
    })
  } catch (error) {
    if (isCmsUnavailable(error)) return serviceUnavailable()
    throw error
  }
}
