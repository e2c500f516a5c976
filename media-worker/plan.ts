/**
 * The rendition plan: every decision about sizes, rates and timing, made once, as data.
 * Pure: same MediaInfo + options → same plan, so the decisions are unit-tested without ffmpeg.
 */
import type { HdrTransfer, MediaInfo } from './probe.js'

export interface PlanOptions {
  /** Seconds into the source where the published clip starts. */
  trimStart?: number
  /** Seconds into the source where the published clip ends. */
  trimEnd?: number
  /** Seconds into the published (trimmed) clip for the poster; omitted → a representative frame. */
  posterTime?: number
  /**
   * Hook-test variants' own poster frames, by variant key: seconds into the published clip.
   * Variants without one show the video's poster and are left out.
   */
  variantPosterTimes?: Readonly<Record<string, number>>
  /** Short sides of the standard ladder. */
  ladder?: readonly number[]
  /** CPU cores ffmpeg may use. */
  threads?: number
}

export interface Size {
  width: number
  height: number
}

export interface Rational {
  num: number
  den: number
}

/**
 * x264 speed settings for one output, chosen by measurement (bench:media, 2 cores, 1080×1920
 * phone clips, see STATUS.md). Presets differ most in what they cost on grain: the maxrate cap
 * makes every preset spend about the same bits on noisy footage, so on the big rungs the cheapest
 * search that keeps CABAC and the deblocker (both cheap, both worth their bits) wins.
 */
export interface EncoderSettings {
  preset: 'ultrafast' | 'superfast' | 'veryfast'
  /** Extra x264 options on top of the preset, `key=value:key=value`; '' for none. */
  x264Params: string
  /** x264 threads for this encoder. */
  threads: number
}

export interface VideoRung extends Size {
  /** Folder name under hls/, e.g. "720p". */
  name: string
  shortSide: number
  encoder: EncoderSettings
  crf: number
  maxrateKbps: number
  bufsizeKbps: number
  /** H.264 level as x264 takes it ("3.1") and as the CODECS string carries it (0x1f). */
  level: string
  levelIdc: number
  /** RFC 6381 string for this rung's video + audio, as the master playlist needs it. */
  codecs: string
}

/** What ffmpeg's tonemap assumes for a frame that declares no peak: 1000 nits (relative to 100). */
export const DEFAULT_SIGNAL_PEAK = 10

export interface ColourPlan {
  hdr: HdrTransfer | null
  /** Source tags handed to zscale explicitly: phones tag correctly, but defaults must not guess. */
  inputTransfer?: string
  inputPrimaries?: string
  inputMatrix?: string
  inputRange: 'tv' | 'pc'
  tonemap: boolean
  /** HDR: the peak the tone curve maps to SDR white, relative to 100 nits (the source's declared peak, else 1000 nits). */
  peak: number
  /**
   * SDR only: the source's YCbCr matrix is not BT.709 (SD phones' BT.601, or untagged, which
   * swscale reads as BT.601), so the scaler converts it. Tagged BT.709 skips the conversion: in
   * swscale it costs more than the scaling itself, and at equal size it forces a full copy.
   */
  convertMatrix: boolean
}

export interface AudioPlan {
  /** Absolute index of the source audio stream to use. */
  streamIndex: number
  sampleRate: 48000
  channels: 2
  bitrateKbps: number
  loudnorm: { integrated: number; truePeak: number; range: number }
}

