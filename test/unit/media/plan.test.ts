import { describe, expect, it } from 'vitest'
import { codecsString, h264Level, ladderShortSides, outputFrameRate, PlanError, planRenditions, sizeForShortSide } from '../../../media-worker/plan'
import { parseProbe } from '../../../media-worker/probe'
import { info, probeFixture } from './load'

const sizes = (name: string, opts = {}) => planRenditions(info(name), opts).rungs.map((r) => `${r.width}x${r.height}`)

describe('planRenditions: the ladder', () => {
  it('gives a portrait 1080×1920 video portrait rungs by short side', () => {
    // The iPhone fixture is stored 1920×1080 and turned by the display matrix.
    expect(sizes('iphone-hlg-hevc')).toEqual(['360x640', '720x1280', '1080x1920'])
  })

  it('gives a landscape 4K video landscape rungs and caps at 1080', () => {
    expect(sizes('uhd-60')).toEqual(['640x360', '1280x720', '1920x1080'])
  })

  it('never upscales: a 720 portrait source stops at 720', () => {
    expect(sizes('no-audio')).toEqual(['360x640', '720x1280'])
  })

  it('adds the source size as its own rung between standard rungs (540 → 360 + 540)', () => {
    expect(ladderShortSides(540)).toEqual([360, 540])
    expect(ladderShortSides(900)).toEqual([360, 720, 900])
    expect(ladderShortSides(1080)).toEqual([360, 720, 1080])
    expect(ladderShortSides(2160)).toEqual([360, 720, 1080])
  })

  it('replaces a rung the source barely exceeds instead of adding a near-duplicate', () => {
    expect(ladderShortSides(370)).toEqual([370])
    expect(ladderShortSides(740)).toEqual([360, 740])
  })

  it('makes every dimension even, also for odd sources (359×641 → 358×640)', () => {
    const plan = planRenditions(info('odd-dimensions'))
    expect(sizes('odd-dimensions')).toEqual(['358x640'])
    for (const r of plan.rungs) {
      expect(r.width % 2).toBe(0)
      expect(r.height % 2).toBe(0)
    }
    expect(plan.preview.width % 2 + plan.preview.height % 2).toBe(0)
  })

  it('keeps aspect ratio for 4:3', () => {
    expect(sizeForShortSide({ width: 640, height: 480 }, 360)).toEqual({ width: 480, height: 360 })
  })

  it('uses the largest rung with short side ≤ 720 for the MP4', () => {
    const plan = planRenditions(info('uhd-60'))
    expect(plan.rungs[plan.mp4Rung]).toMatchObject({ width: 1280, height: 720 })
    const small = planRenditions(info('odd-dimensions'))
    expect(small.rungs[small.mp4Rung]).toMatchObject({ width: 358, height: 640 })
  })

  it('gives higher rungs higher bit rates and a 2× buffer', () => {
    const { rungs } = planRenditions(info('uhd-60'))
    expect(rungs.map((r) => r.maxrateKbps)).toEqual([...rungs.map((r) => r.maxrateKbps)].sort((a, b) => a - b))
    for (const r of rungs) expect(r.bufsizeKbps).toBe(2 * r.maxrateKbps)
  })
})

describe('planRenditions: time', () => {
  it('halves 60 fps to exactly 30', () => {
    expect(planRenditions(info('uhd-60')).fps).toEqual({ num: 30, den: 1 })
  })

  it('keeps NTSC rates in their own family and divides evenly', () => {
    expect(outputFrameRate(59.94006, false)).toEqual({ num: 30000, den: 1001 })
    expect(outputFrameRate(29.97003, false)).toEqual({ num: 30000, den: 1001 })
    expect(outputFrameRate(50, false)).toEqual({ num: 25, den: 1 })
    expect(outputFrameRate(120, false)).toEqual({ num: 30, den: 1 })
    expect(outputFrameRate(24, false)).toEqual({ num: 24, den: 1 })
  })

  it('makes variable frame rate constant', () => {
    expect(planRenditions(info('android-vfr')).fps).toEqual({ num: 30, den: 1 })
    expect(outputFrameRate(24.3, true)).toEqual({ num: 24, den: 1 })
  })

  it('places a keyframe every 2 seconds and cuts 4-second segments', () => {
    const plan = planRenditions(info('uhd-60'))
    expect(plan.gopSeconds).toBe(2)
    expect(plan.gopFrames).toBe(60)
    expect(plan.segmentSeconds).toBe(4)
    expect(planRenditions(info('mono-44k')).gopFrames).toBe(60) // 29.97 × 2, rounded
  })

  it('applies trim to the clip length, preview and storyboard', () => {
    const plan = planRenditions(info('android-vfr'), { trimStart: 2, trimEnd: 5.5 })
    expect(plan.trimStart).toBe(2)
    expect(plan.durationSeconds).toBeCloseTo(3.5, 6)
    expect(plan.preview.durationSeconds).toBeCloseTo(3.5, 6)
    expect(plan.storyboard.count).toBe(4)
  })

  it('takes the length of the video track when audio runs on longer', () => {
    expect(planRenditions(info('iphone-hlg-hevc')).durationSeconds).toBeCloseTo(12.433, 3)
  })

  it('clamps a trim end beyond the source to its end', () => {
    const plan = planRenditions(info('no-audio'), { trimEnd: 100 })
    expect(plan.durationSeconds).toBe(6)
  })

  it('refuses impossible trims', () => {
    expect(() => planRenditions(info('no-audio'), { trimStart: 4, trimEnd: 3 })).toThrow(PlanError)
    expect(() => planRenditions(info('no-audio'), { trimStart: 7 })).toThrow(PlanError)
    expect(() => planRenditions(info('no-audio'), { trimStart: -1 })).toThrow(PlanError)
  })

  it('makes a 4–8 s muted preview at 360 short side, or the whole clip when shorter', () => {
    const p = planRenditions(info('iphone-hlg-hevc')).preview
    expect(p.durationSeconds).toBeGreaterThanOrEqual(4)
    expect(p.durationSeconds).toBeLessThanOrEqual(8)
    expect(Math.min(p.width, p.height)).toBe(360)
    const short = planRenditions(info('odd-dimensions')).preview
    expect(short.durationSeconds).toBe(3)
  })

  it('honours an explicit poster time and otherwise picks a representative frame', () => {
    expect(planRenditions(info('no-audio'), { posterTime: 2.5 }).poster).toMatchObject({ mode: 'exact', startSeconds: 2.5 })
    expect(planRenditions(info('no-audio')).poster).toMatchObject({ mode: 'representative' })
  })

  it('caps poster widths at the frame width, adding the frame width itself', () => {
    expect(planRenditions(info('iphone-hlg-hevc')).posterWidths).toEqual([320, 640, 1080])
    expect(planRenditions(info('odd-dimensions')).posterWidths).toEqual([320, 358])
  })

  it('scales the storyboard interval so long clips get at most 100 thumbnails', () => {
    const json = probeFixture('no-audio')
    json.format!.duration = '600'
    json.streams![0]!.duration = '600'
    const sb = planRenditions(parseProbe(json)).storyboard
    expect(sb.intervalSeconds).toBe(6)
    expect(sb.count).toBe(100)
    expect(sb.columns * sb.rows).toBeGreaterThanOrEqual(sb.count)
  })
})

