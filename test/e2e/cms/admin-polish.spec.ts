import { expect, test, type APIRequestContext, type Page } from '@playwright/test'

import { cmsUrl, createVideo, createWithdrawnVideo, demoAdmin, demoComms, demoManager, loginHeaders, signInToAdmin } from '../helpers'
import { demoRecruiter } from '../entry/entry-helpers'

// Issue 10, comms in the admin: Dutch words and Amsterdam time everywhere, nothing loaded from the
// internet (Monaco came from a CDN), a dashboard that says what is waiting, readable withdrawn rows
// and moderation log, and hiring managers told that their saves are suggestions.

// A browser far from Amsterdam: what the admin shows must not depend on the laptop's clock.
test.use({ locale: 'nl-NL', timezoneId: 'America/New_York' })

type Who = { email: string; password: string }

const signIn = signInToAdmin

/** Every request the page makes to a host that is not this machine. */
function externalRequests(page: Page): string[] {
  const seen: string[] = []
  page.on('request', (request) => {
    const { hostname, protocol } = new URL(request.url())
    if (protocol === 'data:' || protocol === 'blob:') return
    if (!['127.0.0.1', 'localhost', '[::1]'].includes(hostname)) seen.push(request.url())
  })
  return seen
}

/** The Dutch admin's way, computed independently of the app: day, month in words, year, 24-hour time, Amsterdam. */
function amsterdam(iso: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('nl-NL', { timeZone: 'Europe/Amsterdam', day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
      .formatToParts(new Date(iso))
      .map((p) => [p.type, p.value]),
  )
  return `${parts.day} ${parts.month} ${parts.year} ${parts.hour}:${parts.minute}`
}

async function api<T>(request: APIRequestContext, who: Who, path: string): Promise<T> {
  const res = await request.get(`${cmsUrl()}/api/${path}`, { headers: await loginHeaders(request, who) })
  expect(res.ok(), `GET /api/${path} answered ${res.status()}`).toBe(true)
  return (await res.json()) as T
}

/** A quiz lead through the career site without JavaScript: the third answer to every question. */
async function quizLead(page: Page, email: string) {
  await page.goto(`${process.env.SITE_URL}/quiz/welke-rol-past-bij-jou`)
  const steps = page.getByTestId('step')
  for (let i = 0; i < (await steps.count()); i++) await steps.nth(i).getByRole('radio').nth(2).check()
  await page.getByRole('button', { name: 'Bekijk mijn uitslag' }).click()
  const form = page.getByTestId('quiz-lead-form')
  await form.getByLabel('E-mailadres of 06-nummer').fill(email)
  await form.getByLabel(/neem contact met me op/).check()
  await form.getByRole('button', { name: 'Hou me op de hoogte' }).click()
  await expect(page.getByText('Dank je wel!')).toBeVisible()
}

test('a recruiter opens a quiz lead: answers as text, Amsterdam time in the list, nothing from the internet', async ({ page: admin, request, browser }) => {
  // A candidate's quiz on the site and then the recruiter's admin: two apps in one test.
  test.slow()
  const email = `admin-polish-${Date.now().toString(36)}@example.com`
  // The candidate's side without JavaScript, in a context of its own; the admin on the test's page.
  const site = await browser.newContext({ javaScriptEnabled: false, locale: 'nl-NL' })
  await quizLead(await site.newPage(), email)
  await site.close()
  const { docs } = await api<{ docs: { id: string; createdAt: string; quiz: { answers: { question: string; answer: string }[] } }[] }>(request, demoRecruiter, `leads?where[email][equals]=${encodeURIComponent(email)}&depth=0`)
  const lead = docs[0]!
  expect(lead.quiz.answers.length).toBeGreaterThan(0)

  const external = externalRequests(admin)
  await signIn(admin, demoRecruiter)
  await admin.goto(`${cmsUrl()}/admin/collections/leads`)
  const row = admin.getByRole('row').filter({ has: admin.locator(`a[href$="/leads/${lead.id}"]`) })
  await expect(row.locator('td.cell-createdAt')).toHaveText(amsterdam(lead.createdAt))

  await admin.goto(`${cmsUrl()}/admin/collections/leads/${lead.id}`)
  const answers = admin.locator('[data-read-only-value="quiz.answers"]')
  await expect(answers).toContainText(lead.quiz.answers[0]!.question)
  await expect(answers).toContainText(lead.quiz.answers[0]!.answer)
  await expect(admin.locator('[data-read-only-value="consent.at"]')).toHaveText(/^\d{1,2} [a-z]+ \d{4} \d{2}:\d{2}$/)
  await expect(admin.locator('.monaco-editor, .code-editor')).toHaveCount(0)
  expect(external).toEqual([])
})

test('an admin opens a transcode job: options and times as text, nothing from the internet', async ({ page, request }) => {
  const { docs } = await api<{ docs: { id: string; runAt: string }[] }>(request, demoAdmin, 'transcode-jobs?limit=1&depth=0&sort=-createdAt')
  const job = docs[0]!
  const external = externalRequests(page)
  await signIn(page, demoAdmin)
  await page.goto(`${cmsUrl()}/admin/collections/transcode-jobs/${job.id}`)
  await expect(page.locator('[data-read-only-value="options"]')).toBeVisible()
  await expect(page.locator('[data-read-only-value="runAt"]')).toHaveText(amsterdam(job.runAt))
  await expect(page.locator('.monaco-editor, .code-editor')).toHaveCount(0)
  expect(external).toEqual([])
})

test('list dates are Amsterdam dates in Dutch words, also across midnight', async ({ page, request }) => {
  const headers = await loginHeaders(request, demoAdmin)
  // 23:30 UTC on New Year's Eve is already 1 January in Amsterdam (and still 31 December in New York).
  const created = await request.post(`${cmsUrl()}/api/vacancies`, { headers, data: { title: 'E2E tijdzonevacature', location: 'Utrecht', status: 'draft', validThrough: '2026-12-31T23:30:00.000Z' } })
  expect(created.status()).toBe(201)
  await signIn(page, demoAdmin)
  await page.goto(`${cmsUrl()}/admin/collections/vacancies`)
  await expect(page.getByRole('row').filter({ hasText: 'E2E tijdzonevacature' }).locator('td.cell-validThrough')).toHaveText('1 januari 2027')
  // The collection names are Dutch too, in the navigation and as the list's heading.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Vacatures')
})

/** A real upload that the worker processes into review ("ready"), as an employee's video arrives. */
async function videoInReview(request: APIRequestContext, title: string): Promise<string> {
  const { execFileSync } = await import('node:child_process')
  const fs = await import('node:fs')
  const os = await import('node:os')
  const path = await import('node:path')
  const headers = await loginHeaders(request, demoComms)
  const clip = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'wv-e2e-')), 'review.mp4')
  execFileSync(process.env.FFMPEG_PATH ?? 'ffmpeg', ['-y', '-loglevel', 'error', '-f', 'lavfi', '-i', 'testsrc2=size=180x320:rate=25:duration=1', '-c:v', 'libx264', '-pix_fmt', 'yuv420p', clip])
  const upload = await request.post(`${cmsUrl()}/api/video-originals`, { headers, multipart: { file: { name: 'review.mp4', mimeType: 'video/mp4', buffer: fs.readFileSync(clip) }, _payload: JSON.stringify({}) } })
  expect(upload.status()).toBe(201)
  const created = await request.post(`${cmsUrl()}/api/videos`, { headers, data: { title, contributorName: 'Test Collega', original: (await upload.json()).doc.id } })
  expect(created.status()).toBe(201)
  const id = (await created.json()).doc.id as string
  await expect.poll(async () => (await api<{ status: string }>(request, demoComms, `videos/${id}?depth=0`)).status, { timeout: 120_000 }).toBe('ready')
  return id
}

