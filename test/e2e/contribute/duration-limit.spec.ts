/**
 * Issue 10, blocker 4: the demo campaign asks for "maximaal 2 minuten". A 150 s clip is refused on
 * the phone, in the campaign's own words, before a single byte is uploaded.
 */
import { expect, test } from '@playwright/test'
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { cmsUrl } from '../helpers'
import { createInvite, openAndConsent, phone } from './contribute-helpers'

test.use({ ...phone })

/** A real 150 s H.264/AAC MP4, tiny in pixels and frame rate so it is made in a second or two. */
function clipOfSeconds(seconds: number): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'werkvloer-duration-')), `clip-${seconds}s.mp4`)
  execFileSync('ffmpeg', [
    '-y', '-loglevel', 'error',
    '-f', 'lavfi', '-i', `testsrc2=size=144x256:rate=5:duration=${seconds}`,
    '-f', 'lavfi', '-i', `sine=duration=${seconds}`,
    '-c:v', 'libx264', '-preset', 'ultrafast', '-pix_fmt', 'yuv420p', '-c:a', 'aac', '-b:a', '32k', '-shortest', '-movflags', '+faststart', file,
  ])
  return file
}

test('a 150 s clip under a 2-minute campaign is refused before the upload starts', async ({ page, request }) => {
  const campaigns = await request.get(`${cmsUrl()}/api/campaigns`, { headers: (await createInvite(request)).headers, params: { 'where[status][equals]': 'active', limit: 1, depth: 0 } })
  const [campaign] = ((await campaigns.json()) as { docs: { maxDurationSeconds: number }[] }).docs
  expect(campaign?.maxDurationSeconds, 'the demo campaign allows 2 minutes').toBe(120)

  const invite = await createInvite(request)
  await openAndConsent(page, invite.token)
  await expect(page.getByTestId('upload-limits')).toContainText(/maximaal 2 minuten/i)

  const uploads: string[] = []
  page.on('request', (r) => {
    if (r.method() !== 'GET' && /\/uploads?\b|\/files\b|tus/i.test(new URL(r.url()).pathname)) uploads.push(`${r.method()} ${r.url()}`)
  })
  await page.getByTestId('gallery-input').setInputFiles(clipOfSeconds(150))

  const error = page.getByTestId('pick-error')
  await expect(error).toBeVisible()
  await expect(error).toHaveText('Deze video duurt 2 min 30 s; hij mag maximaal 2 minuten duren. Kort hem in of kies een kortere video.')
  await expect(error).toBeFocused()
  await expect(page.getByTestId('contribute-done')).toBeHidden()
  await expect(page.getByTestId('gallery-input')).toBeAttached()
  expect(uploads, 'no upload request was sent').toEqual([])
})
