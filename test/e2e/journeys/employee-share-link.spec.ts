/**
 * An employee's own share link (issue 11), as the people involved see it: the employee's status
 * page shows a link to their published video (not their private status link) with texts ready
 * for LinkedIn and WhatsApp; a candidate opens it, plays the video and leaves their details; the
 * employee's totals move (never who), comms sees the link in Insights; after the withdrawal the
 * link answers 410 Gone in both languages.
 */
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { expect, test, type APIRequestContext, type Page } from '@playwright/test'
import * as tus from 'tus-js-client'

import { phone } from '../contribute/contribute-helpers'
import { uniqueEmail, words } from '../entry/entry-helpers'
import { cmsUrl, createInvite, demoComms, loginHeaders, siteUrl } from '../helpers'

// Playwright's headless Chromium says "HeadlessChrome", which the CMS rightly counts as a robot.
const PERSON = 'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Mobile Safari/537.36'

function tusUpload(file: string, uploadToken: string): Promise<void> {
  return new Promise((resolve, reject) => {
    new tus.Upload(fs.createReadStream(file) as never, {
      endpoint: `${cmsUrl()}/uploads`,
      uploadSize: fs.statSync(file).size,
      chunkSize: 1024 * 1024,
      headers: { 'X-Upload-Token': uploadToken },
      metadata: { filename: 'phone.mp4', filetype: 'video/mp4', locale: 'nl' },
      retryDelays: [],
      onError: reject,
      onSuccess: () => resolve(),
    }).start()
  })
}

/** An employee's video through consent, upload and the worker, then published by comms. */
async function publishedContribution(request: APIRequestContext, name: string): Promise<{ videoId: string; statusToken: string }> {
  const clip = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'wv-share-link-')), 'clip.mp4')
  execFileSync(process.env.FFMPEG_PATH ?? 'ffmpeg', ['-y', '-loglevel', 'error', '-f', 'lavfi', '-i', 'testsrc2=size=360x640:rate=25:duration=3', '-f', 'lavfi', '-i', 'sine=duration=3', '-c:v', 'libx264', '-pix_fmt', 'yuv420p', '-c:a', 'aac', '-shortest', clip])
  const { token } = await createInvite(request)
  const brief = (await (await request.get(`${cmsUrl()}/api/contribute/invite/${token}?locale=nl`)).json()) as { release: { version: string } }
  const consent = await request.post(`${cmsUrl()}/api/contribute/consent`, {
    data: { token, locale: 'nl', kind: 'video', name, role: 'Planner', department: 'Operations', email: 'share-link@example.com', releaseVersion: brief.release.version, confirmedDonts: true, agree: true },
  })
  expect(consent.status(), await consent.text()).toBe(201)
  const { uploadToken, statusToken } = (await consent.json()) as { uploadToken: string; statusToken: string }
  await tusUpload(clip, uploadToken)
  const comms = await loginHeaders(request, demoComms)
  let videoId = ''
  await expect
    .poll(async () => {
      const res = await request.get(`${cmsUrl()}/api/videos`, { headers: comms, params: { 'where[status][equals]': 'ready', 'where[contributorName][equals]': name, depth: 0 } })
      videoId = ((await res.json()) as { docs: { id: string }[] }).docs[0]?.id ?? ''
      return videoId
    }, { timeout: 120_000, message: 'the worker should make the upload ready for review' })
    .not.toBe('')
  expect((await request.patch(`${cmsUrl()}/api/videos/${videoId}`, { headers: comms, data: { status: 'published' } })).status()).toBe(200)
  return { videoId, statusToken }
}

/** The totals sentence on the employee's status page, after a fresh load. */
async function totals(page: Page, statusPath: string): Promise<string> {
  await page.goto(statusPath)
  return (await page.getByTestId('own-share-totals').locator('strong').textContent()) ?? ''
}

