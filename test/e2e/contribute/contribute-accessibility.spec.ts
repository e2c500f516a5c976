/** axe on every page of the contribution flow, on a phone, in both languages. */
import { expect, test } from '@playwright/test'

import { expectNoAxeViolations } from '../helpers'
import { consentByApi, createInvite, phone } from './contribute-helpers'

test.use({ ...phone })

for (const lang of ['nl', 'en'] as const) {
  const base = lang === 'en' ? '/en/contribute' : '/bijdragen'
  const t =
    lang === 'en'
      ? { next: 'Continue to consent', rules: /never film/, confirm: 'Confirm', yes: /Yes, I give my consent/, name: 'Name', email: 'Email address', video: 'Record your video' }
      : { next: 'Verder naar toestemming', rules: /nooit mag filmen/, confirm: 'Bevestigen', yes: /Ja, ik geef toestemming/, name: 'Naam', email: 'E-mailadres', video: 'Neem je video op' }

  test(`contribution flow pages have no axe violations (${lang})`, async ({ page, request }) => {
    // Six full axe scans (the status page now with its own video and refresh line): on two shared
    // cores that takes about a minute, so the default 60 s ran out before the last page.
    test.setTimeout(150_000)
    const invite = await createInvite(request)
    await page.goto(`${base}/${invite.token}`)
    await expect(page.locator('html')).toHaveAttribute('lang', lang === 'en' ? 'en-GB' : 'nl-NL')
    await expectNoAxeViolations(page, 'brief')

    await page.getByRole('button', { name: t.next }).click()
    await expectNoAxeViolations(page, 'brief with errors')
    await page.getByLabel(t.rules).check()
    await page.getByRole('button', { name: t.next }).click()
    await expectNoAxeViolations(page, 'consent')

    await page.getByRole('button', { name: t.confirm }).click()
    await expect(page.getByTestId('contribute-errors')).toBeVisible()
    await expectNoAxeViolations(page, 'consent with errors')

    await page.getByLabel(t.name, { exact: true }).fill('Alex Axe')
    await page.getByLabel(t.email).fill('alex@example.com')
    await page.getByLabel(t.yes).check()
    await page.getByRole('button', { name: t.confirm }).click()
    await expect(page.getByRole('heading', { name: t.video })).toBeVisible()
    await expectNoAxeViolations(page, 'upload step')

    const { statusToken } = await consentByApi(request, invite.token)
    await page.goto(`${base}/status/${statusToken}`)
    await expectNoAxeViolations(page, 'status page')
    await page.getByTestId('withdraw-start').click()
    // The confirmation opens at its own heading (#withdraw-title) with smooth scrolling: a scan
    // mid-scroll found the refresh link half under the sticky header; the check waits for rest.
    await expect(page).toHaveURL(/#withdraw-title$/)
    await expectNoAxeViolations(page, 'withdraw confirmation')

    await page.goto(`${base}/${'x'.repeat(43)}`)
    await expectNoAxeViolations(page, 'unknown invite')
  })

  test(`the flow fits a 320 px wide screen (${lang})`, async ({ page, request }) => {
    await page.setViewportSize({ width: 320, height: 640 })
    const invite = await createInvite(request)
    await page.goto(`${base}/${invite.token}`)
    const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
    expect(await overflow()).toBeLessThanOrEqual(0)
    await page.getByLabel(t.rules).check()
    await page.getByRole('button', { name: t.next }).click()
    expect(await overflow()).toBeLessThanOrEqual(0)
  })
}
