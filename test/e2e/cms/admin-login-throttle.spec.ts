/**
 * Failed admin logins are throttled per client address + account, with one message whether or not
 * the address belongs to a staff member (issue 9, §4), in the admin's language. The accounts here
 * are this spec's own, so the throttle never touches the demo logins other specs use.
 */
import { expect, test } from '@playwright/test'

import { cmsUrl, demoAdmin, loginHeaders } from '../helpers'

const expected = {
  nl: 'Te veel mislukte inlogpogingen. Wacht 10 minuten en probeer het dan opnieuw',
  en: 'Too many failed login attempts. Wait 10 minutes and try again',
} as const

for (const [lang, locale] of [
  ['nl', 'nl-NL'],
  ['en', 'en-GB'],
] as const) {
  test(`the throttle message is the same for a staff address and an unknown one (${lang})`, async ({ browser, request }) => {
    const stamp = `${Date.now().toString(36)}-${lang}`
    const staffEmail = `throttle-${stamp}@werkvloer.test`
    const created = await request.post(`${cmsUrl()}/api/users`, { headers: await loginHeaders(request, demoAdmin), data: { email: staffEmail, password: 'a-long-enough-password', name: 'Throttle test', roles: ['comms'] } })
    expect(created.status()).toBe(201)

    const shown: string[] = []
    for (const email of [staffEmail, `nobody-${stamp}@werkvloer.test`]) {
      const context = await browser.newContext({ locale })
      const page = await context.newPage()
      await page.goto(`${cmsUrl()}/admin/login`)
      await page.getByLabel(/e-?mail/i).fill(email)
      const password = page.getByLabel(/wachtwoord|password/i)
      const button = page.getByRole('button', { name: /inloggen|login/i })
      // Five wrong passwords are answered as wrong; the sixth is throttled.
      for (let i = 0; i < 6; i++) {
        await password.fill(`wrong-${i}`)
        const answer = page.waitForResponse((r) => r.url().includes('/api/users/login'))
        await button.click()
        expect((await answer).status()).toBe(i < 5 ? 401 : 429)
      }
      const message = page.getByText(expected[lang])
      await expect(message.first()).toBeVisible()
      shown.push((await message.first().textContent()) ?? '')
      await expect(page).toHaveURL(/\/admin\/login/)
      await context.close()
    }
    expect(shown[1]).toBe(shown[0])
  })
}
