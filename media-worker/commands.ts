/**
 * Plan → ffmpeg argument arrays. Pure: no I/O, so the exact flags are unit-tested.
 *
 * Passes (2 cores; decoding 10-bit HEVC and tone-mapping 1080p in float are the expensive parts):
 *  1. first playable: one decode → the smallest rung's picture. Scaling, tone-mapping and
 *     encoding a ninth of the 1080p pixels is cheap, so curators can watch within seconds. Beside
 *     it, the sound pass: the job's only loudness normalisation and AAC encode (soundCommand);
 *     the two are then stream-copied into the early faststart MP4 (earlyRemuxCommand).
 *  2. ladder, started at the same time at the lowest CPU priority: one decode → scale/tone-map
 *     once at the largest size → a cascade of shrinks (ladderGraph) → every other rung's picture
 *     + muted preview + storyboard sprite + the poster frame. One decode for all of them: a single
 *     pass that also made the early rung would save the first pass's decode but deliver it only
 *     with everything else. The priority keeps it off the first pass's cores, yet it soaks up
 *     every cycle the first pass leaves idle, so the two together keep both cores busy.
 *  3. remux: each picture + the one sound → its HLS rung (and the MP4 rung's also → the MP4),
 *     stream copy (seconds, no decode).
 * Why sound has a pass of its own: in ffmpeg 5.1 filtering and audio encoding run on the main
 * thread, between the frames it hands to x264, so the sound chain lengthened the first pass by
 * 0.4 s per 8 s of 1080×1920 (2.16 → 1.76 s), and every pass that carried sound paid its 0.61 CPU s
 * again (the ladder carried it for two rungs).
 */
import { join } from 'node:path'
import type { MediaInfo } from './probe.js'
import { fpsValue, type ColourPlan, type RenditionPlan, type Size, type VideoRung } from './plan.js'

export const LAYOUT = {
  mp4: 'video.mp4',
  /** The early rung's MP4 when it is not the shared MP4; remuxed into HLS, then deleted. */
  firstPlayable: 'first-playable.mp4',
  /** A rung's picture without sound, as a pass encoded it; remuxed with the sound, then deleted. */
  picture: (r: Pick<VideoRung, 'name'>) => `picture-${r.name}.mp4`,
  /** The job's one sound encode (soundCommand); remuxed into every output that has sound, then deleted. */
  sound: 'sound.m4a',
  hlsDir: 'hls',
  master: 'hls/master.m3u8',
  rungDir: (r: Pick<VideoRung, 'name'>) => `hls/${r.name}`,
  rungPlaylist: (r: Pick<VideoRung, 'name'>) => `hls/${r.name}/index.m3u8`,
  preview: 'preview.mp4',
  posterDir: 'poster',
  posterFrame: 'poster/frame.png',
  poster: (width: number, ext: string) => `poster/poster-${width}.${ext}`,
  share: 'share.jpg',
  /** A hook-test variant's frame (VariantPosterFrame.name): its own folder, images beside the PNG. */
  variantsDir: 'variants',
  variantDir: (name: string) => `variants/${name}`,
  variantFrame: (name: string) => `variants/${name}/frame.png`,
  variantPoster: (name: string, width: number, ext: string) => `variants/${name}/poster-${width}.${ext}`,
  variantShare: (name: string) => `variants/${name}/share.jpg`,
  /** HDR: the colour chain baked into a 3D table for the ladder (toneMapTableCommand); deleted after the ladder. */
  toneMapTable: 'tone-map-table.png',
  storyboardDir: 'storyboard',
  sprite: 'storyboard/sprite.jpg',
  vtt: 'storyboard/storyboard.vtt',
  manifest: 'manifest.json',
} as const

export interface FfmpegCall {
  /** Stage label for progress and error messages. */
  name: 'decode-check-start' | 'decode-check-end' | 'quick-copy' | 'first-playable' | 'sound' | 'tone-map-table' | 'ladder' | 'remux' | 'variant-posters'
  args: string[]
  /** Seconds of output, for turning progress into a fraction. */
  expectedSeconds: number
}

/** The file the first pass writes: the shared MP4 itself when the early rung is the MP4 rung (small sources). */
export function firstPlayableFile(plan: Pick<RenditionPlan, 'firstPlayableRung' | 'mp4Rung'>): string {
  return plan.firstPlayableRung === plan.mp4Rung ? LAYOUT.mp4 : LAYOUT.firstPlayable
}

