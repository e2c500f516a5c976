/**
 * "Hou me op de hoogte" on a phone, with and without JavaScript: an email address or a Dutch 06
 * number and an unticked consent box; bad input gets a message and stores nothing; a lead carries
 * where the visitor came from and which colleague's video they watched.
 */
import { expect, test } from '@playwright/test'

import { currentConsent } from '../../../common/entry/consentTexts'
import { playEmployeeVideo, vacancyWithVideo } from '../site/site-helpers'
import { findLeads, KEY_ACCOUNT, leadPath, mailsAbout, phone, uniqueEmail, uniqueMobile, vacancyPath, words } from './entry-helpers'

test.use({ ...phone })

for (const javaScriptEnabled of [true, false]) {
  test.describe(`lead form on the vacancy page (${javaScriptEnabled ? 'with' : 'without'} JavaScript)`, () => {
    test.use({ javaScriptEnabled })

    test('an 06 number and consent make a lead; the recruiter gets a mail', async ({ page, request }) => {
      const t = words.nl
      const mobile = uniqueMobile()
      await page.goto(vacancyPath('nl', KEY_ACCOUNT))
      const card = page.getByTestId('entry-lead')
      await expect(card).toBeVisible()
      await card.getByLabel(t.contact).fill(mobile.typed)
      const consent = card.getByLabel(t.consent)
      await expect(consent).not.toBeChecked()
      await consent.check()
      await card.getByRole('button', { name: t.leadSubmit }).click()
      if (javaScriptEnabled) {
        // In place, on the same page.
        await expect(page.getByTestId('lead-thanks')).toContainText(t.leadThanks)
        await expect(page).toHaveURL(new RegExp(`${vacancyPath('nl', KEY_ACCOUNT)}$`))
      } else {
        await expect(page).toHaveURL(new RegExp(`${leadPath('nl')}$`))
        await expect(page.getByTestId('lead-thanks')).toContainText(t.leadThanks)
      }
      await expect(page.getByText(`06 ${mobile.e164.slice(4)}`)).toBeVisible()
      const [lead] = await findLeads(request, { phone: mobile.e164 })
      expect(lead).toMatchObject({ entryPoint: 'lead-form', phone: mobile.e164, consent: { version: 'lead-2026-12' } })
      expect(typeof lead!.vacancy === 'string' ? lead!.vacancy : lead!.vacancy?.id).toBeTruthy()
      expect(new Date(lead!.deleteAfter).getTime() - new Date(lead!.consent.at).getTime()).toBe(365 * 24 * 3600e3)
      await expect.poll(() => mailsAbout('leads', lead!.id).length, { message: 'the recruiter should get a mail' }).toBe(1)
      expect(mailsAbout('leads', lead!.id)[0]!.raw).not.toContain(mobile.e164)
    })

    test('a landline, a missing consent and an empty field get messages and store nothing', async ({ page, request }) => {
      const t = words.en
      await page.goto(vacancyPath('en', KEY_ACCOUNT))
      const card = page.getByTestId('entry-lead')
      await card.getByRole('button', { name: t.leadSubmit }).click()
      const errors = page.getByTestId('lead-errors')
      await expect(errors).toContainText('Enter your email address or your Dutch mobile number.')
      await expect(errors).toContainText('Tick the box')

      const contact = page.getByLabel(t.contact)
      await contact.fill('010 123 4567')
      await page.getByLabel(t.consent).check()
      await page.getByRole('button', { name: t.leadSubmit }).click()
      await expect(page.getByTestId('lead-errors')).toContainText('This is a landline number')
      await expect(page.getByLabel(t.contact)).toHaveAttribute('aria-invalid', 'true')
      await expect(page.getByLabel(t.contact)).toHaveValue('010 123 4567')
      await expect(page.getByText('This is a landline number').first()).toBeVisible()
      expect(await findLeads(request, { phone: '+31101234567' })).toEqual([])

      await page.getByLabel(t.contact).fill('+32 470 12 34 56')
      await page.getByRole('button', { name: t.leadSubmit }).click()
      await expect(page.getByTestId('lead-errors')).toContainText('We can only call Dutch mobile numbers')
      expect(await findLeads(request, { phone: '+32470123456' })).toEqual([])
    })
  })
}

