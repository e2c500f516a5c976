import { expect, test } from '@playwright/test'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { execFileSync } from 'node:child_process'

import { cmsUrl, demoAdmin, demoComms, loginHeaders } from '../helpers'

/**
 * What a visitor without an account gets from the CMS over real HTTP: only published content, and
 * the tombstones of withdrawn videos (so the site can answer 410 Gone), which carry nothing of them.
 */
test.describe('anonymous REST and GraphQL requests', () => {
  test('return published videos only, without the original file; a withdrawn one only as an empty tombstone', async ({ request }) => {
    const res = await request.get(`${cmsUrl()}/api/videos?depth=1&limit=100`)
    expect(res.ok()).toBe(true)
    const { docs } = (await res.json()) as { docs: { status: string; title: string; hook?: string | null; original?: unknown; playback?: { hls: string } | null; renditions?: unknown }[] }
    const published = docs.filter((d) => d.status === 'published')
    expect(published.length).toBeGreaterThanOrEqual(3)
    for (const doc of docs) {
      expect(['published', 'withdrawn']).toContain(doc.status)
      expect(doc.original).toBeUndefined()
      if (doc.status === 'published') expect(doc.playback?.hls).toContain('/hls/')
      else expect([doc.title, doc.hook ?? null, doc.playback ?? null, doc.renditions ?? null]).toEqual(['Ingetrokken video', null, null, null])
    }
  })

  test('never return draft vacancies, even when asked for them', async ({ request }) => {
    const asked = await request.get(`${cmsUrl()}/api/vacancies?where[status][equals]=draft`)
    expect((await asked.json()).totalDocs).toBe(0)
    const all = await request.get(`${cmsUrl()}/api/vacancies?limit=100`)
    const statuses = ((await all.json()).docs as { status: string }[]).map((d) => d.status)
    expect(statuses.length).toBeGreaterThanOrEqual(6)
    expect(statuses).not.toContain('draft')
  })

  test('are refused for users, original files and the transcode queue', async ({ request }) => {
    for (const collection of ['users', 'video-originals', 'transcode-jobs']) {
      const res = await request.get(`${cmsUrl()}/api/${collection}`)
      expect(res.status(), collection).toBe(403)
    }
  })

  test('cannot download an original upload by its URL', async ({ request }) => {
    const admin = await loginHeaders(request, demoAdmin)
    const { docs } = (await (await request.get(`${cmsUrl()}/api/video-originals?limit=1`, { headers: admin })).json()) as { docs: { url: string }[] }
    const url = docs[0]?.url
    expect(url).toBeTruthy()
    const asAdmin = await request.get(new URL(url!, cmsUrl()).toString(), { headers: admin })
    expect(asAdmin.status()).toBe(200)
    const anonymous = await request.get(new URL(url!, cmsUrl()).toString())
    expect([403, 404]).toContain(anonymous.status())
  })

  test('GraphQL returns only published videos (and withdrawn tombstones) and no users', async ({ request }) => {
    const videos = await request.post(`${cmsUrl()}/api/graphql`, { data: { query: '{ Videos(limit: 100) { docs { status } } }' } })
    const body = (await videos.json()) as { data: { Videos: { docs: { status: string }[] } } }
    expect(body.data.Videos.docs.filter((d) => d.status === 'published').length).toBeGreaterThanOrEqual(3)
    for (const status of new Set(body.data.Videos.docs.map((d) => d.status))) expect(['published', 'withdrawn']).toContain(status)
    const users = await request.post(`${cmsUrl()}/api/graphql`, { data: { query: '{ Users { docs { email } } }' } })
    const usersBody = (await users.json()) as { data?: { Users: unknown }; errors?: unknown[] }
    expect(usersBody.data?.Users ?? null).toBeNull()
    expect(usersBody.errors?.length).toBeGreaterThan(0)
  })
})

test.describe('renditions of an unpublished video', () => {
  test('are served to staff for preview but answer 404 to anybody else', async ({ request }) => {
    test.setTimeout(120_000)
    const comms = await loginHeaders(request, demoComms)
    const clip = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'wv-e2e-')), 'unpublished.mp4')
    execFileSync(process.env.FFMPEG_PATH ?? 'ffmpeg', ['-y', '-loglevel', 'error', '-f', 'lavfi', '-i', 'testsrc2=size=240x426:rate=25:duration=2', '-f', 'lavfi', '-i', 'sine=duration=2', '-c:v', 'libx264', '-pix_fmt', 'yuv420p', '-c:a', 'aac', '-shortest', clip])
    const upload = await request.post(`${cmsUrl()}/api/video-originals`, {
      headers: comms,
      multipart: { file: { name: 'unpublished.mp4', mimeType: 'video/mp4', buffer: fs.readFileSync(clip) }, _payload: JSON.stringify({}) },
    })
    expect(upload.status(), await upload.text()).toBe(201)
    const originalId = (await upload.json()).doc.id as string
    const created = await request.post(`${cmsUrl()}/api/videos`, { headers: comms, data: { title: 'Nog niet klaar voor publicatie', contributorName: 'Test Collega', original: originalId } })
    expect(created.status(), await created.text()).toBe(201)
    const videoId = (await created.json()).doc.id as string

    let hls = ''
    await expect
      .poll(async () => {
        const res = await request.get(`${cmsUrl()}/api/videos/${videoId}`, { headers: comms })
        const doc = (await res.json()) as { status: string; playback?: { hls: string } }
        hls = doc.playback?.hls ?? ''
        return doc.status
      }, { timeout: 90_000, intervals: [1000] })
      .toBe('ready')

    expect((await request.get(`${cmsUrl()}${hls}`, { headers: comms })).status()).toBe(200)
    expect((await request.get(`${cmsUrl()}${hls}`)).status()).toBe(404)
    expect((await request.get(`${cmsUrl()}/api/videos/${videoId}`)).status()).toBe(404)
  })
})
