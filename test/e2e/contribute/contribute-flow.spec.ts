/**
 * The employee contribution flow on a phone: invite → brief → consent → upload → confirmation →
 * personal status page, and what a guessed, expired or revoked link shows.
 */
import { expect, test } from '@playwright/test'
import { randomBytes } from 'node:crypto'

import { cmsUrl } from '../helpers'
import { contributionCount, createInvite, fakeVideo, openAndConsent, phone, smallClip, voiceMemo } from './contribute-helpers'

test.use({ ...phone })

test('on a phone: invite, brief, consent, upload, confirmation and personal status page', async ({ page, request }) => {
  const invite = await createInvite(request)
  const before = await contributionCount(request, invite.headers)

  await openAndConsent(page, invite.token)

  // Step 3: the limits are shown before choosing; the upload address replaced the consent post.
  await expect(page.getByRole('heading', { name: 'Neem je video op' })).toBeVisible()
  await expect(page).toHaveURL(new RegExp(`/bijdragen/${invite.token}/upload$`))
  await expect(page.getByTestId('upload-limits')).toContainText('Maximaal')
  await page.getByLabel(/^Titel van je video/).fill('Mijn dag in het magazijn')
  await page.getByTestId('gallery-input').setInputFiles(smallClip())

  // Step 4: the confirmation with the personal status link.
  const done = page.getByTestId('contribute-done')
  await expect(done).toBeVisible({ timeout: 30_000 })
  await expect(done.getByRole('heading', { name: 'Gelukt, je video is binnen!' })).toBeFocused()
  const link = done.getByTestId('status-link')
  const href = await link.getAttribute('href')
  expect(href).toMatch(/^\/bijdragen\/status\/[A-Za-z0-9_-]{43}$/)
  expect(await contributionCount(request, invite.headers)).toBe(before + 1)

  // The uploadToken never appeared in an address.
  expect(page.url()).not.toMatch(/uploadToken/)

  await link.click()
  await expect(page.getByRole('heading', { name: 'Jouw bijdrage' })).toBeVisible()
  await expect(page.getByText('Mijn dag in het magazijn')).toBeVisible()
  await expect(page.getByTestId('status-label')).toHaveText(/Ontvangen|Wordt verwerkt|Bij het communicatieteam/)
  await expect(page.getByTestId('withdraw-start')).toHaveText('Toestemming intrekken')
})

test('a voice memo sent as a video: the status page says what went wrong, in Dutch and in English', async ({ page }) => {
  const invite = await createInvite(page.request)
  await openAndConsent(page, invite.token)
  await page.getByLabel(/^Titel van je video/).fill('Per ongeluk alleen geluid')
  await page.getByTestId('gallery-input').setInputFiles(voiceMemo())
  const done = page.getByTestId('contribute-done')
  await expect(done).toBeVisible({ timeout: 30_000 })
  const href = (await done.getByTestId('status-link').getAttribute('href'))!

  // The worker turns it down within seconds; the page shows the state it finds on each visit.
  await expect(async () => {
    await page.goto(href)
    await expect(page.getByTestId('status-label')).toHaveText('Er ging iets mis', { timeout: 1000 })
  }).toPass({ timeout: 60_000 })
  await expect(page.getByText('Het bestand bevat geen beeld (alleen geluid).')).toBeVisible()

  await page.goto(href.replace('/bijdragen/status/', '/en/contribute/status/'))
  await expect(page.getByTestId('status-label')).toHaveText('Something went wrong')
  await expect(page.getByText('The file has no video track (audio only).')).toBeVisible()
})

test('a written story works too, without a video', async ({ page }) => {
  const invite = await createInvite(page.request)
  await openAndConsent(page, invite.token, 'story')
  await expect(page.getByRole('heading', { name: 'Schrijf je verhaal' })).toBeVisible()
  await page.getByLabel('Titel', { exact: true }).fill(`Waarom ik om zes uur begin (${Date.now()})`)
  await page.getByRole('textbox', { name: 'Je verhaal' }).fill('Om zes uur is het magazijn nog stil. Dan zet ik koffie en kijk ik wat er vandaag de deur uit moet.\n\nTegen achten staat alles klaar.')
  await page.getByRole('button', { name: 'Verstuur je verhaal' }).click()
  await expect(page.getByRole('heading', { name: 'Gelukt, je verhaal is binnen!' })).toBeVisible()
  await page.getByTestId('status-link').click()
  await expect(page.getByTestId('status-label')).toHaveText('Bij het communicatieteam')
})

