import { expect, test, type Page } from '@playwright/test'

import { cmsUrl, demoComms, signInToAdmin } from '../helpers'

// Issue 10, blocker 1: the review list had no links at all, so comms could not open a video from it.

const signInAsComms = (page: Page) => signInToAdmin(page, demoComms)

const title = 'Sanne over haar eerste deal'

async function openList(page: Page) {
  // Every video (the list itself opens on the review queue, where a published one is not).
  await page.goto(`${cmsUrl()}/admin/collections/videos?page=1`)
  const row = page.getByRole('row').filter({ hasText: title })
  await expect(row).toHaveCount(1)
  return row
}

test('comms opens a video from the review list by its thumbnail and by its title', async ({ page }) => {
  await signInAsComms(page)

  const row = await openList(page)
  await row.locator('td.cell-thumbnail').getByRole('link').click()
  await expect(page).toHaveURL(/\/admin\/collections\/videos\/[^/?]+$/)
  await expect(page.getByRole('textbox', { name: /^(title|titel)\b/i })).toHaveValue(title)

  const again = await openList(page)
  await again.locator('td.cell-title').getByRole('link', { name: title }).click()
  await expect(page).toHaveURL(/\/admin\/collections\/videos\/[^/?]+$/)
  await expect(page.getByRole('textbox', { name: /^(title|titel)\b/i })).toHaveValue(title)
})
