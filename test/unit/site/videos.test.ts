import { afterEach, describe, expect, it } from 'vitest'

import type { Video } from '../../../cms/payload-types'
import { contentSecurityPolicy } from '../../../site/lib/security-headers'
import { formatDuration, toPlayableVideo } from '../../../site/lib/videos'

const video = (playback: unknown): Video =>
  ({ id: 'v1', title: 'Een dag', contributorName: 'Sanne', status: 'published', original: 'o1', updatedAt: '', createdAt: '', playback }) as Video

describe('toPlayableVideo', () => {
  afterEach(() => {
    delete process.env.CMS_PUBLIC_URL
    delete process.env.CMS_URL
  })

  it('prefixes every media path with the public CMS origin', () => {
    process.env.CMS_URL = 'http://cms.internal:3000'
    process.env.CMS_PUBLIC_URL = 'https://media.example.nl/'
    const playable = toPlayableVideo(
      video({
        hls: '/renditions/v1/r/hls/master.m3u8',
        mp4: '/renditions/v1/r/video.mp4',
        poster: '/renditions/v1/r/poster-640.jpg',
        posterSources: [
          { format: 'avif', srcset: '/renditions/v1/r/p-320.avif 320w, /renditions/v1/r/p-640.avif 640w' },
          { format: 'jpeg', srcset: '/renditions/v1/r/p-320.jpg 320w' },
        ],
        width: 540,
        height: 960,
        durationSeconds: 65,
      }),
    )
    expect(playable).toMatchObject({
      hls: 'https://media.example.nl/renditions/v1/r/hls/master.m3u8',
      mp4: 'https://media.example.nl/renditions/v1/r/video.mp4',
      poster: 'https://media.example.nl/renditions/v1/r/poster-640.jpg',
      posterSources: [
        { type: 'image/avif', srcset: 'https://media.example.nl/renditions/v1/r/p-320.avif 320w, https://media.example.nl/renditions/v1/r/p-640.avif 640w' },
        { type: 'image/jpeg', srcset: 'https://media.example.nl/renditions/v1/r/p-320.jpg 320w' },
      ],
      width: 540,
      height: 960,
    })
  })

  it('takes the MP4 rendition’s own frame size from the manifest (a 4K upload gives a 720p MP4)', () => {
    const playback = { hls: '/h.m3u8', mp4: '/v.mp4', poster: '', width: 2160, height: 3840, durationSeconds: 8 }
    const withManifest = { ...video(playback), renditions: { version: 1, folder: 'r', mp4: { path: 'video.mp4', width: 720, height: 1280, bytes: 1 } } } as Video
    expect(toPlayableVideo(withManifest)).toMatchObject({ width: 2160, height: 3840, mp4Width: 720, mp4Height: 1280 })
    // A manifest without the MP4's size: the source's size is the best there is.
    expect(toPlayableVideo(video(playback))).toMatchObject({ mp4Width: 2160, mp4Height: 3840 })
  })

  it('falls back to CMS_URL and hides videos without playback', () => {
    process.env.CMS_URL = 'http://127.0.0.1:3000'
    expect(toPlayableVideo(video({ hls: '/h.m3u8', mp4: '/v.mp4', poster: '', width: 1, height: 1, durationSeconds: 1 }))?.mp4).toBe('http://127.0.0.1:3000/v.mp4')
    expect(toPlayableVideo(video(null))).toBeNull()
    expect(toPlayableVideo(video({ hls: '/h.m3u8' }))).toBeNull()
  })

  it('formats durations', () => {
    expect(formatDuration(65)).toBe('1:05')
    expect(formatDuration(9.6)).toBe('0:10')
  })
})

describe('contentSecurityPolicy', () => {
  it('allows media from the CMS origin only, and no inline script in production', () => {
    const csp = contentSecurityPolicy('https://cms.example.nl/some/path')
    expect(csp).toContain("script-src 'self';")
    expect(csp).toContain('media-src \'self\' https://cms.example.nl blob:')
    expect(csp).toContain('connect-src \'self\' https://cms.example.nl')
    expect(csp).toContain("frame-ancestors 'none'")
    expect(csp).not.toContain('unsafe-inline')
  })
})

describe('caption tracks', () => {
  it('lists the languages with captions and serves them from the site', async () => {
    const { captionLanguages, captionTrack } = await import('../../../site/lib/videos')
    const captions = [
      { language: 'en' as const, vtt: 'WEBVTT\n\n00:00.000 --> 00:01.000\nHi' },
      { language: 'nl' as const, vtt: 'WEBVTT\n\n00:00.000 --> 00:01.000\nHoi' },
      { language: 'nl' as const, vtt: '   ' },
    ]
    expect(captionLanguages({ captions })).toEqual(['nl', 'en'])
    expect(captionTrack({ captions }, 'nl')).toContain('Hoi')
    expect(captionTrack({ captions: [] }, 'nl')).toBeNull()
    const playable = toPlayableVideo({ ...video({ hls: '/h.m3u8', mp4: '/v.mp4', poster: '/p.jpg', width: 9, height: 16, durationSeconds: 1, preview: '/pre.mp4' }), captions })
    expect(playable?.captions).toEqual([
      { lang: 'nl', src: '/video/v1/captions/nl.vtt' },
      { lang: 'en', src: '/video/v1/captions/en.vtt' },
    ])
    expect(playable?.preview).toMatch(/\/pre\.mp4$/)
  })
})