test('a guessed token shows a clear page and stores nothing', async ({ page, request }) => {
  const { headers } = await createInvite(request)
  const before = await contributionCount(request, headers)

  const guess = randomBytes(32).toString('base64url')
  const res = await page.goto(`/bijdragen/${guess}`)
  expect(res?.status()).toBe(404)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Deze link werkt niet')
  await expect(page.getByText('Er is niets opgeslagen.')).toBeVisible()

  // In English, and for a malformed token and a guessed status link too.
  await page.goto(`/en/contribute/${guess}`)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('This link does not work')
  await expect(page.locator('html')).toHaveAttribute('lang', 'en-GB')
  expect((await page.goto('/bijdragen/not-a-token'))?.status()).toBe(404)
  const status = await page.goto(`/bijdragen/status/${guess}`)
  expect(status?.status()).toBe(404)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Deze statuslink werkt niet')

  // Posting the consent form with the guessed token stores nothing either.
  const post = await page.request.post(`/bijdragen/${guess}`, {
    form: { step: 'consent', kind: 'video', confirmedDonts: 'yes', releaseVersion: 'x', name: 'A', email: 'a@example.com', consent: 'yes' },
    headers: { Origin: new URL(page.url()).origin },
  })
  expect(post.status()).toBe(404)
  expect(await contributionCount(request, headers)).toBe(before)
})

test('a revoked invite and an expired invite show why, in the right language', async ({ page, request }) => {
  const revoked = await createInvite(request)
  expect((await request.patch(`${cmsUrl()}/api/invites/${revoked.id}`, { headers: revoked.headers, data: { revoked: true } })).ok()).toBe(true)
  const res = await page.goto(`/bijdragen/${revoked.token}`)
  expect(res?.status()).toBe(410)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Deze uitnodiging is ingetrokken')
  await expect(page.getByText(/Vraag het communicatieteam om een nieuwe link/)).toBeVisible()

  const expired = await createInvite(request)
  expect((await request.patch(`${cmsUrl()}/api/invites/${expired.id}`, { headers: expired.headers, data: { expiresAt: '2020-01-01T00:00:00.000Z' } })).ok()).toBe(true)
  await page.goto(`/en/contribute/${expired.token}`)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('This invitation has expired')
})

test('consent needs an explicit choice: without one the form says so and nothing is stored', async ({ page, request }) => {
  const invite = await createInvite(request)
  const before = await contributionCount(request, invite.headers)

  await page.goto(`/bijdragen/${invite.token}`)
  // Step 1 without ticking the rules box is refused inline.
  await page.getByRole('button', { name: 'Verder naar toestemming' }).click()
  await expect(page.getByTestId('contribute-errors')).toBeFocused()
  await expect(page.getByLabel(/nooit mag filmen/)).toHaveAttribute('aria-describedby', 'confirmedDonts-error')
  await page.getByLabel(/nooit mag filmen/).check()
  await page.getByRole('button', { name: 'Verder naar toestemming' }).click()

  // Nothing is pre-ticked.
  await expect(page.getByLabel(/Ja, ik geef toestemming/)).not.toBeChecked()
  await expect(page.getByLabel(/Nee, ik geef geen toestemming/)).not.toBeChecked()
  await expect(page.getByTestId('release-text')).toContainText('Waar')
  await expect(page.getByTestId('release-text')).toContainText('Hoe lang')

  await page.getByLabel('Naam', { exact: true }).fill('Kim Zonderkeuze')
  await page.getByLabel('E-mailadres').fill('kim@example.com')
  await page.getByRole('button', { name: 'Bevestigen' }).click()

  const summary = page.getByTestId('contribute-errors')
  await expect(summary).toBeFocused()
  await expect(summary).toHaveAttribute('role', 'alert')
  await expect(summary).toContainText('Kies of je wel of geen toestemming geeft.')
  await expect(page.locator('#consent-error')).toHaveText('Kies of je wel of geen toestemming geeft.')
  // The values are kept.
  await expect(page.getByLabel('Naam', { exact: true })).toHaveValue('Kim Zonderkeuze')
  await expect(page.getByLabel('E-mailadres')).toHaveValue('kim@example.com')
  expect(await contributionCount(request, invite.headers)).toBe(before)

  // "No" is a choice too: nothing stored, and a friendly page.
  await page.getByLabel(/Nee, ik geef geen toestemming/).check()
  await page.getByRole('button', { name: 'Bevestigen' }).click()
  await expect(page.getByTestId('contribute-declined')).toBeVisible()
  expect(await contributionCount(request, invite.headers)).toBe(before)
})

test('the upload address without a session (another tab, another phone) says how to start again', async ({ page, request }) => {
  const invite = await createInvite(request)
  await page.goto(`/bijdragen/${invite.token}/upload`)
  await expect(page.getByTestId('session-missing')).toBeVisible()
  await expect(page.getByTestId('session-missing').getByRole('link', { name: 'Opnieuw beginnen' })).toHaveAttribute('href', `/bijdragen/${invite.token}`)
  await expect(page.getByTestId('gallery-input')).toBeHidden()
})