export interface RenditionPlan {
  /** Where the clip starts in the source and how long the published clip is. */
  trimStart: number
  durationSeconds: number
  source: Size & { videoIndex: number; fps: number; variableFrameRate: boolean; rotation: number }
  /** Output frame rate: constant, never above 30. */
  fps: Rational
  gopSeconds: number
  gopFrames: number
  segmentSeconds: number
  colour: ColourPlan
  /** null: the source has no audio, outputs carry none (and CODECS says so). */
  audio: AudioPlan | null
  /** Ascending. */
  rungs: VideoRung[]
  /** Index into rungs of the rung the progressive MP4 uses (largest with short side ≤ 720). */
  mp4Rung: number
  /**
   * Index into rungs of the rung encoded on its own, ahead of the rest, so curators can watch
   * early: the smallest, because its scaling, tone-mapping and encoding cost a fraction of the others.
   */
  firstPlayableRung: number
  preview: Size & { startSeconds: number; durationSeconds: number; crf: number; encoder: EncoderSettings }
  poster: Size & { mode: 'exact' | 'representative'; startSeconds: number; windowSeconds: number; sampleFps: number; candidates: number }
  posterWidths: number[]
  /**
   * One frame per distinct output frame any variant asked for (two variants on the same frame
   * share it), in time order. Each is taken in the poster's size and colour, like the poster.
   */
  variantPosters: VariantPosterFrame[]
  storyboard: {
    intervalSeconds: number
    count: number
    columns: number
    rows: number
    tileWidth: number
    tileHeight: number
  }
  threads: number
  /** Kill switch per ffmpeg call, from clip length and source pixel rate. */
  timeoutSeconds: number
}

export interface VariantPosterFrame {
  /** Folder name under variants/: the frame's time in milliseconds, so the same frame is one folder. */
  name: string
  /** Seconds into the published clip, on an output frame. */
  startSeconds: number
  /** The variants shown with this frame. */
  keys: string[]
}

export const STANDARD_LADDER = [360, 720, 1080] as const
export const MP4_MAX_SHORT_SIDE = 720
export const MAX_FPS = 30
export const GOP_SECONDS = 2
/** Two GOPs per segment: short enough to start fast on a train, long enough to keep request count low. */
export const SEGMENT_SECONDS = 4
export const PREVIEW_SECONDS = 6
export const PREVIEW_SHORT_SIDE = 360
export const POSTER_WIDTHS = [320, 640, 1080] as const
const OWN_RUNG_MARGIN = 1.15
/** Short side above which a rung gets the cheap encoder settings (720 and up: most of the pixels). */
const BIG_RUNG_SHORT_SIDE = 540

/**
 * Per rung, measured on 2 cores (x264 CPU seconds for 5 s of the bench's grainy handheld
 * 1080×1920 at the 1080 rung's cap; SSIM against the source): superfast 5.8 s / 0.933,
 * ultrafast + CABAC + deblock 3.5 s / 0.922, the same + adaptive quantisation 4.1 s / 0.931,
 * veryfast 7.5 s / 0.931. The cap makes every preset spend the same bits on grain, so the big rungs
 * take ultrafast with CABAC, the deblocker and AQ put back (the three cheap tools that carry the
 * quality), 29 % less CPU than superfast for the same SSIM. The small rungs are a fraction of the
 * pixels and keep superfast's B-frames and sub-pel search, which matter most where the bandwidth is
 * smallest (the 360 rung is what plays on a train). The 8×8 transform keeps the stream High
 * profile (ultrafast alone writes Main, and CODECS says High); three fixed B-frames (no adaptive
 * decision, so nearly free) give every rung superfast's two-frame reorder delay, so keyframes land
 * on the same presentation times in every rung. No -tune: film/grain raise the bits spent on
 * grain the cap then takes away again, and fastdecode/zerolatency switch off what we put back.
 */
export function encoderFor(shortSide: number, threads: number): EncoderSettings {
  if (shortSide > BIG_RUNG_SHORT_SIDE) return { preset: 'ultrafast', x264Params: 'cabac=1:deblock=1:aq-mode=1:8x8dct=1:bframes=3:b-adapt=0', threads }
  return { preset: 'superfast', x264Params: '', threads }
}

export const even = (n: number) => Math.max(2, 2 * Math.round(n / 2))
const evenDown = (n: number) => Math.max(2, 2 * Math.floor(n / 2))

/** Scale display size so its short side becomes `short` (even), keeping the aspect ratio. */
export function sizeForShortSide(display: Size, short: number): Size {
  const portrait = display.height > display.width
  const s = Math.min(display.width, display.height)
  const l = Math.max(display.width, display.height)
  const shortOut = evenDown(Math.min(short, s))
  const longOut = even((l * shortOut) / s)
  return portrait ? { width: shortOut, height: longOut } : { width: longOut, height: shortOut }
}

