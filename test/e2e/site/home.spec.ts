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
    expect(scripts.filter((s) => /hls/i.test(new URL(s.url).pathname))).toEqual([])
    expect(await page.locator('video').count()).toBe(0)
  })

  test('filters vacancies by department and ignores a malformed filter with a message', async ({ page }) => {
    await page.goto(siteUrl('/'))
    const chips = page.getByRole('navigation', { name: 'Afdeling' }).getByRole('link')
    test.skip((await chips.count()) < 3, 'the seed has vacancies in only one department')
    const all = await page.getByTestId('home-vacancies').getByRole('article').count()
    await chips.nth(1).click()
    await expect(chips.nth(1)).toHaveAttribute('aria-current', 'true')
    const filtered = await page.getByTestId('home-vacancies').getByRole('article').count()
    expect(filtered).toBeGreaterThan(0)
    expect(filtered).toBeLessThan(all)

    const response = await page.goto(siteUrl('/?afdeling=%3Cscript%3E'))
    expect(response?.status()).toBe(200)
    await expect(page.getByText('Die afdeling kennen we niet')).toBeVisible()
    expect(await page.getByTestId('home-vacancies').getByRole('article').count()).toBe(all)
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
