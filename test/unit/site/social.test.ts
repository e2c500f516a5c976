import { describe, expect, it } from 'vitest'

import { isoDuration, videoObjectJsonLd, videoShareMeta } from '../../../site/lib/social'
import type { PlayableVideo } from '../../../site/lib/videos'

const video: PlayableVideo = {
  id: 'v1',
  title: 'Sanne over haar eerste deal',
  hook: 'Na drie weken kwam die ene ja.',
  contributorName: 'Sanne Visser',
  contributorRole: 'Inside sales',
  hookVariants: null,
  hls: 'https://media.example.nl/r/v1/hls/master.m3u8',
  mp4: 'https://media.example.nl/r/v1/video.mp4',
  poster: 'https://media.example.nl/r/v1/poster-540.jpg',
  shareImage: 'https://media.example.nl/r/v1/share.jpg',
  preview: null,
  captions: [],
  departmentId: null,
  posterSources: [],
  width: 1080,
  height: 1920,
  mp4Width: 540,
  mp4Height: 960,
  durationSeconds: 65,
}

const tags = (list: ReturnType<typeof videoShareMeta>) => Object.fromEntries(list.map((t) => [t.key, t.content]))

describe('link previews of a video', () => {
  it('Open Graph: the 1200×630 share image and the MP4 as og:video; Twitter: a large image card', () => {
    const meta = tags(videoShareMeta(video, { title: video.title, description: 'd', imageAlt: 'Video van Sanne' }))
    expect(meta).toMatchObject({
      'og:type': 'video.other',
      'og:image': 'https://media.example.nl/r/v1/share.jpg',
      'og:image:secure_url': 'https://media.example.nl/r/v1/share.jpg',
      'og:image:width': '1200',
      'og:image:height': '630',
      'og:image:alt': 'Video van Sanne',
      'og:video': 'https://media.example.nl/r/v1/video.mp4',
      'og:video:secure_url': 'https://media.example.nl/r/v1/video.mp4',
      'og:video:type': 'video/mp4',
      'og:video:width': '540',
      'og:video:height': '960',
      'twitter:card': 'summary_large_image',
      'twitter:image': 'https://media.example.nl/r/v1/share.jpg',
    })
  })

  it('falls back to the poster (with its own size) without a share image; no secure_url over http', () => {
    const meta = tags(videoShareMeta({ ...video, shareImage: null, poster: 'http://localhost:3000/p.jpg', mp4: 'http://localhost:3000/v.mp4' }, { title: 't', description: 'd', imageAlt: 'a' }))
    expect(meta['og:image']).toBe('http://localhost:3000/p.jpg')
    expect(meta['og:image:width']).toBe('1080')
    expect(meta).not.toHaveProperty('og:image:secure_url')
    expect(meta).not.toHaveProperty('og:video:secure_url')
  })

  it('VideoObject for search engines', () => {
    expect(isoDuration(65)).toBe('PT1M5S')
    expect(isoDuration(120)).toBe('PT2M')
    expect(isoDuration(0)).toBe('PT0S')
    expect(videoObjectJsonLd(video, { url: 'https://x/video/v1', description: 'd', uploadDate: '2027-01-01T00:00:00Z', lang: 'nl' })).toMatchObject({
      '@type': 'VideoObject',
      name: video.title,
      thumbnailUrl: [video.shareImage, video.poster],
      contentUrl: video.mp4,
      duration: 'PT1M5S',
      uploadDate: '2027-01-01T00:00:00Z',
    })
  })
})
