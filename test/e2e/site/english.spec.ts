import { expect, test } from '@playwright/test'

import { applyPath, openVacancies, playEmployeeVideo, publishedStory, siteUrl, storyPath, vacancyPath, vacancyWithVideo } from './site-helpers'

test.describe('English pages and language alternates', () => {
  test('the English home is in English, with English vacancy titles', async ({ page, request }) => {
    const vacancies = await openVacancies(request, 'en')
    const response = await page.goto(siteUrl('/en/'))
    expect(response?.status()).toBe(200)
    await expect(page.locator('html')).toHaveAttribute('lang', 'en-GB')
    await expect(page.getByRole('heading', { name: 'Open vacancies' })).toBeVisible()
    const first = vacancies[0]!
    await expect(page.getByTestId('home-vacancies').getByRole('link', { name: first.title, exact: true })).toHaveAttribute('href', vacancyPath('en', first.slug))
  })

  test('the English vacancy page works end to end', async ({ page, request }) => {
    const { vacancy, video } = await vacancyWithVideo(request, 'en')
    await page.goto(siteUrl(vacancyPath('en', vacancy.slug)))
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(vacancy.title)
    await expect(page.getByRole('region', { name: 'At a glance' }).getByText('Location')).toBeVisible()
    await playEmployeeVideo(page, `Play video of ${video.contributorName}`)
    if (vacancy.applyMode === 'built-in') {
      await page.getByTestId('apply-button').first().click()
      await expect(page).toHaveURL(siteUrl(applyPath('en', vacancy.slug)))
      await expect(page.getByRole('button', { name: 'Send application' })).toBeVisible()
    }
  })

  test('every page links its other-language version with hreflang', async ({ page, request }) => {
    const [vacancy] = await openVacancies(request, 'nl')
    const story = await publishedStory(request, 'nl')
    const pairs: [string, string][] = [
      ['/', '/en/'],
      [vacancyPath('nl', vacancy!.slug), vacancyPath('en', vacancy!.slug)],
      [storyPath('nl', story.slug), storyPath('en', story.slug)],
    ]
    if (vacancy!.applyMode === 'built-in') pairs.push([applyPath('nl', vacancy!.slug), applyPath('en', vacancy!.slug)])
    for (const [nl, en] of pairs) {
      for (const path of [nl, en]) {
        await page.goto(siteUrl(path))
        await expect(page.locator('link[rel=alternate][hreflang=nl]')).toHaveAttribute('href', siteUrl(nl))
        await expect(page.locator('link[rel=alternate][hreflang=en]')).toHaveAttribute('href', siteUrl(en))
        await expect(page.locator('link[rel=alternate][hreflang=x-default]')).toHaveAttribute('href', siteUrl(nl))
      }
    }
  })

  test('the language switch goes to the same page in the other language', async ({ page, request }) => {
    const [vacancy] = await openVacancies(request, 'nl')
    await page.goto(siteUrl(vacancyPath('nl', vacancy!.slug)))
    await page.getByRole('link', { name: 'English' }).click()
    await expect(page).toHaveURL(siteUrl(vacancyPath('en', vacancy!.slug)))
    await page.getByRole('link', { name: 'Nederlands' }).click()
    await expect(page).toHaveURL(siteUrl(vacancyPath('nl', vacancy!.slug)))
  })

  test('stories open in both languages', async ({ page, request }) => {
    for (const lang of ['nl', 'en'] as const) {
      const story = await publishedStory(request, lang)
      const response = await page.goto(siteUrl(storyPath(lang, story.slug)))
      expect(response?.status()).toBe(200)
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(story.title)
    }
  })

  test('unknown pages are a 404 in the right language', async ({ page }) => {
    let response = await page.goto(siteUrl('/bestaat-niet'))
    expect(response?.status()).toBe(404)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Deze pagina bestaat niet (meer)')
    response = await page.goto(siteUrl('/en/does-not-exist'))
    expect(response?.status()).toBe(404)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('This page does not exist (any more)')
  })
})