/** Directories ffmpeg expects to exist before it writes. */
export function outputDirectories(plan: RenditionPlan): string[] {
  return [LAYOUT.hlsDir, ...plan.rungs.map(LAYOUT.rungDir), LAYOUT.posterDir, LAYOUT.storyboardDir, ...variantDirectories(plan)]
}

export function variantDirectories(plan: Pick<RenditionPlan, 'variantPosters'>): string[] {
  return plan.variantPosters.length ? [LAYOUT.variantsDir, ...plan.variantPosters.map((v) => LAYOUT.variantDir(v.name))] : []
}

const fmt = (n: number) => String(Number(n.toFixed(6)))

/** Options every call shares. */
function globalArgs(plan: RenditionPlan): string[] {
  return [
    '-hide_banner',
    '-nostdin', // never wait for a keypress from a worker process
    '-y', // every output goes into this job's own fresh temp folder: nothing there to protect
    '-loglevel', 'error', // stderr carries only real problems, so its tail is a useful error detail
    '-progress', 'pipe:2', // machine-readable out_time_us/frame lines for the runner
    '-nostats', // the human progress line would only duplicate -progress
    '-filter_complex_threads', String(plan.threads), // zscale/tonemap slice-thread; more than the cores only adds switching
  ]
}

/** Seek and cut at the input: fast keyframe seek, frame-accurate because we re-encode. */
function trimmedInput(plan: RenditionPlan, input: string, start = plan.trimStart, duration = plan.durationSeconds): string[] {
  return [
    ...(start > 0 ? ['-ss', fmt(start)] : []), // input seek: skips decoding what is trimmed away
    '-t', fmt(duration), // stop reading at the trim end
    '-i', input, // ffmpeg autorotates by default: frames arrive upright, no matrix is carried over
  ]
}

/**
 * bicubic where the picture keeps most of its size; bilinear for the 2–3× shrinks to the small
 * rungs, where swscale's bilinear (its filter widens with the shrink factor, so it does not
 * alias) costs a fifth of bicubic (0.014 vs 0.07 CPU s per clip second from 1080×1920 to 360×640)
 * and the difference is below what the 360 rung's encode keeps.
 */
export type ScaleFlags = 'bicubic' | 'bilinear'

/** Shrinking to at most half the width: bilinear is enough (see ScaleFlags). */
export const flagsFor = (from: Size, to: Size): ScaleFlags => (to.width * 2 <= from.width ? 'bilinear' : 'bicubic')

const hdrTransfer = (c: ColourPlan) => (c.hdr === 'pq' ? 'smpte2084' : 'arib-std-b67')

/**
 * HDR from the source's R'G'B' (BT.2020, its own transfer, clamped to 0–1) to tone-mapped linear
 * BT.709 light: per pixel, so it can be evaluated on every pixel (scaleAndColour) or once on a
 * table of them (toneMapTableCommand). The peak is pinned (the source's, see ColourPlan.peak) so
 * both give the same picture: tonemap would otherwise read it from each frame's side data.
 */
function toneMapSteps(c: ColourPlan): string[] {
  return [
    'zscale=p=bt709:t=smpte2084:npl=100',
    'format=gbrp16le', // clamps colours outside BT.709 (negative light) to 0
    'zscale=t=linear:npl=100',
    'format=gbrpf32le',
    `tonemap=tonemap=hable:desat=0:peak=${fmt(c.peak)}`,
  ]
}

/**
 * HDR: the colour chain baked into a Hald CLUT (a 64³ table as a 512×512 16-bit PNG), which the
 * ladder applies with haldclut instead of evaluating the chain on every pixel. The identity table
 * is taken as the source's R'G'B' and goes through the same steps as scaleAndColour's exact chain;
 * what comes out is BT.709 R'G'B'. Measured on 8 s of 1080×1920 HLG: SSIM 0.999 (PSNR 45 dB)
 * against the exact chain, 10.5 instead of 15.4 CPU s for decode + colour (STATUS.md); 0.2 s to make.
 */
