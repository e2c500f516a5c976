import { describe, expect, it } from 'vitest'

import { contentTypeFor, parseRange } from '../../../cms/lib/http/serveFile'

describe('parseRange', () => {
  it('reads the ranges browsers send for video', () => {
    expect(parseRange('bytes=0-', 1000)).toEqual({ start: 0, end: 999 })
    expect(parseRange('bytes=100-199', 1000)).toEqual({ start: 100, end: 199 })
    expect(parseRange('bytes=-100', 1000)).toEqual({ start: 900, end: 999 })
    expect(parseRange('bytes=900-5000', 1000)).toEqual({ start: 900, end: 999 })
  })
  it('says unsatisfiable past the end, and ignores what it does not understand', () => {
    expect(parseRange('bytes=1000-', 1000)).toBe('unsatisfiable')
    expect(parseRange('bytes=5-2', 1000)).toBe('unsatisfiable')
    expect(parseRange('bytes=0-1,5-6', 1000)).toBeNull()
    expect(parseRange('items=0-1', 1000)).toBeNull()
    expect(parseRange(null, 1000)).toBeNull()
  })
})

describe('contentTypeFor', () => {
  it('names HLS playlists and segments so players accept them', () => {
    expect(contentTypeFor('master.m3u8')).toBe('application/vnd.apple.mpegurl')
    expect(contentTypeFor('seg_001.m4s')).toBe('video/iso.segment')
    expect(contentTypeFor('x.unknown')).toBe('application/octet-stream')
  })
})