describe('planRenditions: encoder settings per rung', () => {
  it('gives rungs above 540 short side the cheap search, the smaller rungs and the preview superfast', () => {
    const plan = planRenditions(info('uhd-60'))
    expect(plan.rungs.map((r) => [r.shortSide, r.encoder.preset, r.encoder.x264Params])).toEqual([
      [360, 'superfast', ''],
      [720, 'ultrafast', 'cabac=1:deblock=1:aq-mode=1:8x8dct=1:bframes=3:b-adapt=0'],
      [1080, 'ultrafast', 'cabac=1:deblock=1:aq-mode=1:8x8dct=1:bframes=3:b-adapt=0'],
    ])
    expect(plan.preview.encoder.preset).toBe('superfast')
  })
  it('gives every encoder the planned thread count', () => {
    const plan = planRenditions(info('uhd-60'), { threads: 3 })
    expect([...plan.rungs.map((r) => r.encoder.threads), plan.preview.encoder.threads]).toEqual([3, 3, 3, 3])
  })
})

describe('planRenditions: colour and sound', () => {
  it('converts the YCbCr matrix only for SDR sources not tagged BT.709 (untagged reads as BT.601)', () => {
    const tagged = info('uhd-60')
    expect(tagged.video!.colorSpace).toBe('bt709')
    expect(planRenditions(tagged).colour.convertMatrix).toBe(false)
    expect(planRenditions({ ...tagged, video: { ...tagged.video!, colorSpace: 'smpte170m' } }).colour.convertMatrix).toBe(true)
    const { colorSpace: _, ...untagged } = tagged.video!
    expect(planRenditions({ ...tagged, video: untagged }).colour.convertMatrix).toBe(true)
    expect(planRenditions(info('iphone-hlg-hevc')).colour.convertMatrix).toBe(false) // HDR goes through zscale
  })

  it('tone-maps HLG (and DV with an HLG base layer) to BT.709', () => {
    expect(planRenditions(info('iphone-hlg-hevc')).colour).toMatchObject({ hdr: 'hlg', tonemap: true })
    expect(planRenditions(info('uhd-60')).colour.tonemap).toBe(false)
  })

  it('targets AAC-LC 48 kHz stereo at about -16 LUFS, and no audio for a silent source', () => {
    expect(planRenditions(info('mono-44k')).audio).toMatchObject({ sampleRate: 48000, channels: 2, loudnorm: { integrated: -16 } })
    expect(planRenditions(info('no-audio')).audio).toBeNull()
  })

  it('names exactly the codecs in the segments', () => {
    expect(planRenditions(info('no-audio')).rungs.map((r) => r.codecs)).toEqual(['avc1.64001e', 'avc1.64001f'])
    expect(planRenditions(info('uhd-60')).rungs.map((r) => r.codecs)).toEqual(['avc1.64001e,mp4a.40.2', 'avc1.64001f,mp4a.40.2', 'avc1.640028,mp4a.40.2'])
  })

  it('picks the lowest H.264 level that fits', () => {
    expect(h264Level({ width: 640, height: 360 }, 30, 700)).toMatchObject({ level: '3.0' })
    expect(h264Level({ width: 1280, height: 720 }, 30, 2750)).toMatchObject({ level: '3.1' })
    expect(h264Level({ width: 1080, height: 1920 }, 30, 6200)).toMatchObject({ level: '4.0' })
    expect(codecsString(40, false)).toBe('avc1.640028')
  })

  it('gives a 4K60 HEVC source a longer ffmpeg timeout than a small clip of the same length', () => {
    const big = planRenditions(info('uhd-60'))
    const json = probeFixture('no-audio')
    json.format!.duration = big.durationSeconds.toString()
    json.streams![0]!.duration = big.durationSeconds.toString()
    expect(big.timeoutSeconds).toBeGreaterThan(planRenditions(parseProbe(json)).timeoutSeconds)
  })
})
