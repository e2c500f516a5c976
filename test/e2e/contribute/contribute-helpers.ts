/** Shared set-up for the contribution-flow specs: invites, counts and generated clips. */
import { devices, expect, type APIRequestContext, type Page } from '@playwright/test'
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { cmsUrl, demoComms, loginHeaders } from '../helpers'

/** Pixel 7 screen, touch and user agent, in the project's Chromium. */
const { defaultBrowserType: _unused, ...pixel7 } = devices['Pixel 7']
export const phone = pixel7

export interface TestInvite {
  id: string
  token: string
  headers: Record<string, string>
}

/** A comms user makes a shareable invite for an active campaign; the plain link comes back once. */
export async function createInvite(request: APIRequestContext): Promise<TestInvite> {
  const headers = await loginHeaders(request, demoComms)
  const campaigns = await request.get(`${cmsUrl()}/api/campaigns`, { headers, params: { 'where[status][equals]': 'active', limit: 1, depth: 0 } })
  expect(campaigns.ok()).toBe(true)
  const campaign = ((await campaigns.json()) as { docs: { id: string }[] }).docs[0]
  if (!campaign) throw new Error('no active campaign in the demo seed')
  const res = await request.post(`${cmsUrl()}/api/invites`, { headers, data: { label: `e2e contribute ${Date.now()}`, campaign: campaign.id, kind: 'link' } })
  expect(res.status(), await res.text()).toBe(201)
  const { doc } = (await res.json()) as { doc: { id: string; link: string } }
  return { id: doc.id, token: doc.link.split('/').pop()!, headers }
}

/** How many contributions (consents) the CMS holds. */
export async function contributionCount(request: APIRequestContext, headers: Record<string, string>): Promise<number> {
  const res = await request.get(`${cmsUrl()}/api/contributions`, { headers, params: { limit: 1, depth: 0 } })
  expect(res.ok()).toBe(true)
  return ((await res.json()) as { totalDocs: number }).totalDocs
}

/** Gives consent through the API (for specs that start at the status page). */
export async function consentByApi(request: APIRequestContext, token: string, kind: 'video' | 'story' = 'video') {
  const invite = await request.get(`${cmsUrl()}/api/contribute/invite/${token}`)
  const { release } = (await invite.json()) as { release: { version: string } }
  const res = await request.post(`${cmsUrl()}/api/contribute/consent`, {
    data: { token, locale: 'nl', kind, name: 'Eva Test', role: 'Planner', department: 'Planning', email: 'eva@example.com', releaseVersion: release.version, confirmedDonts: true, agree: true },
  })
  expect(res.status()).toBe(201)
  return (await res.json()) as { contributionId: string; statusToken: string; uploadToken: string }
}

/** Walks steps 1 and 2 in the browser, in Dutch, as an employee would. */
export async function openAndConsent(page: Page, token: string, kind: 'video' | 'story' = 'video'): Promise<void> {
  await page.goto(`/bijdragen/${token}`)
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Nooit filmen' })).toBeVisible()
  if (kind === 'story') await page.getByLabel(/Met een geschreven verhaal/).check()
  await page.getByLabel(/nooit mag filmen/).check()
  await page.getByRole('button', { name: 'Verder naar toestemming' }).click()
  await expect(page.getByRole('heading', { name: 'Jouw gegevens en toestemming' })).toBeVisible()
  await page.getByLabel('Naam', { exact: true }).fill('Sam Tester')
  await page.getByLabel(/^Functie/).fill('Orderpicker')
  await page.getByLabel(/^Afdeling/).fill('Magazijn')
  await page.getByLabel('E-mailadres').fill('sam.tester@example.com')
  await page.getByLabel(/Ja, ik geef toestemming/).check()
  await page.getByRole('button', { name: 'Bevestigen' }).click()
  await uploadStepReady(page)
}

/** The upload step's script has run (it marks the step ready). */
export async function uploadStepReady(page: Page): Promise<void> {
  await expect(page.locator('[data-contribute-upload]')).toHaveAttribute('data-ready', 'true')
}

const clipDir = fs.mkdtempSync(path.join(os.tmpdir(), 'werkvloer-contribute-'))

/** A short portrait phone clip (H.264/AAC), as in the brief. */
export function smallClip(): string {
  const file = path.join(clipDir, 'clip.mp4')
  if (!fs.existsSync(file)) {
    execFileSync('ffmpeg', ['-y', '-loglevel', 'error', '-f', 'lavfi', '-i', 'testsrc2=size=360x640:rate=25:duration=6', '-f', 'lavfi', '-i', 'sine=duration=6', '-c:v', 'libx264', '-pix_fmt', 'yuv420p', '-c:a', 'aac', '-shortest', file])
  }
  return file
}

/** A clip of several tus chunks (5 MB each): lossless, so it is large without being long. */
export function largeClip(): string {
  const file = path.join(clipDir, 'large.mp4')
  if (!fs.existsSync(file)) {
    execFileSync('ffmpeg', ['-y', '-loglevel', 'error', '-f', 'lavfi', '-i', 'testsrc2=size=720x1280:rate=30:duration=6', '-f', 'lavfi', '-i', 'sine=duration=6', '-c:v', 'libx264', '-preset', 'ultrafast', '-qp', '0', '-pix_fmt', 'yuv420p', '-c:a', 'aac', '-shortest', file])
  }
  return file
}

/** A text file with a video's name. */
/** A voice memo in an MP4: the upload accepts it (it is an MP4), the worker finds no picture. */
export function voiceMemo(): string {
  const file = path.join(clipDir, 'voice-memo.mp4')
  if (!fs.existsSync(file)) execFileSync('ffmpeg', ['-y', '-loglevel', 'error', '-f', 'lavfi', '-i', 'sine=duration=3', '-c:a', 'aac', file])
  return file
}

export function fakeVideo(): string {
  const file = path.join(clipDir, 'not-a-video.mp4')
  fs.writeFileSync(file, 'This is a text file pretending to be a video.\n'.repeat(100))
  return file
}
