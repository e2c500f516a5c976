import { expect, test } from '@playwright/test'

import { cmsUrl, demoComms } from '../helpers'

test('a comms user signs in to the admin and finds the employee videos', async ({ page }) => {
  await page.goto(`${cmsUrl()}/admin/login`)
  await page.getByLabel(/e-?mail/i).fill(demoComms.email)
  await page.getByLabel(/wachtwoord|password/i).fill(demoComms.password)
  await page.getByRole('button', { name: /inloggen|login/i }).click()
  await expect(page).toHaveURL(/\/admin\/?$/)
  // "Alles": the list itself opens on the review queue, where a published video is not.
  await page.goto(`${cmsUrl()}/admin/collections/videos?page=1`)
  await expect(page.getByText('Sanne over haar eerste deal')).toBeVisible()
})

test('a wrong password is refused with a message and no session', async ({ page }) => {
  await page.goto(`${cmsUrl()}/admin/login`)
  await page.getByLabel(/e-?mail/i).fill(demoComms.email)
  await page.getByLabel(/wachtwoord|password/i).fill('not-the-password')
  await page.getByRole('button', { name: /inloggen|login/i }).click()
  await expect(page.getByText(/onjuist|incorrect|invalid/i).first()).toBeVisible()
  await expect(page).toHaveURL(/\/admin\/login/)
})
