import { describe, expect, it } from 'vitest'
import { parseProbe, parseRational, signalPeakOf } from '../../../media-worker/probe'
import { info, probeFixture } from './load'

describe('parseProbe', () => {
  it('reads an iPhone HLG HEVC .mov: 10-bit, HLG, Dolby Vision, portrait via the display matrix', () => {
    const m = info('iphone-hlg-hevc')
    expect(m.formatName).toContain('mov')
    expect(m.durationSeconds).toBeCloseTo(12.445, 3)
    expect(m.sizeBytes).toBe(15849213)
    expect(m.video).toMatchObject({
      codec: 'hevc',
      profile: 'Main 10',
      pixFmt: 'yuv420p10le',
      bitDepth: 10,
      width: 1920,
      height: 1080,
      rotation: 90,
      displayWidth: 1080,
      displayHeight: 1920,
      colorTransfer: 'arib-std-b67',
      colorPrimaries: 'bt2020',
      colorSpace: 'bt2020nc',
      hdr: 'hlg',
      dolbyVision: true,
      frameRate: 30,
      variableFrameRate: false,
    })
    expect(m.audio).toMatchObject({ codec: 'aac', channels: 2, sampleRate: 44100, channelLayout: 'stereo' })
    expect(m.hasAudio).toBe(true)
    // The mebx metadata tracks are neither video nor audio.
    expect(m.streamCount).toBe(4)
  })

  describe('Dolby Vision goes by what a decoder without Dolby Vision sees', () => {
    /** The iPhone clip with its DV record and transfer tag swapped for another profile's. */
    const dolby = (record: { dv_profile: number; dv_bl_signal_compatibility_id: number }, transfer?: string) => {
      const json = probeFixture('iphone-hlg-hevc')
      const v = json.streams!.find((s) => s.codec_type === 'video')!
      if (transfer) v.color_transfer = transfer
      else delete v.color_transfer
      const dv = v.side_data_list!.find((d) => d.side_data_type === 'DOVI configuration record')!
      Object.assign(dv, record)
      return parseProbe(json).video!
    }

    it('8.4 (HLG base) untagged is HLG, with profile and compatibility read from the record', () => {
      expect(dolby({ dv_profile: 8, dv_bl_signal_compatibility_id: 4 })).toMatchObject({ hdr: 'hlg', dolbyVisionProfile: 8, dolbyVisionCompatibility: 4 })
    })
    it('8.1 (HDR10 base) untagged is PQ', () => {
      expect(dolby({ dv_profile: 8, dv_bl_signal_compatibility_id: 1 }).hdr).toBe('pq')
    })
    it('8.2 (SDR base) is SDR, tagged or not: nothing to tone-map', () => {
      expect(dolby({ dv_profile: 8, dv_bl_signal_compatibility_id: 2 }).hdr).toBeNull()
      expect(dolby({ dv_profile: 8, dv_bl_signal_compatibility_id: 2 }, 'bt709').hdr).toBeNull()
    })
    it('a tagged transfer wins over the record', () => {
      expect(dolby({ dv_profile: 8, dv_bl_signal_compatibility_id: 1 }, 'arib-std-b67').hdr).toBe('hlg')
    })
    it('profile 5 reports compatibility 0 (no standard picture inside)', () => {
      expect(dolby({ dv_profile: 5, dv_bl_signal_compatibility_id: 0 })).toMatchObject({ dolbyVision: true, dolbyVisionProfile: 5, dolbyVisionCompatibility: 0 })
    })
  })

  it('reads the legacy rotate tag and flags variable frame rate on Android footage', () => {
    const m = info('android-vfr')
    expect(m.video).toMatchObject({ rotation: 90, displayWidth: 1080, displayHeight: 1920, variableFrameRate: true, rFrameRate: 30, hdr: null })
    expect(m.video!.avgFrameRate).toBeCloseTo(29.469, 2)
    expect(m.video!.colorRange).toBe('pc')
  })

  it('reads 4K60 as 3840×2160 at 60 fps, constant', () => {
    const m = info('uhd-60')
    expect(m.video).toMatchObject({ width: 3840, height: 2160, displayWidth: 3840, displayHeight: 2160, frameRate: 60, variableFrameRate: false, rotation: 0 })
  })

  it('copes with a MediaRecorder WebM: Matroska 1000/1 clock, no average rate, no duration', () => {
    const m = info('webm-vp9-opus')
    expect(m.formatName).toBe('matroska,webm')
    expect(m.video).toMatchObject({ codec: 'vp9', displayWidth: 720, displayHeight: 1280, frameRate: 30, variableFrameRate: false })
    expect(m.audio).toMatchObject({ codec: 'opus', channels: 1, sampleRate: 48000 })
    expect(Number.isNaN(m.durationSeconds)).toBe(true)
  })

  it('reports no audio when there is no audio stream', () => {
    const m = info('no-audio')
    expect(m.audio).toBeNull()
    expect(m.hasAudio).toBe(false)
  })

  it('reads mono 44.1 kHz audio and NTSC 29.97 video', () => {
    const m = info('mono-44k')
    expect(m.audio).toMatchObject({ channels: 1, sampleRate: 44100, channelLayout: 'mono' })
    expect(m.video!.frameRate).toBeCloseTo(29.97, 2)
  })

  it('keeps odd dimensions as they are and derives bit depth from the pixel format', () => {
    const m = info('odd-dimensions')
    expect(m.video).toMatchObject({ width: 359, height: 641, displayWidth: 359, displayHeight: 641, bitDepth: 8, pixFmt: 'yuv444p' })
  })

  it('does not mistake cover art in an mp3 for a video track', () => {
    const m = info('mp3-cover-art')
    expect(m.video).toBeNull()
    expect(m.hasAudio).toBe(true)
  })

  it('applies non-square pixels to the display size', () => {
    const json = probeFixture('no-audio')
    json.streams![0]!.width = 720
    json.streams![0]!.height = 480
    json.streams![0]!.sample_aspect_ratio = '32:27'
    const m = parseProbe(json)
    expect(m.video).toMatchObject({ displayWidth: 853, displayHeight: 480 })
  })

  it('turns an upside-down matrix into 180° without swapping sides', () => {
    const json = probeFixture('uhd-60')
    json.streams![0]!.side_data_list = [{ side_data_type: 'Display Matrix', rotation: 180 }]
    expect(parseProbe(json).video).toMatchObject({ rotation: 180, displayWidth: 3840, displayHeight: 2160 })
  })

  it('treats PQ as HDR', () => {
    const json = probeFixture('uhd-60')
    json.streams![0]!.color_transfer = 'smpte2084'
    expect(parseProbe(json).video!.hdr).toBe('pq')
  })

  it('skips an audio track ffmpeg cannot decode (iPhone spatial audio) for the AAC one', () => {
    const json = probeFixture('iphone-hlg-hevc')
    const aac = json.streams![1]!
    json.streams!.splice(1, 0, { index: 1, codec_type: 'audio', channels: 4, sample_rate: '48000', disposition: { default: 1 } })
    aac.index = 2
    aac.disposition = { default: 0 }
    expect(parseProbe(json).audio).toMatchObject({ index: 2, codec: 'aac' })
  })

  it('finds the real video when cover art comes first', () => {
    const json = probeFixture('no-audio')
    const cover = { index: 0, codec_type: 'video', codec_name: 'mjpeg', width: 300, height: 300, disposition: { attached_pic: 1 } }
    json.streams![0]!.index = 1
    json.streams!.unshift(cover)
    expect(parseProbe(json).video).toMatchObject({ index: 1, codec: 'h264', width: 720 })
  })

  it('survives an empty probe', () => {
    const m = parseProbe({})
    expect(m.video).toBeNull()
    expect(m.audio).toBeNull()
    expect(m.formatName).toBe('unknown')
  })
})

