/**
 * A video's share page tells link previews the size of the MP4 it links as og:video — the file's
 * own frame, not the phone's original. A 1080×1920 upload becomes a smaller MP4 (the worker caps
 * it at 720p), so og:video:width/height must follow the file, checked here with ffprobe.
 */
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { expect, test } from '@playwright/test'

import { demoComms, loginHeaders } from '../helpers'
import { cmsUrl, metaContent, siteUrl, videoPath } from './site-helpers'

const ffprobeSize = (file: string): [number, number] => {
  const out = execFileSync(process.env.FFPROBE_PATH ?? 'ffprobe', ['-v', 'error', '-select_streams', 'v:0', '-show_entries', 'stream=width,height', '-of', 'csv=p=0', file]).toString().trim()
  const [w, h] = out.split(',').map(Number)
  return [w!, h!]
}

test('og:video:width and height are the MP4 rendition’s own size, for a full-HD phone upload', async ({ page, request }) => {
  test.setTimeout(240_000)
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wv-og-video-'))
  const source = path.join(dir, 'full-hd.mp4')
  execFileSync(process.env.FFMPEG_PATH ?? 'ffmpeg', ['-y', '-loglevel', 'error', '-f', 'lavfi', '-i', 'testsrc2=size=1080x1920:rate=25:duration=2', '-f', 'lavfi', '-i', 'sine=duration=2', '-c:v', 'libx264', '-preset', 'ultrafast', '-pix_fmt', 'yuv420p', '-c:a', 'aac', '-shortest', source])
  expect(ffprobeSize(source)).toEqual([1080, 1920])

  const comms = await loginHeaders(request, demoComms)
  const original = await request.post(cmsUrl('/api/video-originals'), {
    headers: comms,
    multipart: { file: { name: 'full-hd.mp4', mimeType: 'video/mp4', buffer: fs.readFileSync(source) }, _payload: '{}' },
  })
  expect(original.status(), await original.text()).toBe(201)
  const originalId = ((await original.json()) as { doc: { id: string } }).doc.id
  const title = `Full HD ${Date.now().toString(36)}`
  const created = await request.post(cmsUrl('/api/videos?locale=nl'), { headers: comms, data: { title, contributorName: 'Og Test', original: originalId, status: 'uploaded' } })
  expect(created.status(), await created.text()).toBe(201)
  const videoId = ((await created.json()) as { doc: { id: string } }).doc.id
  try {
    await expect
      .poll(async () => ((await (await request.get(cmsUrl(`/api/videos/${videoId}?depth=0`), { headers: comms })).json()) as { status: string }).status, {
        timeout: 180_000,
        message: 'the worker makes the upload ready',
      })
      .toBe('ready')
    expect((await request.patch(cmsUrl(`/api/videos/${videoId}`), { headers: comms, data: { status: 'published' } })).status()).toBe(200)

    expect((await page.goto(siteUrl(videoPath('nl', videoId))))?.status()).toBe(200)
    const mp4Url = (await metaContent(page, 'og:video'))!
    const mp4 = path.join(dir, 'shared.mp4')
    fs.writeFileSync(mp4, await (await request.get(mp4Url)).body())
    const [width, height] = ffprobeSize(mp4)
    expect(Math.max(width, height), 'the shared MP4 is smaller than the upload').toBeLessThan(1920)
    expect([await metaContent(page, 'og:video:width'), await metaContent(page, 'og:video:height')]).toEqual([String(width), String(height)])
  } finally {
    await request.delete(cmsUrl(`/api/videos/${videoId}`), { headers: comms })
  }
})
