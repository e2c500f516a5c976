/**
 * An employee on a 390×844 phone with touch: the prompt stays on screen while filming in a
 * focused recording mode (Chromium's fake camera), "show only my first name" holds on the career
 * site, and the mails come from the employer, greet by first name and name the campaign.
 */
import { expect, test, type Page } from '@playwright/test'
import fs from 'node:fs'

import { cmsUrl, demoComms, loginHeaders, receivedMails } from '../helpers'
import { createInvite, largeClip, smallClip, uploadStepReady } from './contribute-helpers'

const systemChromium = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => fs.existsSync(p))
const phone390 = { viewport: { width: 390, height: 844 }, screen: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true }

test.use({
  ...phone390,
  permissions: ['camera', 'microphone'],
  launchOptions: {
    executablePath: process.env.CHROMIUM_PATH ?? systemChromium,
    args: [
      ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      // A generated camera and microphone, and "allow" to the permission prompt.
      '--use-fake-device-for-media-stream',
      '--use-fake-ui-for-media-stream',
    ],
  },
})
test.setTimeout(180_000)

/** Steps 1 and 2 as a phone user, optionally asking to show only the first name. */
async function consent(page: Page, token: string, opts: { name: string; email: string; firstNameOnly?: boolean; kind?: 'video' | 'story' }) {
  await page.goto(`/bijdragen/${token}`)
  // One number: the intro names the campaign's own limit, as the limits line does.
  await expect(page.getByTestId('brief-intro')).toContainText('maximaal 2 minuten')
  await expect(page.getByTestId('brief-limits')).toContainText('maximaal 2 minuten')
  await expect(page.getByTestId('brief-intro')).not.toContainText('één minuut')
  if (opts.kind === 'story') await page.getByLabel(/Met een geschreven verhaal/).check()
  await page.getByLabel(/nooit mag filmen/).check()
  await page.getByRole('button', { name: 'Verder naar toestemming' }).click()
  await page.getByLabel('Naam', { exact: true }).fill(opts.name)
  if (opts.firstNameOnly) await page.getByLabel(/Toon alleen mijn voornaam/).check()
  await page.getByLabel(/^Functie/).fill('Planner')
  await page.getByLabel('E-mailadres').fill(opts.email)
  await page.getByLabel(/Ja, ik geef toestemming/).check()
  await page.getByRole('button', { name: 'Bevestigen' }).click()
  await uploadStepReady(page)
}

/** The plain text of a mail as it arrived (quoted-printable undone). */
const textOf = (raw: string) => raw.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)))
const mailsTo = (email: string) => receivedMails().filter((m) => m.to.includes(email))

test('the prompt stays on screen while recording, in a focused mode where timer, frame and Stop fit one screen', async ({ page, request }) => {
  const invite = await createInvite(request)
  await consent(page, invite.token, { name: 'Rosa Recorder', email: `rosa.${Date.now()}@example.com` })

  await page.getByRole('button', { name: 'Camera aanzetten' }).click()
  await page.getByRole('button', { name: 'Start opname' }).click()
  const prompt = page.getByTestId('recorder-prompt')
  await expect(prompt).toBeVisible()
  await expect(prompt).toContainText('Vraag 1 van 3')
  await expect(prompt).toContainText('Wat doe jij op een gewone werkdag?')
  // The shot list's first line is the hint beside the prompt.
  await expect(prompt).toContainText('Begin met je gezicht in beeld')

  // The site header is out of the way; timer, frame and Stop button are all on this one screen.
  await expect(page.locator('.site-header')).toBeHidden()
  const timer = page.getByTestId('recorder-timer')
  await expect(timer).toBeVisible()
  const stop = page.getByRole('button', { name: 'Stop opname' })
  for (const box of [await timer.boundingBox(), await stop.boundingBox(), await page.locator('.recorder__frame').boundingBox(), await prompt.boundingBox()]) {
    expect(box).toBeTruthy()
    expect(box!.y).toBeGreaterThanOrEqual(0)
    expect(box!.y + box!.height).toBeLessThanOrEqual(844)
    expect(box!.x + box!.width).toBeLessThanOrEqual(390)
  }
  // Nothing to scroll to: the page does not move under the recorder.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)

  await page.getByRole('button', { name: 'Volgende vraag' }).tap()
  await expect(prompt).toContainText('Vraag 2 van 3')
  await expect(prompt).toContainText('Waar ben je trots op?')
  await expect(timer).toContainText(/0:0\d van 2:00/)
  await page.waitForTimeout(1500)
  await stop.tap()

  await page.getByRole('button', { name: 'Deze opname versturen' }).tap()
  // Back in the page, the header is there again.
  await expect(page.locator('.site-header')).toBeVisible()
  await expect(page.getByTestId('contribute-done')).toBeVisible({ timeout: 60_000 })
})

