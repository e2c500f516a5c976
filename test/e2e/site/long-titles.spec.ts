/**
 * Issue 10, blocker 2: Dutch job titles are long compounds ("Klantenservicemedewerker zakelijk").
 * Every vacancy page and its apply page, in both languages, fits a 320 and a 390 px phone without
 * sideways scrolling, with the sticky apply bar on screen; on a laptop the heading stays in its column.
 * Besides the seeded vacancies the spec adds one with an even longer real title and removes it after.
 */
import { expect, test, type APIRequestContext, type Page } from '@playwright/test'

import { demoAdmin } from '../helpers'
import { applyPath, cmsUrl, siteUrl, vacancyPath, type Lang } from './site-helpers'

const longest = { nl: 'Bedrijfshulpverleningscoördinator distributiecentrum', en: 'Bedrijfshulpverleningscoördinator (emergency response coordinator)' }
let created: { id: string; slug: string } | null = null
let auth: Record<string, string> = {}

async function vacancySlugsInSitemap(request: APIRequestContext): Promise<{ lang: Lang; slug: string }[]> {
  const xml = await (await request.get(siteUrl('/sitemap.xml'))).text()
  const found = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].flatMap(([, loc]) => {
    const match = new URL(loc!).pathname.match(/^\/(?:vacatures|en\/vacancies)\/([^/]+)$/)
    return match ? [{ lang: (loc!.includes('/en/vacancies/') ? 'en' : 'nl') as Lang, slug: decodeURIComponent(match[1]!) }] : []
  })
  return found
}

test.beforeAll(async ({ request }) => {
  const login = await request.post(cmsUrl('/api/users/login'), { data: demoAdmin })
  expect(login.ok(), 'the demo admin can log in').toBe(true)
  auth = { Authorization: `JWT ${((await login.json()) as { token: string }).token}` }
  const response = await request.post(cmsUrl('/api/vacancies?locale=nl'), {
    headers: auth,
    data: {
      title: longest.nl,
      status: 'open',
      location: 'Waalwijk',
      employmentType: 'FULL_TIME',
      applyMode: 'built-in',
      hoursMin: 32,
      hoursMax: 40,
      summary: 'Jij zorgt dat iedereen in het distributiecentrum weet wat te doen bij brand, ongevallen en ontruimingsoefeningen.',
    },
  })
  expect(response.ok(), await response.text()).toBe(true)
  const { doc } = (await response.json()) as { doc: { id: string; slug: string } }
  created = doc
  const en = await request.patch(cmsUrl(`/api/vacancies/${doc.id}?locale=en`), {
    headers: auth,
    data: { title: longest.en, summary: 'You make sure everyone in the distribution centre knows what to do in case of fire, accidents and evacuation drills.' },
  })
  expect(en.ok(), await en.text()).toBe(true)
  // The site reuses CMS answers for a few seconds: wait until the new vacancy is listed.
  await expect.poll(async () => (await vacancySlugsInSitemap(request)).some((v) => v.slug === doc.slug), { timeout: 30_000 }).toBe(true)
})

test.afterAll(async ({ request }) => {
  if (created) await request.delete(cmsUrl(`/api/vacancies/${created.id}`), { headers: auth })
})

/** What sticks out: the page's own width beyond the viewport, and any heading wider than its box. */
async function overflow(page: Page) {
  return page.evaluate(() => {
    const viewport = document.documentElement.clientWidth
    const cut = [...document.querySelectorAll<HTMLElement>('h1, h2, .lead, .facts dd, .player__title, .apply-bar__title')]
      // Text meant for screen readers only (.visually-hidden) is clipped on purpose.
      .filter((el) => el.offsetParent !== null && !el.closest('.visually-hidden') && el.scrollWidth > el.clientWidth + 1)
      .map((el) => `${el.tagName.toLowerCase()}.${el.className}: “${el.textContent?.trim().slice(0, 40)}”`)
    return { viewport, scrollWidth: document.documentElement.scrollWidth, cut }
  })
}

for (const width of [320, 390]) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height: 740 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 })

    test('every vacancy page and apply page fits the screen, with the apply bar on it', async ({ page, request }) => {
      const vacancies = await vacancySlugsInSitemap(request)
      expect(vacancies.map((v) => v.slug)).toContain(created!.slug)
      expect(vacancies.map((v) => v.slug)).toContain('klantenservicemedewerker-zakelijk')
      expect(new Set(vacancies.map((v) => v.lang))).toEqual(new Set(['nl', 'en']))
      for (const { lang, slug } of vacancies) {
        // A vacancy that takes applications in an external ATS has no apply page here: its address redirects there.
        const apply = await request.get(siteUrl(applyPath(lang, slug)), { maxRedirects: 0 })
        const paths = apply.status() === 200 ? [vacancyPath(lang, slug), applyPath(lang, slug)] : [vacancyPath(lang, slug)]
        if (apply.status() !== 200) expect(apply.status(), `${applyPath(lang, slug)} is a redirect`).toBeGreaterThanOrEqual(300)
        for (const path of paths) {
          const response = await page.goto(siteUrl(path))
          expect(response?.status(), path).toBe(200)
          const o = await overflow(page)
          expect(o.scrollWidth, `${path} is wider than the ${width} px screen`).toBeLessThanOrEqual(o.viewport)
          expect(o.cut, `${path}: text cut off`).toEqual([])
        }
        // The sticky bar of the vacancy page itself: whole, inside the screen.
        await page.goto(siteUrl(vacancyPath(lang, slug)))
        const bar = page.getByTestId('apply-bar')
        if ((await bar.count()) === 0) continue // external applications without a valid link have no bar
        const box = (await bar.boundingBox())!
        expect(box.x, `${slug} (${lang}) apply bar starts left of the screen`).toBeGreaterThanOrEqual(0)
        expect(box.x + box.width, `${slug} (${lang}) apply bar runs off the screen`).toBeLessThanOrEqual(width)
        const button = (await bar.getByRole('link').boundingBox())!
        expect(button.x + button.width, `${slug} (${lang}) apply button is off screen`).toBeLessThanOrEqual(width)
        expect(Math.round(box.y + box.height)).toBe(740)
      }
    })
  })
}

test.describe('on a 1366 px laptop', () => {
  test.use({ viewport: { width: 1366, height: 768 } })

  test('the long title stays in its column, clear of the video and facts beside it', async ({ page }) => {
    for (const slug of ['klantenservicemedewerker-zakelijk', created!.slug]) {
      await page.goto(siteUrl(vacancyPath('nl', slug)))
      const heading = page.getByRole('heading', { level: 1 })
      const { right, scrollWidth, clientWidth } = await heading.evaluate((el) => ({ right: el.getBoundingClientRect().right, scrollWidth: el.scrollWidth, clientWidth: el.clientWidth }))
      expect(scrollWidth, `${slug}: heading wider than its box`).toBeLessThanOrEqual(clientWidth + 1)
      const side = await page.locator('.vacancy__side').boundingBox()
      expect(right, `${slug}: heading runs under the side column`).toBeLessThanOrEqual(side!.x)
    }
  })
})