export function toneMapTableCommand(plan: RenditionPlan, dir: string): FfmpegCall | null {
  const c = plan.colour
  if (!c.tonemap) return null
  return {
    name: 'tone-map-table',
    expectedSeconds: 0,
    args: [
      ...globalArgs(plan),
      '-f', 'lavfi', '-i', 'haldclutsrc=level=8,format=rgb48le', // every R'G'B' on a 64-step grid, at 16 bits
      '-frames:v', '1',
      '-vf', [`setparams=color_primaries=bt2020:color_trc=${hdrTransfer(c)}:colorspace=gbr:range=pc`, 'format=gbrp16le', ...toneMapSteps(c), 'zscale=t=bt709', 'format=rgb48le'].join(','),
      '-update', '1',
      '-c:v', 'png',
      '-f', 'image2',
      join(dir, LAYOUT.toneMapTable),
    ],
  }
}

/**
 * Size + colour for `size`. HDR goes through zscale (10-bit aware) to linear light, is tone-mapped
 * with Hable (keeps highlights without crushing faces) and lands in 8-bit BT.709. Scaling happens
 * first, at 10 bits, so the float tone-map works on ≤ 1080p instead of 4K.
 *
 * Two 16-bit hops clamp what has no defined meaning before it reaches a transfer function:
 * R'G'B' outside 0–1 (saturated BT.2020 YCbCr decodes to it; the PQ curve explodes just above 1)
 * and the negative light that BT.2020 colours outside BT.709 get from the primaries conversion.
 * zimg's AVX-512 and AVX2/C code evaluate those out-of-range values differently (mirrored vs
 * clipped), so without the clamps the same clip came out up to 40 luma levels apart depending on
 * the worker's CPU. Clamping in the source transfer and then in PQ (perceptual, so 16 bits lose
 * nothing visible) is the hard clip both code paths agree on; in-range pixels are unchanged.
 *
 * With `table` (the filter-graph label of toneMapTableCommand's output, an input of the call), the
 * chain after the first zscale is looked up instead of computed: the ladder's way, a third less CPU
 * for decode + colour at 1080×1920. Without it, the exact chain (the early rung, posters-only jobs).
 */
export function scaleAndColour(plan: RenditionPlan, size: Size, flags: ScaleFlags = 'bicubic', table?: string): string[] {
  const c = plan.colour
  if (c.tonemap) {
    const tin = hdrTransfer(c)
    const min = c.inputMatrix === 'bt2020c' ? 'bt2020c' : 'bt2020nc'
    const toRgb = `zscale=w=${size.width}:h=${size.height}:filter=${flags}:tin=${tin}:min=${min}:pin=bt2020:rin=${c.inputRange === 'pc' ? 'full' : 'limited'}:t=${tin}:p=bt2020:npl=100`
    const tagged = ['setsar=1', 'setparams=color_primaries=bt709:color_trc=bt709:colorspace=bt709:range=tv']
    if (table) {
      return [
        toRgb,
        // Float, not 16-bit: ffmpeg 5.1's haldclut swaps the channels of planar 16-bit input.
        // Its lookup clamps R'G'B' to 0–1 as the exact chain's first 16-bit hop does.
        `format=gbrpf32le[tmrgb];[tmrgb]${table}haldclut=interp=tetrahedral`,
        'setparams=color_primaries=bt709:color_trc=bt709:colorspace=gbr:range=pc', // what the table made: BT.709 R'G'B'
        'zscale=m=bt709:r=limited',
        'format=yuv420p',
        ...tagged,
      ]
    }
    return [toRgb, 'format=gbrp16le' /* clamps R'G'B' to 0–1 */, ...toneMapSteps(c), 'zscale=t=bt709:m=bt709:r=limited', 'format=yuv420p', ...tagged]
  }
  // SDR: BT.709 matrix (converted only when the source is not BT.709 already, see ColourPlan),
  // limited range, 8-bit 4:2:0. At equal size and format with nothing to convert, scale passes
  // frames through untouched.
  const matrix = c.convertMatrix ? ':out_color_matrix=bt709' : ''
  return [
    `scale=w=${size.width}:h=${size.height}:flags=${flags}${matrix}:out_range=tv`,
    'format=yuv420p',
    'setsar=1',
    'setparams=color_primaries=bt709:color_trc=bt709:colorspace=bt709:range=tv',
  ]
}