test('comms sees the videos waiting for review on the dashboard, and no candidate numbers', async ({ page, request }) => {
  // The worker makes the web version first.
  test.slow()
  await videoInReview(request, 'E2E wacht op beoordeling')
  const { totalDocs } = await api<{ totalDocs: number }>(request, demoComms, 'videos?where[status][equals]=ready&limit=0')
  expect(totalDocs).toBeGreaterThan(0)
  await signIn(page, demoComms)
  const waiting = page.getByRole('region', { name: 'Wat er klaarligt' })
  const videos = waiting.locator('[data-waiting="videos-to-review"]')
  await expect(videos).toContainText(`${totalDocs} video`)
  await expect(waiting.locator('[data-waiting="new-leads"], [data-waiting="new-applications"]')).toHaveCount(0)

  // Each "+" names its collection for a screen reader (it read "Nieuw(e) [object Object] aanmaken").
  const plusLabels = await page.locator('.collections a[aria-label^="Nieuw"]').evaluateAll((links) => links.map((a) => a.getAttribute('aria-label')))
  expect(plusLabels.length).toBeGreaterThan(0)
  expect(plusLabels.filter((l) => l?.includes('[object Object]'))).toEqual([])
  expect(plusLabels.some((l) => /^Nieuw\(e\) Medewerkersvideo/.test(l ?? ''))).toBe(true)

  await videos.getByRole('link').click()
  await expect(page).toHaveURL(/\/admin\/collections\/videos\?/)
  const rows = page.locator('tbody tr')
  await expect(rows).toHaveCount(Math.min(totalDocs, 10))
  await expect(page.getByRole('row').filter({ hasText: 'E2E wacht op beoordeling' })).toHaveCount(1)
  for (const cell of await page.locator('tbody td.cell-status').all()) await expect(cell).toHaveText('Te beoordelen')
})

