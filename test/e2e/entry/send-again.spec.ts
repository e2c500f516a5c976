/**
 * Issue 9, §4: a candidate on a train presses "send", the lead reaches the server and is stored,
 * but the answer never reaches the phone. They press again. That must store nothing twice, and
 * the thank-you must carry the delete link of the lead that was stored.
 */
import { expect, test } from '@playwright/test'

import { findLeads, KEY_ACCOUNT, leadPath, mailsAbout, phone, uniqueEmail, vacancyPath, words } from './entry-helpers'

test.use({ ...phone, javaScriptEnabled: true })

test('a lead sent again after its answer was lost is stored once, with one working delete link', async ({ page, request }) => {
  const t = words.nl
  const email = uniqueEmail('send-again')
  await page.goto(vacancyPath('nl', KEY_ACCOUNT))
  const card = page.getByTestId('entry-lead')
  await expect(card.getByTestId('lead-form')).toHaveAttribute('data-enhanced', 'true')
  let posts = 0
  await page.route(`**${leadPath('nl')}`, async (route) => {
    if (route.request().method() !== 'POST') return route.fallback()
    posts++
    if (posts > 1) return route.fallback()
    // The post reaches the site (which stores the lead) …
    await route.fetch()
    // … and the answer is lost on the way back.
    await route.abort('connectionreset')
  })
  await card.getByLabel(t.contact).fill(email)
  await card.getByLabel(t.consent).check()
  await card.getByRole('button', { name: t.leadSubmit }).click()
  await expect(page.getByTestId('lead-errors')).toContainText('Versturen lukte niet')
  await expect.poll(async () => (await findLeads(request, { email })).length, { message: 'the first post should have been stored' }).toBe(1)

  await card.getByRole('button', { name: t.leadSubmit }).click()
  await expect(page.getByTestId('lead-thanks')).toContainText(t.leadThanks)
  expect(posts).toBe(2)
  const leads = await findLeads(request, { email })
  expect(leads).toHaveLength(1)
  // One recruiter mail, for the one lead.
  await expect.poll(() => mailsAbout('leads', leads[0]!.id).length).toBe(1)

  await page.getByTestId('withdraw-hint').getByRole('link', { name: 'Mijn gegevens verwijderen' }).click()
  await expect(page.getByRole('heading', { name: 'Je gegevens verwijderen' })).toBeVisible()
  await page.getByRole('button', { name: 'Verwijder mijn gegevens nu' }).click()
  await expect(page.getByTestId('withdraw-done')).toContainText('Je gegevens zijn verwijderd')
  expect(await findLeads(request, { email })).toEqual([])
})
