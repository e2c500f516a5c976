import { expect, test, type Page } from '@playwright/test'

import { createWithdrawnVideo, demoAdmin, expectNoAxeViolations, loginHeaders } from '../helpers'
import {
  applyPath,
  cmsUrl,
  departmentPath,
  departments,
  openVacancies,
  openVacanciesWithDepartments,
  publishedStory,
  publishedVideos,
  siteUrl,
  storyPath,
  vacanciesPath,
  vacancyPath,
  vacancyWithVideo,
  videoPath,
  type Lang,
} from './site-helpers'

async function expectNoViolations(page: Page, path: string): Promise<void> {
  await page.goto(siteUrl(path), { waitUntil: 'networkidle' })
  await expectNoAxeViolations(page, path)
}

for (const lang of ['nl', 'en'] as const satisfies Lang[]) {
  test.describe(`accessibility (${lang})`, () => {
    test('home', async ({ page }) => {
      await expectNoViolations(page, lang === 'en' ? '/en/' : '/')
    })

    test('vacancy with a video, before and after starting it', async ({ page, request }) => {
      const { vacancy } = await vacancyWithVideo(request, lang)
      await expectNoViolations(page, vacancyPath(lang, vacancy.slug))
      await page.getByTestId('vacancy-video').getByRole('button').click()
      await expect(page.getByTestId('employee-video')).toBeVisible()
      await expectNoAxeViolations(page, 'vacancy page with the player open')
    })

    test('story', async ({ page, request }) => {
      const story = await publishedStory(request, lang)
      await expectNoViolations(page, storyPath(lang, story.slug))
    })

    test('apply form, empty and with errors', async ({ page, request }) => {
      const vacancy = (await openVacancies(request, lang)).find((v) => v.applyMode === 'built-in')
      expect(vacancy, 'the demo seed has an open vacancy with the built-in apply form').toBeTruthy()
      await expectNoViolations(page, applyPath(lang, vacancy!.slug))
      await page.locator('form.form').evaluate((form: HTMLFormElement) => (form.noValidate = true))
      await page.getByRole('button', { name: lang === 'en' ? 'Send application' : 'Verstuur sollicitatie' }).click()
      await expect(page.getByTestId('apply-errors')).toBeVisible()
      await expectNoAxeViolations(page, 'apply form with errors')
    })

    test('404', async ({ page }) => {
      await expectNoViolations(page, lang === 'en' ? '/en/does-not-exist' : '/bestaat-niet')
    })

    test('home with the video wall’s previews playing, and paused', async ({ page }) => {
      await page.goto(siteUrl(lang === 'en' ? '/en/' : '/'), { waitUntil: 'load' })
      await page.getByTestId('video-wall').scrollIntoViewIfNeeded()
      await expect(page.getByTestId('video-wall').locator('video.player__preview').first()).toBeAttached({ timeout: 15_000 })
      await expectNoAxeViolations(page, 'home, previews playing')
      await page.getByRole('button', { name: lang === 'en' ? 'Pause moving images' : 'Pauzeer bewegende beelden' }).click()
      await expectNoAxeViolations(page, 'home, previews paused')
    })

    test('vacancy list: all, filtered with an ignored value, and without results', async ({ page, request }) => {
      const department = (await openVacanciesWithDepartments(request, lang)).find((v) => v.department)!.department!
      await expectNoViolations(page, vacanciesPath(lang))
      const names = lang === 'en' ? { department: 'department', hours: 'hours', q: 'q' } : { department: 'afdeling', hours: 'uren', q: 'zoek' }
      await expectNoViolations(page, `${vacanciesPath(lang)}?${names.department}=${department.slug}&${names.hours}=999&${names.q}=manager`)
      await expectNoViolations(page, `${vacanciesPath(lang)}?${names.q}=zzzz-nothing`)
    })

    test('department page', async ({ page, request }) => {
      const [team] = await departments(request, lang)
      await expectNoViolations(page, departmentPath(lang, team!.slug))
    })

    test('video share page, before and after starting the video', async ({ page, request }) => {
      const [video] = await publishedVideos(request, lang)
      await expectNoViolations(page, videoPath(lang, video!.id))
      await page.getByTestId('share-video').getByRole('button').click()
      await expect(page.getByTestId('employee-video')).toBeVisible()
      await expectNoAxeViolations(page, 'share page, player open')
    })

    test('vacancy page on a phone, with the apply bar, and with the player open', async ({ browser, request }) => {
      const { vacancy } = await vacancyWithVideo(request, lang)
      const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true })
      const page = await context.newPage()
      await expectNoViolations(page, vacancyPath(lang, vacancy.slug))
      await page.getByTestId('vacancy-video').getByRole('button').click()
      await expect(page.getByTestId('employee-video')).toBeVisible()
      await expectNoAxeViolations(page, 'phone vacancy page, player open')
      await context.close()
    })

    test('a filled vacancy and a withdrawn video (410)', async ({ page, request }) => {
      const admin = await loginHeaders(request, demoAdmin)
      const created = (await (
        await request.post(cmsUrl('/api/vacancies?locale=nl'), {
          headers: admin,
          data: { title: `A11y gesloten ${lang} ${Date.now().toString(36)}`, status: 'closed', location: 'Rotterdam', employmentType: 'FULL_TIME', applyMode: 'built-in' },
        })
      ).json()) as { doc: { id: string; slug: string } }
      // A tombstone as withdrawal leaves it: status withdrawn, no title, no media.
      const tombstone = { doc: { id: await createWithdrawnVideo(request) } }
      try {
        await expectNoViolations(page, vacancyPath(lang, created.doc.slug))
        const response = await page.goto(siteUrl(videoPath(lang, tombstone.doc.id)), { waitUntil: 'networkidle' })
        expect(response?.status()).toBe(410)
        await expectNoAxeViolations(page, '410 page')
      } finally {
        await request.delete(cmsUrl(`/api/vacancies/${created.doc.id}`), { headers: admin })
        await request.delete(cmsUrl(`/api/videos/${tombstone.doc.id}`), { headers: admin })
      }
    })
  })
}