test('"show only my first name": the career site and the API show Sanne, never her surname; the mails greet her as the employer', async ({ page, request }) => {
  // The one media worker may still have the earlier specs' uploads in its queue.
  test.setTimeout(480_000)
  const invite = await createInvite(request)
  const email = `sanne.${Date.now()}@example.com`
  await consent(page, invite.token, { name: 'Sanne Achternaamtest', email, firstNameOnly: true })
  const title = `Alleen mijn voornaam (${Date.now()})`
  await page.getByLabel(/^Titel van je video/).fill(title)
  await page.getByTestId('gallery-input').setInputFiles(smallClip())
  await expect(page.getByTestId('contribute-done')).toBeVisible({ timeout: 60_000 })

  // The confirmation mail: from the employer, "Hoi Sanne,", about this campaign.
  await expect.poll(() => mailsTo(email).map((m) => m.subject).join('|'), { timeout: 30_000 }).toContain('We hebben je video ontvangen voor "Een dag bij Noordhaven"')
  const received = mailsTo(email).find((m) => /ontvangen/.test(m.subject))!
  expect(received.raw).toMatch(/^From: "?Noordhaven Logistiek"? <[^>]+>/m)
  expect(textOf(received.raw)).toContain('Hoi Sanne,')
  expect(textOf(received.raw)).not.toContain('Achternaamtest')

  // Comms sees the full name and the choice, and publishes once processed.
  const comms = await loginHeaders(request, demoComms)
  let videoId = ''
  await expect
    .poll(async () => {
      const res = await request.get(`${cmsUrl()}/api/videos`, { headers: comms, params: { 'where[title][equals]': title, depth: 0 } })
      const doc = ((await res.json()) as { docs: { id: string; status: string; contributorName: string; firstNameOnly: boolean }[] }).docs[0]
      videoId = doc?.id ?? ''
      if (doc) expect([doc.contributorName, doc.firstNameOnly]).toEqual(['Sanne Achternaamtest', true])
      return doc?.status
    }, { timeout: 400_000, intervals: [2000] })
    .toBe('ready')
  const published = await request.patch(`${cmsUrl()}/api/videos/${videoId}`, { headers: comms, data: { status: 'published' } })
  expect(published.status(), await published.text()).toBe(200)

  // Anyone on the REST API gets only the first name …
  const anonymous = await request.get(`${cmsUrl()}/api/videos/${videoId}`)
  expect(((await anonymous.json()) as { contributorName: string }).contributorName).toBe('Sanne')
  // … and so does the career site.
  await page.goto(`/video/${videoId}`)
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await expect(page.locator('main')).toContainText('Sanne')
  expect(await page.content()).not.toContain('Achternaamtest')

  await expect.poll(() => mailsTo(email).map((m) => m.subject).join('|'), { timeout: 30_000 }).toContain('staat online')
  const online = mailsTo(email).find((m) => /staat online/.test(m.subject))!
  expect(textOf(online.raw)).toContain('Hoi Sanne,')
  expect(textOf(online.raw)).toContain('"Een dag bij Noordhaven"')
})

test('a written story gets its confirmation mail, and the step promises no photos', async ({ page, request }) => {
  const invite = await createInvite(request)
  const email = `verhaal.${Date.now()}@example.com`
  await consent(page, invite.token, { name: 'Vera Verteller', email, kind: 'story' })
  await expect(page.getByRole('heading', { name: 'Schrijf je verhaal' })).toBeVisible()
  await expect(page.getByText(/Foto/)).toHaveCount(0)
  await page.getByLabel('Titel', { exact: true }).fill(`Mijn ochtend (${Date.now()})`)
  await page.getByRole('textbox', { name: 'Je verhaal' }).fill('Om zes uur is het magazijn nog stil. Dan zet ik koffie en kijk ik wat er vandaag de deur uit moet.')
  await page.getByRole('button', { name: 'Verstuur je verhaal' }).click()
  await expect(page.getByRole('heading', { name: 'Gelukt, je verhaal is binnen!' })).toBeVisible()
  await expect.poll(() => mailsTo(email).map((m) => m.subject).join('|'), { timeout: 30_000 }).toContain('We hebben je verhaal ontvangen voor "Een dag bij Noordhaven"')
  const mail = textOf(mailsTo(email)[0]!.raw)
  expect(mail).toContain('Hoi Vera,')
  expect(mail).toMatch(/\/bijdragen\/status\/[A-Za-z0-9_-]{43}/)
})

