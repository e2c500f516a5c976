/**
 * The header menu on phones: "Collega's" and "Verhalen" are why a candidate comes, so they stay in
 * the menu down to a 320 px screen, in both languages, without sideways scrolling, and they lead to
 * the colleagues' videos and stories with the section heading clear of the sticky header.
 */
import { expect, test } from '@playwright/test'

import { siteUrl } from './site-helpers'

const menus = {
  nl: { home: '/', page: '/vacatures', links: ['Vacatures', 'Collega’s', 'Verhalen', 'English'], colleagues: { hash: '#collegas', heading: 'Collega’s aan het woord' }, stories: { hash: '#verhalen', heading: 'Verhalen van collega’s' } },
  en: { home: '/en/', page: '/en/vacancies', links: ['Vacancies', 'Colleagues', 'Stories', 'Nederlands'], colleagues: { hash: '#colleagues', heading: 'Meet your colleagues' }, stories: { hash: '#stories', heading: 'Stories from colleagues' } },
} as const

for (const width of [320, 360, 390]) {
  test.describe(`header menu at ${width} px`, () => {
    test.use({ viewport: { width, height: 740 }, isMobile: true, hasTouch: true })

    for (const lang of ['nl', 'en'] as const) {
      test(`keeps colleagues and stories one tap away (${lang})`, async ({ page }) => {
        const m = menus[lang]
        await page.goto(siteUrl(m.page))
        const nav = page.getByRole('navigation', { name: lang === 'en' ? 'Main' : 'Hoofdmenu' })
        for (const name of m.links) {
          const link = nav.getByRole('link', { name, exact: true })
          await expect(link, `${name} in the menu`).toBeVisible()
          const box = (await link.boundingBox())!
          expect(box.x, `${name} starts on screen`).toBeGreaterThanOrEqual(0)
          expect(box.x + box.width, `${name} ends on screen`).toBeLessThanOrEqual(width)
          expect(box.height, `${name} is a comfortable tap target`).toBeGreaterThanOrEqual(24)
        }
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width)

        for (const target of [m.colleagues, m.stories]) {
          await page.goto(siteUrl(m.page))
          await nav.getByRole('link', { name: target === m.colleagues ? m.links[1] : m.links[2], exact: true }).tap()
          await expect(page).toHaveURL(siteUrl(`${m.home}${target.hash}`))
          const heading = page.getByRole('heading', { level: 2, name: target.heading })
          await expect(heading).toBeInViewport()
          // Where the smooth scroll comes to rest, the heading is below the sticky header, not under it.
          await expect
            .poll(async () => {
              const header = (await page.locator('.site-header').boundingBox())!
              const h = (await heading.boundingBox())!
              return h.y >= header.y + header.height - 1
            })
            .toBe(true)
        }
      })
    }
  })
}
