import { describe, expect, it } from 'vitest'

import { playbackFromManifest, type Playback } from '../../../cms/collections/Videos/playback'

const manifest = {
  version: 1,
  folder: 'r-abc',
  durationSeconds: 8,
  width: 540,
  height: 960,
  hasAudio: true,
  hls: { master: 'hls/master.m3u8', rungs: [] },
  mp4: { path: 'video.mp4', width: 540, height: 960, bytes: 1000 },
  posters: [
    { format: 'jpeg', width: 320, height: 569, path: 'poster-320.jpg' },
    { format: 'jpeg', width: 540, height: 960, path: 'poster-540.jpg' },
    { format: 'webp', width: 320, height: 569, path: 'poster-320.webp' },
  ],
  createdAt: '2026-01-01T00:00:00.000Z',
}

describe('playbackFromManifest', () => {
  it('turns the worker manifest into URLs under /renditions/<video>/<folder>/', () => {
    const p = playbackFromManifest('vid-1', manifest) as Playback
    expect(p?.hls).toBe('/renditions/vid-1/r-abc/hls/master.m3u8')
    expect(p?.mp4).toBe('/renditions/vid-1/r-abc/video.mp4')
    expect(p?.poster).toBe('/renditions/vid-1/r-abc/poster-540.jpg')
    expect(p?.posterSources.map((s) => s.format)).toEqual(['webp', 'jpeg'])
    expect(p?.posterSources[1]?.srcset).toBe('/renditions/vid-1/r-abc/poster-320.jpg 320w, /renditions/vid-1/r-abc/poster-540.jpg 540w')
  })

  it('offers only the quick MP4 while the ladder is still encoding', () => {
    const partial = { version: 1, partial: true, folder: 'first-job1', durationSeconds: 8, width: 540, height: 960, mp4: { path: 'video.mp4', width: 540, height: 960, bytes: 10 } }
    expect(playbackFromManifest('vid-1', partial)).toEqual({ partial: true, mp4: '/renditions/vid-1/first-job1/video.mp4', width: 540, height: 960, durationSeconds: 8 })
  })

  it('gives nothing for a video that has not been processed or a manifest of another shape', () => {
    expect(playbackFromManifest('v', null)).toBeNull()
    expect(playbackFromManifest('v', { version: 2 })).toBeNull()
  })
})