/** By absolute index: phones add cover art, metadata and spatial-audio tracks that must not be picked. */
const videoIn = (plan: RenditionPlan) => `[0:${plan.source.videoIndex}]`

const fpsFilter = (plan: RenditionPlan) => `fps=${plan.fps.num}/${plan.fps.den}` // constant rate; drops frames before the costly scaling

/** The one sound chain, in the sound pass; every output with sound gets it by remux. */
function audioChain(plan: RenditionPlan): string {
  const a = plan.audio!
  const { integrated, truePeak, range } = a.loudnorm
  const chain = [
    'aformat=channel_layouts=stereo', // mono → both ears, 5.1 → stereo downmix, before loudness is measured
    // Single-pass (dynamic) loudnorm: a second analysis pass would mean another full demux+decode;
    // for speech on phones the dynamic mode's result is within a dB of two-pass.
    `loudnorm=I=${integrated}:TP=${truePeak}:LRA=${range}`,
    `aresample=${a.sampleRate}`, // loudnorm works at 192 kHz internally; back to 48 kHz
  ].join(',')
  return `[0:${a.streamIndex}]${chain}[a0]`
}


function x264(plan: RenditionPlan, rung: Pick<VideoRung, 'crf' | 'maxrateKbps' | 'bufsizeKbps' | 'level' | 'encoder'>): string[] {
  const e = rung.encoder
  return [
    '-c:v', 'libx264',
    '-preset', e.preset, // per rung, measured (plan.ts encoderFor): cheap search on the big rungs
    ...(e.x264Params ? ['-x264-params', e.x264Params] : []), // what ultrafast drops but is cheap and worth its bits (CABAC, deblock, AQ, 8×8 transform, B-frames)
    '-profile:v', 'high', // every phone and browser since 2012 decodes High
    '-level:v', rung.level, // fixed so the master playlist's CODECS is known before encoding
    '-pix_fmt', 'yuv420p', // 8-bit 4:2:0: the only H.264 flavour all browsers play
    '-crf', String(rung.crf), // constant quality…
    '-maxrate', `${rung.maxrateKbps}k`, // …capped, so a rung never exceeds its BANDWIDTH by much
    '-bufsize', `${rung.bufsizeKbps}k`, // 2 s of VBV at maxrate
    '-g', String(plan.gopFrames), // keyframe every 2 s…
    '-keyint_min', String(plan.gopFrames), // …and no earlier…
    '-sc_threshold', '0', // …not even on scene cuts: every rung has keyframes on the same frames
    '-force_key_frames', `expr:gte(t,n_forced*${plan.gopSeconds})`, // pins keyframes to 2 s wall-clock even for 29.97
    '-threads', String(e.threads), // x264's default (1.5 × cores) per encoder oversubscribes when rungs run side by side
    '-color_primaries', 'bt709', // tag the VUI: browsers then skip guessing the colour space
    '-color_trc', 'bt709',
    '-colorspace', 'bt709',
    '-color_range', 'tv',
  ]
}

function aac(plan: RenditionPlan): string[] {
  const a = plan.audio!
  return [
    '-c:a', 'aac', // ffmpeg's native AAC-LC: mp4a.40.2, plays everywhere
    '-b:a', `${a.bitrateKbps}k`,
    '-ar', String(a.sampleRate),
    '-ac', String(a.channels),
  ]
}

/** No GPS, device, creation time or chapters from the phone in anything we publish. */
const stripMetadata = ['-map_metadata', '-1', '-map_metadata:s', '-1', '-map_chapters', '-1']

function hlsOutput(plan: RenditionPlan, dir: string, rung: VideoRung): string[] {
  const rungDir = join(dir, LAYOUT.rungDir(rung))
  return [
    '-f', 'hls',
    '-hls_time', String(plan.segmentSeconds), // 4 s = two GOPs per segment
    '-hls_playlist_type', 'vod', // complete playlist with ENDLIST: seekable from the start
    '-hls_segment_type', 'fmp4', // CMAF-style fMP4: less overhead than TS and the same boxes as the MP4
    '-hls_flags', 'independent_segments', // every segment starts on a keyframe; tells players so
    '-hls_fmp4_init_filename', 'init.mp4', // written next to the segments
    '-hls_segment_filename', join(rungDir, 'seg_%03d.m4s'),
    join(dir, LAYOUT.rungPlaylist(rung)),
  ]
}