/**
 * Short sides for the ladder. Standard rungs the source can fill, never above the source;
 * a source between standard rungs adds its own size (540 → 360 + 540), unless it is within
 * 15 % of the rung below, where the extra rung would cost a full encode for no visible gain
 * (then the source size replaces that rung: 370 → 370, not 360).
 */
export function ladderShortSides(sourceShort: number, ladder: readonly number[] = STANDARD_LADDER): number[] {
  const own = evenDown(sourceShort)
  const top = Math.max(...ladder)
  const fit = ladder.filter((t) => t <= own).sort((a, b) => a - b)
  if (own >= top || fit.includes(own)) return fit
  const last = fit[fit.length - 1]
  if (last !== undefined && own < last * OWN_RUNG_MARGIN) fit.pop()
  fit.push(own)
  return fit
}

/**
 * Output rate: ≤ 30 fps by an integer divisor so motion stays even (60 → 30, 59.94 → 29.97,
 * 50 → 25, 120 → 30). VFR phone footage becomes the nearest common constant rate.
 */
export function outputFrameRate(fps: number, variable: boolean): Rational {
  if (!Number.isFinite(fps) || fps <= 0) return { num: 30, den: 1 }
  if (variable) {
    const common = [24, 25, 30]
    const pick = fps >= MAX_FPS ? 30 : common.reduce((best, r) => (Math.abs(r - fps) < Math.abs(best - fps) ? r : best), 30)
    return { num: pick, den: 1 }
  }
  const divisor = Math.max(1, Math.ceil(fps / MAX_FPS - 1e-6))
  const out = fps / divisor
  // NTSC rates keep their 1001 denominator so 59.94 → 30000/1001, not 2997/100.
  const ntsc = Math.abs(out * 1.001 - Math.round(out * 1.001)) < 0.005 && Math.abs(out - Math.round(out)) > 0.01
  if (ntsc) return { num: Math.round(out * 1.001) * 1000, den: 1001 }
  if (Math.abs(out - Math.round(out)) < 0.01) return { num: Math.round(out), den: 1 }
  return { num: Math.round(out * 1000), den: 1000 }
}

export const fpsValue = (r: Rational) => r.num / r.den

// H.264 Annex A: max frame size (macroblocks), max MB/s, max bitrate (High profile, kbit/s).
const LEVELS: { level: string; idc: number; fs: number; mbps: number; brKbps: number }[] = [
  { level: '3.0', idc: 30, fs: 1620, mbps: 40500, brKbps: 12500 },
  { level: '3.1', idc: 31, fs: 3600, mbps: 108000, brKbps: 17500 },
  { level: '3.2', idc: 32, fs: 5120, mbps: 216000, brKbps: 25000 },
  { level: '4.0', idc: 40, fs: 8192, mbps: 245760, brKbps: 25000 },
  { level: '4.1', idc: 41, fs: 8192, mbps: 245760, brKbps: 62500 },
  { level: '4.2', idc: 42, fs: 8704, mbps: 522240, brKbps: 62500 },
  { level: '5.0', idc: 50, fs: 22080, mbps: 589824, brKbps: 168750 },
  { level: '5.1', idc: 51, fs: 36864, mbps: 983040, brKbps: 300000 },
]

/** Lowest level that fits: we set it explicitly so CODECS in the master is known before encoding. */
export function h264Level(size: Size, fps: number, maxrateKbps: number): { level: string; idc: number } {
  const mbW = Math.ceil(size.width / 16)
  const mbH = Math.ceil(size.height / 16)
  const fs = mbW * mbH
  for (const l of LEVELS) {
    const maxDim = Math.sqrt(l.fs * 8)
    if (fs <= l.fs && fs * fps <= l.mbps && mbW <= maxDim && mbH <= maxDim && maxrateKbps <= l.brKbps) return { level: l.level, idc: l.idc }
  }
  const top = LEVELS[LEVELS.length - 1]!
  return { level: top.level, idc: top.idc }
}

