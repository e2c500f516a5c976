/**
 * A colleague's video on its own page: the link the CMS mails when it is published and the one
 * people share. Link previews (Open Graph, Twitter card), captions, and what happens when the
 * colleague withdraws consent: 410 Gone at once, and gone from every other page within seconds.
 */
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { expect, test, type APIRequestContext } from '@playwright/test'
import sharp from 'sharp'
import * as tus from 'tus-js-client'

import { PAGE_CACHE_TTL_MS } from '../../../site/lib/page-cache'
import { createInvite, demoAdmin, demoComms, loginHeaders, receivedMails } from '../helpers'
import { cmsUrl, metaContent, publishedVideos, siteUrl, videoPath, type Lang } from './site-helpers'

test.describe('video share pages', () => {
  test('a published video has a page whose link previews look right (og:image 1200×630, og:video MP4, Twitter card)', async ({ page, request }) => {
    const [video] = await publishedVideos(request, 'nl')
    for (const lang of ['nl', 'en'] as Lang[]) {
      const response = await page.goto(siteUrl(videoPath(lang, video!.id)))
      expect(response?.status()).toBe(200)
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
      expect(await metaContent(page, 'og:type')).toBe('video.other')
      expect(await metaContent(page, 'og:url')).toBe(siteUrl(videoPath(lang, video!.id)))
      expect(await metaContent(page, 'twitter:card')).toBe('summary_large_image')
      expect(await metaContent(page, 'og:title')).toBeTruthy()
      expect(await metaContent(page, 'og:description')).toBeTruthy()
      await expect(page.locator('link[rel=alternate][hreflang=nl]')).toHaveAttribute('href', siteUrl(videoPath('nl', video!.id)))
      await expect(page.locator('link[rel=alternate][hreflang=en]')).toHaveAttribute('href', siteUrl(videoPath('en', video!.id)))

      // The image a link preview shows: the worker's share image, really 1200×630.
      const image = (await metaContent(page, 'og:image'))!
      expect(await metaContent(page, 'og:image:width')).toBe('1200')
      expect(await metaContent(page, 'og:image:height')).toBe('630')
      expect(await metaContent(page, 'twitter:image')).toBe(image)
      const imageResponse = await request.get(image)
      expect(imageResponse.status()).toBe(200)
      const { width, height } = await sharp(await imageResponse.body()).metadata()
      expect([width, height]).toEqual([1200, 630])

      // The video itself, as an MP4 a preview can play.
      const mp4 = (await metaContent(page, 'og:video'))!
      expect(await metaContent(page, 'og:video:type')).toBe('video/mp4')
      const videoResponse = await request.get(mp4, { headers: { Range: 'bytes=0-1023' } })
      expect([200, 206]).toContain(videoResponse.status())
      expect(videoResponse.headers()['content-type']).toContain('video/mp4')
    }
  })

  test('the page plays the video and points to the team’s vacancies', async ({ page, request }) => {
    // A video linked to vacancies (other specs publish videos of their own without any).
    const video = (await publishedVideos(request, 'nl')).find((v) => (v.vacancies ?? []).length > 0)
    await page.goto(siteUrl(videoPath('nl', video!.id)))
    await page.getByTestId('share-video').getByRole('button', { name: `Speel video van ${video!.contributorName} af` }).click()
    const player = page.getByTestId('employee-video')
    await expect.poll(() => player.evaluate((el: HTMLVideoElement) => el.currentTime), { timeout: 20_000 }).toBeGreaterThan(0.5)
    await expect(player).toHaveAttribute('aria-label', `Video van ${video!.contributorName}`)
    await expect(page.getByTestId('video-vacancies').getByRole('article').first()).toBeVisible()
  })

  test('an unknown id is a 404, a malformed one too, in the page’s language', async ({ page }) => {
    let response = await page.goto(siteUrl('/video/00000000-0000-4000-8000-000000000000'))
    expect(response?.status()).toBe(404)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Deze pagina bestaat niet (meer)')
    response = await page.goto(siteUrl('/en/videos/not-a-uuid'))
    expect(response?.status()).toBe(404)
    await expect(page.locator('html')).toHaveAttribute('lang', 'en-GB')
  })

  test('captions from the CMS become caption tracks, served as text/vtt', async ({ page, request }) => {
    const admin = await loginHeaders(request, demoAdmin)
    const [video] = await publishedVideos(request, 'nl')
    const before = (await (await request.get(cmsUrl(`/api/videos/${video!.id}?depth=0`), { headers: admin })).json()) as { captions?: unknown[] }
    const captions = [
      { language: 'nl', vtt: 'WEBVTT\n\n00:00:00.000 --> 00:00:30.000\nHoi, ik laat je mijn werk zien.\n' },
      { language: 'en', vtt: 'WEBVTT\n\n00:00:00.000 --> 00:00:30.000\nHi, let me show you my work.\n' },
    ]
    expect((await request.patch(cmsUrl(`/api/videos/${video!.id}`), { headers: admin, data: { captions } })).ok()).toBe(true)
    try {
      const vtt = await request.get(siteUrl(`/video/${video!.id}/captions/en.vtt`))
      expect(vtt.status()).toBe(200)
      expect(vtt.headers()['content-type']).toContain('text/vtt')
      expect(await vtt.text()).toContain('Hi, let me show you my work.')
      expect((await request.get(siteUrl(`/video/${video!.id}/captions/de.vtt`))).status()).toBe(404)

      for (const lang of ['nl', 'en'] as Lang[]) {
        await page.goto(siteUrl(videoPath(lang, video!.id)))
        await page.getByTestId('share-video').getByRole('button').click()
        const player = page.getByTestId('employee-video')
        await expect.poll(() => player.evaluate((el: HTMLVideoElement) => el.currentTime), { timeout: 20_000 }).toBeGreaterThan(0.5)
        const tracks = await player.evaluate((el: HTMLVideoElement) =>
          [...el.textTracks].map((t) => ({ language: t.language, label: t.label, kind: t.kind, mode: t.mode, cue: (t.activeCues?.[0] as VTTCue | undefined)?.text ?? null })),
        )
        // Both languages offered; the page's language shown.
        expect(tracks.map((t) => [t.language, t.label, t.kind])).toEqual([
          ['nl', 'Nederlands', 'captions'],
          ['en', 'English', 'captions'],
        ])
        const shown = tracks.find((t) => t.mode === 'showing')
        expect(shown?.language).toBe(lang)
        expect(shown?.cue).toBe(lang === 'en' ? 'Hi, let me show you my work.' : 'Hoi, ik laat je mijn werk zien.')
      }
    } finally {
      await request.patch(cmsUrl(`/api/videos/${video!.id}`), { headers: admin, data: { captions: before.captions ?? [] } })
    }
  })
})