test('a recruiter sees new leads and applications of the last week, and no videos to review', async ({ page, request }) => {
  const since = new Date(Date.now() - 7 * 24 * 60 * 60 * 1000 + 60_000).toISOString()
  const leads = await api<{ totalDocs: number }>(request, demoRecruiter, `leads?where[createdAt][greater_than_equal]=${since}&limit=0`)
  const applications = await api<{ totalDocs: number }>(request, demoRecruiter, `applications?where[createdAt][greater_than_equal]=${since}&limit=0`)
  await signIn(page, demoRecruiter)
  const waiting = page.getByRole('region', { name: 'Wat er klaarligt' })
  await expect(waiting.locator('[data-waiting="new-leads"]')).toContainText(`${leads.totalDocs} nieuwe lead`)
  await expect(waiting.locator('[data-waiting="new-applications"]')).toContainText(`${applications.totalDocs} nieuwe sollicitatie`)
  await expect(waiting.locator('[data-waiting="videos-to-review"]')).toHaveCount(0)
  await waiting.locator('[data-waiting="new-leads"]').getByRole('link').click()
  await expect(page).toHaveURL(/\/admin\/collections\/leads\?/)
  await expect(page.locator('tbody tr')).toHaveCount(Math.min(leads.totalDocs, 10))
})

test('a withdrawn video reads as withdrawn in the list, and its moderation log rows say when, what and who', async ({ page, request }) => {
  const id = await createWithdrawnVideo(request)
  await signIn(page, demoComms)
  // "Alles": the list opens on the review queue, where a withdrawn video is not.
  await page.goto(`${cmsUrl()}/admin/collections/videos?page=1`)
  const row = page.getByRole('row').filter({ has: page.locator(`a[href$="/videos/${id}"]`) })
  await expect(row.locator('td.cell-thumbnail')).toHaveText('Ingetrokken')
  await expect(row.locator('td.cell-title')).toHaveText('Ingetrokken video')

  await page.goto(`${cmsUrl()}/admin/collections/videos/${id}`)
  const log = page.locator('#field-moderationLog')
  await expect(log.getByText(/^\d{1,2} [a-z]+ \d{4} \d{2}:\d{2} · Toestemming ingetrokken · Anouk Admin$/)).toBeVisible()
  await expect(log.getByText(/^\d{1,2} [a-z]+ \d{4} \d{2}:\d{2} · Ingestuurd · Anouk Admin$/)).toBeVisible()
  await expect(log).not.toContainText('Moderation Log 01')
})

test('a hiring manager is told that a save became a suggestion for comms', async ({ page, request }) => {
  const { docs } = await api<{ docs: { id: string; suggestions?: { decision: string }[] }[] }>(request, demoManager, 'videos?where[status][equals]=published&where[contributorName][equals]=Joris%20de%20Wit&limit=1&depth=0')
  // Joris's demo video: no other admin spec opens it, so no comms edit lock stands in the way.
  const video = docs[0]!
  const openBefore = (video.suggestions ?? []).filter((s) => s.decision === 'open').length
  await signIn(page, demoManager)
  await page.goto(`${cmsUrl()}/admin/collections/videos/${video.id}`)
  const notice = page.locator('[data-suggestion-notice]')
  if (openBefore === 0) await expect(notice).toContainText('Je wijzigingen gaan niet direct live')
  await page.getByRole('textbox', { name: /^Haakje/ }).fill(`Een voorstel van de manager ${Date.now()}`)
  await page.getByRole('button', { name: 'Bewaar', exact: true }).click()
  await expect(notice).toContainText(`Opgeslagen als voorstel; communicatie beslist. Openstaande voorstellen: ${openBefore + 1}.`)

  // Comms gets no such notice: their saves are the real thing.
  const comms = await page.context().browser()!.newPage({ locale: 'nl-NL' })
  await signIn(comms, demoComms)
  await comms.goto(`${cmsUrl()}/admin/collections/videos/${video.id}`)
  await expect(comms.getByRole('textbox', { name: /^Titel/ })).toBeVisible()
  await expect(comms.locator('[data-suggestion-notice]')).toHaveCount(0)
  await comms.close()
})

test('a publish time chosen on a laptop in New York is Amsterdam time, and reads back the same', async ({ page, request }) => {
  const id = await createVideo(request, 'Gepland vanuit New York')
  await signIn(page, demoComms)
  await page.goto(`${cmsUrl()}/admin/collections/videos/${id}`)
  const field = page.locator('#field-publishAt')
  await field.scrollIntoViewIfNeeded()
  // The picker says which zone it works in; this admin offers only Amsterdam.
  await expect(field).toContainText('Amsterdam')
  const input = field.locator('input').first()
  await input.fill('15 januari 2027 09:00')
  await input.press('Tab')
  await page.getByRole('button', { name: 'Bewaar', exact: true }).click()
  // 09:00 in Amsterdam in winter is 08:00 UTC (New York's 09:00 would have been 14:00 UTC).
  await expect.poll(async () => (await api<{ publishAt?: string }>(request, demoComms, `videos/${id}?depth=0`)).publishAt).toBe('2027-01-15T08:00:00.000Z')
  await page.reload()
  await expect(page.locator('#field-publishAt input').first()).toHaveValue('15 januari 2027 09:00')
})
