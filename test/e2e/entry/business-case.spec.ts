/**
 * The business case on a phone, with and without JavaScript: steps with choices, a colleague's
 * feedback per choice, a closing score, and the invitation to apply (the score goes along) or to
 * leave contact details (the choices go along).
 */
import { expect, test, type Page } from '@playwright/test'

import { CASE, findApplications, findLeads, KEY_ACCOUNT, phone, uniqueEmail, vacancyPath, words } from './entry-helpers'

test.use({ ...phone })

const casePath = (lang: 'nl' | 'en') => (lang === 'en' ? `/en/business-case/${CASE}` : `/praktijkcase/${CASE}`)

/** The best choice per step of the demo case (index in the list of choices). */
const BEST = [1, 0, 1]

async function chooseAll(page: Page, javaScript: boolean, lang: 'nl' | 'en', choices: number[]): Promise<void> {
  const steps = page.getByTestId('step')
  await expect(steps).toHaveCount(3)
  for (const [i, choice] of choices.entries()) {
    await steps.nth(i).getByRole('radio').nth(choice).check()
    if (javaScript) {
      // The colleague's feedback appears as soon as a choice is made.
      await expect(steps.nth(i).getByTestId('case-feedback')).toBeVisible()
      if (i < choices.length - 1) await page.getByRole('button', { name: words[lang].caseNext }).click()
    }
  }
}

for (const javaScriptEnabled of [true, false]) {
  test.describe(`business case (${javaScriptEnabled ? 'with' : 'without'} JavaScript)`, () => {
    test.use({ javaScriptEnabled })

    test('from the vacancy page through the steps to a score, then leave contact details', async ({ page, request }) => {
      const t = words.nl
      const email = uniqueEmail(`case-${javaScriptEnabled ? 'js' : 'nojs'}`)
      await page.goto(vacancyPath('nl', KEY_ACCOUNT))
      await page.getByTestId('entry-case').getByRole('link', { name: t.caseCta }).click()
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Een key account dreigt te vertrekken')
      await chooseAll(page, javaScriptEnabled, 'nl', [0, 1, 0])
      await page.getByRole('button', { name: t.showScore }).click()

      await expect(page.getByTestId('case-score')).toHaveText('2 van de 9 punten (22%)')
      await expect(page.getByTestId('case-review')).toContainText('Korting voelt als een snelle oplossing')
      await expect(page.getByRole('heading', { name: 'Een goed begin' })).toBeVisible()
      const invite = page.getByTestId('case-invite')
      await expect(invite.getByRole('link', { name: t.caseApply })).toBeVisible()

      await invite.getByLabel(t.contact).fill(email)
      await invite.getByLabel(t.consent).check()
      await invite.getByRole('button', { name: t.leadSubmit }).click()
      await expect(page.getByText(t.leadThanks)).toBeVisible()
      const [lead] = await findLeads(request, { email })
      expect(lead).toMatchObject({ entryPoint: 'business-case', businessCase: { score: 22 } })
      expect(lead?.businessCase?.choices).toHaveLength(3)
    })

    test('the best answers, then apply with the score carried along', async ({ page, request }) => {
      const t = words.en
      const email = uniqueEmail(`case-apply-${javaScriptEnabled ? 'js' : 'nojs'}`)
      await page.goto(`${casePath('en')}?vacancy=${KEY_ACCOUNT}`)
      await chooseAll(page, javaScriptEnabled, 'en', BEST)
      await page.getByRole('button', { name: t.showScore }).click()
      await expect(page.getByTestId('case-score')).toHaveText('9 of 9 points (100%)')
      await expect(page.getByRole('heading', { name: 'You think like a key account manager' })).toBeVisible()
      await page.getByTestId('case-apply').click()
      await expect(page.getByText('We send your score from the business case')).toBeVisible()
      await page.getByLabel(t.name).fill('Casey Case')
      await page.getByLabel(t.email, { exact: true }).fill(email)
      await page.getByLabel(t.phone).fill('0612345678')
      await page.getByRole('button', { name: t.applySubmit }).click()
      await expect(page.getByText(t.applyThanks)).toBeVisible()
      const [application] = await findApplications(request, email)
      expect(application).toMatchObject({ entryPoint: 'business-case', businessCase: { score: 100 } })
    })

    test('a step without a choice gets a message', async ({ page }) => {
      const t = words.nl
      await page.goto(casePath('nl'))
      if (javaScriptEnabled) {
        await page.getByRole('button', { name: t.caseNext }).click()
        await expect(page.getByText(t.chooseAnswer)).toBeVisible()
        return
      }
      await chooseAll(page, false, 'nl', [1, 0])
      const response = page.waitForResponse((r) => r.url().includes('/uitslag'))
      await page.getByRole('button', { name: t.showScore }).click()
      expect((await response).status()).toBe(422)
      await expect(page.getByTestId('case-errors')).toContainText('Maak een keuze bij stap 3.')
    })
  })
}
