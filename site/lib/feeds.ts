/**
 * Machine-readable lists for search engines, job boards and feed readers: the sitemap (with
 * hreflang alternates), robots.txt, and the job feed as JSON Feed 1.1 and RSS 2.0. Pure functions
 * over CMS documents; the endpoints in site/pages load the documents and send what these return.
 */
import { departmentOf, type Vacancy } from './cms'
import { formatEmploymentType, formatHours, formatSalary } from './format'
import { htmlLang, LANGS, paths, type Lang } from './i18n'
import { escapeHtml } from './lexical'
import { jobDescriptionHtml, endOfDutchDay } from './structured-data'

// ---------------------------------------------------------------------------------------------
// Sitemap

export interface SitemapPage {
  /** The page's path in each language. */
  paths: Record<Lang, string>
  lastmod?: string | null
}

function xml(value: string): string {
  return escapeHtml(value)
}

function lastmodOf(value: string | null | undefined): string | null {
  if (!value) return null
  const date = new Date(value)
  return Number.isNaN(date.getTime()) ? null : date.toISOString()
}

/** One <url> per page and language, each listing every language version and x-default (Dutch). */
export function sitemapXml(origin: string, pages: SitemapPage[]): string {
  const abs = (path: string) => new URL(path, origin).href
  const urls: string[] = []
  for (const page of pages) {
    const alternates = [
      ...LANGS.map((l) => `    <xhtml:link rel="alternate" hreflang="${htmlLang[l].slice(0, 2)}" href="${xml(abs(page.paths[l]))}"/>`),
      `    <xhtml:link rel="alternate" hreflang="x-default" href="${xml(abs(page.paths.nl))}"/>`,
    ].join('\n')
    const lastmod = lastmodOf(page.lastmod)
    for (const lang of LANGS) {
      urls.push(`  <url>\n    <loc>${xml(abs(page.paths[lang]))}</loc>\n${lastmod ? `    <lastmod>${lastmod}</lastmod>\n` : ''}${alternates}\n  </url>`)
    }
  }
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${urls.join('\n')}\n</urlset>\n`
}

export function robotsTxt(origin: string): string {
  return [
    'User-agent: *',
    'Allow: /',
    // Forms and personal links: nothing for a search engine there.
    'Disallow: /vacatures/*/solliciteren',
    'Disallow: /en/vacancies/*/apply',
    'Disallow: /bijdragen/',
    'Disallow: /en/contribute/',
    'Disallow: /video/*/captions/',
    '',
    `Sitemap: ${new URL('/sitemap.xml', origin).href}`,
    '',
  ].join('\n')
}

// ---------------------------------------------------------------------------------------------
// Job feed

export interface FeedInfo {
  lang: Lang
  origin: string
  title: string
  description: string
}

function vacancyFacts(vacancy: Vacancy, lang: Lang) {
  return {
    department: departmentOf(vacancy)?.name ?? null,
    location: vacancy.location,
    hours: formatHours(vacancy.hoursMin, vacancy.hoursMax, lang),
    salary: formatSalary(vacancy.salaryMin, vacancy.salaryMax, vacancy.salaryPeriod, lang),
    employmentType: formatEmploymentType(vacancy.employmentType, lang),
  }
}

function isoOrNull(value: string | null | undefined): string | null {
  return lastmodOf(value)
}

/** JSON Feed 1.1 (https://jsonfeed.org/version/1.1) with the vacancy's facts in a `_vacancy` extension. */
export function jobFeedJson(info: FeedInfo, vacancies: Vacancy[]): Record<string, unknown> {
  const abs = (path: string) => new URL(path, info.origin).href
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: info.title,
    description: info.description,
    language: htmlLang[info.lang],
    home_page_url: abs(paths.vacancies(info.lang)),
    feed_url: abs(paths.jobFeed(info.lang, 'json')),
    items: vacancies
      .filter((v) => v.slug)
      .map((vacancy) => {
        const facts = vacancyFacts(vacancy, info.lang)
        return {
          id: vacancy.id,
          url: abs(paths.vacancy(info.lang, vacancy.slug!)),
          title: vacancy.title,
          summary: vacancy.summary ?? undefined,
          content_html: jobDescriptionHtml(vacancy),
          date_published: isoOrNull(vacancy.datePosted) ?? isoOrNull(vacancy.createdAt) ?? undefined,
          date_modified: isoOrNull(vacancy.updatedAt) ?? undefined,
          tags: [facts.department, facts.location, facts.employmentType].filter((t): t is string => Boolean(t)),
          _vacancy: {
            ...facts,
            employment_type: vacancy.employmentType,
            hours_min: vacancy.hoursMin ?? null,
            hours_max: vacancy.hoursMax ?? null,
            salary_min: vacancy.salaryMin ?? null,
            salary_max: vacancy.salaryMax ?? null,
            salary_currency: 'EUR',
            salary_period: vacancy.salaryPeriod ?? null,
            valid_through: vacancy.validThrough ? endOfDutchDay(vacancy.validThrough) : null,
            apply_url: vacancy.applyMode === 'external' && vacancy.applyUrl ? vacancy.applyUrl : abs(paths.apply(info.lang, vacancy.slug!)),
          },
        }
      }),
  }
}

/** RSS 2.0: one item per vacancy, facts first in the description. */
export function jobFeedRss(info: FeedInfo, vacancies: Vacancy[], now = new Date()): string {
  const abs = (path: string) => new URL(path, info.origin).href
  const items = vacancies
    .filter((v) => v.slug)
    .map((vacancy) => {
      const url = abs(paths.vacancy(info.lang, vacancy.slug!))
      const facts = vacancyFacts(vacancy, info.lang)
      const factLine = [facts.location, facts.hours, facts.salary, facts.employmentType].filter(Boolean).join(' · ')
      const html = `${factLine ? `<p><strong>${escapeHtml(factLine)}</strong></p>` : ''}${jobDescriptionHtml(vacancy)}`
      const date = new Date(vacancy.datePosted ?? vacancy.createdAt)
      return [
        '    <item>',
        `      <title>${xml(vacancy.title)}</title>`,
        `      <link>${xml(url)}</link>`,
        `      <guid isPermaLink="false">${xml(`vacancy:${vacancy.id}`)}</guid>`,
        ...(Number.isNaN(date.getTime()) ? [] : [`      <pubDate>${date.toUTCString()}</pubDate>`]),
        ...(facts.department ? [`      <category>${xml(facts.department)}</category>`] : []),
        `      <description>${xml(html)}</description>`,
        '    </item>',
      ].join('\n')
    })
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">',
    '  <channel>',
    `    <title>${xml(info.title)}</title>`,
    `    <link>${xml(abs(paths.vacancies(info.lang)))}</link>`,
    `    <description>${xml(info.description)}</description>`,
    `    <language>${htmlLang[info.lang].toLowerCase()}</language>`,
    `    <lastBuildDate>${now.toUTCString()}</lastBuildDate>`,
    `    <atom:link href="${xml(abs(paths.jobFeed(info.lang, 'rss')))}" rel="self" type="application/rss+xml"/>`,
    ...items,
    '  </channel>',
    '</rss>',
    '',
  ].join('\n')
}
