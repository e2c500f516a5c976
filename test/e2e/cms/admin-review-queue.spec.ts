import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { expect, test, type APIRequestContext, type Page } from '@playwright/test'

import { cmsUrl, demoAdmin, demoComms, loginHeaders, signInToAdmin } from '../helpers'

// Issue 10: a review queue that works like one (opens on "to review", next in queue), which
// languages a video is complete in, and a warning before it goes live on /en/ in Dutch.

// A Dutch comms team: the admin follows the browser's language (Accept-Language).
test.use({ locale: 'nl-NL' })

const signInAsComms = (page: Page) => signInToAdmin(page, demoComms)

/** A real upload the media worker turns into a video waiting for review. */
async function videoInReview(request: APIRequestContext, title: string): Promise<string> {
  const admin = await loginHeaders(request, demoAdmin)
  const clip = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'wv-queue-')), 'clip.mp4')
  execFileSync(process.env.FFMPEG_PATH ?? 'ffmpeg', ['-y', '-loglevel', 'error', '-f', 'lavfi', '-i', 'testsrc2=size=180x320:rate=25:duration=1', '-c:v', 'libx264', '-pix_fmt', 'yuv420p', clip])
  const upload = await request.post(`${cmsUrl()}/api/video-originals`, { headers: admin, multipart: { file: { name: 'clip.mp4', mimeType: 'video/mp4', buffer: fs.readFileSync(clip) }, _payload: JSON.stringify({}) } })
  expect(upload.status()).toBe(201)
  const created = await request.post(`${cmsUrl()}/api/videos`, { headers: admin, data: { title, contributorName: 'Test Collega', original: (await upload.json()).doc.id } })
  expect(created.status()).toBe(201)
  const id = (await created.json()).doc.id as string
  await expect
    .poll(async () => ((await (await request.get(`${cmsUrl()}/api/videos/${id}?depth=0`, { headers: admin })).json()) as { status: string }).status, { timeout: 90_000, message: 'the worker should finish the clip' })
    .toBe('ready')
  return id
}

async function readyCount(request: APIRequestContext): Promise<number> {
  const headers = await loginHeaders(request, demoComms)
  return ((await (await request.get(`${cmsUrl()}/api/videos?where[status][equals]=ready&limit=1`, { headers })).json()) as { totalDocs: number }).totalDocs
}

