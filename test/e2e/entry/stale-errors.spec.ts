/**
 * Issue 10, blocker 3: on every enhanced form, a refused try followed by a good one must end with
 * only the thank-you on screen — no red "check your details" summary above it and no field errors.
 */
import { expect, test, type Locator, type Page } from '@playwright/test'

import { applyPath, KEY_ACCOUNT, leadPath, phone, QUIZ, uniqueEmail, vacancyPath, words, type Lang } from './entry-helpers'

test.use({ ...phone, javaScriptEnabled: true })

const errorsTitle = { nl: 'Controleer je gegevens', en: 'Please check your details' } as const

/** Nothing of the refused try is left: an empty summary, no visible field error, no aria-invalid. */
async function expectOnlyThanks(page: Page, scope: Locator, summaryTestId: string, lang: Lang): Promise<void> {
  await expect(page.getByTestId(summaryTestId)).toBeEmpty()
  await expect(page.getByText(errorsTitle[lang])).toHaveCount(0)
  await expect(scope.locator('[data-error-for]').filter({ visible: true })).toHaveCount(0)
  await expect(scope.locator('[aria-invalid="true"]')).toHaveCount(0)
}

test('lead form on the vacancy page: the thank-you replaces the earlier errors', async ({ page }) => {
  const t = words.nl
  await page.goto(vacancyPath('nl', KEY_ACCOUNT))
  const card = page.getByTestId('entry-lead')
  await expect(card.getByTestId('lead-form')).toHaveAttribute('data-enhanced', 'true')
  await card.getByRole('button', { name: t.leadSubmit }).click()
  await expect(page.getByTestId('lead-errors')).toContainText(errorsTitle.nl)
  await expect(card.locator('[data-error-for="contact"]')).toBeVisible()

  await card.getByLabel(t.contact).fill(uniqueEmail('stale-vacancy'))
  await card.getByLabel(t.consent).check()
  await card.getByRole('button', { name: t.leadSubmit }).click()
  await expect(page.getByTestId('lead-thanks')).toContainText(t.leadThanks)
  await expectOnlyThanks(page, card, 'lead-errors', 'nl')
})

test('lead form on the quiz result: the thank-you replaces the earlier errors', async ({ page }) => {
  const t = words.nl
  await page.goto(`/quiz/${QUIZ}`)
  await expect(page.getByTestId('quiz-form')).toHaveAttribute('data-enhanced', 'true')
  const steps = page.getByTestId('step')
  const count = await steps.count()
  for (let i = 0; i < count; i++) {
    await steps.nth(i).getByRole('radio').nth(2).check()
    if (i < count - 1) await page.getByRole('button', { name: t.next, exact: true }).click()
  }
  await page.getByRole('button', { name: t.showResult }).click()
  const form = page.getByTestId('quiz-lead-form')
  await expect(form).toHaveAttribute('data-enhanced', 'true')
  const scope = page.locator('[data-entry-scope]').filter({ has: form })
  await form.getByLabel(t.contact).fill('010 123 4567')
  await form.getByRole('button', { name: t.leadSubmit }).click()
  await expect(page.getByTestId('quiz-lead-errors')).toContainText(errorsTitle.nl)

  await form.getByLabel(t.contact).fill(uniqueEmail('stale-quiz'))
  await form.getByLabel(t.consent).check()
  await form.getByRole('button', { name: t.leadSubmit }).click()
  await expect(page.getByTestId('quiz-lead-thanks')).toContainText(t.leadThanks)
  await expectOnlyThanks(page, scope, 'quiz-lead-errors', 'nl')
})

test('the English lead page: the thank-you replaces the earlier errors', async ({ page }) => {
  const t = words.en
  await page.goto(leadPath('en'))
  const form = page.getByTestId('lead-form')
  await expect(form).toHaveAttribute('data-enhanced', 'true')
  const scope = page.locator('[data-entry-scope]').filter({ has: form })
  await form.getByRole('button', { name: t.leadSubmit }).click()
  await expect(page.getByTestId('lead-errors')).toContainText(errorsTitle.en)

  await form.getByLabel(t.contact).fill(uniqueEmail('stale-en'))
  await form.getByLabel(t.consent).check()
  await form.getByRole('button', { name: t.leadSubmit }).click()
  await expect(page.getByTestId('lead-thanks')).toContainText(t.leadThanks)
  await expectOnlyThanks(page, scope, 'lead-errors', 'en')
})

test('the apply form: the thank-you replaces the earlier errors', async ({ page }) => {
  const t = words.nl
  await page.goto(applyPath('nl', KEY_ACCOUNT))
  const form = page.getByTestId('apply-form')
  await expect(form).toHaveAttribute('data-enhanced', 'true')
  const scope = page.locator('[data-entry-scope]').filter({ has: form })
  await page.getByLabel(t.name).fill('Anna de Boer')
  await page.getByRole('button', { name: t.applySubmit }).click()
  await expect(page.getByTestId('apply-errors')).toContainText(errorsTitle.nl)

  await page.getByLabel(t.email, { exact: true }).fill(uniqueEmail('stale-apply'))
  await page.getByLabel(t.phone).fill('06 1234 5678')
  await page.getByRole('button', { name: t.applySubmit }).click()
  await expect(page.getByText(t.applyThanks)).toBeVisible()
  await expectOnlyThanks(page, scope, 'apply-errors', 'nl')
})
