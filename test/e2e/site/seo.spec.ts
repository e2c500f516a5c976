/**
 * What search engines and job boards read: JobPosting JSON-LD on open vacancies (and none once a
 * vacancy is filled), canonical URLs with hreflang pairs, the sitemap, robots.txt and job feeds.
 */
import { expect, test, type APIRequestContext } from '@playwright/test'

import { demoAdmin, loginHeaders } from '../helpers'
import {
  cmsUrl,
  departmentPath,
  departments,
  jsonLdBlocks,
  openVacanciesWithDepartments,
  publishedStory,
  publishedVideos,
  siteUrl,
  storyPath,
  vacanciesPath,
  vacancyPath,
  videoPath,
  type Lang,
} from './site-helpers'

const GOOGLE_FIELDS = ['title', 'description', 'datePosted', 'validThrough', 'hiringOrganization', 'jobLocation', 'employmentType', 'baseSalary', 'identifier', 'directApply']

test.describe('JobPosting structured data', () => {
  test('an open seeded vacancy has every field Google asks for, in both languages', async ({ page, request }) => {
    const vacancy = (await openVacanciesWithDepartments(request, 'nl')).find((v) => typeof v.salaryMin === 'number' && v.validThrough && v.applyMode === 'built-in')!
    // Its address in each language (vacancies have a slug per language).
    const slugs = { nl: vacancy.slug, en: (await openVacanciesWithDepartments(request, 'en')).find((v) => v.id === vacancy.id)!.slug }
    for (const lang of ['nl', 'en'] as Lang[]) {
      await page.goto(siteUrl(vacancyPath(lang, slugs[lang])))
      const postings = (await jsonLdBlocks(page)).filter((b) => b['@type'] === 'JobPosting')
      expect(postings).toHaveLength(1)
      const ld = postings[0]!
      for (const field of GOOGLE_FIELDS) expect(ld[field] ?? null, `${lang}: ${field}`).not.toBeNull()
      expect(ld['@context']).toBe('https://schema.org')
      expect(ld.url).toBe(siteUrl(vacancyPath(lang, slugs[lang])))
      expect(ld.title).toBe(await page.getByRole('heading', { level: 1 }).textContent())
      expect(String(ld.description)).toMatch(/^<p>.+<\/p>/)
      expect(new Date(String(ld.datePosted)).getTime()).toBeLessThanOrEqual(Date.now())
      expect(String(ld.validThrough)).toMatch(/^\d{4}-\d{2}-\d{2}T23:59:59[+-]\d{2}:\d{2}$/)
      expect(new Date(String(ld.validThrough)).getTime()).toBeGreaterThan(Date.now())
      expect(ld.employmentType).toBe(vacancy.employmentType)
      expect(ld.directApply).toBe(true) // the built-in form, on this site
      expect(ld.identifier).toEqual({ '@type': 'PropertyValue', name: 'Noordhaven Logistiek', value: vacancy.id })
      expect(ld.hiringOrganization).toMatchObject({ '@type': 'Organization', name: 'Noordhaven Logistiek', sameAs: expect.stringMatching(/^https?:\/\//) })
      expect(ld.jobLocation).toMatchObject({ '@type': 'Place', address: { '@type': 'PostalAddress', addressCountry: 'NL', addressLocality: expect.any(String) } })
      expect(ld.baseSalary).toMatchObject({ '@type': 'MonetaryAmount', currency: 'EUR', value: { '@type': 'QuantitativeValue', minValue: vacancy.salaryMin, unitText: 'MONTH' } })
    }
  })
})

test.describe('filled vacancies', () => {
  let auth: Record<string, string>
  const created: string[] = []
  const suffix = Date.now().toString(36)

  async function createVacancy(request: APIRequestContext, data: Record<string, unknown>): Promise<{ id: string; slug: string }> {
    const response = await request.post(cmsUrl('/api/vacancies?locale=nl'), { headers: auth, data: { location: 'Rotterdam', employmentType: 'FULL_TIME', applyMode: 'built-in', salaryMin: 3000, salaryMax: 3500, ...data } })
    expect(response.ok(), await response.text()).toBe(true)
    const { doc } = (await response.json()) as { doc: { id: string; slug: string } }
    created.push(doc.id)
    return doc
  }

  test.beforeAll(async ({ request }) => {
    auth = await loginHeaders(request, demoAdmin)
  })
  test.afterAll(async ({ request }) => {
    for (const id of created) await request.delete(cmsUrl(`/api/vacancies/${id}`), { headers: auth })
  })

  test('an expired or closed vacancy has no JobPosting, is not indexed, says it is filled and offers open vacancies', async ({ page, request }) => {
    const [team] = await departments(request)
    const expired = await createVacancy(request, { title: `Verlopen SEO-testvacature ${suffix}`, status: 'open', department: team!.id, validThrough: new Date(Date.now() - 3 * 24 * 3600e3).toISOString() })
    const closed = await createVacancy(request, { title: `Gesloten SEO-testvacature ${suffix}`, status: 'closed', department: team!.id })
    for (const { slug } of [expired, closed]) {
      const response = await page.goto(siteUrl(vacancyPath('nl', slug)))
      expect(response?.status()).toBe(200)
      expect((await jsonLdBlocks(page)).filter((b) => b['@type'] === 'JobPosting')).toEqual([])
      await expect(page.locator('meta[name=robots]')).toHaveAttribute('content', 'noindex')
      await expect(page.getByTestId('vacancy-filled')).toContainText('Deze vacature is vervuld')
      const related = page.getByTestId('related-vacancies')
      await expect(related.getByRole('heading', { name: 'Deze vacatures staan wel open' })).toBeVisible()
      await expect(related.getByRole('article').first()).toBeVisible()
      await expect(page.getByTestId('apply-bar')).toHaveCount(0)
    }
    // Filled vacancies are in neither the sitemap nor the feeds nor the list.
    const sitemap = await (await request.get(siteUrl('/sitemap.xml'))).text()
    const feed = await (await request.get(siteUrl('/vacatures/feed.json'))).text()
    const list = await (await request.get(siteUrl('/vacatures'))).text()
    for (const { slug } of [expired, closed]) {
      expect(sitemap).not.toContain(slug)
      expect(feed).not.toContain(slug)
      expect(list).not.toContain(slug)
    }
  })
})

test.describe('sitemap, robots, canonical URLs and feeds', () => {
  test('every page type has a canonical URL and hreflang to both languages', async ({ page, request }) => {
    // Vacancies and departments have a slug per language: the same document read in English gives its English address.
    const [vacancy] = await openVacanciesWithDepartments(request, 'nl')
    const vacancyEn = (await openVacanciesWithDepartments(request, 'en')).find((v) => v.id === vacancy!.id)!
    const [team] = await departments(request)
    const teamEn = (await departments(request, 'en')).find((d) => d.id === team!.id)!
    const [video] = await publishedVideos(request)
    const story = await publishedStory(request)
    const pairs: [string, string][] = [
      ['/', '/en/'],
      [vacanciesPath('nl'), vacanciesPath('en')],
      [vacancyPath('nl', vacancy!.slug), vacancyPath('en', vacancyEn.slug)],
      [departmentPath('nl', team!.slug), departmentPath('en', teamEn.slug)],
      [storyPath('nl', story.slug), storyPath('en', story.slug)],
      [videoPath('nl', video!.id), videoPath('en', video!.id)],
    ]
    for (const [nl, en] of pairs) {
      for (const [path, lang] of [
        [nl, 'nl'],
        [en, 'en'],
      ] as const) {
        await page.goto(siteUrl(path))
        await expect(page.locator('link[rel=canonical]'), path).toHaveAttribute('href', siteUrl(lang === 'nl' ? nl : en))
        await expect(page.locator('link[rel=alternate][hreflang=nl]'), path).toHaveAttribute('href', siteUrl(nl))
        await expect(page.locator('link[rel=alternate][hreflang=en]'), path).toHaveAttribute('href', siteUrl(en))
        await expect(page.locator('link[rel=alternate][hreflang=x-default]'), path).toHaveAttribute('href', siteUrl(nl))
      }
    }
  })

  test('the sitemap lists open vacancies, departments, stories and videos in both languages, with hreflang', async ({ request }) => {
    const response = await request.get(siteUrl('/sitemap.xml'))
    expect(response.status()).toBe(200)
    expect(response.headers()['content-type']).toContain('xml')
    const xml = await response.text()
    const [vacancy] = await openVacanciesWithDepartments(request, 'nl')
    const vacancyEn = (await openVacanciesWithDepartments(request, 'en')).find((v) => v.id === vacancy!.id)!
    const [team] = await departments(request, 'en')
    const [video] = await publishedVideos(request)
    for (const path of [
      '/',
      '/en/',
      vacanciesPath('en'),
      vacancyPath('nl', vacancy!.slug),
      vacancyPath('en', vacancyEn.slug),
      departmentPath('en', team!.slug),
      videoPath('nl', video!.id),
    ]) {
      expect(xml, path).toContain(`<loc>${siteUrl(path)}</loc>`)
    }
    expect(xml).toContain(`<xhtml:link rel="alternate" hreflang="en" href="${siteUrl(vacancyPath('en', vacancyEn.slug))}"/>`)
    expect(xml).not.toContain('solliciteren')

    const robots = await request.get(siteUrl('/robots.txt'))
    expect(robots.headers()['content-type']).toContain('text/plain')
    const txt = await robots.text()
    expect(txt).toContain(`Sitemap: ${siteUrl('/sitemap.xml')}`)
    expect(txt).toContain('Disallow: /bijdragen/')
  })

  test('the job feeds list every open vacancy, as JSON Feed and as RSS', async ({ request }) => {
    for (const lang of ['nl', 'en'] as Lang[]) {
      const open = await openVacanciesWithDepartments(request, lang)
      const json = await request.get(siteUrl(`${vacanciesPath(lang)}/feed.json`))
      expect(json.headers()['content-type']).toContain('application/feed+json')
      const feed = (await json.json()) as { version: string; items: { url: string; title: string; _vacancy: { location: string } }[] }
      expect(feed.version).toBe('https://jsonfeed.org/version/1.1')
      await expect.poll(async () => ((await (await request.get(siteUrl(`${vacanciesPath(lang)}/feed.json`))).json()) as typeof feed).items.length, { timeout: 15_000 }).toBe(open.length)
      const item = feed.items.find((i) => i.url === siteUrl(vacancyPath(lang, open[0]!.slug)))
      expect(item?.title).toBe(open[0]!.title)
      expect(item?._vacancy.location).toBe(open[0]!.location)

      const rss = await request.get(siteUrl(`${vacanciesPath(lang)}/feed.xml`))
      expect(rss.headers()['content-type']).toContain('application/rss+xml')
      const xml = await rss.text()
      expect(xml).toContain('<rss version="2.0"')
      expect(xml).toContain(`<link>${siteUrl(vacancyPath(lang, open[0]!.slug))}</link>`)
    }
  })
})
