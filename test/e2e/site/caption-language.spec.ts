import { expect, test } from '@playwright/test'

import { demoAdmin, loginHeaders } from '../helpers'
import { cmsUrl, publishedVideos, siteUrl, videoPath } from './site-helpers'

// Issue 10: a Dutch-only video went live on /en/ with Dutch captions switched on by default.

test('an English page with only Dutch captions offers the Dutch track but does not switch it on', async ({ page, request }) => {
  const admin = await loginHeaders(request, demoAdmin)
  const [video] = await publishedVideos(request, 'nl')
  const before = (await (await request.get(cmsUrl(`/api/videos/${video!.id}?depth=0`), { headers: admin })).json()) as { captions?: unknown[] }
  const captions = [{ language: 'nl', vtt: 'WEBVTT\n\n00:00:00.000 --> 00:00:30.000\nHoi, ik laat je mijn werk zien.\n' }]
  const patched = await request.patch(cmsUrl(`/api/videos/${video!.id}`), { headers: admin, data: { captions } })
  expect(patched.ok(), await patched.text()).toBe(true)
  try {
    const tracksOn = async (lang: 'nl' | 'en') => {
      // The site caches pages for a few seconds: wait until it shows the new caption track.
      await expect
        .poll(async () => {
          await page.goto(siteUrl(videoPath(lang, video!.id)))
          return page.getByTestId('share-video').locator('[data-video-player]').getAttribute('data-captions')
        })
        .toContain('"srclang":"nl"')
      await page.getByTestId('share-video').getByRole('button').first().click()
      const player = page.getByTestId('employee-video')
      await expect.poll(() => player.evaluate((el: HTMLVideoElement) => el.currentTime), { timeout: 20_000 }).toBeGreaterThan(0.5)
      return player.evaluate((el: HTMLVideoElement) => [...el.textTracks].map((t) => ({ language: t.language, mode: t.mode })))
    }
    const english = await tracksOn('en')
    expect(english.map((t) => t.language)).toEqual(['nl'])
    expect(english[0]!.mode).not.toBe('showing')
    const dutch = await tracksOn('nl')
    expect(dutch).toEqual([{ language: 'nl', mode: 'showing' }])
  } finally {
    await request.patch(cmsUrl(`/api/videos/${video!.id}`), { headers: admin, data: { captions: before.captions ?? [] } })
  }
})
