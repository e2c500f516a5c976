/**
 * axe (WCAG 2.2 AA tags) on every entry-point page, on a phone, in both languages, including the
 * open states: form errors, a quiz step, a case step with its feedback, results.
 */
import { expect, test } from '@playwright/test'

import { applyPath, CASE, expectNoAxeViolations, KEY_ACCOUNT, leadPath, phone, QUIZ, vacancyPath, words } from './entry-helpers'

test.use({ ...phone })

for (const lang of ['nl', 'en'] as const) {
  const t = words[lang]
  const quiz = lang === 'en' ? `/en/quiz/${QUIZ}` : `/quiz/${QUIZ}`
  const businessCase = lang === 'en' ? `/en/business-case/${CASE}` : `/praktijkcase/${CASE}`

  test(`vacancy entry points, lead form with errors and after sending (${lang})`, async ({ page }) => {
    await page.goto(vacancyPath(lang, KEY_ACCOUNT), { waitUntil: 'networkidle' })
    await expect(page.getByTestId('entry-points')).toBeVisible()
    await expectNoAxeViolations(page, 'vacancy page with entry points')
    await page.getByTestId('entry-lead').getByRole('button', { name: t.leadSubmit }).click()
    await expect(page.getByTestId('lead-errors')).toBeVisible()
    await expectNoAxeViolations(page, 'lead form with errors')
    await page.getByLabel(t.contact).fill('lead-axe@example.com')
    await page.getByLabel(t.consent).check()
    await page.getByTestId('entry-lead').getByRole('button', { name: t.leadSubmit }).click()
    await expect(page.getByTestId('lead-thanks')).toBeVisible()
    await expectNoAxeViolations(page, 'lead form sent')
  })

  test(`lead page and apply page, empty and with errors (${lang})`, async ({ page }) => {
    await page.goto(leadPath(lang))
    await expectNoAxeViolations(page, 'lead page')
    await page.getByRole('button', { name: t.leadSubmit }).click()
    await expect(page.getByTestId('lead-errors')).toBeVisible()
    await expectNoAxeViolations(page, 'lead page with errors')

    await page.goto(applyPath(lang, KEY_ACCOUNT))
    await expectNoAxeViolations(page, 'apply form')
    await page.getByRole('button', { name: t.applySubmit }).click()
    await expect(page.getByTestId('apply-errors')).toBeVisible()
    await expectNoAxeViolations(page, 'apply form with errors')
  })

  test(`quiz: a step, a missing answer, the result (${lang})`, async ({ page }) => {
    await page.goto(quiz)
    await expect(page.getByTestId('quiz-form')).toHaveAttribute('data-enhanced', 'true')
    await expectNoAxeViolations(page, 'quiz, first question')
    await page.getByRole('button', { name: t.next, exact: true }).click()
    await expect(page.getByText(t.chooseAnswer)).toBeVisible()
    await expectNoAxeViolations(page, 'quiz, missing answer')
    await page.getByTestId('step').nth(0).getByRole('radio').nth(0).check()
    await page.getByRole('button', { name: t.next, exact: true }).click()
    await expectNoAxeViolations(page, 'quiz, second question')
    for (let i = 1; i < 5; i++) {
      await page.getByTestId('step').nth(i).getByRole('radio').nth(0).check()
      if (i < 4) await page.getByRole('button', { name: t.next, exact: true }).click()
    }
    await page.getByRole('button', { name: t.showResult }).click()
    await expect(page.getByTestId('quiz-result')).toBeVisible()
    await expectNoAxeViolations(page, 'quiz result')
  })

  test(`business case: a step with feedback, the score (${lang})`, async ({ page }) => {
    await page.goto(businessCase)
    await expect(page.getByTestId('case-form')).toHaveAttribute('data-enhanced', 'true')
    await expectNoAxeViolations(page, 'business case, first step')
    await page.getByTestId('step').nth(0).getByRole('radio').nth(1).check()
    await expect(page.getByTestId('case-feedback')).toBeVisible()
    await expectNoAxeViolations(page, 'business case, feedback shown')
    for (let i = 1; i < 3; i++) {
      await page.getByRole('button', { name: t.caseNext }).click()
      await page.getByTestId('step').nth(i).getByRole('radio').nth(0).check()
    }
    await page.getByRole('button', { name: t.showScore }).click()
    await expect(page.getByTestId('case-result')).toBeVisible()
    await expectNoAxeViolations(page, 'business case score')
  })

  test(`quiz and business case with gaps, as rendered without JavaScript (${lang})`, async ({ page }) => {
    // axe needs JavaScript in the page, so the site's own scripts are blocked instead: the page stays
    // exactly what a browser without JavaScript shows.
    await page.route('**/_astro/*.js', (route) => route.abort())
    await page.goto(`${quiz}/${lang === 'en' ? 'result' : 'uitslag'}`)
    await expect(page.getByTestId('quiz-errors')).toBeVisible()
    await expect(page.getByTestId('step').filter({ visible: true })).toHaveCount(5)
    await expectNoAxeViolations(page, 'quiz with all answers missing')
    await page.goto(businessCase)
    await expectNoAxeViolations(page, 'business case, all steps')
    await page.getByRole('button', { name: t.showScore }).click()
    await expect(page.getByTestId('case-errors')).toBeVisible()
    await expectNoAxeViolations(page, 'business case with gaps')
    await page.goto(leadPath(lang))
    await page.getByRole('button', { name: t.leadSubmit }).click()
    await expect(page.getByTestId('lead-errors')).toBeVisible()
    await expectNoAxeViolations(page, 'lead page with errors after a plain post')
  })
}