test('the status page refreshes itself while processing, then shows the own video (only through the status link), and offers a new try after a rejection', async ({ page, request }) => {
  test.setTimeout(480_000)
  const invite = await createInvite(request)
  const email = `status.${Date.now()}@example.com`
  await consent(page, invite.token, { name: 'Stijn Status', email })
  const title = `Mijn status (${Date.now()})`
  await page.getByLabel(/^Titel van je video/).fill(title)
  await page.getByTestId('gallery-input').setInputFiles(largeClip())
  await expect(page.getByTestId('contribute-done')).toBeVisible({ timeout: 90_000 })
  const statusPath = (await page.getByTestId('status-link').getAttribute('href'))!
  const statusToken = statusPath.split('/').pop()!

  await page.goto(statusPath)
  const label = page.getByTestId('status-label')
  await expect(label).toHaveText(/^(Ontvangen|Wordt verwerkt)$/)
  await expect(page.getByTestId('status-updated')).toHaveText(/^Bijgewerkt om \d{2}:\d{2}$/)
  // No reload from here on: a mark on the window survives only if the page is not reloaded.
  await page.evaluate(() => ((window as unknown as { stillHere: boolean }).stillHere = true))
  await expect(label).toHaveText('Bij het communicatieteam', { timeout: 400_000 })
  expect(await page.evaluate(() => (window as unknown as { stillHere?: boolean }).stillHere)).toBe(true)

  // Their own video, before publication, plays from the status link.
  const own = page.getByTestId('own-video').locator('video')
  await expect(own).toBeVisible()
  await expect.poll(() => own.evaluate((v: HTMLVideoElement) => v.readyState), { timeout: 30_000 }).toBeGreaterThanOrEqual(1)
  expect(await own.evaluate((v: HTMLVideoElement) => v.videoHeight)).toBeGreaterThan(0)

  // Nothing of it is reachable anonymously otherwise: not through the REST API, not with another token.
  const comms = await loginHeaders(request, demoComms)
  const found = await request.get(`${cmsUrl()}/api/videos`, { headers: comms, params: { 'where[title][equals]': title, depth: 0 } })
  const videoId = ((await found.json()) as { docs: { id: string }[] }).docs[0]!.id
  expect((await request.get(`${cmsUrl()}/api/videos/${videoId}`)).status()).toBeGreaterThanOrEqual(403)
  const src = (await own.getAttribute('src'))!
  expect(src).toContain(statusToken)
  expect((await request.get(src.replace(statusToken, `${statusToken.slice(0, -4)}AAAA`))).status()).toBe(404)
  expect((await request.get(src)).status()).toBe(200)

  // Comms asks for a new take; the status page offers one, into the same campaign's brief.
  const rejected = await request.patch(`${cmsUrl()}/api/videos/${videoId}`, { headers: comms, data: { status: 'rejected', feedback: 'Mooi verhaal, maar het is te donker. Film je het nog eens bij daglicht?' } })
  expect(rejected.status(), await rejected.text()).toBe(200)
  await page.goto(statusPath)
  await expect(label).toHaveText('Niet gepubliceerd')
  const again = page.getByTestId('start-again')
  await expect(again).toContainText('Wil je het nog eens proberen')
  await again.getByRole('button', { name: 'Maak een nieuwe video' }).tap()
  await expect(page).toHaveURL(/\/bijdragen\/[A-Za-z0-9_-]{43}$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Een dag bij Noordhaven')

  // The rejection mail greets them and names the campaign.
  await expect.poll(() => mailsTo(email).map((m) => m.subject).join('|'), { timeout: 30_000 }).toContain('Over je bijdrage')
  expect(textOf(mailsTo(email).find((m) => /Over je bijdrage/.test(m.subject))!.raw)).toContain('Hoi Stijn,')
})
