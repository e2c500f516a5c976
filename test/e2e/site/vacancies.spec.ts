/**
 * The vacancy list: search and filters in the query string, so they work without JavaScript and
 * every result is a link someone can share.
 */
import { expect, test, type Page } from '@playwright/test'

import { cmsUrl, openVacanciesWithDepartments, siteUrl, vacanciesPath, vacancyPath, type VacancyWithDepartment } from './site-helpers'

const place = (location: string) => location.split(/\s*[/(,|]\s*/)[0]!.trim()

async function resultSlugs(page: Page): Promise<string[]> {
  const hrefs = await page.getByTestId('vacancy-results').getByRole('article').getByRole('link').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''))
  return hrefs.map((href) => href.split('/').pop()!).sort()
}

const slugs = (vacancies: VacancyWithDepartment[]) => vacancies.map((v) => v.slug).sort()

test.describe('vacancy list', () => {
  test('lists every open vacancy in both languages', async ({ page, request }) => {
    for (const lang of ['nl', 'en'] as const) {
      const open = await openVacanciesWithDepartments(request, lang)
      expect(open.length).toBeGreaterThan(2)
      const response = await page.goto(siteUrl(vacanciesPath(lang)))
      expect(response?.status()).toBe(200)
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(lang === 'en' ? 'Vacancies' : 'Vacatures')
      // Other specs create and delete vacancies; the site may lag the CMS by its 5-second cache.
      await expect.poll(async () => (await page.reload(), await resultSlugs(page)), { timeout: 15_000 }).toEqual(slugs(open))
      await expect(page.getByTestId('result-count')).toHaveText(lang === 'en' ? `${open.length} vacancies` : `${open.length} vacatures`)
      const first = open[0]!
      await expect(page.getByTestId('vacancy-results').getByRole('link', { name: first.title, exact: true })).toHaveAttribute('href', vacancyPath(lang, first.slug))
    }
  })

  test('filters by department, location, hours and employment type, and searches, through the URL', async ({ page, request }) => {
    const open = await openVacanciesWithDepartments(request, 'nl')
    const department = open.find((v) => v.department)!.department!
    const byDepartment = open.filter((v) => v.department?.slug === department.slug)
    await page.goto(siteUrl(vacanciesPath('nl')))
    await page.getByLabel('Afdeling').selectOption(department.slug)
    await page.getByRole('button', { name: 'Toon vacatures' }).click()
    await expect(page).toHaveURL(siteUrl(`/vacatures?afdeling=${department.slug}`))
    expect(await resultSlugs(page)).toEqual(slugs(byDepartment))
    await expect(page.getByLabel('Afdeling')).toHaveValue(department.slug)

    const town = place(open.at(-1)!.location)
    await page.goto(siteUrl(`/vacatures?locatie=${encodeURIComponent(town)}`))
    expect(await resultSlugs(page)).toEqual(slugs(open.filter((v) => place(v.location) === town)))

    await page.goto(siteUrl('/vacatures?uren=0-24'))
    // "tot 24 uur" means fewer than 24: a job of 24 to 32 hours is under "24 tot 32 uur" only.
    expect(await resultSlugs(page)).toEqual(slugs(open.filter((v) => (v.hoursMin ?? v.hoursMax ?? 99) < 24)))

    await page.goto(siteUrl('/vacatures?dienstverband=part-time'))
    expect(await resultSlugs(page)).toEqual(slugs(open.filter((v) => v.employmentType === 'PART_TIME')))

    const target = open[0]!
    const word = target.title.split(' ').find((w) => w.length > 4) ?? target.title
    await page.goto(siteUrl(`/vacatures?zoek=${encodeURIComponent(word.toUpperCase())}`))
    const found = await resultSlugs(page)
    expect(found).toContain(target.slug)
    expect(found.length).toBeLessThanOrEqual(open.length)

    await page.goto(siteUrl(`/vacatures?afdeling=${department.slug}&dienstverband=full-time&zoek=zzzz-nothing`))
    await expect(page.getByTestId('no-results')).toBeVisible()
    await expect(page.getByTestId('result-count')).toHaveText('0 vacatures')
  })

  test('works without JavaScript', async ({ browser, request }) => {
    const open = await openVacanciesWithDepartments(request, 'en')
    const department = open.find((v) => v.department)!.department!
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto(siteUrl(vacanciesPath('en')))
    await page.getByLabel('Department').selectOption(department.slug)
    await page.getByLabel('Search by job title or keyword').fill(' ')
    await page.getByRole('button', { name: 'Show vacancies' }).click()
    await expect(page).toHaveURL(new RegExp(`/en/vacancies\\?.*department=${department.slug}`))
    expect(await resultSlugs(page)).toEqual(slugs(open.filter((v) => v.department?.slug === department.slug)))
    await context.close()
  })

  test('a filtered list is a link: it opens the same way elsewhere, and its filters can be removed one by one', async ({ browser, request }) => {
    const open = await openVacanciesWithDepartments(request, 'nl')
    const department = open.find((v) => v.department)!.department!
    const shared = siteUrl(`/vacatures?afdeling=${department.slug}&uren=32-40`)
    const context = await browser.newContext()
    const page = await context.newPage()
    await page.goto(shared)
    const expected = slugs(open.filter((v) => v.department?.slug === department.slug && (v.hoursMax ?? v.hoursMin ?? 0) >= 32))
    expect(await resultSlugs(page)).toEqual(expected)
    await expect(page.getByLabel('Uren per week')).toHaveValue('32-40')
    const chips = page.getByRole('list', { name: 'Actieve filters' }).getByRole('link')
    await expect(chips).toHaveCount(2)
    await chips.filter({ hasText: '32 tot 40 uur' }).click()
    await expect(page).toHaveURL(siteUrl(`/vacatures?afdeling=${department.slug}`))
    await page.getByRole('link', { name: 'Wis alle filters' }).first().click()
    await expect(page).toHaveURL(siteUrl('/vacatures'))
    await context.close()
  })

  test('malformed or unknown values are ignored, with a message, never a blank list', async ({ page, request }) => {
    const open = await openVacanciesWithDepartments(request, 'nl')
    for (const query of ['afdeling=%3Cscript%3Ealert(1)%3C%2Fscript%3E', 'afdeling=bestaat-niet', 'uren=999', 'locatie=Atlantis']) {
      const response = await page.goto(siteUrl(`/vacatures?${query}`))
      expect(response?.status(), query).toBe(200)
      await expect(page.getByTestId('filters-ignored'), query).toBeVisible()
      expect(await resultSlugs(page), query).toEqual(slugs(open))
    }
    expect(await page.content()).not.toContain('<script>alert(1)')
  })

  test('the language switch keeps the filters; old home-page filter links lead here', async ({ page, request }) => {
    const department = (await openVacanciesWithDepartments(request, 'nl')).find((v) => v.department)!.department!
    await page.goto(siteUrl(`/vacatures?afdeling=${department.slug}&zoek=manager`))
    await page.getByRole('link', { name: 'English' }).click()
    // The department keeps its place in the filter, under its English slug.
    const english = (await (await request.get(cmsUrl(`/api/departments/${department.id}?locale=en&depth=0`))).json()) as { slug: string }
    await expect(page).toHaveURL(siteUrl(`/en/vacancies?q=manager&department=${english.slug}`))
    await expect(page.getByLabel('Department')).toHaveValue(english.slug)

    const redirect = await page.request.get(siteUrl(`/?afdeling=${department.slug}`), { maxRedirects: 0 })
    expect(redirect.status()).toBe(301)
    expect(redirect.headers().location).toBe(`/vacatures?afdeling=${department.slug}`)
  })

  test('the plain list is indexed, filtered lists are not; both lead to the job feeds', async ({ page }) => {
    await page.goto(siteUrl('/vacatures'))
    await expect(page.locator('meta[name=robots]')).toHaveCount(0)
    await expect(page.locator('link[rel=canonical]')).toHaveAttribute('href', siteUrl('/vacatures'))
    await expect(page.locator('link[rel=alternate][type="application/rss+xml"]')).toHaveAttribute('href', '/vacatures/feed.xml')
    await page.goto(siteUrl('/vacatures?uren=32-40'))
    await expect(page.locator('meta[name=robots]')).toHaveAttribute('content', 'noindex')
  })
})
