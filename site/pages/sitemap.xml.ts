/** /sitemap.xml: every indexable page in both languages, with hreflang alternates (lib/feeds.ts). */
import type { APIRoute } from 'astro'

import { isCmsUnavailable, listDepartments, listPublishedStories, listPublishedVideos, serviceUnavailable } from '../lib/cms'
import { localizedAlternates } from '../../common/routes'
import { sitemapXml, type SitemapPage } from '../lib/feeds'
import { paths } from '../lib/i18n'
import { listVacanciesOpenForApplications } from '../lib/pages'
import { siteOrigin } from '../lib/site-url'

export const GET: APIRoute = async ({ url }) => {
  try {
    // Vacancies and departments have a slug per language: each language's documents give its own
    // address (the English list reads the Dutch slug where there is no English one). Stories share
    // theirs, and videos have ids.
    const [vacancies, vacanciesEn, stories, departments, departmentsEn, videos] = await Promise.all([
      listVacanciesOpenForApplications('nl'),
      listVacanciesOpenForApplications('en'),
      listPublishedStories('nl', 500),
      listDepartments('nl'),
      listDepartments('en'),
      listPublishedVideos('nl', 500),
    ])
    const pair = (make: (lang: 'nl' | 'en') => string, lastmod?: string | null): SitemapPage => ({ paths: { nl: make('nl'), en: make('en') }, lastmod })
    const englishSlug = new Map([...vacanciesEn, ...departmentsEn].map((d) => [d.id, d.slug] as const))
    const localized = (make: (lang: 'nl' | 'en', slug: string) => string, doc: { id: string; slug?: string | null; updatedAt?: string | null }): SitemapPage[] => {
      const both = localizedAlternates(make, { nl: doc.slug, en: englishSlug.get(doc.id) })
      return both ? [{ paths: both, lastmod: doc.updatedAt }] : []
    }
    const pages: SitemapPage[] = [
      pair((l) => paths.home(l)),
      pair((l) => paths.vacancies(l), vacancies[0]?.updatedAt),
      ...vacancies.flatMap((v) => localized(paths.vacancy, v)),
      ...departments.flatMap((d) => localized(paths.department, d)),
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