test('the video list opens on the review queue; comms approves, goes to the next in queue, is warned before publishing without English', async ({ page, request }) => {
  test.setTimeout(240_000)
  const first = await videoInReview(request, 'Wachtrij eerste video')
  const second = await videoInReview(request, 'Wachtrij tweede video')
  // The first is complete in Dutch: hook and Dutch captions.
  const admin = await loginHeaders(request, demoAdmin)
  const patched = await request.patch(`${cmsUrl()}/api/videos/${first}`, { headers: admin, data: { hook: 'Kijk mee', captions: [{ language: 'nl', vtt: 'WEBVTT\n\n00:00:00.000 --> 00:00:01.000\nHoi\n' }] } })
  expect(patched.ok()).toBe(true)

  await signInAsComms(page)
  await page.goto(`${cmsUrl()}/admin/collections/videos`)
  // Opens filtered on "to review".
  await expect(page).toHaveURL(/where%5Bstatus%5D%5Bequals%5D=ready|where\[status\]\[equals\]=ready/)
  const tabs = page.getByRole('navigation', { name: 'Beoordelingswachtrij' })
  const waiting = await readyCount(request)
  await expect(tabs.getByRole('link', { name: `Te beoordelen (${waiting})` })).toHaveAttribute('aria-current', 'page', { timeout: 60_000 })
  await expect(page.getByRole('row').filter({ hasText: 'Wachtrij eerste video' })).toHaveCount(1)
  // A published demo video is not in the queue, but under "Alles".
  await expect(page.getByRole('row').filter({ hasText: 'Sanne over haar eerste deal' })).toHaveCount(0)
  await tabs.getByRole('link', { name: /^Alles \(\d+\)$/ }).click()
  await expect(page.getByRole('row').filter({ hasText: 'Sanne over haar eerste deal' })).toHaveCount(1)

  // Languages column: the first video is complete in Dutch, not in English.
  const row = page.getByRole('row').filter({ hasText: 'Wachtrij eerste video' })
  await expect(row.locator('[data-testid=video-languages] [data-lang=nl]')).toHaveAttribute('data-complete', 'true')
  await expect(row.locator('[data-testid=video-languages] [data-lang=en]')).toHaveAttribute('data-complete', 'false')
  await expect(row.locator('[data-testid=video-languages] [data-lang=en]')).toHaveAttribute('title', /EN: ontbreekt Engelse titel, Engels haakje en Engelse ondertiteling/)

  // In the English content language a Dutch-only title shows, marked, instead of `Geen "Title"`.
  await page.goto(`${cmsUrl()}/admin/collections/videos?locale=en&page=1`)
  await expect(page.getByRole('row').filter({ hasText: 'Wachtrij eerste video (nl)' })).toHaveCount(1)
  await expect(page.getByText('Geen "Title"')).toHaveCount(0)
  await expect(page.getByText('Geen "Titel"')).toHaveCount(0)

  // The oldest waiting video first: approve it, then the next one is offered.
  await page.goto(`${cmsUrl()}/admin/collections/videos/${first}?locale=nl`)
  const sidebar = page.getByTestId('lifecycle-actions')
  await expect(page.getByTestId('video-languages-field').locator('[data-lang=en]')).toContainText('Engels: ontbreekt Engelse titel, Engels haakje en Engelse ondertiteling', { timeout: 60_000 })
  await sidebar.getByRole('button', { name: 'Goedkeuren' }).click()
  const next = page.getByTestId('next-in-queue')
  await expect(next).toContainText('Goedgekeurd.', { timeout: 60_000 })
  await expect(page.getByTestId('lifecycle-status')).toHaveText('Goedgekeurd')
  const nextLink = next.getByRole('link', { name: /^Volgende in de wachtrij: / })
  await expect(nextLink).toBeVisible()
  // Oldest first: anything still waiting from before this test comes before the second video.
  await nextLink.click()
  await expect(page).toHaveURL(/\/admin\/collections\/videos\/[^/?]+$/)
  await page.goto(`${cmsUrl()}/admin/collections/videos/${second}`)

  // Publishing without English: a clear warning first; cancel changes nothing.
  await expect(page.getByTestId('lifecycle-status')).toHaveText('Te beoordelen', { timeout: 60_000 })
  await sidebar.getByRole('button', { name: 'Publiceren' }).click()
  const warning = page.getByTestId('publish-warning')
  await expect(warning).toContainText('Deze video heeft geen Engelse titel, Engels haakje en Engelse ondertiteling. Op de Engelse site (/en/) verschijnt hij dan in het Nederlands. Toch publiceren?')
  await warning.getByRole('button', { name: 'Annuleren' }).click()
  await expect(page.getByTestId('lifecycle-status')).toHaveText('Te beoordelen')
  await sidebar.getByRole('button', { name: 'Publiceren' }).click()
  await warning.getByRole('button', { name: 'Toch publiceren' }).click()
  await expect(page.getByTestId('lifecycle-status')).toHaveText('Gepubliceerd', { timeout: 60_000 })
  await expect(next).toContainText('Gepubliceerd.')
  if ((await readyCount(request)) === 0) {
    await expect(next).toContainText('De wachtrij is leeg: er wacht geen video meer op beoordeling.')
    await next.getByRole('link', { name: 'Naar de wachtrij' }).click()
    await expect(page).toHaveURL(/where%5Bstatus%5D%5Bequals%5D=ready|where\[status\]\[equals\]=ready/)
  } else {
    await expect(next.getByRole('link', { name: /^Volgende in de wachtrij: / })).toBeVisible()
  }
})
