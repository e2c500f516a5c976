import { expect, test } from '@playwright/test'

import { departmentPath, departments, openVacanciesWithDepartments, siteUrl, vacancyPath } from './site-helpers'

test.describe('department pages', () => {
  test('the home page leads to each team, whose page shows its colleagues and its open vacancies', async ({ page, request }) => {
    const teams = await departments(request, 'nl')
    const open = await openVacanciesWithDepartments(request, 'nl')
    const team = teams.find((t) => open.some((v) => v.department?.slug === t.slug))!
    await page.goto(siteUrl('/'))
    await page.getByTestId('home-departments').getByRole('link', { name: team.name, exact: true }).click()
    await expect(page).toHaveURL(siteUrl(departmentPath('nl', team.slug)))
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(team.name)

    const own = open.filter((v) => v.department?.slug === team.slug)
    const list = page.getByTestId('department-vacancies')
    await expect(list.getByRole('article')).toHaveCount(own.length)
    for (const vacancy of own) await expect(list.getByRole('link', { name: vacancy.title, exact: true })).toHaveAttribute('href', vacancyPath('nl', vacancy.slug))
    await expect(page.getByTestId('department-videos').getByRole('button', { name: /^Speel video van / }).first()).toBeVisible()
    await expect(page.getByRole('link', { name: new RegExp(`Alle vacatures bij ${team.name}`) })).toHaveAttribute('href', `/vacatures?afdeling=${team.slug}`)
  })

  test('in English too, and an unknown team is a 404', async ({ page, request }) => {
    const [team] = await departments(request, 'en')
    const response = await page.goto(siteUrl(departmentPath('en', team!.slug)))
    expect(response?.status()).toBe(200)
    await expect(page.locator('html')).toHaveAttribute('lang', 'en-GB')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(team!.name)
    expect((await page.goto(siteUrl('/afdelingen/bestaat-niet')))?.status()).toBe(404)
    expect((await page.goto(siteUrl('/en/departments/NOT%20a%20slug')))?.status()).toBe(404)
  })
})