// ---------------------------------------------------------------------------------------------
// Withdrawal, through the real contribution flow.

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'wv-share-'))
const clip = path.join(tmp, 'phone.mp4')

function tusUpload(file: string, { uploadToken, ...metadata }: Record<string, string>): Promise<void> {
  return new Promise((resolve, reject) => {
    const upload = new tus.Upload(fs.createReadStream(file) as never, {
      endpoint: cmsUrl('/uploads'),
      uploadSize: fs.statSync(file).size,
      chunkSize: 1024 * 1024,
      headers: { 'X-Upload-Token': uploadToken ?? '' },
      metadata,
      retryDelays: [],
      onError: reject,
      onSuccess: () => resolve(),
    })
    upload.start()
  })
}

async function contributeVideo(request: APIRequestContext, name: string): Promise<{ videoId: string; statusToken: string }> {
  execFileSync(process.env.FFMPEG_PATH ?? 'ffmpeg', ['-y', '-loglevel', 'error', '-f', 'lavfi', '-i', 'testsrc2=size=360x640:rate=25:duration=3', '-f', 'lavfi', '-i', 'sine=duration=3', '-c:v', 'libx264', '-pix_fmt', 'yuv420p', '-c:a', 'aac', '-shortest', clip])
  const { token } = await createInvite(request)
  const brief = (await (await request.get(cmsUrl(`/api/contribute/invite/${token}?locale=nl`))).json()) as { release?: { version: string } }
  const consent = await request.post(cmsUrl('/api/contribute/consent'), {
    data: { token, locale: 'nl', kind: 'video', name, role: 'Planner', department: 'Operations', email: 'share-test@example.com', releaseVersion: brief.release?.version ?? '2026-11-v1', confirmedDonts: true, agree: true },
  })
  expect(consent.status(), await consent.text()).toBe(201)
  const { uploadToken, statusToken } = (await consent.json()) as { uploadToken: string; statusToken: string }
  await tusUpload(clip, { uploadToken, filename: 'phone.mp4', filetype: 'video/mp4', locale: 'nl' })
  const comms = await loginHeaders(request, demoComms)
  let videoId = ''
  await expect
    .poll(
      async () => {
        const queue = (await (await request.get(cmsUrl(`/api/videos?where[status][equals]=ready&where[contributorName][equals]=${encodeURIComponent(name)}&depth=0`), { headers: comms })).json()) as { docs: { id: string }[] }
        videoId = queue.docs[0]?.id ?? ''
        return videoId
      },
      { timeout: 120_000, message: 'the worker should make the upload ready for review' },
    )
    .not.toBe('')
  return { videoId, statusToken }
}

