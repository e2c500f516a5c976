/**
 * The home page's video wall: muted preview loops that play only while in view, a visible pause
 * control, and nothing moving for people who ask for reduced motion.
 */
import { expect, test, type Page } from '@playwright/test'

import { siteUrl } from './site-helpers'

/** State of each preview loop on the wall: created, playing, muted. */
function previews(page: Page) {
  return page.getByTestId('video-wall').locator('video.player__preview').evaluateAll((videos) =>
    videos.map((v) => {
      const el = v as HTMLVideoElement
      return { playing: !el.paused && !el.ended, muted: el.muted, hidden: el.getAttribute('aria-hidden'), focusable: el.tabIndex >= 0 }
    }),
  )
}

const playingCount = async (page: Page) => (await previews(page)).filter((p) => p.playing).length

test.describe('video wall', () => {
  test.use({ viewport: { width: 1280, height: 720 } })

  test('previews play muted only while in view, and a visible button pauses and resumes them', async ({ page }) => {
    await page.goto(siteUrl('/'), { waitUntil: 'load' })
    const wall = page.getByTestId('video-wall')
    // The wall starts below the fold: nothing loads or plays there yet.
    await page.waitForTimeout(1000)
    expect(await previews(page)).toEqual([])

    await wall.scrollIntoViewIfNeeded()
    await expect.poll(() => playingCount(page), { timeout: 15_000 }).toBeGreaterThan(0)
    for (const preview of await previews(page)) expect(preview).toMatchObject({ muted: true, hidden: 'true', focusable: false })

    // Out of view: paused.
    await page.evaluate(() => window.scrollTo(0, 0))
    await expect.poll(() => playingCount(page)).toBe(0)
    await wall.scrollIntoViewIfNeeded()
    await expect.poll(() => playingCount(page)).toBeGreaterThan(0)

    // The pause control: visible, labelled, remembered.
    const toggle = page.getByRole('button', { name: 'Pauzeer bewegende beelden' })
    await expect(toggle).toBeVisible()
    await toggle.click()
    await expect.poll(() => playingCount(page)).toBe(0)
    await expect(page.getByRole('button', { name: 'Speel bewegende beelden af' })).toBeVisible()
    await page.reload({ waitUntil: 'load' })
    await page.getByTestId('video-wall').scrollIntoViewIfNeeded()
    await page.waitForTimeout(1500)
    expect(await playingCount(page)).toBe(0)
    await page.getByRole('button', { name: 'Speel bewegende beelden af' }).click()
    await expect.poll(() => playingCount(page), { timeout: 15_000 }).toBeGreaterThan(0)
  })

  test('starting a colleague’s video stops the previews', async ({ page }) => {
    await page.goto(siteUrl('/'), { waitUntil: 'load' })
    await page.getByTestId('video-wall').scrollIntoViewIfNeeded()
    await expect.poll(() => playingCount(page), { timeout: 15_000 }).toBeGreaterThan(0)
    await page.getByTestId('video-wall').getByRole('button', { name: /^Speel video van .+ af$/ }).first().click()
    const player = page.getByTestId('employee-video')
    await expect.poll(() => player.evaluate((el: HTMLVideoElement) => el.currentTime), { timeout: 20_000 }).toBeGreaterThan(0.3)
    await expect.poll(() => playingCount(page)).toBe(0)
  })

  test('nothing moves under prefers-reduced-motion, and there is no control for it', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' })
    await page.goto(siteUrl('/en/'), { waitUntil: 'load' })
    await page.getByTestId('video-wall').scrollIntoViewIfNeeded()
    await page.waitForTimeout(2500)
    expect(await playingCount(page)).toBe(0)
    await expect(page.getByRole('button', { name: 'Pause moving images' })).toBeHidden()
    // The videos themselves still play on request.
    await expect(page.getByTestId('video-wall').getByRole('button', { name: /^Play video of / }).first()).toBeVisible()
  })

  test('without JavaScript the wall is posters with play buttons, and no pause button that does nothing', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto(siteUrl('/'))
    await expect(page.getByTestId('video-wall').locator('img').first()).toBeVisible()
    await expect(page.getByRole('button', { name: 'Pauzeer bewegende beelden' })).toBeHidden()
    await context.close()
  })
})
