import { describe, expect, it } from 'vitest'

import { buildQuery } from '../../../site/lib/cms'
import { parseApplication, parseHomeQuery, parseSlug, playbackSchema } from '../../../site/lib/validation'

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

describe('application form', () => {
  const valid = { name: ' Anna de Boer ', email: 'anna@example.com', phone: '06 12345678', motivation: 'Ik rij graag vrachtwagen en plan graag.' }

  it('accepts and trims a valid application; phone is optional', () => {
    const result = parseApplication(valid, 'nl')
    expect(result).toEqual({ ok: true, data: { ...valid, name: 'Anna de Boer' } })
    const noPhone = parseApplication({ ...valid, phone: '' }, 'en')
    expect(noPhone.ok && noPhone.data.phone).toBeUndefined()
  })

  it('reads FormData', () => {
    const form = new FormData()
    for (const [key, value] of Object.entries(valid)) form.set(key, value)
    expect(parseApplication(form, 'nl').ok).toBe(true)
  })

  it('returns one message per field in the page’s language and the values to refill the form', () => {
    const result = parseApplication({ name: '', email: 'not-an-email', phone: 'call me', motivation: 'hi' }, 'nl')
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.errors).toEqual({
      name: 'Vul je naam in.',
      email: expect.stringContaining('geldig e-mailadres'),
      phone: expect.stringContaining('telefoonnummer'),
      motivation: expect.stringContaining('waarom'),
    })
    expect(result.values.email).toBe('not-an-email')
    const en = parseApplication({ email: 'x' }, 'en')
    expect(!en.ok && en.errors.email).toContain('valid email')
  })

  it('treats missing and non-string fields as empty', () => {
    const result = parseApplication({ name: 42, email: ['a@b.nl'] }, 'en')
    expect(result.ok).toBe(false)
    if (!result.ok) expect(Object.keys(result.errors).sort()).toEqual(['email', 'motivation', 'name'])
  })

  it('limits lengths', () => {
    expect(parseApplication({ ...valid, name: 'x'.repeat(121) }, 'en').ok).toBe(false)
    expect(parseApplication({ ...valid, motivation: 'x'.repeat(4001) }, 'en').ok).toBe(false)
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