describe('parseRational', () => {
  it.each([
    ['30000/1001', 29.97],
    ['60/1', 60],
    ['25', 25],
  ])('%s → %d', (s, n) => expect(parseRational(s)).toBeCloseTo(n, 2))
  it.each(['0/0', '', 'N/A', undefined])('%s → NaN', (s) => expect(parseRational(s)).toBeNaN())
})

describe('signalPeakOf (the peak an HDR frame declares, as ffmpeg\'s tonemap reads it)', () => {
  // As ffprobe -show_frames prints them for an HEVC with SEI (x265 master-display and max-cll).
  const mastering = { side_data_type: 'Mastering display metadata', max_luminance: '40000000/10000', min_luminance: '50/10000' }
  it('takes MaxCLL first, relative to 100 nits', () => {
    expect(signalPeakOf([mastering, { side_data_type: 'Content light level metadata', max_content: 1600, max_average: 400 }])).toBe(16)
  })
  it('else the mastering display\'s maximum', () => {
    expect(signalPeakOf([mastering, { side_data_type: 'Content light level metadata', max_content: 0, max_average: 0 }])).toBe(40)
  })
  it('and nothing when the frame declares neither (an iPhone HLG clip, a plain PQ one)', () => {
    expect(signalPeakOf(undefined)).toBeUndefined()
    expect(signalPeakOf([{ side_data_type: 'H.26[45] User Data Unregistered SEI message' }])).toBeUndefined()
    expect(signalPeakOf([{ side_data_type: 'Mastering display metadata', max_luminance: '0/1' }])).toBeUndefined()
  })
})
