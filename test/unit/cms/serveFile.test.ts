import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

import { contentTypeFor, parseRange, serveFile } from '../../../cms/lib/http/serveFile'

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

describe('serveFile revalidation', () => {
  it('answers a cache that asks again with 304 and no body, and a changed file with the file', async () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'wv-serve-')), 'seg_001.m4s')
    fs.writeFileSync(file, 'segment bytes')
    const first = await serveFile(file, new Request('http://cms.test/x'), { 'Cache-Control': 'public, max-age=0' })
    const etag = first.headers.get('etag')!
    expect(first.status).toBe(200)
    expect(etag).toMatch(/^W\/"/)
    const again = await serveFile(file, new Request('http://cms.test/x', { headers: { 'If-None-Match': etag } }), { 'Cache-Control': 'public, max-age=0' })
    expect(again.status).toBe(304)
    expect(await again.text()).toBe('')
    expect(again.headers.get('cache-control')).toBe('public, max-age=0')
    fs.writeFileSync(file, 'other, longer segment bytes')
    expect((await serveFile(file, new Request('http://cms.test/x', { headers: { 'If-None-Match': etag } }), {})).status).toBe(200)
  })
})
