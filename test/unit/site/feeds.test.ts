import { describe, expect, it } from 'vitest'

import type { Vacancy } from '../../../cms/payload-types'
import { jobFeedJson, jobFeedRss, robotsTxt, sitemapXml } from '../../../site/lib/feeds'

const vacancy = (over: Partial<Vacancy> = {}): Vacancy =>
  ({
    id: 'v1',
    title: 'Planner & chauffeur',
    slug: 'planner',
    status: 'open',
    summary: 'Rijden <en> plannen.',
    location: 'Breda',
    employmentType: 'PART_TIME',
    hoursMin: 24,
    hoursMax: 32,
    salaryMin: 2800,
    salaryMax: 3400,
    salaryPeriod: 'MONTH',
    datePosted: '2027-01-10T09:00:00.000Z',
    validThrough: '2027-03-12T10:00:00.000Z',
    applyMode: 'built-in',
    department: { id: 'd', name: 'Operations', slug: 'operations', updatedAt: '', createdAt: '' },
    updatedAt: '2027-01-11T09:00:00.000Z',
    createdAt: '2027-01-09T09:00:00.000Z',
    ...over,
  }) as Vacancy

const origin = 'https://werkenbij.example.nl'

describe('sitemap', () => {
  it('lists every page in both languages, each with hreflang alternates and x-default', () => {
    const xml = sitemapXml(origin, [{ paths: { nl: '/vacatures/planner', en: '/en/vacancies/planner' }, lastmod: '2027-01-11T09:00:00.000Z' }])
    expect(xml).toContain('xmlns:xhtml="http://www.w3.org/1999/xhtml"')
    expect(xml.match(/<url>/g)).toHaveLength(2)
    expect(xml).toContain('<loc>https://werkenbij.example.nl/vacatures/planner</loc>')
    expect(xml).toContain('<loc>https://werkenbij.example.nl/en/vacancies/planner</loc>')
    expect(xml.match(/hreflang="en" href="https:\/\/werkenbij.example.nl\/en\/vacancies\/planner"/g)).toHaveLength(2)
    expect(xml.match(/hreflang="x-default" href="https:\/\/werkenbij.example.nl\/vacatures\/planner"/g)).toHaveLength(2)
    expect(xml).toContain('<lastmod>2027-01-11T09:00:00.000Z</lastmod>')
  })

  it('robots.txt keeps forms and personal links out and points at the sitemap', () => {
    const txt = robotsTxt(origin)
    expect(txt).toContain('Disallow: /vacatures/*/solliciteren')
    expect(txt).toContain('Disallow: /bijdragen/')
    expect(txt).toContain('Sitemap: https://werkenbij.example.nl/sitemap.xml')
  })
})

describe('job feeds', () => {
  it('JSON Feed 1.1 with the facts job boards need', () => {
    const feed = jobFeedJson({ lang: 'en', origin, title: 'Vacancies', description: 'Open' }, [vacancy(), vacancy({ slug: null })])
    expect(feed).toMatchObject({ version: 'https://jsonfeed.org/version/1.1', language: 'en-GB', feed_url: 'https://werkenbij.example.nl/en/vacancies/feed.json' })
    const items = feed.items as Record<string, unknown>[]
    expect(items).toHaveLength(1)
    expect(items[0]).toMatchObject({
      id: 'v1',
      url: 'https://werkenbij.example.nl/en/vacancies/planner',
      title: 'Planner & chauffeur',
      date_published: '2027-01-10T09:00:00.000Z',
      _vacancy: { location: 'Breda', employment_type: 'PART_TIME', salary_min: 2800, salary_currency: 'EUR', valid_through: '2027-03-12T23:59:59+01:00', apply_url: 'https://werkenbij.example.nl/en/vacancies/planner/apply' },
    })
    expect(items[0]!.content_html).toContain('<p>Rijden &lt;en&gt; plannen.</p>')
  })

  it('RSS 2.0, escaped, with a self link', () => {
    const rss = jobFeedRss({ lang: 'nl', origin, title: 'Vacatures & meer', description: 'Open' }, [vacancy({ applyMode: 'external', applyUrl: 'https://ats.example.com/1' })], new Date('2027-01-12T00:00:00Z'))
    expect(rss).toContain('<title>Vacatures &amp; meer</title>')
    expect(rss).toContain('<title>Planner &amp; chauffeur</title>')
    expect(rss).toContain('<link>https://werkenbij.example.nl/vacatures/planner</link>')
    expect(rss).toContain('<atom:link href="https://werkenbij.example.nl/vacatures/feed.xml" rel="self" type="application/rss+xml"/>')
    expect(rss).toContain('<pubDate>Sun, 10 Jan 2027 09:00:00 GMT</pubDate>')
    expect(rss).toContain('<category>Operations</category>')
    expect(rss).not.toMatch(/<description>[^<]*<p>/) // HTML inside is escaped
  })
})
