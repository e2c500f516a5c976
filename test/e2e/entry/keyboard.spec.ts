/**
 * Keyboard only, on a phone-sized screen: the lead form and the quiz can be completed with Tab,
 * Space, arrows and Enter, and the sticky apply bar never covers what has focus.
 */
import { expect, test, type Page } from '@playwright/test'

import { findLeads, KEY_ACCOUNT, phone, QUIZ, uniqueEmail, vacancyPath, words } from './entry-helpers'

test.use({ ...phone, hasTouch: false, isMobile: false })

/** Presses Tab until the element matching `selector` has focus (at most `max` times). */
async function tabTo(page: Page, selector: string, max = 80): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab')
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return
  }
  throw new Error(`never reached ${selector} with Tab`)
}

/** The focused element is on screen and not under the sticky apply bar (once smooth scrolling has settled). */
async function expectFocusVisible(page: Page): Promise<void> {
  await expect.poll(() => focusProblem(page), { timeout: 3000, intervals: [100] }).toBeNull()
}

function focusProblem(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null
    if (!el) return 'nothing focused'
    const r = el.getBoundingClientRect()
    if (r.bottom > window.innerHeight || r.top < 0) return `${el.tagName}#${el.id} off screen: ${r.top}..${r.bottom} of ${window.innerHeight}`
    const bar = document.querySelector<HTMLElement>('[data-testid="apply-bar"]')
    if (!bar || getComputedStyle(bar).display === 'none' || getComputedStyle(bar).visibility === 'hidden') return null
    const b = bar.getBoundingClientRect()
    const covered = r.bottom > b.top && r.top < b.bottom && !bar.contains(el)
    return covered ? `${el.tagName}#${el.id} under the apply bar: ${r.top}..${r.bottom} vs bar ${b.top}..${b.bottom}` : null
  })
}

test('the lead form on the vacancy page, by keyboard, never hidden by the apply bar', async ({ page, request }) => {
  const email = uniqueEmail('keyboard-lead')
  await page.goto(vacancyPath('nl', KEY_ACCOUNT))
  await tabTo(page, '#lead-contact')
  await expectFocusVisible(page)
  await page.keyboard.type(email)
  await page.keyboard.press('Tab')
  await expect(page.locator('#lead-consent')).toBeFocused()
  await expectFocusVisible(page)
  await page.keyboard.press('Space')
  await expect(page.locator('#lead-consent')).toBeChecked()
  // The optional job-alerts box comes next; left unticked, it asks nothing more.
  await page.keyboard.press('Tab')
  await expect(page.locator('#lead-jobAlerts')).toBeFocused()
  await expectFocusVisible(page)
  await expect(page.locator('#lead-jobAlerts')).not.toBeChecked()
  await page.keyboard.press('Tab')
  await expect(page.getByTestId('entry-lead').getByRole('button', { name: words.nl.leadSubmit })).toBeFocused()
  await expectFocusVisible(page)
  await page.keyboard.press('Enter')
  await expect(page.getByTestId('lead-thanks')).toBeFocused()
  await expect(page.getByTestId('lead-thanks')).toContainText(words.nl.leadThanks)
  expect(await findLeads(request, { email })).toHaveLength(1)
})

test('every focusable element of the vacancy page stays clear of the apply bar', async ({ page }) => {
  await page.goto(vacancyPath('en', KEY_ACCOUNT))
  const count = await page.evaluate(() => document.querySelectorAll('a[href], button, input:not([type="hidden"]), textarea, select').length)
  for (let i = 0; i < count; i++) {
    await page.keyboard.press('Tab')
    if (await page.evaluate(() => document.activeElement === document.body)) break
    await expectFocusVisible(page)
  }
})

test('the quiz, by keyboard, and the lead form after it', async ({ page, request }) => {
  const email = uniqueEmail('keyboard-quiz')
  await page.goto(`/en/quiz/${QUIZ}?vacancy=${KEY_ACCOUNT}`)
  await expect(page.getByTestId('quiz-form')).toHaveAttribute('data-enhanced', 'true')
  for (let i = 0; i < 5; i++) {
    // Into the group: the first radio gets focus; arrow keys choose.
    await tabTo(page, '[data-testid="step"]:not([hidden]) input[type="radio"]')
    await page.keyboard.press('ArrowDown')
    await page.keyboard.press('ArrowDown')
    await expectFocusVisible(page)
    await tabTo(page, 'button.button--primary')
    await page.keyboard.press('Enter')
    if (i < 4) await expect(page.locator('[data-testid="step"]:not([hidden]) .step__count')).toBeFocused()
  }
  await expect(page.getByTestId('quiz-verdict')).toContainText('Account management')
  await tabTo(page, '#quiz-lead-contact')
  await page.keyboard.type(email)
  await page.keyboard.press('Tab')
  await page.keyboard.press('Space')
  await page.keyboard.press('Tab')
  await page.keyboard.press('Enter')
  await expect(page.getByTestId('quiz-lead-thanks')).toBeFocused()
  const [lead] = await findLeads(request, { email })
  expect(lead?.entryPoint).toBe('quiz')
})
