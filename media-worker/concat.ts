/**
 * Joining the clips of one contribution (one clip per prompt, recorded in the browser) into one
 * video before the normal pipeline runs on it. Pure, like plan.ts and commands.ts: the plan and
 * the ffmpeg argument list come from probe results, so they are unit-tested without ffmpeg.
 *
 * The joined file is a mezzanine, not a rendition: high-quality H.264/AAC in MP4 that the
 * transcode pipeline then treats as the video's original (ladder, posters, loudness and all).
 * Clips may differ in size, orientation, frame rate and audio: every clip is turned upright,
 * fitted (never cropped) onto one canvas, brought to one frame rate and one audio format, so the
 * concat filter sees identical streams.
 */
import type { MediaInfo } from './probe.js'

export interface ConcatClip {
  path: string
  info: MediaInfo
}

export interface ConcatPlan {
  /** The canvas every clip is fitted onto: the first clip's upright shape, at most 1080 on the short side. */
  width: number
  height: number
  fps: number
  /** Per clip, in order: its length, and whether silence stands in for missing audio. */
  segments: { path: string; durationSeconds: number; silent: boolean }[]
  totalSeconds: number
}

export class ConcatRefusal extends Error {
  constructor(
    readonly code: 'no-clips' | 'no-picture' | 'hdr' | 'no-duration',
    message: string,
  ) {
    super(message)
  }
}

const MAX_SHORT_SIDE = 1080
const MAX_FPS = 60
const even = (n: number) => Math.max(2, Math.round(n / 2) * 2)

export function planConcat(clips: ConcatClip[]): ConcatPlan {
  if (clips.length === 0) throw new ConcatRefusal('no-clips', 'nothing to join')
  for (const [i, clip] of clips.entries()) {
    if (!clip.info.video) throw new ConcatRefusal('no-picture', `clip ${i + 1} has no video track`)
    // Browser recordings are SDR; an HDR clip would need the pipeline's tone-mapping first.
    if (clip.info.video.hdr) throw new ConcatRefusal('hdr', `clip ${i + 1} is HDR; only SDR clips are joined`)
    if (!(clip.info.durationSeconds > 0)) throw new ConcatRefusal('no-duration', `clip ${i + 1} has no known length`)
  }
  const first = clips[0]!.info.video!
  const w = first.displayWidth
  const h = first.displayHeight
  const scale = Math.min(1, MAX_SHORT_SIDE / Math.min(w, h))
  const fps = Math.min(MAX_FPS, Math.round(Math.max(...clips.map((c) => c.info.video!.frameRate || 30))))
  const segments = clips.map((c) => ({ path: c.path, durationSeconds: c.info.durationSeconds, silent: !c.info.hasAudio }))
  return { width: even(w * scale), height: even(h * scale), fps, segments, totalSeconds: segments.reduce((sum, s) => sum + s.durationSeconds, 0) }
}

const fmt = (n: number) => String(Number(n.toFixed(3)))

/** The filter graph: per clip an upright, fitted, constant-rate picture and 48 kHz stereo sound, then concat. */
export function concatFilter(plan: ConcatPlan): string {
  const { width: W, height: H, fps } = plan
  let silentInput = plan.segments.length
  const parts: string[] = []
  const labels: string[] = []
  plan.segments.forEach((segment, i) => {
    parts.push(
      [
        `[${i}:v:0]`,
        // Fit inside the canvas keeping the clip's own shape (a landscape clip gets bars, no crop).
        `scale=${W}:${H}:force_original_aspect_ratio=decrease:flags=lanczos,`,
        // Centre it on a black canvas of the one size concat needs.
        `pad=${W}:${H}:(ow-iw)/2:(oh-ih)/2:color=black,`,
        // Square pixels, one frame rate (MediaRecorder writes variable rate), 8-bit 4:2:0.
        `setsar=1,fps=${fps},format=yuv420p,`,
        // Every segment starts at 0 and ends at the clip's own length.
        `trim=duration=${fmt(segment.durationSeconds)},setpts=PTS-STARTPTS`,
        `[v${i}]`,
      ].join(''),
    )
    // A clip without sound gets generated silence of its own length (an extra lavfi input).
    const audioIn = segment.silent ? `[${silentInput++}:a:0]` : `[${i}:a:0]`
    parts.push(`${audioIn}aresample=48000:async=1,aformat=sample_fmts=fltp:sample_rates=48000:channel_layouts=stereo,atrim=duration=${fmt(segment.durationSeconds)},asetpts=PTS-STARTPTS[a${i}]`)
    labels.push(`[v${i}][a${i}]`)
  })
  parts.push(`${labels.join('')}concat=n=${plan.segments.length}:v=1:a=1[v][a]`)
  return parts.join(';')
}

/** ffmpeg arguments that write the joined mezzanine to `output`. */
export function concatArgs(plan: ConcatPlan, output: string): string[] {
  const inputs = plan.segments.flatMap((s) => [
    // ffmpeg turns each input upright by its display matrix (autorotate, on by default): said here so nobody turns it off.
    '-autorotate', '1',
    '-i', s.path,
  ])
  const silence = plan.segments.filter((s) => s.silent).flatMap((s) => [
    // Silence exactly as long as the silent clip, so the joined sound stays in sync.
    '-f', 'lavfi', '-t', fmt(s.durationSeconds), '-i', 'anullsrc=r=48000:cl=stereo',
  ])
  return [
    // No banner, never wait for a key press, overwrite the temporary output.
    '-hide_banner', '-nostdin', '-y',
    ...inputs,
    ...silence,
    '-filter_complex', concatFilter(plan),
    '-map', '[v]', '-map', '[a]',
    // Mezzanine quality: visually lossless H.264, fast enough for two cores; the ladder is made from this.
    '-c:v', 'libx264', '-preset', 'veryfast', '-crf', '17', '-pix_fmt', 'yuv420p',
    // Browser recordings are BT.709; tagging it keeps the pipeline from guessing.
    '-color_primaries', 'bt709', '-color_trc', 'bt709', '-colorspace', 'bt709',
    '-c:a', 'aac', '-b:a', '192k',
    // Nothing of the clips' metadata (device, place, time) is carried into the joined file.
    '-map_metadata', '-1', '-map_chapters', '-1',
    // One moov up front: the pipeline's probe reads it without scanning the file.
    '-movflags', '+faststart',
    output,
  ]
}
