import { describe, expect, it } from 'vitest'

import { buildQuery } from '../../../site/lib/cms'
import { parseHomeQuery, parseSlug, playbackSchema } from '../../../site/lib/validation'

describe('slugs', () => {
  it('accepts CMS slugs', () => {
    expect(parseSlug('key-account-manager')).toBe('key-account-manager')
    expect(parseSlug('a1')).toBe('a1')
  })

  it('rejects anything that is not a CMS slug', () => {
    for (const bad of ['', 'Key-Account', 'a--b', '-a', 'a-', 'a b', '../etc', 'a%5Bb%5D', 'x'.repeat(81), undefined, null, 42, ['a']]) {
      expect(parseSlug(bad)).toBeNull()
    }
  })
})

describe('home query string', () => {
  it('reads the department filter under its language’s name', () => {
    expect(parseHomeQuery(new URLSearchParams('afdeling=sales'), 'nl')).toEqual({ query: { department: 'sales' }, invalid: false })
    expect(parseHomeQuery(new URLSearchParams('department=sales'), 'en')).toEqual({ query: { department: 'sales' }, invalid: false })
    expect(parseHomeQuery(new URLSearchParams('department=sales'), 'nl')).toEqual({ query: {}, invalid: false })
  })

  it('reports malformed values instead of using them', () => {
    expect(parseHomeQuery(new URLSearchParams('afdeling=<script>'), 'nl')).toEqual({ query: {}, invalid: true })
    expect(parseHomeQuery(new URLSearchParams('afdeling='), 'nl')).toEqual({ query: {}, invalid: false })
  })
})

describe('playback and CMS queries', () => {
  it('accepts the CMS playback object and rejects a missing one', () => {
    const playback = { hls: '/r/1/a/hls/master.m3u8', mp4: '/r/1/a/video.mp4', poster: '/r/1/a/p.jpg', posterSources: [{ format: 'webp', srcset: '/r/1/a/p.webp 320w' }], width: 540, height: 960, durationSeconds: 8 }
    expect(playbackSchema.safeParse(playback).success).toBe(true)
    expect(playbackSchema.safeParse(null).success).toBe(false)
    expect(playbackSchema.safeParse({ ...playback, hls: '' }).success).toBe(false)
  })

  it('encodes Payload where-queries so user input cannot add parameters', () => {
    expect(buildQuery({ 'where[slug][equals]': 'a&depth=5', locale: 'nl', limit: 1, skip: undefined })).toBe(
      'where%5Bslug%5D%5Bequals%5D=a%26depth%3D5&locale=nl&limit=1',
    )
  })
})
