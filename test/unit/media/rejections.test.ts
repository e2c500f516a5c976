import { describe, expect, it } from 'vitest'
import {
  classifyFfmpegFailure,
  DEFAULT_LIMITS,
  isRejection,
  isRetryable,
  looksLikeText,
  MediaRejection,
  rejectByBytes,
  rejectByInfo,
  sniffImage,
  TranscodeError,
} from '../../../media-worker/rejections'
import { info } from './load'

const bytes = (...b: number[]) => new Uint8Array([...b, ...new Array(64).fill(0)])
const ascii = (s: string) => new TextEncoder().encode(s)

describe('by bytes', () => {
  it('rejects an empty file', () => {
    expect(rejectByBytes(new Uint8Array(), 0, DEFAULT_LIMITS)?.message).toBe('The file is empty.')
  })

  it('rejects a file over the size limit with the limit in words', () => {
    const r = rejectByBytes(bytes(0), 3 * 1024 ** 3, DEFAULT_LIMITS)
    expect(r?.code).toBe('too-large')
    expect(r?.message).toBe('The file is larger than the maximum of 2 GB.')
  })

  it.each([
    ['JPEG', bytes(0xff, 0xd8, 0xff, 0xe0)],
    ['PNG', bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)],
    ['GIF', ascii('GIF89a\x01\x00')],
    ['WebP', ascii('RIFF\x10\x00\x00\x00WEBPVP8 ')],
    ['HEIC', new Uint8Array([0, 0, 0, 0x18, ...ascii('ftypheic'), 0, 0, 0, 0])],
  ])('recognises %s by its magic bytes, whatever the name', (kind, head) => {
    expect(sniffImage(head)).toBe(kind)
    const r = rejectByBytes(head, 1000, DEFAULT_LIMITS)
    expect(r?.code).toBe('not-video-image')
    expect(r?.message).toMatch(/^This is not a video file \(it looks like an image/)
  })

  it('does not take a QuickTime or MP4 header for an image or text', () => {
    const mov = new Uint8Array([0, 0, 0, 0x14, ...ascii('ftypqt  '), 0, 0, 2, 0, ...ascii('qt  '), 0, 0, 0, 8, ...ascii('wide')])
    const mp4 = new Uint8Array([0, 0, 0, 0x20, ...ascii('ftypisom'), 0, 0, 2, 0, ...ascii('isomiso2avc1mp41')])
    for (const head of [mov, mp4]) {
      expect(sniffImage(head)).toBeNull()
      expect(looksLikeText(head)).toBe(false)
      expect(rejectByBytes(head, 5000, DEFAULT_LIMITS)).toBeNull()
    }
  })

  it('recognises text, including UTF-8, and not binary', () => {
    expect(looksLikeText(ascii('Hallo, dit is een tekstbestand.\nMet een café en een crème brûlée.\n'))).toBe(true)
    expect(rejectByBytes(ascii('hello world\n'), 12, DEFAULT_LIMITS)?.message).toBe('This is not a video file (it looks like a text document).')
    expect(looksLikeText(bytes(0x1a, 0x45, 0xdf, 0xa3))).toBe(false) // Matroska/WebM
  })
})

