import AxeBuilder from '@axe-core/playwright'
import fs from 'node:fs'
import path from 'node:path'
import { expect, type APIRequestContext, type Page } from '@playwright/test'

export const cmsUrl = () => process.env.CMS_URL ?? 'http://127.0.0.1:3300'
export const siteUrl = () => process.env.SITE_URL ?? 'http://127.0.0.1:4500'

export const demoAdmin = { email: 'admin@werkvloer.demo', password: 'werkvloer-admin' }
export const demoComms = { email: 'comms@werkvloer.demo', password: 'werkvloer-comms' }

/** Logs in through the REST API and returns the headers an authenticated request needs. */
export async function loginHeaders(request: APIRequestContext, who: { email: string; password: string }): Promise<Record<string, string>> {
  const res = await request.post(`${cmsUrl()}/api/users/login`, { data: who })
  if (!res.ok()) throw new Error(`login failed for ${who.email}: ${res.status()}`)
  const { token } = (await res.json()) as { token: string }
  return { Authorization: `JWT ${token}` }
}

export const demoManager = { email: 'manager@werkvloer.demo', password: 'werkvloer-manager' }

/** Signs in on the admin's own login page, as a person does, and waits for the dashboard. */
export async function signInToAdmin(page: Page, who: { email: string; password: string }): Promise<void> {
  await page.goto(`${cmsUrl()}/admin/login`)
  await page.getByLabel(/e-?mail/i).fill(who.email)
  await page.getByLabel(/wachtwoord|password/i).fill(who.password)
  await page.getByRole('button', { name: /inloggen|login/i }).click()
  await expect(page).toHaveURL(/\/admin\/?$/)
}

/** Mails the CMS sent during this run, as received by the SMTP sink. */
export function receivedMails(): { to: string[]; subject: string; raw: string }[] {
  const dir = process.env.SMTP_SINK_DIR
  if (!dir || !fs.existsSync(dir)) return []
  return fs
    .readdirSync(dir)
    .sort()
    .map((f) => JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')))
}

export const e2eDataDir = () => process.env.E2E_DATA_DIR ?? ''

/** A comms user makes a shareable invite for the demo campaign; the plain link comes back once. */
export async function createInvite(request: APIRequestContext, overrides: Record<string, unknown> = {}): Promise<{ id: string; token: string; link: string }> {
  const headers = await loginHeaders(request, demoComms)
  const campaigns = (await (await request.get(`${cmsUrl()}/api/campaigns?where[status][equals]=active&limit=1`, { headers })).json()) as { docs: { id: string }[] }
  const res = await request.post(`${cmsUrl()}/api/invites`, { headers, data: { label: 'e2e', campaign: campaigns.docs[0]!.id, kind: 'link', ...overrides } })
  if (res.status() !== 201) throw new Error(`could not create an invite: ${res.status()} ${await res.text()}`)
  const { doc } = (await res.json()) as { doc: { id: string; link: string } }
  return { id: doc.id, link: doc.link, token: doc.link.split('/').pop()! }
}

/**
 * A withdrawn video as the lifecycle leaves it: a real upload, withdrawn by an admin on a
 * (fictional) written request. Returns the tombstone's id.
 */
/** A one-second video uploaded by the admin, as an upload in the admin makes one: its id. */
export async function createVideo(request: APIRequestContext, title: string): Promise<string> {
  const { execFileSync } = await import('node:child_process')
  const os = await import('node:os')
  const admin = await loginHeaders(request, demoAdmin)
  const clip = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'wv-e2e-')), 'clip.mp4')
  execFileSync(process.env.FFMPEG_PATH ?? 'ffmpeg', ['-y', '-loglevel', 'error', '-f', 'lavfi', '-i', 'testsrc2=size=180x320:rate=25:duration=1', '-c:v', 'libx264', '-pix_fmt', 'yuv420p', clip])
  const upload = await request.post(`${cmsUrl()}/api/video-originals`, { headers: admin, multipart: { file: { name: 'clip.mp4', mimeType: 'video/mp4', buffer: fs.readFileSync(clip) }, _payload: JSON.stringify({}) } })
  if (upload.status() !== 201) throw new Error(`could not upload an original: ${upload.status()} ${await upload.text()}`)
  const created = await request.post(`${cmsUrl()}/api/videos`, { headers: admin, data: { title, contributorName: 'Test Collega', original: (await upload.json()).doc.id } })
  if (created.status() !== 201) throw new Error(`could not create a video: ${created.status()} ${await created.text()}`)
  return (await created.json()).doc.id as string
}

export async function createWithdrawnVideo(request: APIRequestContext): Promise<string> {
  const admin = await loginHeaders(request, demoAdmin)
  const id = await createVideo(request, 'Wordt ingetrokken')
  const withdrawn = await request.patch(`${cmsUrl()}/api/videos/${id}`, { headers: admin, data: { status: 'withdrawn', withdrawalReference: 'e2e: schriftelijk verzoek' } })
  if (withdrawn.status() !== 200) throw new Error(`could not withdraw: ${withdrawn.status()} ${await withdrawn.text()}`)
  return id
}

/**
 * Waits until the page stops scrolling. The site scrolls smoothly (global.css), so right after a
 * form moves focus the page is still on its way; what a person sees, and what axe should judge
 * (e.g. a button half under the sticky header mid-scroll), is where it comes to rest.
 */
export async function scrollSettled(page: Page): Promise<void> {
  let last = await page.evaluate(() => window.scrollY)
  for (let i = 0; i < 40; i++) {
    await page.waitForTimeout(100)
    const now = await page.evaluate(() => window.scrollY)
    if (now === last) return
    last = now
  }
}

/** WCAG 2.2 AA, the level every page of the product is held to. */
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']

/**
 * axe on the page as it is now, once it has stopped scrolling (see scrollSettled: a scan mid-scroll
 * judges a moment nobody looks at). Every accessibility check of the e2e suite goes through here.
 */
export async function expectNoAxeViolations(page: Page, what: string): Promise<void> {
  await scrollSettled(page)
  const { violations } = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze()
  const summary = violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).join('\n  ')}`)
  expect(summary, `axe violations on ${what}`).toEqual([])
}
