import zlib from 'node:zlib'

import { expect, test } from '@playwright/test'

import { applyPath, openVacancies, playEmployeeVideo, siteUrl, vacancyPath, vacancyWithVideo, withoutMediaSource, withoutNativeHls } from './site-helpers'

test.describe('vacancy page', () => {
  test('shows the facts, the description, a colleague’s video and an apply button', async ({ page, request }) => {
    const { vacancy, video } = await vacancyWithVideo(request, 'nl')
    const response = await page.goto(siteUrl(vacancyPath('nl', vacancy.slug)))
    expect(response?.status()).toBe(200)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(vacancy.title)
    const facts = page.getByRole('region', { name: 'Kort en bondig' })
    await expect(facts.getByText('Locatie')).toBeVisible()
    await expect(facts.getByText(vacancy.location, { exact: true })).toBeVisible()
    if (typeof vacancy.salaryMin === 'number') await expect(facts.locator('[data-fact=salary] dd')).toContainText('€')
    await expect(page.getByTestId('vacancy-video').getByRole('button', { name: `Speel video van ${video.contributorName} af` })).toBeVisible()
    await expect(page.getByTestId('apply-button').first()).toBeVisible()
  })

  test('the employee video plays (native HLS where the browser has it)', async ({ page, request }) => {
    const { vacancy, video } = await vacancyWithVideo(request, 'nl')
    await page.goto(siteUrl(vacancyPath('nl', vacancy.slug)))
    const poster = page.getByTestId('vacancy-video').locator('img')
    // Width and height are set so the poster does not shift the layout.
    await expect(poster).toHaveAttribute('width', /^\d+$/)
    await expect(poster).toHaveAttribute('height', /^\d+$/)
    await playEmployeeVideo(page, `Speel video van ${video.contributorName} af`)
  })

  test('plays through hls.js, loaded only on click, when the browser has no native HLS', async ({ page, request }) => {
    await withoutNativeHls(page)
    const scripts: string[] = []
    page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname)
    })
    const { vacancy, video } = await vacancyWithVideo(request, 'nl')
    await page.goto(siteUrl(vacancyPath('nl', vacancy.slug)), { waitUntil: 'networkidle' })
    expect(scripts.filter((s) => /hls/i.test(s))).toEqual([])
    const { src } = await playEmployeeVideo(page, `Speel video van ${video.contributorName} af`)
    expect(src).toMatch(/^blob:/) // Media Source, fed by hls.js
    expect(scripts.some((s) => /hls/i.test(s))).toBe(true)
  })

  test('falls back to the MP4 when hls.js reports a fatal error', async ({ page, request }) => {
    await withoutNativeHls(page)
    await page.route(/\.m3u8(\?|$)/, (route) => route.fulfill({ status: 404, body: 'gone' }))
    const { vacancy, video } = await vacancyWithVideo(request, 'nl')
    await page.goto(siteUrl(vacancyPath('nl', vacancy.slug)))
    const { src } = await playEmployeeVideo(page, `Speel video van ${video.contributorName} af`)
    expect(src).toMatch(/\.mp4$/)
  })

  test('plays the MP4 in a browser with neither HLS nor Media Source', async ({ page, request }) => {
    await withoutNativeHls(page)
    await withoutMediaSource(page)
    const { vacancy, video } = await vacancyWithVideo(request, 'nl')
    await page.goto(siteUrl(vacancyPath('nl', vacancy.slug)))
    const { src } = await playEmployeeVideo(page, `Speel video van ${video.contributorName} af`)
    expect(src).toMatch(/\.mp4$/)
  })

  test('keeps initial JavaScript under 20 KB gzipped', async ({ page, request }) => {
    const { vacancy } = await vacancyWithVideo(request, 'nl')
    let total = 0
    page.on('response', async (response) => {
      if (response.request().resourceType() === 'script') total += zlib.gzipSync(await response.body().catch(() => Buffer.alloc(0))).length
    })
    await page.goto(siteUrl(vacancyPath('nl', vacancy.slug)), { waitUntil: 'networkidle' })
    expect(total).toBeLessThanOrEqual(20 * 1024)
  })

  test('the apply button leads to the apply page or the external application form', async ({ page, request }) => {
    const vacancies = await openVacancies(request, 'nl')
    const builtIn = vacancies.find((v) => v.applyMode === 'built-in')
    const external = vacancies.find((v) => v.applyMode === 'external')
    expect(builtIn ?? external, 'the demo seed has open vacancies').toBeTruthy()
    if (builtIn) {
      await page.goto(siteUrl(vacancyPath('nl', builtIn.slug)))
      await page.getByTestId('apply-button').first().click()
      await expect(page).toHaveURL(siteUrl(applyPath('nl', builtIn.slug)))
      await expect(page.getByRole('heading', { level: 1 })).toContainText(builtIn.title)
    }
    if (external) {
      await page.goto(siteUrl(vacancyPath('nl', external.slug)))
      const button = page.getByTestId('apply-button').first()
      await expect(button).toHaveAttribute('href', new URL(external.applyUrl!).href)
      await expect(button).toHaveAttribute('rel', /noopener/)
    }
  })

  test('an unknown or malformed slug is a 404 in the page’s language', async ({ page }) => {
    let response = await page.goto(siteUrl('/vacatures/bestaat-echt-niet-123'))
    expect(response?.status()).toBe(404)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Deze pagina bestaat niet (meer)')
    response = await page.goto(siteUrl('/en/vacancies/NOT%20a%20slug'))
    expect(response?.status()).toBe(404)
    await expect(page.locator('html')).toHaveAttribute('lang', 'en-GB')
  })
})
