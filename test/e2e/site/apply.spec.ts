import { expect, test } from '@playwright/test'

import { applyPath, openVacancies, siteUrl, vacancyPath } from './site-helpers'

// Storing applications (CV, retention, attribution) is covered in test/e2e/entry/apply.spec.ts.
test.describe('built-in apply form', () => {
  test('a complete application gets a thank-you', async ({ page, request }) => {
    const vacancy = (await openVacancies(request, 'nl')).find((v) => v.applyMode === 'built-in')
    expect(vacancy, 'the demo seed has an open vacancy with the built-in apply form').toBeTruthy()
    await page.goto(siteUrl(applyPath('nl', vacancy!.slug)))
    await page.getByLabel('Naam').fill('Anna de Boer')
    await page.getByLabel('E-mailadres').fill('anna@example.com')
    await page.getByLabel(/Telefoonnummer/).fill('06 12345678')
    await page.getByLabel('Waarom wil je bij ons werken?').fill('Ik plan graag en werk graag met klanten.')
    await page.getByRole('button', { name: 'Verstuur sollicitatie' }).click()
    await expect(page.getByTestId('apply-thanks')).toContainText('Bedankt voor je sollicitatie')
    await expect(page.getByTestId('apply-thanks')).toContainText('Anna de Boer')
  })

  test('invalid input gets clear messages and keeps what was typed', async ({ page, request }) => {
    const vacancy = (await openVacancies(request, 'en')).find((v) => v.applyMode === 'built-in')
    expect(vacancy, 'the demo seed has an open vacancy with the built-in apply form').toBeTruthy()
    await page.goto(siteUrl(applyPath('en', vacancy!.slug)))
    // Skip the browser's own checks to see the server's answer.
    await page.locator('form.form').evaluate((form: HTMLFormElement) => (form.noValidate = true))
    await page.getByLabel('Name').fill('Anna')
    await page.getByLabel('Email address').fill('not-an-email')
    // The form's own post, not the measurement beacon that starting the form sends (/api/m).
    const submitted = page.waitForResponse((r) => r.request().method() === 'POST' && new URL(r.url()).pathname === new URL(page.url()).pathname)
    await page.getByRole('button', { name: 'Send application' }).click()
    expect((await submitted).status()).toBe(422)
    const errors = page.getByTestId('apply-errors')
    await expect(errors).toContainText('valid email address')
    await expect(errors).toContainText('Enter your phone number')
    await expect(page.getByLabel('Name')).toHaveValue('Anna')
    await expect(page.getByLabel('Email address')).toHaveAttribute('aria-invalid', 'true')
  })

  test('a post from another site is refused', async ({ request }) => {
    const vacancy = (await openVacancies(request, 'nl')).find((v) => v.applyMode === 'built-in')
    expect(vacancy, 'the demo seed has an open vacancy with the built-in apply form').toBeTruthy()
    const response = await request.post(siteUrl(applyPath('nl', vacancy!.slug)), {
      headers: { Origin: 'https://evil.example' },
      form: { name: 'A', email: 'a@example.com', motivation: 'Ik wil hier graag werken.' },
    })
    expect(response.status()).toBe(403)
  })

  test('links back to its vacancy', async ({ page, request }) => {
    const vacancy = (await openVacancies(request, 'nl')).find((v) => v.applyMode === 'built-in')
    expect(vacancy, 'the demo seed has an open vacancy with the built-in apply form').toBeTruthy()
    await page.goto(siteUrl(applyPath('nl', vacancy!.slug)))
    await page.getByRole('link', { name: vacancy!.title }).click()
    await expect(page).toHaveURL(siteUrl(vacancyPath('nl', vacancy!.slug)))
  })
})