export function codecsString(levelIdc: number, hasAudio: boolean): string {
  // avc1.PPCCLL: profile_idc 100 (High) = 0x64, no constraint flags, level_idc in hex.
  const video = `avc1.6400${levelIdc.toString(16).padStart(2, '0')}`
  return hasAudio ? `${video},mp4a.40.2` : video
}

/** Peak video rate: ~0.1 bit per pixel at 30 fps for superfast H.264 talking-head footage. */
export function maxrateKbps(size: Size, fps: number): number {
  const kbps = (size.width * size.height * Math.min(fps, MAX_FPS) * 0.1) / 1000
  return Math.max(400, Math.round(kbps / 50) * 50)
}

function clamp(n: number, lo: number, hi: number) {
  return Math.min(hi, Math.max(lo, n))
}

/**
 * Which variant frames to take: each time clamped into the clip and snapped to the output frame
 * it falls in (what the fps filter delivers there), then one frame per distinct snap. Keys with a
 * time that is not a finite number are left out (they show the video's poster).
 */
export function planVariantPosters(times: Readonly<Record<string, number>>, durationSeconds: number, fps: number): VariantPosterFrame[] {
  const lastFrame = Math.max(0, Math.ceil(durationSeconds * fps) - 1)
  const byFrame = new Map<number, string[]>()
  for (const [key, t] of Object.entries(times)) {
    if (typeof t !== 'number' || !Number.isFinite(t)) continue
    const frame = clamp(Math.floor(Math.max(0, t) * fps + 1e-6), 0, lastFrame)
    byFrame.set(frame, [...(byFrame.get(frame) ?? []), key])
  }
  return [...byFrame]
    .sort(([a], [b]) => a - b)
    .map(([frame, keys]) => {
      const startSeconds = Number((frame / fps).toFixed(6))
      return { name: `t${Math.round(startSeconds * 1000)}`, startSeconds, keys: keys.sort() }
    })
}

export class PlanError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'PlanError'
  }
}

