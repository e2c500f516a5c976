import { describe, expect, it } from 'vitest'

import { runningHookTest } from '../../../site/lib/hook-variants'
import { toPlayableVideo } from '../../../site/lib/videos'
import { visitorHeaders } from '../../../site/lib/visitor'
import type { Video } from '../../../site/lib/cms'
import { playbackFromManifest } from '../../../cms/collections/Videos/playback'

const video = (hookTest: unknown, hookTestResult: unknown) => ({ id: 'v1', title: 'T', hookTest, hookTestResult }) as unknown as Video
const variants = [
  { key: 'a', title: 'Eerste', hook: 'Haakje a' },
  { key: 'b', title: 'Tweede', hook: null },
]

const own = { src: '/own.jpg', sources: [] }
const bPicture = { src: '/b.jpg', sources: [{ type: 'image/avif', srcset: '/b.avif 320w' }] }

describe('runningHookTest', () => {
  it('gives the variants of a switched-on, started, unended test, first one first, each with its picture', () => {
    expect(runningHookTest(video({ enabled: true, variants }, { startedAt: '2026-12-01T10:00:00Z' }), own, (key) => (key === 'b' ? bPicture : null))).toEqual([
      { id: 'a', title: 'Eerste', hook: 'Haakje a', poster: own },
      { id: 'b', title: 'Tweede', hook: null, poster: bPicture },
    ])
  })

  it('gives nothing for a test that is off, not started, ended, or has one usable variant', () => {
    expect(runningHookTest(video({ enabled: false, variants }, { startedAt: '2026-12-01T10:00:00Z' }), own)).toBeNull()
    expect(runningHookTest(video({ enabled: true, variants }, {}), own)).toBeNull()
    expect(runningHookTest(video({ enabled: true, variants }, { startedAt: '2026-12-01T10:00:00Z', endedAt: '2026-12-02T10:00:00Z' }), own)).toBeNull()
    // A variant without wording in this language (not yet translated) cannot be shown.
    expect(runningHookTest(video({ enabled: true, variants: [variants[0], { key: 'b', title: null }] }, { startedAt: '2026-12-01T10:00:00Z' }), own)).toBeNull()
    expect(runningHookTest(video(undefined, undefined), own)).toBeNull()
  })
})

describe('a variant’s poster on the page', () => {
  const posters = (dir: string) => ['avif', 'webp', 'jpeg'].flatMap((format) => [320, 640].map((width) => ({ format, width, height: width * 2, path: `${dir}/poster-${width}.${format === 'jpeg' ? 'jpg' : format}` })))
  const manifest = {
    version: 1,
    folder: 'r-1',
    durationSeconds: 4,
    width: 640,
    height: 1280,
    hasAudio: false,
    hls: { master: 'hls/master.m3u8', rungs: [] },
    mp4: { path: 'video.mp4', width: 640, height: 1280, bytes: 1 },
    posters: posters('poster'),
    variantPosters: { a: { posterTime: 2.5, posters: posters('variants/t2500') } },
    createdAt: '2026-12-01T10:00:00Z',
  }
  const withTest = (order: typeof variants) =>
    ({ id: 'v1', title: 'T', contributorName: 'Sanne', hookTest: { enabled: true, variants: order }, hookTestResult: { startedAt: '2026-12-01T10:00:00Z' }, playback: playbackFromManifest('v1', manifest) }) as unknown as Video

  it('shows the first variant’s own poster in the cached page, and carries each variant’s picture for the swap', () => {
    const v = toPlayableVideo(withTest(variants))!
    expect(v.poster).toMatch(/\/renditions\/v1\/r-1\/variants\/t2500\/poster-640\.jpg$/)
    expect(v.posterSources.map((s) => s.type)).toEqual(['image/avif', 'image/webp', 'image/jpeg'])
    expect(v.posterSources[0]!.srcset).toMatch(/variants\/t2500\/poster-320\.avif 320w, .*variants\/t2500\/poster-640\.avif 640w$/)
    const [a, b] = v.hookVariants!
    expect(a!.poster.src).toBe(v.poster)
    // b has no frame of its own: it shows the video's poster.
    expect(b!.poster.src).toMatch(/\/renditions\/v1\/r-1\/poster\/poster-640\.jpg$/)
  })

  it('shows the video’s poster first when the first variant has none of its own', () => {
    const v = toPlayableVideo(withTest([variants[1]!, variants[0]!]))!
    expect(v.poster).toMatch(/\/r-1\/poster\/poster-640\.jpg$/)
    expect(v.hookVariants!.map((x) => x.poster.src.split('/r-1/')[1])).toEqual(['poster/poster-640.jpg', 'variants/t2500/poster-640.jpg'])
  })
})

describe('visitorHeaders (what /api/hook-variants forwards)', () => {
  it('passes on only the headers the CMS uses for its hash and its bot and opt-out rules, prefixed', () => {
    const request = new Request('http://site.test/api/hook-variants', { headers: { 'user-agent': 'Phone', 'sec-gpc': '1', cookie: 'x=1', 'x-forwarded-for': '1.2.3.4' } })
    expect(visitorHeaders(request)).toEqual({ 'x-visitor-user-agent': 'Phone', 'x-visitor-sec-gpc': '1' })
  })
})
