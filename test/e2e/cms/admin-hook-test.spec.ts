/**
 * Comms sees the demo hook test in the video's edit view: both variants with their figures,
 * interval and chance of being best, and that the test runs; a hiring manager gets no figures.
 */
import { expect, test, type Page } from '@playwright/test'

import { cmsUrl, demoComms, demoManager, signInToAdmin } from '../helpers'

const signIn = signInToAdmin

async function sanneVideoId(page: Page): Promise<string> {
  const response = await page.request.get(`${cmsUrl()}/api/videos?where[contributorName][equals]=Sanne%20Visser&depth=0`)
  const [doc] = ((await response.json()) as { docs: { id: string }[] }).docs
  expect(doc, 'the demo has Sanne’s video').toBeTruthy()
  return doc!.id
}

// The admin speaks the browser's language; this comms team works in Dutch.
test.use({ locale: 'nl-NL' })

test('comms sees each variant of the running hook test with its figures', async ({ page }) => {
  await signIn(page, demoComms)
  const id = await sanneVideoId(page)
  await page.goto(`${cmsUrl()}/admin/collections/videos/${id}`)
  // The admin renders fields as they scroll into view.
  await page.getByRole('heading', { name: 'Hooktest', exact: true }).scrollIntoViewIfNeeded()
  const stats = page.locator('.hook-test-stats')
  await stats.scrollIntoViewIfNeeded()
  await expect(stats.getByRole('status')).toContainText('De test loopt')
  const table = stats.getByRole('table', { name: 'Cijfers sinds de start van de test' })
  await expect(table.getByRole('columnheader')).toHaveText(['Variant', 'Vertoningen', 'Afgespeeld', 'Percentage', '95 %-interval', 'Kans de beste'])
  await expect(table.locator('tbody tr')).toHaveCount(2)
  await expect(table.locator('tbody tr[data-variant="a"] th')).toHaveText('a')
  await expect(table.locator('tbody tr[data-variant="b"] th')).toHaveText('b')
})

test('a hiring manager gets no hook-test figures', async ({ page }) => {
  await signIn(page, demoManager)
  const id = await sanneVideoId(page)
  const response = await page.request.get(`${cmsUrl()}/api/insights/hook-tests/${id}`)
  expect(response.status()).toBe(403)
  expect(((await response.json()) as { errorNl: string }).errorNl).toBe('Alleen communicatie en beheerders zien de cijfers van een hooktest.')
})
