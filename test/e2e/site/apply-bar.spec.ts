/**
 * The sticky apply bar on phones: always at hand, never over what has keyboard focus
 * (WCAG 2.2 2.4.11 Focus Not Obscured).
 */
import { expect, test } from '@playwright/test'

import { applyPath, openVacancies, siteUrl, vacancyPath, vacancyWithVideo } from './site-helpers'

test.describe('apply bar on phones', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 })

  test('stays at the bottom of the screen while reading, and leads to the application', async ({ page, request }) => {
    const vacancy = (await openVacancies(request, 'nl')).find((v) => v.applyMode === 'built-in')!
    await page.goto(siteUrl(vacancyPath('nl', vacancy.slug)))
    const bar = page.getByTestId('apply-bar')
    for (const y of [0, 400, 900]) {
      await page.evaluate((top) => window.scrollTo(0, top), y)
      const box = await bar.boundingBox()
      expect(box, `bar at scroll ${y}`).not.toBeNull()
      expect(Math.round(box!.y + box!.height)).toBe(844)
    }
    await bar.getByRole('link', { name: `Solliciteer direct: ${vacancy.title}` }).click()
    await expect(page).toHaveURL(siteUrl(applyPath('nl', vacancy.slug)))
  })

  test('comes to rest above the entry points, which start with their own apply button, and never covers them', async ({ page, request }) => {
    const { vacancy } = await vacancyWithVideo(request, 'nl')
    await page.goto(siteUrl(vacancyPath('nl', vacancy.slug)))
    const bar = page.getByTestId('apply-bar')
    const entry = page.getByTestId('entry-points')
    const pageHeight = await page.evaluate(() => document.documentElement.scrollHeight)
    const entryTop = (await entry.evaluate((el) => el.getBoundingClientRect().top + window.scrollY))
    // From the entry points' top reaching the bottom of the screen to the end of the page, in steps.
    for (let y = Math.max(0, entryTop - 844); y <= pageHeight; y += 150) {
      await page.evaluate((top) => window.scrollTo(0, top), y)
      const [b, e] = await Promise.all([bar.boundingBox(), entry.boundingBox()])
      expect(b!.y + b!.height, `the bar over the entry points at scroll ${y}`).toBeLessThanOrEqual(e!.y + 0.5)
    }
  })

  test('never hides the element that has keyboard focus', async ({ page, request }) => {
    const { vacancy } = await vacancyWithVideo(request, 'nl')
    await page.goto(siteUrl(vacancyPath('nl', vacancy.slug)))
    const bar = page.getByTestId('apply-bar')
    let checked = 0
    for (let i = 0; i < 60; i++) {
      await page.keyboard.press('Tab')
      // The page scrolls smoothly to the focused element: measure where it comes to rest, not mid-way.
      await page.evaluate(
        () =>
          new Promise<void>((resolve) => {
            let last = -1
            let still = 0
            const check = () => {
              still = window.scrollY === last ? still + 1 : 0
              last = window.scrollY
              if (still >= 5) resolve()
              else requestAnimationFrame(check)
            }
            requestAnimationFrame(check)
          }),
      )
      const result = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null
        const bar = document.querySelector('[data-testid=apply-bar]')
        if (!el || el === document.body || !bar) return null
        if (bar.contains(el)) return { inBar: true, covered: 0, label: el.textContent?.trim() ?? '' }
        const r = el.getBoundingClientRect()
        const b = bar.getBoundingClientRect()
        const visibleTop = Math.max(r.top, 0)
        const visibleBottom = Math.min(r.bottom, window.innerHeight)
        const overlap = Math.max(0, Math.min(visibleBottom, b.bottom) - Math.max(visibleTop, b.top))
        const height = Math.max(1, visibleBottom - visibleTop)
        return { inBar: false, covered: overlap / height, label: (el.getAttribute('aria-label') ?? el.textContent ?? el.tagName).trim().slice(0, 60), barShown: b.top < window.innerHeight }
      })
      if (!result) continue
      checked++
      expect(result.covered, `“${result.label}” is under the apply bar`).toBeLessThan(0.01)
    }
    expect(checked).toBeGreaterThan(10)
    await expect(bar).toBeVisible()
  })
})

test.describe('apply bar on wide screens', () => {
  test.use({ viewport: { width: 1280, height: 800 } })

  test('is not there: the apply button sits beside the text', async ({ page, request }) => {
    const [vacancy] = await openVacancies(request, 'nl')
    await page.goto(siteUrl(vacancyPath('nl', vacancy!.slug)))
    await expect(page.getByTestId('apply-bar')).toBeHidden()
    await expect(page.getByTestId('apply-button').first()).toBeVisible()
  })
})
