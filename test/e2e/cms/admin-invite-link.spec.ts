import { expect, test, type Page } from '@playwright/test'

import { cmsUrl, createInvite, demoComms, siteUrl, signInToAdmin } from '../helpers'

// Issue 10: the invite page could only make a new link (killing the old one); reprinting the QR
// code at the coffee machine must not break it.

// A Dutch comms team: the admin follows the browser's language (Accept-Language).
test.use({ locale: 'nl-NL' })

const signInAsComms = (page: Page) => signInToAdmin(page, demoComms)

test('comms sees the same invite link and QR code again, prints it, and a confirmed new link switches the old one off', async ({ page, request }) => {
  // Many page loads; a loaded machine needs more than the default minute.
  test.setTimeout(180_000)
  const invite = await createInvite(request, { label: 'QR bij de koffieautomaat' })
  await signInAsComms(page)
  await page.goto(`${cmsUrl()}/admin/collections/invites/${invite.id}`)
  const tools = page.getByTestId('invite-link')
  const linkBox = tools.getByRole('textbox', { name: 'Uitnodigingslink' })
  await expect(linkBox).toHaveValue(invite.link, { timeout: 60_000 })
  await expect(tools.getByRole('img', { name: 'QR-code van de uitnodigingslink' })).toBeVisible()
  // Showing it again does not change it.
  await page.reload()
  await expect(linkBox).toHaveValue(invite.link, { timeout: 60_000 })

  // Print: a page with the QR code and the link, in the invite's language.
  await page.context().addInitScript(() => {
    window.print = () => undefined
  })
  const [popup] = await Promise.all([page.waitForEvent('popup'), tools.getByRole('button', { name: 'QR-code afdrukken' }).click()])
  await expect(popup.getByTestId('printed-qr').locator('svg')).toBeVisible()
  await expect(popup.getByText(invite.link)).toBeVisible()
  await popup.close()

  // The shown link still works: the campaign's brief opens.
  await page.goto(invite.link.replace(/^https?:\/\/[^/]+/, siteUrl()))
  await expect(page.getByRole('heading', { name: 'Nooit filmen' })).toBeVisible()

  // A new link is a separate, confirmed step; cancel keeps the link.
  await page.goto(`${cmsUrl()}/admin/collections/invites/${invite.id}`)
  await expect(linkBox).toHaveValue(invite.link, { timeout: 60_000 })
  await tools.getByRole('button', { name: 'Nieuwe link maken…' }).click()
  const confirm = page.getByRole('alertdialog')
  await expect(confirm).toContainText('Een nieuwe link maakt de huidige link en elke afgedrukte QR-code ongeldig.')
  await confirm.getByRole('button', { name: 'Annuleren' }).click()
  await expect(linkBox).toHaveValue(invite.link)
  await tools.getByRole('button', { name: 'Nieuwe link maken…' }).click()
  await confirm.getByRole('button', { name: 'Ja, nieuwe link maken' }).click()
  await expect(linkBox).not.toHaveValue(invite.link)
  const fresh = await linkBox.inputValue()
  await page.reload()
  await expect(linkBox).toHaveValue(fresh, { timeout: 60_000 })

  // The old link no longer works; the new one does.
  await page.goto(invite.link.replace(/^https?:\/\/[^/]+/, siteUrl()))
  await expect(page.getByText('Deze uitnodigingslink klopt niet', { exact: false })).toBeVisible()
  await page.goto(fresh.replace(/^https?:\/\/[^/]+/, siteUrl()))
  await expect(page.getByRole('heading', { name: 'Nooit filmen' })).toBeVisible()
})
