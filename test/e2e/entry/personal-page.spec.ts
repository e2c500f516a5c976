/**
 * A lead's personal page (their "delete my details" link): turning job alerts on with the consent
 * text ticked, a scanned CV refused with a clear message, a real CV added, alerts stopped again —
 * the choices stored on the lead with the versions agreed to.
 */
import { expect, test } from '@playwright/test'

import { currentConsent } from '../../../common/entry/consentTexts'
import { cvPdf, scannedPdf } from '../../../cms/seed/cvFiles'
import { expectNoAxeViolations, findLeads, KEY_ACCOUNT, phone, uniqueEmail, vacancyPath, words } from './entry-helpers'

test.use({ ...phone })

test('a lead turns job alerts on, adds a CV (a scan is refused) and stops alerts, from their own link', async ({ page, request }) => {
  const email = uniqueEmail('personal')
  await page.goto(vacancyPath('nl', KEY_ACCOUNT))
  const card = page.getByTestId('entry-lead')
  await card.getByLabel(words.nl.contact).fill(email)
  await card.getByLabel(words.nl.consent).check()
  await card.getByRole('button', { name: words.nl.leadSubmit }).click()
  await page.getByTestId('withdraw-hint').getByRole('link', { name: 'Mijn gegevens verwijderen' }).click()
  await expect(page.getByRole('heading', { name: 'Jouw gegevens bij ons', level: 1 })).toBeVisible()
  await expectNoAxeViolations(page, 'personal page')

  const alerts = page.getByTestId('personal-job-alerts')
  await alerts.getByLabel(/mail me als er een nieuwe vacature/).check()
  await alerts.getByRole('button', { name: 'Zet vacaturemeldingen aan' }).click()
  await expect(page.getByTestId('personal-job-alerts').getByTestId('personal-notice')).toContainText('Vacaturemeldingen staan aan')
  await expect(page.getByTestId('personal-job-alerts').getByRole('button', { name: 'Stop vacaturemeldingen' })).toBeVisible()

  const cv = () => page.getByTestId('personal-cv')
  await cv().getByLabel('Je cv (pdf of docx)').setInputFiles({ name: 'scan.pdf', mimeType: 'application/pdf', buffer: Buffer.from(await scannedPdf()) })
  await cv().getByLabel(/Gebruik mijn cv/).check()
  await cv().getByRole('button', { name: 'Cv toevoegen' }).click()
  await expect(cv().getByTestId('personal-notice')).toContainText('Dit cv lijkt een scan of foto')
  await expect(cv()).toContainText('Voeg je cv toe')

  const lines = ['# Werkervaring', 'Accountmanager: ik onderhoud relaties met zakelijke klanten en voer verkoopgesprekken.']
  await cv().getByLabel('Je cv (pdf of docx)').setInputFiles({ name: 'cv.pdf', mimeType: 'application/pdf', buffer: Buffer.from(await cvPdf({ name: 'Lead', lines })) })
  await cv().getByLabel(/Gebruik mijn cv/).check()
  await cv().getByRole('button', { name: 'Cv toevoegen' }).click()
  await expect(cv().getByTestId('personal-notice')).toContainText('Je cv is toegevoegd')
  await expect(cv()).toContainText('Je hebt een cv toegevoegd')

  const [lead] = await findLeads(request, { email })
  expect(lead).toMatchObject({ jobAlerts: { on: true, version: currentConsent.jobAlerts }, cvConsent: { version: currentConsent.leadCv } })
  expect((lead as unknown as { cv?: unknown }).cv).toBeTruthy()

  await page.getByTestId('personal-job-alerts').getByRole('button', { name: 'Stop vacaturemeldingen' }).click()
  await expect(page.getByTestId('personal-job-alerts').getByTestId('personal-notice')).toContainText('Vacaturemeldingen staan uit')
  expect((await findLeads(request, { email }))[0]).toMatchObject({ jobAlerts: { on: false } })
})
