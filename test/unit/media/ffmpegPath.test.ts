import { describe, expect, it } from 'vitest'
import { FfmpegMissingError, resolveTool } from '../../../media-worker/ffmpegPath'

describe('resolveTool', () => {
  it('prefers FFMPEG_PATH', () => {
    expect(resolveTool('ffmpeg', { FFMPEG_PATH: '/bin/sh', PATH: '' })).toBe('/bin/sh')
  })

  it('searches PATH', () => {
    expect(resolveTool('ffprobe', { PATH: '/nonexistent:/usr/bin' })).toMatch(/\/ffprobe$/)
  })

  it('explains how to install ffmpeg when it is missing', () => {
    let err: unknown
    try {
      resolveTool('ffmpeg', { PATH: '/nonexistent' })
    } catch (e) {
      err = e
    }
    expect(err).toBeInstanceOf(FfmpegMissingError)
    const message = (err as Error).message
    expect(message).toContain('apt-get install ffmpeg')
    expect(message).toContain('brew install ffmpeg')
    expect(message).toContain('FFMPEG_PATH')
  })

  it('does not silently fall back when FFMPEG_PATH points nowhere', () => {
    expect(() => resolveTool('ffmpeg', { FFMPEG_PATH: '/no/such/ffmpeg', PATH: '/usr/bin' })).toThrow(/FFMPEG_PATH=\/no\/such\/ffmpeg/)
  })
})
