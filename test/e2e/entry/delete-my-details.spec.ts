/**
 * A candidate's own "delete my details" link: shown under every thank-you, it opens a page that
 * says what will happen (opening alone deletes nothing), and one button deletes the lead or the
 * application with its CV. Afterwards the link says there is nothing left.
 */
import { expect, test } from '@playwright/test'

import { applyPath, expectNoAxeViolations, receivedMails, findApplications, findLeads, KEY_ACCOUNT, pdfBytes, phone, uniqueEmail, vacancyPath, words } from './entry-helpers'

test.use({ ...phone })

/** Today as the delete page writes it: the Dutch (or British) way, in Amsterdam. */
const today = (lang: 'nl' | 'en') => new Intl.DateTimeFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Amsterdam' }).format(new Date())

for (const javaScriptEnabled of [true, false]) {
  test(`a lead deletes their own details from the thank-you link (${javaScriptEnabled ? 'with' : 'without'} JavaScript)`, async ({ browser, request }) => {
    const context = await browser.newContext({ ...phone, javaScriptEnabled })
    const page = await context.newPage()
    // axe runs inside the page, so it needs JavaScript; the pages' markup is the same either way.
    const axe = (what: string) => (javaScriptEnabled ? expectNoAxeViolations(page, what) : Promise.resolve())
    const email = uniqueEmail(`delete-${javaScriptEnabled ? 'js' : 'nojs'}`)
    await page.goto(vacancyPath('nl', KEY_ACCOUNT))
    const card = page.getByTestId('entry-lead')
    await card.getByLabel(words.nl.contact).fill(email)
    await card.getByLabel(words.nl.consent).check()
    await card.getByRole('button', { name: words.nl.leadSubmit }).click()
    const hint = page.getByTestId('withdraw-hint')
    await expect(hint).toContainText('Dat kan altijd zelf')
    expect(await findLeads(request, { email })).toHaveLength(1)

    await hint.getByRole('link', { name: 'Mijn gegevens verwijderen' }).click()
    await expect(page).toHaveURL(/\/gegevens-verwijderen\/[A-Za-z0-9_-]{43}$/)
    const link = page.url()
    // The same link arrives by mail, so it is not lost with the thank-you page.
    const mailed = () => receivedMails().filter((m) => m.to.includes(email)).map((m) => m.raw.replace(/=\r?\n/g, '').replace(/=3D/g, '='))
    await expect.poll(() => mailed().length, { message: 'the candidate should get a confirmation' }).toBe(1)
    expect(mailed()[0]).toContain(new URL(link).pathname)
    expect(mailed()[0]).toContain('Mijn gegevens verwijderen')
    await expect(page.getByRole('heading', { name: 'Je gegevens verwijderen' })).toBeVisible()
    // The page says which lead the button deletes, from the link alone, and shows the address only masked.
    const subject = page.getByTestId('withdraw-subject')
    await expect(subject).toContainText(`Je gegevens van ${today('nl')}, achtergelaten via “Hou me op de hoogte” bij Key account manager`)
    await expect(subject).toContainText(`Met het adres d•••@${email.split('@')[1]}`)
    expect(await page.content()).not.toContain(email)
    await expect(page.getByText('nemen we geen contact meer met je op')).toBeVisible()
    await axe('delete-my-details confirm page')
    // Opening the link (as a mail scanner would) deleted nothing.
    expect(await findLeads(request, { email })).toHaveLength(1)

    await page.getByRole('button', { name: 'Verwijder mijn gegevens nu' }).click()
    await expect(page.getByTestId('withdraw-done')).toContainText('Je gegevens zijn verwijderd')
    await expect(page.getByTestId('withdraw-done')).toContainText(`Je gegevens van ${today('nl')}`)
    await axe('delete-my-details done page')
    expect(await findLeads(request, { email })).toEqual([])

    const again = await page.goto(link)
    expect(again?.status()).toBe(404)
    await expect(page.getByRole('heading', { name: 'Deze link werkt niet (meer)' })).toBeVisible()
    await axe('delete-my-details used link')
    await context.close()
  })
}

test('an applicant withdraws: the application and its CV are deleted (English)', async ({ page, request }) => {
  const t = words.en
  const email = uniqueEmail('withdraw-apply')
  await page.goto(applyPath('en', KEY_ACCOUNT))
  await page.getByLabel(t.name).fill('Sam Spijt')
  await page.getByLabel(t.email, { exact: true }).fill(email)
  await page.getByLabel(t.phone).fill('06-1234 5678')
  await page.getByLabel(t.cv).setInputFiles({ name: 'cv.pdf', mimeType: 'application/pdf', buffer: pdfBytes() })
  await page.getByRole('button', { name: t.applySubmit }).click()
  await expect(page.getByText(t.applyThanks)).toBeVisible()
  expect(await findApplications(request, email)).toHaveLength(1)

  await page.getByTestId('withdraw-hint').getByRole('link', { name: 'Delete my details' }).click()
  await expect(page).toHaveURL(/\/en\/delete-my-details\/[A-Za-z0-9_-]{43}$/)
  await expect(page.getByText('Deleting your details withdraws your application')).toBeVisible()
  await expect(page.getByTestId('withdraw-subject')).toContainText(`Your application for Key account manager of ${today('en')}`)
  // Nothing else the applicant typed is on the page: not their name, not their address in full.
  const html = await page.content()
  expect(html).not.toContain('Spijt')
  expect(html).not.toContain(email)
  await page.getByRole('button', { name: 'Delete my details now' }).click()
  await expect(page.getByTestId('withdraw-done')).toContainText('Your details have been deleted')
  expect(await findApplications(request, email)).toEqual([])
})

test('a guessed or mangled link says there is nothing there, and a post from another site is refused', async ({ page, request }) => {
  const guessed = await page.goto(`/gegevens-verwijderen/${'A'.repeat(43)}`)
  expect(guessed?.status()).toBe(404)
  await expect(page.getByRole('heading', { name: 'Deze link werkt niet (meer)' })).toBeVisible()
  expect((await page.goto('/en/delete-my-details/not-a-token'))?.status()).toBe(404)
  const forged = await request.post(`/gegevens-verwijderen/${'B'.repeat(43)}`, { headers: { Origin: 'https://evil.example' }, form: {} })
  expect(forged.status()).toBe(403)
})
