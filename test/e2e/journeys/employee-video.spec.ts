import { expect, test } from '@playwright/test'
import fs from 'node:fs'
import path from 'node:path'

import { execFileSync } from 'node:child_process'
import os from 'node:os'

import { createInvite, openAndConsent, phone } from '../contribute/contribute-helpers'
import { cmsUrl, demoComms, e2eDataDir, loginHeaders, receivedMails, siteUrl } from '../helpers'

/**
 * The whole life of one employee video, as the people involved see it: an employee on a phone
 * (with a connection that drops mid-upload), a comms user in the admin, a candidate on the site,
 * and the employee again, withdrawing consent.
 */
test('an employee video goes from invite link to the career site, and disappears on withdrawal', async ({ browser, request }) => {
  test.setTimeout(240_000)
  const invite = await createInvite(request)
  const employee = await browser.newContext({ ...phone, baseURL: siteUrl() })
  const phonePage = await employee.newPage()
  await openAndConsent(phonePage, invite.token)
  const title = `Mijn eerste week (${Date.now()})`
  await phonePage.getByLabel(/^Titel van je video/).fill(title)

  // The train enters a tunnel: the second chunk of the upload fails once; the upload resumes.
  let patches = 0
  const offsets: number[] = []
  await phonePage.route('**/uploads/**', async (route) => {
    if (route.request().method() !== 'PATCH') return route.continue()
    patches++
    offsets.push(Number(route.request().headers()['upload-offset']))
    if (patches === 2) return route.abort('internetdisconnected')
    return route.continue()
  })
  await phonePage.getByTestId('gallery-input').setInputFiles(phoneClip())
  const done = phonePage.getByTestId('contribute-done')
  await expect(done).toBeVisible({ timeout: 60_000 })
  // Resumed, not restarted: no request after the cut started again from byte 0.
  expect(offsets.length).toBeGreaterThan(2)
  expect(offsets.slice(2).every((o) => o > 0)).toBe(true)
  const statusHref = (await done.getByTestId('status-link').getAttribute('href'))!

  // Comms finds it in the review queue in the admin and publishes it.
  const comms = await loginHeaders(request, demoComms)
  let videoId = ''
  await expect
    .poll(async () => {
      const res = await request.get(`${cmsUrl()}/api/videos`, { headers: comms, params: { 'where[title][equals]': title, depth: 0 } })
      const doc = ((await res.json()) as { docs: { id: string; status: string }[] }).docs[0]
      videoId = doc?.id ?? ''
      return doc?.status
    }, { timeout: 120_000, intervals: [1000] })
    .toBe('ready')
  const office = await browser.newContext({ viewport: { width: 1280, height: 900 } })
  const admin = await office.newPage()
  await admin.goto(`${cmsUrl()}/admin/login`)
  await admin.getByLabel(/e-?mail/i).fill(demoComms.email)
  await admin.getByLabel(/wachtwoord|password/i).fill(demoComms.password)
  await admin.getByRole('button', { name: /inloggen|login/i }).click()
  await expect(admin).toHaveURL(/\/admin\/?$/)
  await admin.goto(`${cmsUrl()}/admin/collections/videos`)
  await expect(admin.getByText(title)).toBeVisible()
  await admin.goto(`${cmsUrl()}/admin/collections/videos/${videoId}`)
  // The review buttons offer only the steps comms may take; the raw status is read-only.
  const actions = admin.getByTestId('lifecycle-actions')
  await expect(actions.getByRole('button', { name: /^(Withdraw on written request|Intrekken op schriftelijk verzoek)$/ })).toHaveCount(0)
  await actions.getByRole('button', { name: /^(Publish|Publiceren)$/ }).click()
  // The video has no English title, hook or captions yet: the admin says /en/ will show it in Dutch.
  const warning = admin.getByTestId('publish-warning')
  await expect(warning).toContainText(/\/en\//)
  await warning.getByRole('button', { name: /^(Publish anyway|Toch publiceren)$/ }).click()
  await expect(admin.getByTestId('lifecycle-status')).toHaveText(/^(Published|Gepubliceerd)$/)

  // A candidate watches it on the career site.
  const candidate = await browser.newContext({ ...phone, baseURL: siteUrl() })
  const site = await candidate.newPage()
  await site.goto(`/video/${videoId}`)
  const shared = site.getByTestId('share-video')
  await shared.getByRole('button', { name: /Speel video/ }).click()
  const player = shared.getByTestId('employee-video')
  await expect.poll(() => player.evaluate((v: HTMLVideoElement) => v.currentTime), { timeout: 30_000 }).toBeGreaterThan(0.5)
  const renditions = path.join(e2eDataDir(), 'media', 'renditions', videoId)
  expect(fs.existsSync(renditions)).toBe(true)

  // The employee gets a "your video is online" mail with their own status link in it …
  const publishedMails = () =>
    receivedMails()
      .filter((m) => m.subject === `"${title}" staat online`)
      .map((m) => m.raw.replace(/=\r?\n/g, '').replace(/=3D/g, '='))
  await expect.poll(() => publishedMails().length, { message: 'the employee should hear their video is online' }).toBe(1)
  const mailedStatus = /\/bijdragen\/status\/[A-Za-z0-9_-]{43}/.exec(publishedMails()[0]!)?.[0]
  expect(mailedStatus, 'a personal status link in the mail').toBeTruthy()

  // … and changes their mind, straight from that mail.
  await phonePage.goto(mailedStatus!)
  await phonePage.getByTestId('withdraw-start').click()
  await phonePage.getByRole('button', { name: 'Ja, trek mijn toestemming in' }).click()
  await expect(phonePage.getByTestId('status-label')).toHaveText(/Toestemming ingetrokken/)
  // The link from the confirmation page still leads to the same contribution.
  await phonePage.goto(statusHref)
  await expect(phonePage.getByTestId('status-label')).toHaveText(/Toestemming ingetrokken/)

  const gone = await request.get(`${siteUrl()}/video/${videoId}`)
  expect(gone.status()).toBe(410)
  expect(fs.existsSync(renditions)).toBe(false)
  await Promise.all([employee.close(), office.close(), candidate.close()])
})

/** A phone-sized clip of about 12 MB, so the upload takes several 5 MB chunks. */
function phoneClip(): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'wv-journey-')), 'phone.mp4')
  execFileSync(process.env.FFMPEG_PATH ?? 'ffmpeg', ['-y', '-loglevel', 'error', '-f', 'lavfi', '-i', 'testsrc2=size=720x1280:rate=30:duration=6', '-f', 'lavfi', '-i', 'sine=duration=6', '-c:v', 'libx264', '-preset', 'ultrafast', '-b:v', '16M', '-pix_fmt', 'yuv420p', '-c:a', 'aac', '-shortest', file])
  return file
}