test('a text file renamed .mp4 is refused as not a video', async ({ page, request }) => {
  const invite = await createInvite(request)
  await openAndConsent(page, invite.token)
  await page.getByTestId('gallery-input').setInputFiles(fakeVideo())
  const error = page.getByTestId('pick-error')
  await expect(error).toBeVisible()
  await expect(error).toContainText('Dit is geen videobestand')
  await expect(page.getByTestId('contribute-done')).toBeHidden()
})

test('the employee withdraws consent from the status page', async ({ page, request }) => {
  const invite = await createInvite(request)
  await openAndConsent(page, invite.token)
  await page.getByTestId('gallery-input').setInputFiles(smallClip())
  await expect(page.getByTestId('contribute-done')).toBeVisible({ timeout: 30_000 })
  await page.getByTestId('status-link').click()

  await page.getByTestId('withdraw-start').click()
  await expect(page.getByRole('heading', { name: 'Weet je het zeker?' })).toBeFocused()
  // "No" changes nothing.
  await page.getByRole('link', { name: 'Nee, ga terug' }).click()
  await expect(page.getByTestId('contribution-status')).not.toHaveAttribute('data-status', 'withdrawn')

  await page.getByTestId('withdraw-start').click()
  await page.getByRole('button', { name: 'Ja, trek mijn toestemming in' }).click()
  await expect(page.getByTestId('withdrawn-notice')).toHaveText(/Je toestemming is ingetrokken/)
  await expect(page.getByTestId('status-label')).toHaveText('Toestemming ingetrokken')
  await expect(page.getByTestId('withdraw-section')).toHaveCount(0)

  // It stays withdrawn, with the date, when the link is opened again later.
  await page.reload()
  await expect(page.getByTestId('contribution-status')).toHaveAttribute('data-status', 'withdrawn')
  await expect(page.getByTestId('withdrawn-at')).not.toBeEmpty()
})

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('steps 1 and 2 and a written story work as plain forms', async ({ page, request }) => {
    const invite = await createInvite(request)
    const before = await contributionCount(request, invite.headers)
    await page.goto(`/en/contribute/${invite.token}`)
    await page.getByRole('button', { name: 'Continue to consent' }).click()
    await expect(page.getByTestId('contribute-errors')).toContainText('never film')
    await page.getByLabel(/With a written story/).check()
    await page.getByLabel(/never film/).check()
    await page.getByRole('button', { name: 'Continue to consent' }).click()
    await page.getByLabel('Name', { exact: true }).fill('Noor Nojs')
    await page.getByLabel('Email address').fill('not-an-email')
    await page.getByLabel(/Yes, I give my consent/).check()
    await page.getByRole('button', { name: 'Confirm' }).click()
    await expect(page.locator('#email-error')).toHaveText(/valid email address/)
    await expect(page.getByLabel('Email address')).toHaveAttribute('aria-invalid', 'true')
    await expect(page.getByLabel(/Yes, I give my consent/)).toBeChecked()
    expect(await contributionCount(request, invite.headers)).toBe(before)

    await page.getByLabel('Email address').fill('noor@example.com')
    await page.getByRole('button', { name: 'Confirm' }).click()
    await expect(page.getByRole('heading', { name: 'Write your story' })).toBeVisible()
    await page.getByLabel('Title', { exact: true }).fill(`Nights in the cross-dock (${Date.now()})`)
    await page.getByRole('textbox', { name: 'Your story' }).fill('Too short')
    await page.getByRole('button', { name: 'Send your story' }).click()
    await expect(page.locator('#story-text-error')).toBeVisible()
    await page.getByRole('textbox', { name: 'Your story' }).fill('At night the cross-dock is a different world: forty trucks, one radio channel and a lot of coffee.')
    await page.getByRole('button', { name: 'Send your story' }).click()
    await expect(page.getByRole('heading', { name: 'Done, we have your story!' })).toBeVisible()
    const href = await page.getByTestId('status-link').getAttribute('href')
    expect(href).toMatch(/^\/en\/contribute\/status\//)
    expect(await contributionCount(request, invite.headers)).toBe(before + 1)

    // Withdrawal without JavaScript: link to the confirmation, then a form post.
    await page.goto(href!)
    await page.getByTestId('withdraw-start').click()
    await page.getByRole('button', { name: 'Yes, withdraw my consent' }).click()
    await expect(page.getByTestId('status-label')).toHaveText('Consent withdrawn')
  })
})