function mp4Output(dir: string, file: string): string[] {
  return [
    '-movflags', '+faststart', // moov before mdat: playback starts before the download ends
    '-max_muxing_queue_size', '4096', // phones interleave audio far ahead of video
    '-f', 'mp4',
    join(dir, file),
  ]
}

/** `videoIndex`: absolute stream index of the real video (not cover art) from MediaInfo. */
export function decodeCheckCommands(input: string, videoIndex = 0): FfmpegCall[] {
  // A few frames from the start and the last seconds from the end: catches files cut short
  // (moov up front, data missing) in seconds instead of after a full transcode.
  const common = ['-hide_banner', '-nostdin', '-loglevel', 'error', '-progress', 'pipe:2', '-nostats']
  return [
    {
      name: 'decode-check-start',
      args: [...common, '-i', input, '-map', `0:${videoIndex}`, '-frames:v', '3', '-f', 'null', '-'],
      expectedSeconds: 0,
    },
    {
      name: 'decode-check-end',
      // Keyframes only: every packet from the keyframe before the last 3 s to the end is still
      // read (a cut-off file fails in the demuxer), but only keyframes are decoded: 0.21 s instead
      // of 0.63 s on 15 Mb/s 1080p. -noaccurate_seek keeps that keyframe: an accurate seek drops
      // what decodes before the 3 s mark, which left nothing at all when the last keyframe is
      // earlier (a long-GOP screen recording: "damaged", test/fixtures long-gop).
      args: [...common, '-skip_frame', 'nokey', '-noaccurate_seek', '-sseof', '-3', '-i', input, '-map', `0:${videoIndex}`, '-f', 'null', '-'],
      expectedSeconds: 0,
    },
  ]
}

/**
 * The early rung's picture. Decoded without the in-loop deblocking filter, whose effect a 3×
 * shrink to 360 hides: it is an eighth of the decode's CPU (8 s of 15 Mb/s 1080×1920: 2.05 vs
 * 2.33 CPU s; the whole pass 1.90 vs 2.16 s), and the 360 pictures from either decode match at
 * SSIM 0.999 (still camera) and 0.990 (heavy grain). Only this pass: the bigger rungs decode in full.
 */
export function firstPlayableCommand(plan: RenditionPlan, input: string, dir: string): FfmpegCall {
  const rung = plan.rungs[plan.firstPlayableRung]!
  return {
    name: 'first-playable',
    expectedSeconds: plan.durationSeconds,
    args: [
      ...globalArgs(plan),
      '-skip_loop_filter', 'all', // an input option, like the seek and cut that follow
      ...trimmedInput(plan, input),
      '-filter_complex', `${videoIn(plan)}${[fpsFilter(plan), ...scaleAndColour(plan, rung, flagsFor(plan.source, rung))].join(',')}[v0]`,
      '-map', '[v0]',
      ...x264(plan, rung),
      ...stripMetadata,
      ...pictureOutput(dir, rung),
    ],
  }
}

/** A picture for the remux: no sound, no faststart (nothing streams it). */
const pictureOutput = (dir: string, rung: VideoRung) => ['-f', 'mp4', join(dir, LAYOUT.picture(rung))]

/** The sound pass (see the header): null when the clip has no sound. */
export function soundCommand(plan: RenditionPlan, input: string, dir: string): FfmpegCall | null {
  if (!plan.audio) return null
  return {
    name: 'sound',
    expectedSeconds: plan.durationSeconds,
    args: [
      ...globalArgs(plan),
      ...trimmedInput(plan, input),
      '-filter_complex', audioChain(plan),
      '-map', '[a0]',
      ...aac(plan),
      ...stripMetadata,
      '-f', 'mp4',
      join(dir, LAYOUT.sound),
    ],
  }
}

/** The early rung's picture and the sound → the MP4 curators watch first (the shared MP4 on small sources). */
export function earlyRemuxCommand(plan: RenditionPlan, dir: string): FfmpegCall {
  const rung = plan.rungs[plan.firstPlayableRung]!
  return remuxCall(plan, withSound(plan, dir, rung), mp4Output(dir, firstPlayableFile(plan)))
}