test('an employee shares their own link; a visit through it and a lead move their totals; withdrawal ends the link', async ({ browser, request }) => {
  test.setTimeout(240_000)
  const name = `Deellink Test ${Date.now().toString(36)}`
  const { videoId, statusToken } = await publishedContribution(request, name)

  // The employee's status page: their own link, not the status token, with ready-made texts.
  const employee = await (await browser.newContext({ ...phone, baseURL: siteUrl() })).newPage()
  const statusPath = `/bijdragen/status/${statusToken}`
  await employee.goto(statusPath)
  const section = employee.getByTestId('own-share')
  await expect(section.getByRole('heading', { name: 'Deel je video' })).toBeVisible()
  const shareUrl = await section.getByLabel('Jouw deellink').inputValue()
  expect(shareUrl).toMatch(new RegExp(`^${siteUrl().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/gedeeld/[a-z2-7]{20}$`))
  expect(shareUrl).not.toContain(statusToken)
  await expect(section.getByLabel('Tekst voor LinkedIn')).toHaveValue(new RegExp(`Bij Noordhaven Logistiek .*\\n${shareUrl.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, 's'))
  await expect(section.getByLabel('Tekst voor WhatsApp')).toHaveValue(`Ik heb een korte video gemaakt over mijn werk bij Noordhaven Logistiek. Kijk maar: ${shareUrl}`)
  await expect(section.getByRole('link', { name: /Deel op LinkedIn/ })).toHaveAttribute('href', `https://www.linkedin.com/sharing/share-offsite/?url=${encodeURIComponent(shareUrl)}`)
  expect(await totals(employee, statusPath)).toBe('Via jouw link: 0 keer geopend, 0 keer afgespeeld, 0 mensen lieten hun gegevens achter.')
  // The English status page gives the English address of the same link.
  await employee.goto(`/en/contribute/status/${statusToken}`)
  await expect(employee.getByTestId('own-share').getByLabel('Your share link')).toHaveValue(shareUrl.replace('/gedeeld/', '/en/shared/'))

  // A candidate opens the link: the video's own page; plays it; later leaves their details.
  const candidate = await (await browser.newContext({ userAgent: PERSON, locale: 'nl-NL', baseURL: siteUrl() })).newPage()
  const opened = await candidate.goto(shareUrl)
  expect(opened?.status()).toBe(200)
  await expect(candidate.getByTestId('video-page')).toBeVisible()
  await expect(candidate.locator('link[rel=canonical]')).toHaveAttribute('href', siteUrl() + `/video/${videoId}`)
  await candidate.getByTestId('share-video').getByRole('button', { name: `Speel video van ${name} af` }).click()
  await expect.poll(() => candidate.getByTestId('employee-video').evaluate((v: HTMLVideoElement) => v.currentTime), { timeout: 20_000 }).toBeGreaterThan(0.5)
  await candidate.goto('/op-de-hoogte')
  const card = candidate.getByTestId('lead-page')
  await card.getByLabel(words.nl.contact).fill(uniqueEmail('deellink'))
  await card.getByLabel(words.nl.consent).check()
  await card.getByRole('button', { name: words.nl.leadSubmit }).click()
  await expect(candidate.getByTestId('lead-thanks')).toBeVisible()
  // Leaving the page sends what the beacon still holds.
  await candidate.goto('/zo-meten-we')

  await expect
    .poll(() => totals(employee, statusPath), { timeout: 30_000, intervals: [1000, 2000, 3000] })
    .toBe('Via jouw link: 1 keer geopend, 1 keer afgespeeld, 1 persoon liet zijn of haar gegevens achter.')
  await expect(employee.getByTestId('own-share')).toContainText('We tellen alleen totalen, nooit wie.')

  // Comms sees the link in Insights, with the video and colleague it belongs to.
  const token = (await loginHeaders(request, demoComms)).Authorization!.replace(/^JWT /, '')
  const office = await browser.newContext({ locale: 'nl-NL' })
  await office.addCookies([{ name: 'payload-token', value: token, url: cmsUrl() }])
  const comms = await office.newPage()
  await comms.goto(`${cmsUrl()}/admin/insights`)
  const row = comms.getByTestId('insights-share-links-row').filter({ hasText: name })
  await expect(row).toBeVisible()
  await expect(row.locator('td[data-stage="share_visit"]').getByTestId('now')).toHaveText('1')
  await expect(row.locator('td[data-stage="submissions"]').getByTestId('now')).toHaveText('1')

  // The employee withdraws: the link answers 410 Gone at once, in Dutch and in English.
  await employee.goto(statusPath)
  await employee.getByTestId('withdraw-start').click()
  await employee.getByRole('button', { name: 'Ja, trek mijn toestemming in' }).click()
  await expect(employee.getByTestId('status-label')).toHaveText(/Toestemming ingetrokken/)
  await expect(employee.getByTestId('own-share')).toHaveCount(0)
  for (const [url, heading] of [
    [shareUrl, 'Deze video is niet meer beschikbaar'],
    [shareUrl.replace('/gedeeld/', '/en/shared/'), 'This video is no longer available'],
  ] as const) {
    const gone = await candidate.goto(url)
    expect(gone?.status()).toBe(410)
    expect(gone?.headers()['cache-control']).toBe('no-store')
    await expect(candidate.getByRole('heading', { level: 1 })).toHaveText(heading)
  }
  // A code that names no link is a 404.
  expect((await candidate.goto('/gedeeld/aaaaaaaaaaaaaaaaaaaa'))?.status()).toBe(404)
})
