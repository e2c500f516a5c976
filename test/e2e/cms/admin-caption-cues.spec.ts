import { expect, test, type Page } from '@playwright/test'

import { cmsUrl, demoAdmin, demoComms, loginHeaders, signInToAdmin } from '../helpers'

// Issue 10: captions were typed as raw WebVTT. The cue editor beside the preview player adds a cue
// at the playhead, edits and nudges it, and saves WebVTT the caption field validates.

// A Dutch comms team: the admin follows the browser's language (Accept-Language).
test.use({ locale: 'nl-NL' })

const signInAsComms = (page: Page) => signInToAdmin(page, demoComms)

test('comms adds a caption at the playhead, types it, nudges it and saves', async ({ page, request }) => {
  // It may first wait for the worker to finish the demo videos.
  test.setTimeout(240_000)
  const admin = await loginHeaders(request, demoAdmin)
  type Doc = { id: string; captions?: unknown[]; playback?: { hls?: string } | null }
  // Fatima's demo video, once the worker has finished it; other admin specs open other videos, so no
  // edit lock of theirs stands in the way.
  let video: Doc | undefined
  await expect
    .poll(async () => {
      const { docs } = (await (await request.get(`${cmsUrl()}/api/videos?where[status][equals]=published&where[contributorName][equals]=Fatima%20El%20Amrani&limit=1&depth=0`, { headers: admin })).json()) as { docs: Doc[] }
      video = docs.find((d) => d.playback?.hls)
      return Boolean(video)
    }, { timeout: 120_000 })
    .toBe(true)
  const first = 'WEBVTT\n\n00:00:00.000 --> 00:00:01.000\nEerste zin\n'
  expect((await request.patch(`${cmsUrl()}/api/videos/${video!.id}`, { headers: admin, data: { captions: [{ language: 'nl', vtt: first }] } })).ok()).toBe(true)
  try {
    await signInAsComms(page)
    await page.goto(`${cmsUrl()}/admin/collections/videos/${video!.id}`)
    const editor = page.getByTestId('caption-cue-editor')
    // The edit view is interactive once the preview player has its video.
    await expect(page.locator('video[data-testid="video-preview"]')).toBeVisible({ timeout: 60_000 })
    await expect(editor.getByTestId('caption-cue')).toHaveCount(1)
    await expect(editor.getByRole('textbox', { name: 'Tekst' })).toHaveValue('Eerste zin')

    // Move the preview player's playhead to 1.5 s, as comms would by scrubbing.
    const preview = page.locator('video[data-testid="video-preview"]')
    await expect.poll(() => preview.evaluate((v: HTMLVideoElement) => v.readyState)).toBeGreaterThanOrEqual(1)
    await preview.evaluate((v: HTMLVideoElement) => {
      v.currentTime = 1.5
    })
    const add = editor.getByRole('button', { name: /Ondertitel toevoegen bij afspeelpositie \(00:01\.5\)/ })
    await add.click()
    const cues = editor.getByTestId('caption-cue')
    await expect(cues).toHaveCount(2)
    const second = cues.nth(1)
    const text = second.getByRole('textbox', { name: 'Tekst' })
    await expect(text).toBeFocused()
    await text.fill('Tweede zin, met spaties')
    await second.getByRole('button', { name: 'Begin 0,1 s later' }).click()
    await expect(second.getByTestId('cue-start')).toHaveText('00:01.600')

    await page.getByRole('button', { name: /^(Bewaar|Opslaan)$/ }).click()
    await expect
      .poll(async () => ((await (await request.get(`${cmsUrl()}/api/videos/${video!.id}?depth=0`, { headers: admin })).json()) as { captions: { vtt: string }[] }).captions[0]?.vtt)
      .toMatch(/^WEBVTT\n\n00:00:00\.000 --> 00:00:01\.000\nEerste zin\n\n00:00:01\.600 --> 00:00:0\d\.\d{3}\nTweede zin, met spaties\n$/)
  } finally {
    await request.patch(`${cmsUrl()}/api/videos/${video!.id}`, { headers: admin, data: { captions: video!.captions ?? [] } })
  }
})
