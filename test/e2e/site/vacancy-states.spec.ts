/**
 * Vacancy states the seed may not contain: closed, past its valid-through date, and applying
 * through an external ATS. The spec creates them through the REST API as the demo admin and
 * deletes them afterwards.
 */
import { expect, test, type APIRequestContext } from '@playwright/test'

import { demoAdmin } from '../helpers'
import { applyPath, cmsUrl, siteUrl, vacancyPath } from './site-helpers'

const admin = { email: process.env.E2E_ADMIN_EMAIL ?? demoAdmin.email, password: process.env.E2E_ADMIN_PASSWORD ?? demoAdmin.password }
const suffix = `${Date.now().toString(36)}`
const created: string[] = []
let auth: Record<string, string> | null = null

async function createVacancy(request: APIRequestContext, data: Record<string, unknown>): Promise<{ slug: string; applyUrl?: string }> {
  const response = await request.post(cmsUrl('/api/vacancies?locale=nl'), { headers: auth!, data: { location: 'Rotterdam', employmentType: 'FULL_TIME', ...data } })
  expect(response.ok(), await response.text()).toBe(true)
  const { doc } = (await response.json()) as { doc: { id: string; slug: string; applyUrl?: string } }
  created.push(doc.id)
  return doc
}

test.describe('vacancy states', () => {
  test.beforeAll(async ({ request }) => {
    const response = await request.post(cmsUrl('/api/users/login'), { data: admin })
    if (response.ok()) auth = { Authorization: `JWT ${((await response.json()) as { token: string }).token}` }
  })

  test.afterAll(async ({ request }) => {
    for (const id of created) await request.delete(cmsUrl(`/api/vacancies/${id}`), { headers: auth ?? {} })
  })

  test.beforeEach(() => {
    expect(auth, 'the demo admin (or E2E_ADMIN_EMAIL / E2E_ADMIN_PASSWORD) can log in to the CMS').toBeTruthy()
  })

  test('a closed vacancy says it has been filled and offers no way to apply', async ({ page, request }) => {
    const { slug } = await createVacancy(request, { title: `Gesloten testvacature ${suffix}`, status: 'closed', applyMode: 'built-in' })
    await page.goto(siteUrl(vacancyPath('nl', slug)))
    await expect(page.getByTestId('vacancy-filled').getByText('Deze vacature is vervuld')).toBeVisible()
    await expect(page.getByTestId('apply-button')).toHaveCount(0)
    await page.goto(siteUrl(vacancyPath('en', slug)))
    await expect(page.getByTestId('vacancy-filled').getByText('This vacancy has been filled')).toBeVisible()
    // The form is gone too, and posting to it is refused.
    const post = await request.post(siteUrl(applyPath('nl', slug)), {
      headers: { Origin: new URL(siteUrl()).origin },
      form: { name: 'A', email: 'a@example.com', motivation: 'Ik wil hier graag werken.' },
    })
    expect(post.status()).toBe(410)
  })

  test('an open vacancy past its valid-through date is shown as filled', async ({ page, request }) => {
    const { slug } = await createVacancy(request, {
      title: `Verlopen testvacature ${suffix}`,
      status: 'open',
      applyMode: 'built-in',
      validThrough: new Date(Date.now() - 3 * 24 * 3600e3).toISOString(),
    })
    await page.goto(siteUrl(vacancyPath('nl', slug)))
    await expect(page.getByTestId('vacancy-filled').getByText('Deze vacature is vervuld')).toBeVisible()
    await expect(page.getByTestId('apply-button')).toHaveCount(0)
  })

  test('an external vacancy links to the ATS with rel=noopener and has no form here', async ({ page, request }) => {
    const applyUrl = 'https://ats.example.com/noordhaven/apply?job=42'
    const { slug } = await createVacancy(request, { title: `Externe testvacature ${suffix}`, status: 'open', applyMode: 'external', applyUrl })
    await page.goto(siteUrl(vacancyPath('nl', slug)))
    const button = page.getByTestId('apply-button').first()
    await expect(button).toHaveAttribute('href', applyUrl)
    await expect(button).toHaveAttribute('rel', 'noopener')
    // Following it leaves the site for the ATS (answered here, the network is closed).
    await page.route('https://ats.example.com/**', (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<title>ATS</title><h1>ATS</h1>' }))
    await button.click()
    await expect(page).toHaveURL(applyUrl)
    // The site's own apply address (linked from a business case, say) sends people to the ATS too.
    const redirect = await request.get(siteUrl(applyPath('nl', slug)), { maxRedirects: 0 })
    expect(redirect.status()).toBe(303)
    expect(redirect.headers()['location']).toBe(applyUrl)
  })
})
