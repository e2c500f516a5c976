import zlib from 'node:zlib'

import { expect, test } from '@playwright/test'

import { openVacancies, playEmployeeVideo, publishedStory, publishedVideos, siteUrl, vacancyPath } from './site-helpers'

test.describe('Dutch home page', () => {
  test('shows the employer, open vacancies, employee videos and stories', async ({ page, request }) => {
    const [vacancies, videos, story] = await Promise.all([openVacancies(request, 'nl'), publishedVideos(request, 'nl'), publishedStory(request, 'nl')])
    expect(vacancies.length, 'the seed should have open vacancies').toBeGreaterThan(0)
    expect(videos.length, 'the seed should have published videos').toBeGreaterThan(0)

    const response = await page.goto(siteUrl('/'))
    expect(response?.status()).toBe(200)
    await expect(page.locator('html')).toHaveAttribute('lang', 'nl-NL')
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    await expect(page.getByText('Noordhaven Logistiek').first()).toBeVisible()

    const list = page.getByTestId('home-vacancies')
    for (const vacancy of vacancies.slice(0, 5)) {
      await expect(list.getByRole('link', { name: vacancy.title, exact: true })).toHaveAttribute('href', vacancyPath('nl', vacancy.slug))
    }
    const wall = page.getByTestId('home-videos')
    for (const video of videos.slice(0, 3)) {
      await expect(wall.getByRole('button', { name: `Speel video van ${video.contributorName} af` })).toBeVisible()
    }
    await expect(page.getByRole('link', { name: story.title })).toBeVisible()
  })

  test('opens a vacancy from the list', async ({ page, request }) => {
    const [vacancy] = await openVacancies(request, 'nl')
    await page.goto(siteUrl('/'))
    await page.getByTestId('home-vacancies').getByRole('link', { name: vacancy!.title, exact: true }).click()
    await expect(page).toHaveURL(siteUrl(vacancyPath('nl', vacancy!.slug)))
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(vacancy!.title)
  })

  test('a poster card plays its video in place', async ({ page }) => {
    await page.goto(siteUrl('/'))
    const { currentTime } = await playEmployeeVideo(page, /^Speel video van .+ af$/)
    expect(currentTime).toBeGreaterThan(0.5)
  })

  test('loads no player library before a click and stays under 20 KB of gzipped JavaScript', async ({ page }) => {
    const scripts: { url: string; gzip: number }[] = []
    page.on('response', async (response) => {
      if (response.request().resourceType() !== 'script') return
      const body = await response.body().catch(() => Buffer.alloc(0))
      scripts.push({ url: response.url(), gzip: zlib.gzipSync(body).length })
    })
    await page.goto(siteUrl('/'), { waitUntil: 'networkidle' })
    const total = scripts.reduce((sum, s) => sum + s.gzip, 0)
    expect(total, `initial scripts: ${JSON.stringify(scripts)}`).toBeLessThanOrEqual(20 * 1024)
    expect(scripts.filter((s) => /hls|player-runtime/i.test(new URL(s.url).pathname))).toEqual([])
    // Muted preview loops may play on the wall; no colleague's video (with sound) before a click.
    expect(await page.locator('video.player__video').count()).toBe(0)
  })

  test('shows the employer’s promise, its teams and the latest vacancies, with a way to all of them', async ({ page }) => {
    await page.goto(siteUrl('/'))
    await expect(page.getByRole('heading', { name: 'Verantwoordelijkheid vanaf dag één' })).toBeVisible()
    await expect(page.getByTestId('home-departments').getByRole('article').first()).toBeVisible()
    await page.getByRole('link', { name: /^Bekijk alle \d+ vacatures/ }).first().click()
    await expect(page).toHaveURL(siteUrl('/vacatures'))
  })

  test('sends security headers', async ({ request }) => {
    const response = await request.get(siteUrl('/'))
    const headers = response.headers()
    expect(headers['content-security-policy']).toContain("frame-ancestors 'none'")
    expect(headers['content-security-policy']).toContain("script-src 'self'")
    expect(headers['x-content-type-options']).toBe('nosniff')
    expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin')
  })
})