describe('by probe', () => {
  it('rejects audio-only files', () => {
    const i = info('mp3-cover-art')
    expect(rejectByInfo(i, DEFAULT_LIMITS, 185)?.message).toBe('The file has no video track (audio only).')
  })

  it('rejects images that ffprobe can read', () => {
    expect(rejectByInfo(info('png-renamed'), DEFAULT_LIMITS, 0)?.code).toBe('not-video-image')
  })

  it('refuses Dolby Vision without a standard picture inside (profile 5), and says what to do', () => {
    const i = info('iphone-hlg-hevc')
    i.video = { ...i.video!, dolbyVisionProfile: 5, dolbyVisionCompatibility: 0 }
    const r = rejectByInfo(i, DEFAULT_LIMITS, 10)
    expect(r?.code).toBe('dolby-vision-only')
    expect(r?.message).toBe('The video is in a Dolby Vision format (profile 5) without a standard picture inside, which only Dolby Vision players can show. Please export it as HDR10 or SDR.')
    expect(rejectByInfo(info('iphone-hlg-hevc'), DEFAULT_LIMITS, 10)).toBeNull() // 8.4 is fine
  })

  it('rejects a clip over the duration limit, saying the limit and the clip length in words', () => {
    const r = rejectByInfo(info('iphone-hlg-hevc'), { ...DEFAULT_LIMITS, maxDurationSeconds: 600 }, 601)
    expect([r?.code, r?.message, r?.nl]).toEqual([
      'too-long',
      'The video is longer than the maximum of 10 minutes (it is 10 minutes 1 second).',
      'De video is langer dan het maximum van 10 minuten (hij duurt 10 minuten en 1 seconde).',
    ])
    expect(rejectByInfo(info('iphone-hlg-hevc'), { ...DEFAULT_LIMITS, maxDurationSeconds: 10 }, 12.4)?.message).toBe(
      'The video is longer than the maximum of 10 seconds (it is 12 seconds).',
    )
    expect(rejectByInfo(info('iphone-hlg-hevc'), DEFAULT_LIMITS, 12.4)).toBeNull()
  })

  it('holds a 150 s clip to a campaign limit of 2 minutes, and lets a clip at the limit through', () => {
    const campaign = { ...DEFAULT_LIMITS, maxDurationSeconds: 120 }
    const r = rejectByInfo(info('iphone-hlg-hevc'), campaign, 150)
    expect([r?.code, r?.message, r?.nl, r?.retryable]).toEqual([
      'too-long',
      'The video is longer than the maximum of 2 minutes (it is 2 minutes 30 seconds).',
      'De video is langer dan het maximum van 2 minuten (hij duurt 2 minuten en 30 seconden).',
      false,
    ])
    // Containers round their duration: a clip filmed to the limit must not be refused for a few frames.
    expect(rejectByInfo(info('iphone-hlg-hevc'), campaign, 120.4)).toBeNull()
    expect(rejectByInfo(info('iphone-hlg-hevc'), campaign, 120.6)?.code).toBe('too-long')
  })

  it('rejects above 8K', () => {
    const i = info('uhd-60')
    i.video!.displayWidth = 15360
    i.video!.displayHeight = 8640
    expect(rejectByInfo(i, DEFAULT_LIMITS, 8)?.message).toBe('The resolution is above 8K.')
  })

  it('accepts every phone-like fixture', () => {
    for (const name of ['iphone-hlg-hevc', 'android-vfr', 'uhd-60', 'no-audio', 'mono-44k', 'odd-dimensions']) {
      const i = info(name)
      expect(rejectByInfo(i, DEFAULT_LIMITS, i.durationSeconds)).toBeNull()
    }
  })
})

describe('ffmpeg failures', () => {
  it('turns "the bytes are bad" into a final rejection and keeps stderr as detail', () => {
    const r = classifyFfmpegFailure('[mov,mp4 @ 0x1] moov atom not found\n/in/x.mp4: Invalid data found when processing input', 'exit')
    expect(r).toBeInstanceOf(MediaRejection)
    expect(r.message).toBe('The file is damaged or incomplete and could not be read.')
    expect((r as MediaRejection).detail).toContain('moov atom not found')
    expect(isRetryable(r)).toBe(false)
    expect(isRejection(r)).toBe(true)
  })

  it('treats the machine’s trouble as retryable, with a sentence instead of raw stderr', () => {
    for (const [tail, kind] of [
      ['av_interleaved_write_frame(): No space left on device', 'exit'],
      ['', 'timeout'],
      ['Conversion failed!', 'exit'],
    ] as const) {
      const e = classifyFfmpegFailure(tail, kind)
      expect(e).toBeInstanceOf(TranscodeError)
      expect(isRetryable(e)).toBe(true)
      expect(e.message).not.toContain('av_interleaved')
    }
  })
})
