import { expect, test } from '@playwright/test'

import { cmsUrl, demoManager, loginHeaders } from '../helpers'

const demoRecruiter = { email: 'recruiter@werkvloer.demo', password: 'werkvloer-recruiter' }

/**
 * Search & Match in the admin with the demo talent base (fictional applicants with real PDF and
 * DOCX CVs, and leads): a recruiter opens a demo vacancy, sees the skills proposed from its text
 * with their evidence, and under "Matches" a ranked, explained list that changes when a skill is dropped.
 */
test('a recruiter sees a vacancy’s extracted skills and a ranked, explained list of matches that changes when a skill is dropped', async ({ page, request }) => {
  // The first proposal in a fresh CMS loads the taxonomy and builds its index (on a loaded machine, a while).
  test.setTimeout(180_000)
  const found = (await (await request.get(`${cmsUrl()}/api/vacancies?where[slug][equals]=klantenservicemedewerker-zakelijk&limit=1&depth=0`)).json()) as { docs: { id: string }[] }
  const id = found.docs[0]!.id

  await page.goto(`${cmsUrl()}/admin/login`)
  await page.getByLabel(/e-?mail/i).fill(demoRecruiter.email)
  await page.getByLabel(/wachtwoord|password/i).fill(demoRecruiter.password)
  await page.getByRole('button', { name: /inloggen|login/i }).click()
  await expect(page).toHaveURL(/\/admin\/?$/)

  await page.goto(`${cmsUrl()}/admin/collections/vacancies/${id}`)
  const proposed = page.getByTestId('proposed-skill')
  await expect(proposed.filter({ hasText: 'klachten van klanten afhandelen' })).toBeVisible({ timeout: 90_000 })
  // Each proposal shows the words of the vacancy text that showed it.
  await expect(proposed.filter({ hasText: 'klachten van klanten afhandelen' })).toContainText(/“[^”]*klachten[^”]*”/i)

  await page.getByRole('link', { name: 'Matches' }).click()
  await expect(page).toHaveURL(new RegExp(`/vacancies/${id}/matches`))
  const count = page.getByTestId('match-count')
  await expect(count).toHaveText(/\d+ (kandidaten passen|candidates match)/)
  const before = Number((await count.textContent())!.match(/\d+/)![0])
  const results = page.getByTestId('match-result')
  // The cashier whose title does not fit but whose skills do comes first, and says so.
  await expect(results.first()).toContainText('Sanne Bakker')
  await expect(results.first().getByTestId('match-reason')).toHaveText(/Titel past niet, vaardigheden wel|Title doesn’t fit, skills do/)
  await expect(results.first().getByTestId('matched-skill').first()).toBeVisible()
  await expect(results.filter({ hasText: 'Noor Haddad' })).toHaveCount(1)

  // Drop the skill that is all the scanned-CV applicant has: she leaves the list and the count drops.
  await page.getByRole('button', { name: /(Weglaten|Drop): klachten van klanten afhandelen/ }).click()
  await expect(results.filter({ hasText: 'Noor Haddad' })).toHaveCount(0)
  await expect(count).not.toHaveText(new RegExp(`^${before} `))
  const after = Number((await count.textContent())!.match(/\d+/)![0])
  expect(after).toBeLessThan(before)
  // And it can be put back.
  await page.getByRole('button', { name: 'klachten van klanten afhandelen' }).click()
  await expect(count).toHaveText(new RegExp(`^${before} `))
})

test('only recruiters and admins may search: a hiring manager and an anonymous visitor get 403', async ({ request }) => {
  const found = (await (await request.get(`${cmsUrl()}/api/vacancies?where[slug][equals]=klantenservicemedewerker-zakelijk&limit=1&depth=0`)).json()) as { docs: { id: string }[] }
  const id = found.docs[0]!.id
  expect((await request.post(`${cmsUrl()}/api/match/vacancies/${id}`, { data: {} })).status()).toBe(403)
  const manager = await loginHeaders(request, demoManager)
  expect((await request.post(`${cmsUrl()}/api/match/vacancies/${id}`, { headers: manager, data: {} })).status()).toBe(403)
  const recruiter = await loginHeaders(request, demoRecruiter)
  const ok = await request.post(`${cmsUrl()}/api/match/vacancies/${id}`, { headers: recruiter, data: {} })
  expect(ok.status()).toBe(200)
  expect(((await ok.json()) as { total: number }).total).toBeGreaterThan(0)
})
