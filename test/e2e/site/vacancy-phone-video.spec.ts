/**
 * On a phone the colleague's video is the first thing after the vacancy's title: the full width of
 * the screen, in 9:16, before the summary and the facts. On a laptop it stays beside the text.
 */
import { expect, test, type Page } from '@playwright/test'

import { siteUrl, vacancyPath, vacancyWithVideo, type Lang } from './site-helpers'

async function layout(page: Page) {
  const box = async (selector: string) => (await page.locator(selector).first().boundingBox())!
  return {
    title: await box('h1'),
    frame: await box('[data-testid=vacancy-video] .player__frame'),
    lead: await box('.vacancy__lead'),
    facts: await box('.facts'),
    column: await box('.vacancy__layout'),
  }
}

for (const width of [320, 390]) {
  test.describe(`vacancy page at ${width} px`, () => {
    test.use({ viewport: { width, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 })

    for (const lang of ['nl', 'en'] as Lang[]) {
      test(`the colleague's video comes right after the title, full width and 9:16 (${lang})`, async ({ page, request }) => {
        const { vacancy } = await vacancyWithVideo(request, lang)
        await page.goto(siteUrl(vacancyPath(lang, vacancy.slug)))
        const l = await layout(page)
        expect(l.frame.y, 'video below the title').toBeGreaterThan(l.title.y + l.title.height - 1)
        // Only the small "video" label sits between title and video; summary and facts come after it.
        expect(l.frame.y - (l.title.y + l.title.height), 'nothing but a label between title and video').toBeLessThan(64)
        expect(l.lead.y, 'summary after the video').toBeGreaterThanOrEqual(l.frame.y + l.frame.height)
        expect(l.facts.y, 'facts after the video').toBeGreaterThanOrEqual(l.frame.y + l.frame.height)
        expect(Math.abs(l.frame.width - l.column.width), 'as wide as the page column').toBeLessThanOrEqual(1)
        expect(l.frame.height / l.frame.width).toBeCloseTo(16 / 9, 1)
        await expect(page.getByTestId('vacancy-video').getByRole('button')).toBeInViewport()
      })
    }
  })
}

test.describe('vacancy page on a laptop', () => {
  test.use({ viewport: { width: 1366, height: 768 } })

  test('keeps the video in the side column, with the summary under the title', async ({ page, request }) => {
    const { vacancy } = await vacancyWithVideo(request, 'nl')
    await page.goto(siteUrl(vacancyPath('nl', vacancy.slug)))
    const l = await layout(page)
    expect(l.frame.x, 'video to the right of the title').toBeGreaterThan(l.title.x + l.title.width)
    expect(l.lead.y, 'summary under the title').toBeGreaterThan(l.title.y)
    expect(l.lead.x).toBeCloseTo(l.title.x, 0)
    expect(l.lead.x + l.lead.width, 'summary in the text column').toBeLessThanOrEqual(l.frame.x)
  })
})