for (const javaScriptEnabled of [true, false]) {
  test(`job alerts ticked on the form: refused with only a 06, stored with an email address (${javaScriptEnabled ? 'with' : 'without'} JavaScript)`, async ({ browser, request }) => {
    const context = await browser.newContext({ ...phone, javaScriptEnabled })
    const page = await context.newPage()
    await page.goto(vacancyPath('nl', KEY_ACCOUNT))
    const card = page.getByTestId('entry-lead')
    const mobile = uniqueMobile()
    await card.getByLabel(words.nl.contact).fill(mobile.typed)
    await card.getByLabel(words.nl.consent).check()
    const alerts = card.getByLabel(/mail me als er een nieuwe vacature/)
    await expect(alerts).not.toBeChecked()
    await alerts.check()
    await card.getByRole('button', { name: words.nl.leadSubmit }).click()
    const form = javaScriptEnabled ? page.getByTestId('entry-lead') : page
    await expect(page.getByTestId('lead-errors')).toContainText('Vacaturemeldingen gaan per e-mail')
    await expect(form.getByLabel(/mail me als er een nieuwe vacature/)).toHaveAttribute('aria-invalid', 'true')
    expect(await findLeads(request, { phone: mobile.e164 })).toEqual([])

    const email = uniqueEmail('alerts-form')
    await form.getByLabel(words.nl.contact).fill(email)
    await form.getByLabel(words.nl.consent).check()
    await form.getByLabel(/mail me als er een nieuwe vacature/).check()
    await form.getByRole('button', { name: words.nl.leadSubmit }).click()
    await expect(page.getByTestId('lead-thanks')).toBeVisible()
    const [lead] = await findLeads(request, { email })
    expect(lead).toMatchObject({ jobAlerts: { on: true, version: currentConsent.jobAlerts } })
    await context.close()
  })
}

test('an email address works too, and HTML in it is kept as text', async ({ page, request }) => {
  const email = uniqueEmail('lead')
  await page.goto(vacancyPath('nl', KEY_ACCOUNT))
  await page.getByTestId('entry-lead').getByLabel(words.nl.contact).fill(`  ${email} `)
  await page.getByTestId('entry-lead').getByLabel(words.nl.consent).check()
  await page.getByTestId('entry-lead').getByRole('button', { name: words.nl.leadSubmit }).click()
  await expect(page.getByTestId('lead-thanks')).toBeVisible()
  const [lead] = await findLeads(request, { email })
  expect(lead?.email).toBe(email)
})

test('a bot that fills in the hidden field gets a thank-you and nothing is stored', async ({ page, request }) => {
  const email = uniqueEmail('bot')
  await page.goto(leadPath('nl'))
  await page.getByLabel(words.nl.contact).fill(email)
  await page.getByLabel(words.nl.consent).check()
  await page.locator('input[name="website"]').evaluate((el: HTMLInputElement) => (el.value = 'https://spam.example'))
  await page.getByRole('button', { name: words.nl.leadSubmit }).click()
  await expect(page.getByTestId('lead-thanks')).toBeVisible()
  expect(await findLeads(request, { email })).toEqual([])
})

test('a post from another site is refused and stores nothing', async ({ request }) => {
  const email = uniqueEmail('evil')
  const response = await request.post(leadPath('nl'), { headers: { Origin: 'https://evil.example' }, form: { contact: email, consent: 'yes', entry: 'lead-form' } })
  expect(response.status()).toBe(403)
  expect(await findLeads(request, { email })).toEqual([])
})

test('a lead carries its UTM parameters, referrer, landing page and the video watched before it', async ({ page, request }) => {
  const { vacancy, video } = await vacancyWithVideo(request, 'nl')
  const email = uniqueEmail('attributed')
  await page.goto(`/?utm_source=linkedin&utm_medium=social&utm_campaign=herfst-2026`, { referer: 'https://www.linkedin.com/feed/' })
  await page.goto(vacancyPath('nl', vacancy.slug))
  await playEmployeeVideo(page, new RegExp(video.contributorName))
  const card = page.getByTestId('entry-lead')
  await card.getByLabel(words.nl.contact).fill(email)
  await card.getByLabel(words.nl.consent).check()
  await card.getByRole('button', { name: words.nl.leadSubmit }).click()
  await expect(page.getByTestId('lead-thanks')).toBeVisible()
  const [lead] = await findLeads(request, { email })
  expect(lead?.attribution).toMatchObject({
    utmSource: 'linkedin',
    utmMedium: 'social',
    utmCampaign: 'herfst-2026',
    referrer: 'https://www.linkedin.com/feed/',
    landingPage: '/?utm_source=linkedin&utm_medium=social&utm_campaign=herfst-2026',
    watchedVideo: video.id,
  })
})

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  // Cookieless: without JavaScript nothing remembers the previous page, so a lead carries no attribution.
  test('a lead is still stored, and no cookie is set to remember where the visitor came from', async ({ page, request, context }) => {
    const { vacancy, video } = await vacancyWithVideo(request, 'en')
    const email = uniqueEmail('nojs-video')
    await page.goto(`/en/videos/${video.id}?utm_source=whatsapp`)
    await page.goto(vacancyPath('en', vacancy.slug))
    const card = page.getByTestId('entry-lead')
    await card.getByLabel(words.en.contact).fill(email)
    await card.getByLabel(words.en.consent).check()
    await card.getByRole('button', { name: words.en.leadSubmit }).click()
    await expect(page.getByTestId('lead-thanks')).toBeVisible()
    const [lead] = await findLeads(request, { email })
    expect(lead).toBeTruthy()
    expect(lead?.attribution?.utmSource ?? null).toBeNull()
    expect(await context.cookies()).toEqual([])
  })
})