const area = (s: Size) => s.width * s.height
const sameSize = (a: Size, b: Size) => a.width === b.width && a.height === b.height

/** The ladder's second input, in HDR: the tone-map table. */
const TONE_MAP_TABLE_INPUT = '[1:v]'

/**
 * One decode → fps → scale/colour (HDR: tone-map) once, at the largest size this pass needs →
 * a cascade of shrinks, each from the next larger picture rather than from the source (1080 → 720
 * → preview/storyboard), so no scaler reads more pixels than it must. Every output hangs off the
 * smallest stage that is at least its size; the poster off the largest.
 */
export function ladderGraph(plan: RenditionPlan): { graph: string; rungLabels: string[] } {
  const rungs = plan.rungs.filter((_, i) => i !== plan.firstPlayableRung)
  const { preview: p, storyboard: sb, poster } = plan
  const base = [...rungs, p, poster].reduce((a, b) => (area(b) > area(a) ? b : a))
  // Stages, largest first: the base, then each rung smaller than it. The preview and the storyboard
  // cut their few frames (trim, fps=1/N) before they shrink, so they are not stages of their own.
  const stages: Size[] = [base]
  for (const s of [...rungs].sort((a, b) => area(b) - area(a))) if (area(s) < area(stages.at(-1)!)) stages.push(s)
  const stageOf = (s: Size) => stages.findIndex((t) => sameSize(t, s))
  const consumers: string[][] = stages.map(() => [])
  const take = (stage: number, chain: string) => {
    consumers[stage]!.push(chain)
  }
  const resize = (k: number, to: Size) => (sameSize(stages[k]!, to) ? 'null' : `scale=w=${to.width}:h=${to.height}:flags=${flagsFor(stages[k]!, to)}`)
  rungs.forEach((r, i) => take(stageOf(r), `null[v${i}]`))
  const smallest = stages.length - 1
  const previewStage = stages.findLastIndex((t) => t.width >= p.width && t.height >= p.height)
  take(previewStage, `trim=start=${fmt(p.startSeconds)}:duration=${fmt(p.durationSeconds)},setpts=PTS-STARTPTS,${resize(previewStage, p)}[pv]`)
  take(smallest, `fps=1/${sb.intervalSeconds},scale=w=${sb.tileWidth}:h=${sb.tileHeight}:flags=bilinear,tile=${sb.columns}x${sb.rows}[sb]`)
  take(0, `${posterBranch(plan, resize(0, poster))}[poster]`)
  // Hook-test variants' frames: a trim that lets one frame through, on the decode that runs
  // anyway. The half-frame window catches the frame the fps filter put on that time exactly.
  plan.variantPosters.forEach((v, i) => take(0, `${variantWindow(plan, v.startSeconds)},${resize(0, poster)}[vp${i}]`))
  // Each stage but the last also feeds the next one down.
  const parts: string[] = []
  stages.forEach((size, k) => {
    const feeds = consumers[k]!.length + (k < stages.length - 1 ? 1 : 0)
    const input = k === 0 ? `${videoIn(plan)}${[fpsFilter(plan), ...scaleAndColour(plan, size, 'bicubic', plan.colour.tonemap ? TONE_MAP_TABLE_INPUT : undefined)].join(',')}` : `[n${k}]scale=w=${size.width}:h=${size.height}:flags=${flagsFor(stages[k - 1]!, size)}`
    const outs = Array.from({ length: feeds }, (_, j) => `[t${k}_${j}]`)
    parts.push(feeds > 1 ? `${input},split=${feeds}${outs.join('')}` : `${input}${outs[0]}`)
    consumers[k]!.forEach((chain, j) => parts.push(`[t${k}_${j}]${chain}`))
    if (k < stages.length - 1) parts.push(`[t${k}_${feeds - 1}]null[n${k + 1}]`)
  })
  return { graph: parts.join(';'), rungLabels: rungs.map((_, i) => `[v${i}]`) }
}

