/**
 * Cookieless measurement (issue 11): the site sets no cookie on any kind of page and keeps no
 * identifier in the browser's storage, also after playing a video and leaving a lead; the beacon's
 * events reach the CMS through the site's /api/m; the "how we measure" page says what is kept,
 * is linked from the footer and is axe clean.
 */
import { expect, test, type Page } from '@playwright/test'

import { expectNoAxeViolations, findLeads, QUIZ, uniqueEmail, words } from '../entry/entry-helpers'
import { departmentPath, departments, playEmployeeVideo, publishedStory, storyPath, vacancyPath, vacancyWithVideo, videoPath } from './site-helpers'

// Playwright's headless Chromium says "HeadlessChrome", which the CMS rightly counts as a robot.
const PERSON = 'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Mobile Safari/537.36'
test.use({ userAgent: PERSON })

/** Everything this page's tab keeps in its web storage. */
const storage = (page: Page) =>
  page.evaluate(() => {
    const dump = (s: Storage) => Object.fromEntries(Array.from({ length: s.length }, (_, i) => s.key(i)!).map((k) => [k, s.getItem(k) ?? '']))
    return { local: dump(localStorage), session: dump(sessionStorage) }
  })

test('no cookie on any kind of page, no identifier in storage, after a video and a lead', async ({ page, context, request }) => {
  const { vacancy, video } = await vacancyWithVideo(request, 'nl')
  const story = await publishedStory(request, 'nl')
  const [department] = await departments(request, 'nl')
  const pages = ['/', '/en/', '/vacatures', '/en/vacancies', vacancyPath('en', vacancy.slug), departmentPath('nl', department!.slug), storyPath('nl', story.slug), videoPath('nl', video.id), `/quiz/${QUIZ}`, '/op-de-hoogte', '/zo-meten-we', '/en/how-we-measure', '/bestaat-niet']
  for (const path of pages) {
    await page.goto(path)
    expect(await context.cookies(), `cookies after ${path}`).toEqual([])
  }

  await page.goto(`${vacancyPath('nl', vacancy.slug)}?utm_source=linkedin&utm_campaign=winter`)
  await playEmployeeVideo(page, new RegExp(video.contributorName))
  const card = page.getByTestId('entry-lead')
  const email = uniqueEmail('cookieless')
  await card.getByLabel(words.nl.contact).fill(email)
  await card.getByLabel(words.nl.consent).check()
  await card.getByRole('button', { name: words.nl.leadSubmit }).click()
  await expect(page.getByTestId('lead-thanks')).toBeVisible()
  expect(await context.cookies()).toEqual([])

  // The lead still knows where it came from: the tab's touch travelled with the form.
  const [lead] = await findLeads(request, { email })
  expect(lead?.attribution).toMatchObject({ utmSource: 'linkedin', utmCampaign: 'winter', watchedVideo: video.id })

  // What the tab keeps: where this visit came in and the video watched. Nothing that names the visitor.
  const kept = await storage(page)
  expect(kept.local).toEqual({})
  expect(Object.keys(kept.session).sort()).toEqual(['werkvloer:touch', 'werkvloer:watched-video'])
  expect(kept.session['werkvloer:watched-video']).toBe(video.id)
  const touch = JSON.parse(kept.session['werkvloer:touch']!) as Record<string, string>
  expect(Object.keys(touch).sort()).toEqual(['at', 'c', 'l', 's', 'src'])
  expect(touch).toMatchObject({ s: 'linkedin', c: 'winter', src: 'utm:linkedin', l: `${vacancyPath('nl', vacancy.slug)}?utm_source=linkedin&utm_campaign=winter` })
})

test('the beacon sends page, video and entry-point events through the site to the CMS', async ({ page, request }) => {
  const { vacancy, video } = await vacancyWithVideo(request, 'nl')
  const batches: { events: Record<string, unknown>[] }[] = []
  const answers: { status: number; body: Record<string, unknown> }[] = []
  // A beacon's Blob body is not visible to Playwright's network events: the page reports what it
  // sends (the real sendBeacon still sends it; the answers below come from the real site and CMS).
  await page.exposeFunction('reportBeacon', (body: string) => batches.push(JSON.parse(body)))
  await page.addInitScript(() => {
    const send = navigator.sendBeacon.bind(navigator)
    navigator.sendBeacon = (url, data) => {
      if (data instanceof Blob) void data.text().then((text) => (window as unknown as { reportBeacon(b: string): void }).reportBeacon(text))
      return send(url, data)
    }
  })
  page.on('response', async (r) => {
    if (r.url().endsWith('/api/m')) answers.push({ status: r.status(), body: await r.json().catch(() => ({})) })
  })
  await page.goto(vacancyPath('nl', vacancy.slug))
  await playEmployeeVideo(page, new RegExp(video.contributorName))
  await page.getByTestId('entry-lead').getByLabel(words.nl.contact).focus()
  await expect.poll(() => batches.flatMap((b) => b.events.map((e) => e.type)), { timeout: 15_000 }).toEqual(expect.arrayContaining(['page_view', 'video_impression', 'video_play', 'entry_view', 'entry_start']))
  const events = batches.flatMap((b) => b.events)
  expect(events.find((e) => e.type === 'page_view')).toMatchObject({ pageType: 'vacancy', vacancy: vacancy.id, language: 'nl', source: 'direct' })
  expect(events.find((e) => e.type === 'video_play')).toMatchObject({ video: video.id, vacancy: vacancy.id })
  expect(events.find((e) => e.type === 'entry_start')).toMatchObject({ entryPoint: 'lead' })
  // No clock, no address, no identifier from the browser: only the event's age.
  for (const e of events) expect(Object.keys(e)).not.toEqual(expect.arrayContaining(['at']))
  await expect.poll(() => answers.length).toBeGreaterThan(0)
  expect(answers.every((a) => a.status === 202)).toBe(true)
  expect(answers.reduce((n, a) => n + Number(a.body.accepted ?? 0), 0)).toBeGreaterThanOrEqual(4)
})

for (const [lang, path, title] of [
  ['nl', '/zo-meten-we', 'Zo meten we'],
  ['en', '/en/how-we-measure', 'How we measure'],
] as const) {
  test(`"${title}" is linked from the footer, says what is kept, and is axe clean (${lang})`, async ({ page }) => {
    await page.goto(lang === 'en' ? '/en/' : '/')
    await page.getByRole('contentinfo').getByRole('link', { name: new RegExp(title) }).click()
    await expect(page).toHaveURL(new RegExp(`${path}$`))
    const body = page.getByTestId('how-we-measure')
    await expect(body.getByRole('heading', { level: 1 })).toHaveText(title)
    for (const fact of lang === 'en' ? ['no cookies', '13 months', 'deleted once the day is over', 'Sec-GPC', 'Do Not Track', 'never store your IP address'] : ['geen cookies', '13 maanden', 'na afloop van de dag verwijderd', 'Sec-GPC', 'Do Not Track', 'IP-adres en je browsergegevens (user agent) nergens'])
      await expect(body).toContainText(fact)
    await expectNoAxeViolations(page, path)
  })
}