test.describe('withdrawal', () => {

  test('a browser that already played the video cannot load its segments or MP4 again within seconds of the withdrawal', async ({ page, request }) => {
    test.setTimeout(240_000)
    const { videoId, statusToken } = await contributeVideo(request, `Cache Test ${Date.now().toString(36)}`)
    const comms = await loginHeaders(request, demoComms)
    expect((await request.patch(cmsUrl(`/api/videos/${videoId}`), { headers: comms, data: { status: 'published' } })).status()).toBe(200)

    // Play it to the end of its first segment in a real browser: the HTTP cache is warm.
    const media = new Set<string>()
    page.on('response', (r) => {
      if (r.url().includes(`/renditions/${videoId}/`) && /\.(m4s|mp4|m3u8)(\?|$)/.test(r.url()) && r.ok()) media.add(r.url())
    })
    expect((await page.goto(siteUrl(videoPath('nl', videoId))))?.status()).toBe(200)
    await page.locator('[data-video-player] [data-play]').first().click()
    const video = page.locator('[data-video-player] video').first()
    await expect.poll(() => video.evaluate((v: HTMLVideoElement) => v.currentTime), { timeout: 30_000 }).toBeGreaterThan(1)
    const played = [...media]
    expect(played.some((u) => /\.(m4s|mp4)(\?|$)/.test(u)), `media requests: ${played.join(' ')}`).toBe(true)
    // While published, the cache may reuse what it has (revalidated: 304, no bytes again).
    const loadable = () => page.evaluate(async (urls) => Promise.all(urls.map(async (u) => {
      try {
        return (await fetch(u)).ok
      } catch {
        return false // a 404 without CORS headers: the browser refuses it, just as a player would
      }
    })), played)
    expect(await loadable()).toEqual(played.map(() => true))

    const withdrawn = await request.post(cmsUrl(`/api/contribute/withdraw/${statusToken}?locale=nl`))
    expect(withdrawn.status()).toBe(200)
    const started = Date.now()
    // Same page, same context, cache warm: nothing of the video loads any more.
    await expect.poll(loadable, { timeout: 5_000, intervals: [200] }).toEqual(played.map(() => false))
    test.info().annotations.push({ type: 'withdrawal effective in the warm browser after', description: `${Date.now() - started} ms (${played.length} files)` })
    // And the player itself, asked to load again, gets nothing either.
    const reloaded = await video.evaluate(async (v: HTMLVideoElement) => {
      const src = v.currentSrc
      if (!src || src.startsWith('blob:')) return 'hls.js (checked by fetch above)'
      v.load()
      return new Promise<string>((resolve) => {
        v.addEventListener('error', () => resolve('error'), { once: true })
        v.addEventListener('loadeddata', () => resolve('played'), { once: true })
      })
    })
    expect(reloaded).not.toBe('played')
  })
  test('a withdrawn video answers 410 Gone at once, and leaves every other page within 5 seconds', async ({ page, request }) => {
    test.setTimeout(240_000)
    const name = `Deel Test ${Date.now().toString(36)}`
    const { videoId, statusToken } = await contributeVideo(request, name)
    const comms = await loginHeaders(request, demoComms)
    expect((await request.patch(cmsUrl(`/api/videos/${videoId}`), { headers: comms, data: { status: 'published' } })).status()).toBe(200)

    // The "published" mail links to the share page, which works.
    // (Mails are quoted-printable: long lines are folded with a trailing "=".)
    const mailed = () => receivedMails().some((m) => m.to.includes('share-test@example.com') && m.raw.replace(/=\r?\n/g, '').includes(siteUrl(`/video/${videoId}`)))
    await expect.poll(mailed, { timeout: 20_000 }).toBe(true)
    expect((await page.goto(siteUrl(videoPath('nl', videoId))))?.status()).toBe(200)
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    // And the home page's video wall shows it (within the cache's 5 s).
    await expect.poll(async () => (await (await request.get(siteUrl('/'))).text()).includes(name), { timeout: 15_000 }).toBe(true)

    const withdrawn = await request.post(cmsUrl(`/api/contribute/withdraw/${statusToken}?locale=nl`))
    expect(withdrawn.status()).toBe(200)
    // The withdrawal is stored before it is answered, so every render that starts from now on reads it.
    const withdrawnAt = Date.now()

    // At once: the share pages and the caption address answer 410 Gone, without any cache.
    for (const lang of ['nl', 'en'] as Lang[]) {
      const response = await page.goto(siteUrl(videoPath(lang, videoId)))
      expect(response?.status()).toBe(410)
      expect(response?.headers()['cache-control']).toBe('no-store')
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(lang === 'en' ? 'This video is no longer available' : 'Deze video is niet meer beschikbaar')
      await expect(page.locator('meta[name=robots]')).toHaveAttribute('content', 'noindex')
      expect(await metaContent(page, 'og:video')).toBeNull()
    }
    expect((await request.get(siteUrl(`/video/${videoId}/captions/nl.vtt`))).status()).toBe(410)

    // Every other page: within the page cache's 5 seconds. A cached page counts its age from the
    // moment its render began (site/lib/page-cache.ts), so any request made 5 s after the withdrawal
    // was answered gets a page rendered after it, however long this machine takes to answer.
    // (No bound on how long requests take: only what a visitor who comes back 5 s later sees.)
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, withdrawnAt + PAGE_CACHE_TTL_MS - Date.now())))
    for (const address of ['/', '/en/']) expect((await (await request.get(siteUrl(address))).text()).includes(name), address).toBe(false)
  })
})
