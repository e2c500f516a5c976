/**
 * English pages have English addresses: /en/vacancies/business-customer-service-agent, not the
 * Dutch slug. An old English link with the Dutch slug answers 301 with the English address (the
 * query kept), the Dutch addresses stay as they were, and hreflang, the language switch, the
 * sitemap and the English feeds name each language's own slug.
 */
import { expect, test } from '@playwright/test'

import { siteUrl } from './site-helpers'

const NL = '/vacatures/klantenservicemedewerker-zakelijk'
const EN = '/en/vacancies/business-customer-service-agent'
const OLD_EN = '/en/vacancies/klantenservicemedewerker-zakelijk'

test('an old English vacancy link with the Dutch slug moves (301) to the English slug, query kept', async ({ request, page }) => {
  const moved = await request.get(siteUrl(`${OLD_EN}?utm_source=linkedin`), { maxRedirects: 0 })
  expect(moved.status()).toBe(301)
  expect(new URL(moved.headers().location!, siteUrl()).pathname + new URL(moved.headers().location!, siteUrl()).search).toBe(`${EN}?utm_source=linkedin`)
  const apply = await request.get(siteUrl(`${OLD_EN}/apply`), { maxRedirects: 0 })
  expect(apply.status()).toBe(301)
  expect(new URL(apply.headers().location!, siteUrl()).pathname).toBe(`${EN}/apply`)
  const team = await request.get(siteUrl('/en/departments/klantenservice'), { maxRedirects: 0 })
  expect(team.status()).toBe(301)
  expect(new URL(team.headers().location!, siteUrl()).pathname).toBe('/en/departments/customer-service')

  // A person following the old link lands on the English page.
  await page.goto(siteUrl(OLD_EN))
  await expect(page).toHaveURL(siteUrl(EN))
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Business customer service agent')
  // The Dutch addresses did not move.
  expect((await request.get(siteUrl(NL), { maxRedirects: 0 })).status()).toBe(200)
  expect((await request.get(siteUrl('/afdelingen/klantenservice'), { maxRedirects: 0 })).status()).toBe(200)
})

test('hreflang and the language switch name each language’s own slug', async ({ page }) => {
  for (const [path, other] of [
    [NL, EN],
    [EN, NL],
  ] as const) {
    await page.goto(siteUrl(path))
    await expect(page.locator('link[rel=canonical]')).toHaveAttribute('href', siteUrl(path))
    await expect(page.locator('link[rel=alternate][hreflang=nl]')).toHaveAttribute('href', siteUrl(NL))
    await expect(page.locator('link[rel=alternate][hreflang=en]')).toHaveAttribute('href', siteUrl(EN))
    await expect(page.locator('a.lang-switch')).toHaveAttribute('href', other)
  }
  await page.goto(siteUrl('/en/departments/customer-service'))
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Customer service')
  await expect(page.locator('link[rel=alternate][hreflang=nl]')).toHaveAttribute('href', siteUrl('/afdelingen/klantenservice'))
  // The English list links English addresses, and its department filter speaks English too.
  await page.goto(siteUrl('/en/vacancies?department=customer-service'))
  await expect(page.getByRole('link', { name: 'Business customer service agent', exact: true })).toHaveAttribute('href', EN)
  await expect(page.locator('a.lang-switch')).toHaveAttribute('href', '/vacatures?afdeling=klantenservice')
})

test('the sitemap and the English feeds use the English slug', async ({ request }) => {
  const sitemap = await (await request.get(siteUrl('/sitemap.xml'))).text()
  expect(sitemap).toContain(`<loc>${siteUrl(EN)}</loc>`)
  expect(sitemap).toContain(`<loc>${siteUrl(NL)}</loc>`)
  expect(sitemap).toContain(`<xhtml:link rel="alternate" hreflang="en" href="${siteUrl(EN)}"/>`)
  expect(sitemap).toContain(`<loc>${siteUrl('/en/departments/customer-service')}</loc>`)
  expect(sitemap).not.toContain(OLD_EN)
  const feed = (await (await request.get(siteUrl('/en/vacancies/feed.json'))).json()) as { items: { url: string }[] }
  expect(feed.items.map((i) => i.url)).toContain(siteUrl(EN))
  expect(await (await request.get(siteUrl('/en/vacancies/feed.xml'))).text()).not.toContain(OLD_EN)
})
