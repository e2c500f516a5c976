/**
 * "The funnel moves" (issue 11): a candidate in a real browser plays a colleague's video, starts
 * the quiz and leaves a lead; comms, signed in to the admin, sees the Insights view's numbers go
 * up. Roles without Insights are refused on the server, not only by a hidden link.
 */
import { expect, test, type Browser, type Page } from '@playwright/test'

import { cmsUrl, demoComms, demoManager, loginHeaders } from '../helpers'
import { uniqueEmail, words } from '../entry/entry-helpers'
import { playEmployeeVideo, vacancyPath, vacancyWithVideo } from '../site/site-helpers'

// Playwright's headless Chromium says "HeadlessChrome", which the CMS rightly counts as a robot.
const PERSON = 'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Mobile Safari/537.36'

async function adminPage(browser: Browser, who: { email: string; password: string }): Promise<Page> {
  const { request } = await import('@playwright/test')
  const api = await request.newContext()
  const token = (await loginHeaders(api, who)).Authorization!.replace(/^JWT /, '')
  await api.dispose()
  const context = await browser.newContext({ locale: 'nl-NL' })
  await context.addCookies([{ name: 'payload-token', value: token, url: cmsUrl() }])
  return context.newPage()
}

/** The figures the view shows now: totals, and the row of one video. */
async function figures(page: Page, videoId: string) {
  await page.goto(`${cmsUrl()}/admin/insights`)
  await expect(page.getByTestId('insights-view')).toBeVisible()
  const total = async (stage: string) => Number(await page.getByTestId(`total-${stage}`).getByTestId('now').textContent())
  const row = page.getByTestId('insights-videos-row').and(page.locator(`[data-key="${videoId}"]`))
  const inRow = async (stage: string) => ((await row.count()) === 0 ? 0 : Number(await row.locator(`td[data-stage="${stage}"]`).getByTestId('now').textContent()))
  return {
    plays: await total('video_play'),
    starts: await total('entry_start'),
    submissions: await total('submissions'),
    videoPlays: await inRow('video_play'),
    videoImpressions: await inRow('video_impression'),
  }
}

test('playing a video, starting the quiz and leaving a lead move the funnel comms sees', async ({ browser, request }) => {
  test.setTimeout(120_000)
  const { vacancy, video } = await vacancyWithVideo(request, 'nl')
  const comms = await adminPage(browser, demoComms)
  await comms.goto(`${cmsUrl()}/admin`)
  await expect(comms.getByTestId('nav-insights')).toBeVisible()
  const before = await figures(comms, video.id)

  const candidate = await (await browser.newContext({ userAgent: PERSON, locale: 'nl-NL' })).newPage()
  await candidate.goto(vacancyPath('nl', vacancy.slug))
  await playEmployeeVideo(candidate, new RegExp(video.contributorName))
  // Starting the quiz: its card's link, then the quiz page itself.
  const quizCard = candidate.getByTestId('entry-quiz')
  await quizCard.getByRole('link').click()
  await expect(candidate.getByTestId('quiz-page')).toBeVisible()
  await candidate.goBack()
  const card = candidate.getByTestId('entry-lead')
  await card.getByLabel(words.nl.contact).fill(uniqueEmail('funnel'))
  await card.getByLabel(words.nl.consent).check()
  await card.getByRole('button', { name: words.nl.leadSubmit }).click()
  await expect(candidate.getByTestId('lead-thanks')).toBeVisible()
  // Leaving the page sends what the beacon still holds.
  await candidate.goto('/zo-meten-we')

  await expect
    .poll(async () => figures(comms, video.id), { timeout: 30_000, intervals: [1000, 2000, 3000] })
    .toMatchObject({
      plays: before.plays + 1,
      videoPlays: before.videoPlays + 1,
      videoImpressions: expect.any(Number),
      submissions: before.submissions + 1,
    })
  // Starts leave the page at once (beacon.ts) but can still arrive after the lead is counted: wait
  // for them too. (What a page sends while it unloads goes out with Chromium's own headless user
  // agent, not the one set below, and is rightly dropped as a robot: this test cannot count on it.)
  await expect
    .poll(async () => (await figures(comms, video.id)).starts - before.starts, { timeout: 30_000, intervals: [1000, 2000, 3000] })
    .toBeGreaterThanOrEqual(2) // the quiz and the lead form
  const after = await figures(comms, video.id)
  expect(after.videoImpressions).toBeGreaterThan(before.videoImpressions)
  // The numbers come in Dutch with the period compared to the one before.
  await expect(comms.getByTestId('insights-period')).toContainText('vergeleken met')
})

test('a hiring manager is refused on the server and sees no link; a visitor without login goes to the login', async ({ browser }) => {
  const manager = await adminPage(browser, demoManager)
  await manager.goto(`${cmsUrl()}/admin`)
  await expect(manager.getByRole('navigation').first()).toBeVisible()
  await expect(manager.getByTestId('nav-insights')).toHaveCount(0)
  await manager.goto(`${cmsUrl()}/admin/insights`)
  await expect(manager.getByTestId('insights-denied')).toContainText('Geen toegang')
  await expect(manager.getByTestId('insights-view')).toHaveCount(0)

  const anonymous = await (await browser.newContext()).newPage()
  await anonymous.goto(`${cmsUrl()}/admin/insights`)
  await expect(anonymous).toHaveURL(/\/admin\/login/)
})