export function planRenditions(info: MediaInfo, options: PlanOptions = {}): RenditionPlan {
  const v = info.video
  if (!v) throw new PlanError('no video stream')
  // The clip is as long as its pictures: phones' audio often runs a few ms longer, and a file
  // whose audio runs on for seconds would otherwise end on a frozen frame.
  const videoDuration = v.durationSeconds
  const sourceDuration = videoDuration !== undefined && videoDuration > 0 ? Math.min(videoDuration, info.durationSeconds || Infinity) : info.durationSeconds
  if (!Number.isFinite(sourceDuration) || sourceDuration <= 0) throw new PlanError('unknown duration')

  const trimStart = options.trimStart ?? 0
  const trimEnd = options.trimEnd ?? sourceDuration
  if (!(trimStart >= 0)) throw new PlanError('the start is before the beginning of the video')
  if (trimStart >= sourceDuration) throw new PlanError('the start is after the end of the video')
  if (!(trimEnd > trimStart)) throw new PlanError('the end is not after the start')
  const duration = Math.min(trimEnd, sourceDuration) - trimStart

  const display: Size = { width: v.displayWidth, height: v.displayHeight }
  const fps = outputFrameRate(v.frameRate, v.variableFrameRate)
  const f = fpsValue(fps)
  const gopFrames = Math.max(1, Math.round(f * GOP_SECONDS))
  const hasAudio = info.hasAudio

  const threads = Math.max(1, options.threads ?? 2)
  const rungs: VideoRung[] = ladderShortSides(Math.min(display.width, display.height), options.ladder).map((short) => {
    const size = sizeForShortSide(display, short)
    const maxrate = maxrateKbps(size, f)
    const { level, idc } = h264Level(size, f, maxrate)
    return {
      name: `${short}p`,
      ...size,
      shortSide: Math.min(size.width, size.height),
      encoder: encoderFor(Math.min(size.width, size.height), threads),
      crf: 23,
      maxrateKbps: maxrate,
      bufsizeKbps: maxrate * 2,
      level,
      levelIdc: idc,
      codecs: codecsString(idc, hasAudio),
    }
  })
  let mp4Rung = 0
  rungs.forEach((r, i) => {
    if (r.shortSide <= MP4_MAX_SHORT_SIDE) mp4Rung = i
  })

  const colour: ColourPlan = {
    hdr: v.hdr,
    ...(v.colorTransfer ? { inputTransfer: v.colorTransfer } : {}),
    ...(v.colorPrimaries ? { inputPrimaries: v.colorPrimaries } : {}),
    ...(v.colorSpace ? { inputMatrix: v.colorSpace } : {}),
    inputRange: v.colorRange === 'pc' ? 'pc' : 'tv',
    tonemap: v.hdr !== null,
    peak: v.signalPeak ?? DEFAULT_SIGNAL_PEAK,
    convertMatrix: v.hdr === null && v.colorSpace !== 'bt709',
  }

  const previewSize = sizeForShortSide(display, PREVIEW_SHORT_SIDE)
  const previewDuration = Math.min(PREVIEW_SECONDS, duration)

  // Poster: an explicit time is honoured to the frame; otherwise the `thumbnail` filter picks the
  // frame closest to the average of a few seconds of candidates, skipping the first second where
  // phone clips are often still moving into position.
  const topRung = rungs[rungs.length - 1]!
  const explicit = options.posterTime
  const posterSkip = Math.min(1, duration * 0.1)
  const window = Math.min(3, Math.max(0.1, duration - posterSkip))
  const poster =
    explicit !== undefined
      ? {
          mode: 'exact' as const,
          startSeconds: clamp(explicit, 0, Math.max(0, duration - 1 / f)),
          windowSeconds: 1 / f,
          sampleFps: f,
          candidates: 1,
        }
      : { mode: 'representative' as const, startSeconds: posterSkip, windowSeconds: window, sampleFps: 4, candidates: Math.max(1, Math.ceil(window * 4)) }

  const variantPosters = planVariantPosters(options.variantPosterTimes ?? {}, duration, f)

  const frameW = topRung.width
  const posterWidths = [...new Set([...POSTER_WIDTHS.filter((w) => w < frameW), Math.min(frameW, Math.max(...POSTER_WIDTHS))])].sort(
    (a, b) => a - b,
  )

  // Storyboard: ≤ 100 thumbnails, at least one per second for short clips; long side 160 px.
  const interval = Math.max(1, Math.ceil(duration / 100))
  const count = Math.max(1, Math.ceil(duration / interval))
  const columns = Math.min(10, count)
  const tile = display.width >= display.height ? { tileWidth: 160, tileHeight: even((160 * display.height) / display.width) } : { tileWidth: even((160 * display.width) / display.height), tileHeight: 160 }

  // Worst case on 2 cores is 4K60 10-bit HEVC: decoding alone runs well below real time.
  const pixelRate = (v.width * v.height * Math.min(v.frameRate || 30, 240)) / (3840 * 2160 * 60)
  const timeoutSeconds = Math.ceil(120 + duration * (10 + 40 * clamp(pixelRate, 0, 2)))

  return {
    trimStart,
    durationSeconds: duration,
    source: { ...display, videoIndex: v.index, fps: v.frameRate, variableFrameRate: v.variableFrameRate, rotation: v.rotation },
    fps,
    gopSeconds: GOP_SECONDS,
    gopFrames,
    segmentSeconds: SEGMENT_SECONDS,
    colour,
    audio: info.audio ? { streamIndex: info.audio.index, sampleRate: 48000, channels: 2, bitrateKbps: 128, loudnorm: { integrated: -16, truePeak: -1.5, range: 11 } } : null,
    rungs,
    mp4Rung,
    firstPlayableRung: 0,
    preview: { ...previewSize, startSeconds: 0, durationSeconds: previewDuration, crf: 28, encoder: encoderFor(Math.min(previewSize.width, previewSize.height), threads) },
    poster: { ...sizeForShortSide(display, topRung.shortSide), ...poster },
    posterWidths,
    variantPosters,
    storyboard: { intervalSeconds: interval, count, columns, rows: Math.ceil(count / columns), ...tile },
    threads,
    timeoutSeconds,
  }
}
