/**
 * The quiz on a phone, with and without JavaScript: questions one at a time (or all at once),
 * a result with matching vacancies and colleagues' videos, and the lead form with the answers
 * carried over. Skipping a question gets a message and stores nothing.
 */
import { expect, test, type Page } from '@playwright/test'

import { findLeads, KEY_ACCOUNT, phone, QUIZ, uniqueEmail, vacancyPath, words } from './entry-helpers'

test.use({ ...phone })

const quizPath = (lang: 'nl' | 'en') => (lang === 'en' ? `/en/quiz/${QUIZ}` : `/quiz/${QUIZ}`)

/** Picks the third answer (the account-management one in the demo quiz) of every question. */
async function answerAll(page: Page, javaScript: boolean, lang: 'nl' | 'en', skipLast = false): Promise<void> {
  const t = words[lang]
  const steps = page.getByTestId('step')
  const count = await steps.count()
  expect(count).toBe(5)
  for (let i = 0; i < count; i++) {
    if (skipLast && i === count - 1) break
    await steps.nth(i).getByRole('radio').nth(2).check()
    if (javaScript && i < count - 1) await page.getByRole('button', { name: t.next, exact: true }).click()
  }
}

for (const javaScriptEnabled of [true, false]) {
  test.describe(`quiz (${javaScriptEnabled ? 'with' : 'without'} JavaScript)`, () => {
    test.use({ javaScriptEnabled })

    test('from the vacancy page to a result, and a lead with the answers carried over', async ({ page, request }) => {
      const t = words.nl
      const email = uniqueEmail(`quiz-${javaScriptEnabled ? 'js' : 'nojs'}`)
      await page.goto(vacancyPath('nl', KEY_ACCOUNT))
      await page.getByTestId('entry-quiz').getByRole('link', { name: t.quizCta }).click()
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Welke rol past bij jou?')
      if (javaScriptEnabled) {
        await expect(page.getByTestId('quiz-form')).toHaveAttribute('data-enhanced', 'true')
        // One question at a time.
        await expect(page.getByTestId('step').filter({ visible: true })).toHaveCount(1)
      } else {
        await expect(page.getByTestId('step').filter({ visible: true })).toHaveCount(5)
      }
      await answerAll(page, javaScriptEnabled, 'nl')
      await page.getByRole('button', { name: t.showResult }).click()

      await expect(page.getByTestId('quiz-verdict')).toContainText('Accountmanagement')
      await expect(page.getByTestId('quiz-matches')).toContainText('Key account manager')
      await expect(page.getByTestId('quiz-videos').getByText('Fatima El Amrani', { exact: true })).toBeVisible()

      const form = page.getByTestId('quiz-lead-form')
      await expect(form.locator('input[name="answers"]')).toHaveValue(/.+:.+,.+/)
      await form.getByLabel(t.contact).fill(email)
      await form.getByLabel(t.consent).check()
      await form.getByRole('button', { name: t.leadSubmit }).click()
      await expect(page.getByText(t.leadThanks)).toBeVisible()

      const [lead] = await findLeads(request, { email })
      expect(lead?.entryPoint).toBe('quiz')
      expect(lead?.quiz?.summary).toMatch(/Accountmanagement 100%/)
      expect(lead?.quiz?.answers?.map((a) => a.answer)).toEqual([
        'Koffie met een klant die ik al jaren ken',
        'Ik plan een gesprek om te voorkomen dat het weer gebeurt',
        'Als een klant zegt dat hij niet meer zonder ons kan',
        '“Je denkt altijd een stap vooruit.”',
        'Op pad naar klanten, met ruimte voor eigen plannen',
      ])
    })

    test('a skipped question gets a message', async ({ page }) => {
      const t = words.en
      await page.goto(quizPath('en'))
      if (javaScriptEnabled) {
        await page.getByRole('button', { name: t.next, exact: true }).click()
        await expect(page.getByText(t.chooseAnswer)).toBeVisible()
        await expect(page.getByTestId('step').filter({ visible: true })).toHaveCount(1)
        await expect(page.getByTestId('step').filter({ visible: true }).locator('.step__count')).toHaveText('Question 1 of 5')
        return
      }
      await answerAll(page, false, 'en', true)
      await page.getByRole('button', { name: t.showResult }).click()
      await expect(page.getByTestId('quiz-errors')).toContainText('Answer question 5.')
      // What was answered is still checked.
      await expect(page.getByTestId('step').nth(0).getByRole('radio').nth(2)).toBeChecked()
    })
  })
}

test('a tampered result address gets the questions back, not an error page', async ({ page }) => {
  const response = await page.goto(`${quizPath('nl')}/uitslag?a_bogus=x&a_%3Cscript%3E=1`)
  expect(response?.status()).toBe(422)
  await expect(page.getByTestId('quiz-form')).toBeVisible()
})

test('an unknown quiz is a 404', async ({ page }) => {
  const response = await page.goto('/quiz/bestaat-niet')
  expect(response?.status()).toBe(404)
})