export function ladderCommand(plan: RenditionPlan, input: string, dir: string): FfmpegCall {
  const rungs = plan.rungs.filter((_, i) => i !== plan.firstPlayableRung)
  const p = plan.preview
  const parts = [ladderGraph(plan).graph]

  const outputs: string[] = []
  rungs.forEach((r, i) => {
    outputs.push(
      '-map', `[v${i}]`, // picture only: the sound pass made the sound (remuxCommands)
      ...x264(plan, r),
      ...stripMetadata,
      ...pictureOutput(dir, r),
    )
  })
  const previewRate = 1000 // preview is tiny; its cap just keeps a noisy clip from ballooning
  outputs.push(
    '-map', '[pv]',
    '-an', // the video wall autoplays muted anyway; no audio saves bytes and a codec
    ...x264(plan, { crf: p.crf, maxrateKbps: previewRate, bufsizeKbps: previewRate * 2, level: '3.1', encoder: p.encoder }),
    ...stripMetadata,
    '-movflags', '+faststart',
    '-f', 'mp4',
    join(dir, LAYOUT.preview),
    '-map', '[poster]',
    '-frames:v', '1',
    '-update', '1', // one image, not a numbered sequence
    '-c:v', 'png', // lossless hand-over to sharp, which makes the published formats
    '-compression_level', '1', // sharp reads it once, then it is deleted: zlib's effort buys nothing
    '-pix_fmt', 'rgb24',
    ...stripMetadata,
    '-f', 'image2',
    join(dir, LAYOUT.posterFrame),
    '-map', '[sb]',
    '-frames:v', '1', // tile flushes a partly filled grid at the end; anything after the first sprite is surplus
    '-update', '1',
    '-c:v', 'mjpeg',
    '-q:v', '5', // storyboard thumbnails are seen at 160 px while scrubbing
    ...stripMetadata,
    '-f', 'image2',
    join(dir, LAYOUT.sprite),
  )
  plan.variantPosters.forEach((v, i) => outputs.push('-map', `[vp${i}]`, ...pngFrame(join(dir, LAYOUT.variantFrame(v.name)))))
  // HDR: the tone-map table (toneMapTableCommand) is the second input, one frame that haldclut keeps using.
  const table = plan.colour.tonemap ? ['-i', join(dir, LAYOUT.toneMapTable)] : []
  return { name: 'ladder', expectedSeconds: plan.durationSeconds, args: [...globalArgs(plan), ...trimmedInput(plan, input), ...table, '-filter_complex', parts.join(';'), ...outputs] }
}

/** Exactly one output frame: the one at `startSeconds` (on the plan's frame grid). */
function variantWindow(plan: RenditionPlan, startSeconds: number): string {
  const frame = 1 / fpsValue(plan.fps)
  return `trim=start=${fmt(Math.max(0, startSeconds - frame / 2))}:duration=${fmt(frame)},setpts=PTS-STARTPTS`
}

/** A single PNG for sharp (see the poster frame's output in ladderCommand). */
const pngFrame = (path: string) => ['-frames:v', '1', '-update', '1', '-c:v', 'png', '-compression_level', '1', '-pix_fmt', 'rgb24', ...stripMetadata, '-f', 'image2', path]

/**
 * The posters-only job (a curator changed a variant's poster time, nothing else): no ladder, one
 * input per distinct frame, each seeked to its time (keyframe seek, then decoding only up to the
 * frame) and taken through the poster's own scale and colour chain. The full run takes the same
 * frames from its ladder decode instead (ladderGraph).
 */
export function variantPostersCommand(plan: RenditionPlan, input: string, dir: string): FfmpegCall | null {
  if (!plan.variantPosters.length) return null
  const inputs: string[] = []
  const graph: string[] = []
  const outputs: string[] = []
  plan.variantPosters.forEach((v, i) => {
    inputs.push('-ss', fmt(plan.trimStart + v.startSeconds), '-i', input)
    graph.push(`[${i}:${plan.source.videoIndex}]${scaleAndColour(plan, plan.poster).join(',')}[vp${i}]`)
    outputs.push('-map', `[vp${i}]`, ...pngFrame(join(dir, LAYOUT.variantFrame(v.name))))
  })
  return { name: 'variant-posters', expectedSeconds: 0, args: [...globalArgs(plan), ...inputs, '-filter_complex', graph.join(';'), ...outputs] }
}

/**
 * The poster comes out of the ladder's decode rather than a decode of its own. An explicit time
 * takes that exact frame; otherwise a few frames per second of a short window are sampled and
 * `thumbnail` keeps the one nearest their average histogram, which skips flashes, black frames
 * and motion blur. Sampling first keeps the frames it holds in memory few.
 */
