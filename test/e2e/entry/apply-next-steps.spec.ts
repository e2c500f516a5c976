/**
 * After applying, a candidate on a phone sees what happens now (confirmation mail, when a
 * recruiter gets back, how to delete their details) and two or three other open vacancies, the
 * same department's first, never the one they just applied to. With JavaScript (the thank-you in
 * place) and without (the page rendered again), in Dutch and English.
 */
import { expect, test } from '@playwright/test'

import { applyPath, expectNoAxeViolations, KEY_ACCOUNT, phone, uniqueEmail, words, type Lang } from './entry-helpers'

test.use({ ...phone })

const cases: { lang: Lang; slug: string; javaScriptEnabled: boolean; title: string; department: string; steps: RegExp[] }[] = [
  {
    lang: 'nl',
    slug: 'klantenservicemedewerker-zakelijk',
    javaScriptEnabled: true,
    title: 'Klantenservicemedewerker zakelijk',
    department: 'Klantenservice',
    steps: [/Zo gaat het verder/, /bevestiging per e-mail/, /binnen vijf werkdagen/, /Je gegevens verwijderen kan altijd zelf/],
  },
  {
    lang: 'en',
    slug: KEY_ACCOUNT,
    javaScriptEnabled: false,
    title: 'Key account manager',
    department: 'Account management',
    steps: [/What happens next/, /confirmation by email/, /within five working days/, /always delete your details yourself/],
  },
]

for (const c of cases) {
  test(`the ${c.lang} apply thank-you shows next steps and similar vacancies (${c.javaScriptEnabled ? 'with' : 'without'} JavaScript)`, async ({ browser }) => {
    const context = await browser.newContext({ ...phone, javaScriptEnabled: c.javaScriptEnabled })
    const page = await context.newPage()
    const w = words[c.lang]
    await page.goto(applyPath(c.lang, c.slug))
    // Before sending, none of it shows: it belongs to the thank-you.
    await expect(page.getByTestId('apply-next')).toBeHidden()
    await page.getByLabel(w.name).fill('Noor Verder')
    await page.getByLabel(w.email, { exact: true }).fill(uniqueEmail(`next-${c.lang}`))
    await page.getByLabel(w.phone).fill('06 1234 5678')
    await page.getByRole('button', { name: w.applySubmit }).click()
    await expect(page.getByTestId('apply-thanks').first()).toContainText(w.applyThanks)

    const steps = page.getByTestId('apply-next-steps')
    await expect(steps).toBeVisible()
    for (const step of c.steps) await expect(steps).toContainText(step)

    const similar = page.getByTestId('apply-similar')
    await expect(similar).toBeVisible()
    const cards = similar.locator('.vacancy-card')
    const count = await cards.count()
    expect(count, 'two or three similar vacancies').toBeGreaterThanOrEqual(2)
    expect(count).toBeLessThanOrEqual(3)
    // Not the vacancy just applied to; the same department's first.
    await expect(similar.getByRole('link', { name: c.title, exact: true })).toHaveCount(0)
    await expect(cards.first().locator('.eyebrow')).toHaveText(c.department)
    // Each is a link to an open vacancy in the page's language.
    const hrefs = await similar.getByRole('link').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname))
    for (const href of hrefs) expect(href).toMatch(c.lang === 'en' ? /^\/en\/vacancies\/[a-z0-9-]+$/ : /^\/vacatures\/[a-z0-9-]+$/)
    // Nothing wider than the phone.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(phone.viewport.width)
    if (c.javaScriptEnabled) {
      // At the top, as the page first shows: scrolled to the thank-you, the sticky header covers the
      // breadcrumb, and axe counts a covered link as a too-small touch target.
      await page.evaluate(() => window.scrollTo(0, 0))
      await expectNoAxeViolations(page, `apply thank-you (${c.lang})`)
    }
    await context.close()
  })
}