function posterBranch(plan: RenditionPlan, resize: string): string {
  const p = plan.poster
  const window = `trim=start=${fmt(p.startSeconds)}:duration=${fmt(p.windowSeconds)},setpts=PTS-STARTPTS`
  return p.mode === 'exact' ? `${window},${resize}` : `${window},fps=${p.sampleFps},thumbnail=n=${p.candidates},${resize}`
}

/** Inputs and maps of a rung's picture with the sound (when the clip has any). */
function withSound(plan: RenditionPlan, dir: string, rung: VideoRung): { inputs: string[]; maps: string[] } {
  return plan.audio
    ? { inputs: ['-i', join(dir, LAYOUT.picture(rung)), '-i', join(dir, LAYOUT.sound)], maps: ['-map', '0:v:0', '-map', '1:a:0'] }
    : { inputs: ['-i', join(dir, LAYOUT.picture(rung))], maps: ['-map', '0:v:0'] }
}

/** One read, one or more outputs; ffmpeg takes an output's maps and codec options before its name. */
function remuxCall(plan: RenditionPlan, { inputs, maps }: { inputs: string[]; maps: string[] }, ...outputs: string[][]): FfmpegCall {
  return {
    name: 'remux',
    expectedSeconds: plan.durationSeconds,
    args: [
      ...globalArgs(plan),
      ...inputs,
      ...outputs.flatMap((out) => [
        ...maps,
        '-c', 'copy', // already H.264/AAC with 2 s keyframes: segmenting needs no re-encode
        ...stripMetadata,
        ...out,
      ]),
    ],
  }
}

/**
 * After both passes: each rung's picture + the sound → its HLS rung; the MP4 rung's call also
 * writes the shared faststart MP4 unless the early remux already did. Same keyframes, no second
 * encode.
 */
export function remuxCommands(plan: RenditionPlan, dir: string): FfmpegCall[] {
  return plan.rungs.map((rung, index) => {
    const alsoMp4 = index === plan.mp4Rung && firstPlayableFile(plan) !== LAYOUT.mp4
    return remuxCall(plan, withSound(plan, dir, rung), ...(alsoMp4 ? [mp4Output(dir, LAYOUT.mp4)] : []), hlsOutput(plan, dir, rung))
  })
}

/** What the passes wrote for the remuxes and nothing publishes: deleted once every remux is done. */
export function remuxIntermediates(plan: RenditionPlan): string[] {
  return [
    ...(firstPlayableFile(plan) === LAYOUT.mp4 ? [] : [LAYOUT.firstPlayable]),
    ...(plan.audio ? [LAYOUT.sound] : []),
    ...plan.rungs.map(LAYOUT.picture),
  ]
}

/**
 * 0. quick copy: when the phone already sent what browsers play (8-bit 4:2:0 H.264, AAC or no
 * audio, SDR), a stream copy into a faststart MP4 takes about a second and lets curators watch at
 * once, long before the first encode is done. Not a rendition: it is never published or kept.
 */
export function quickCopyCommand(info: MediaInfo, input: string, out: string): FfmpegCall | null {
  const v = info.video
  if (!v || v.codec !== 'h264' || v.bitDepth !== 8 || v.hdr || v.dolbyVision) return null
  if (v.pixFmt && !['yuv420p', 'yuvj420p'].includes(v.pixFmt)) return null
  if (info.audio && info.audio.codec !== 'aac') return null
  return {
    name: 'quick-copy',
    expectedSeconds: Number.isFinite(info.durationSeconds) ? info.durationSeconds : 0,
    args: [
      '-hide_banner', '-nostdin', '-y',
      '-i', input,
      '-map', `0:${v.index}`, // the picture the plan chose, not a cover image
      ...(info.audio ? ['-map', `0:${info.audio.index}`] : []),
      '-c', 'copy', // no decode, no encode: seconds, whatever the length
      '-map_metadata', '-1', // no location or device tags, even for staff
      '-map_chapters', '-1',
      '-movflags', '+faststart', // index first, so the preview starts before it has loaded
      '-f', 'mp4',
      out,
    ],
  }
}
