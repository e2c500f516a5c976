/**
 * What we know about an input file, from ffprobe. `parseProbe` is pure (tested with hand-written
 * JSON modelled on real phone files); `probeFile` runs ffprobe and fills gaps ffprobe leaves.
 */
import { execFile } from 'node:child_process'
import { stat } from 'node:fs/promises'
import { ffprobePath } from './ffmpegPath.js'

export type HdrTransfer = 'hlg' | 'pq'

export interface VideoStreamInfo {
  index: number
  codec: string
  profile?: string
  pixFmt?: string
  bitDepth: number
  /** Stored (coded picture) size, before rotation. */
  width: number
  height: number
  sampleAspectRatio: number
  /** Clockwise degrees a player turns the stored picture to show it upright: 0, 90, 180 or 270. */
  rotation: number
  /** Size a viewer sees: rotation and non-square pixels applied. */
  displayWidth: number
  displayHeight: number
  colorTransfer?: string
  colorPrimaries?: string
  colorSpace?: string
  colorRange?: string
  /**
   * What a decoder without Dolby Vision sees: arib-std-b67 → 'hlg', smpte2084 → 'pq'. Untagged
   * Dolby Vision goes by its base layer (8.4 from iPhones: HLG; 8.1: PQ; 8.2: SDR).
   */
  hdr: HdrTransfer | null
  /**
   * HDR only: the brightest light the first frame's metadata declares, relative to 100 nits
   * (MaxCLL, else the mastering display's maximum), as ffmpeg's tonemap would read it from the
   * frame; absent when the frame declares none (tonemap then assumes 1000 nits). probeFile reads it.
   */
  signalPeak?: number
  dolbyVision: boolean
  /**
   * Dolby Vision profile and base-layer compatibility id from the configuration record, when there
   * is one. Compatibility 0 (profile 5) means no standard picture inside: only Dolby's own decoder
   * shows correct colours, so the worker refuses it rather than publishing green-and-purple faces.
   */
  dolbyVisionProfile?: number
  dolbyVisionCompatibility?: number
  /** ffprobe r_frame_rate: the tick rate timestamps are expressed in. */
  rFrameRate: number
  /** ffprobe avg_frame_rate: frames / duration. */
  avgFrameRate: number
  /** Best single guess of frames per second. */
  frameRate: number
  variableFrameRate: boolean
  durationSeconds?: number
  bitRate?: number
  frameCount?: number
}

export interface AudioStreamInfo {
  index: number
  codec: string
  profile?: string
  channels: number
  channelLayout?: string
  sampleRate: number
  bitRate?: number
}

export interface MediaInfo {
  /** ffprobe format_name, e.g. "mov,mp4,m4a,3gp,3g2,mj2" or "matroska,webm". */
  formatName: string
  formatLongName?: string
  /** NaN when the container does not say (live-style WebM from MediaRecorder); probeFile fills it. */
  durationSeconds: number
  sizeBytes?: number
  bitRate?: number
  streamCount: number
  video: VideoStreamInfo | null
  audio: AudioStreamInfo | null
  hasAudio: boolean
}

// ffprobe's JSON, only the parts we read. Everything is optional because real files omit anything.
export interface ProbeSideData {
  side_data_type?: string
  rotation?: number
  [k: string]: unknown
}
interface ProbeStream {
  index?: number
  codec_name?: string
  codec_type?: string
  profile?: string
  pix_fmt?: string
  bits_per_raw_sample?: string
  width?: number
  height?: number
  sample_aspect_ratio?: string
  color_range?: string
  color_space?: string
  color_transfer?: string
  color_primaries?: string
  r_frame_rate?: string
  avg_frame_rate?: string
  duration?: string
  bit_rate?: string
  nb_frames?: string
  sample_rate?: string
  channels?: number
  channel_layout?: string
  disposition?: { attached_pic?: number; [k: string]: number | undefined }
  tags?: Record<string, string>
  side_data_list?: ProbeSideData[]
}
export interface ProbeJson {
  streams?: ProbeStream[]
  format?: {
    format_name?: string
    format_long_name?: string
    duration?: string
    size?: string
    bit_rate?: string
    nb_streams?: number
  }
}

/** "30000/1001" → 29.97; "0/0" or garbage → NaN. */
export function parseRational(value: string | undefined): number {
  if (!value) return NaN
  const [n, d] = value.split(/[/:]/).map(Number)
  if (n === undefined || !Number.isFinite(n)) return NaN
  if (d === undefined) return n
  if (!Number.isFinite(d) || d === 0) return NaN
  return n / d
}

function num(value: string | number | undefined): number | undefined {
  if (value === undefined || value === 'N/A') return undefined
  const n = Number(value)
  return Number.isFinite(n) ? n : undefined
}

function bitDepthOf(s: ProbeStream): number {
  const raw = num(s.bits_per_raw_sample)
  if (raw && raw > 0) return raw
  const m = /p(\d+)(le|be)?$/.exec(s.pix_fmt ?? '')
  if (m?.[1]) return Number(m[1])
  return 8
}

function normaliseDegrees(deg: number): number {
  const r = Math.round(deg / 90) * 90
  return ((r % 360) + 360) % 360
}

/**
 * Display-matrix side data says how far to rotate counter-clockwise (iPhone portrait: -90);
 * the legacy `rotate` tag (older ffprobe, some Android muxers) says clockwise (portrait: 90).
 * Both land here as clockwise degrees.
 */
function rotationOf(s: ProbeStream): number {
  const matrix = s.side_data_list?.find((d) => d.side_data_type === 'Display Matrix')
  if (matrix && typeof matrix.rotation === 'number' && Number.isFinite(matrix.rotation)) {
    return normaliseDegrees(-matrix.rotation)
  }
  const tag = num(s.tags?.rotate)
  return tag === undefined ? 0 : normaliseDegrees(tag)
}

function hdrOf(transfer: string | undefined): HdrTransfer | null {
  if (transfer === 'arib-std-b67') return 'hlg'
  if (transfer === 'smpte2084') return 'pq'
  return null
}

const isSdrTagged = (transfer: string | undefined) => transfer === 'bt709' || transfer === 'smpte170m' || transfer === 'iec61966-2-1'

function isDolbyVision(s: ProbeStream): boolean {
  if (dolbyVisionRecord(s)) return true
  // Some muxers only leave the codec tag (dvh1/dvhe) behind.
  return /^dv(h1|he|a1|av)$/i.test(String((s as { codec_tag_string?: string }).codec_tag_string ?? ''))
}

function dolbyVisionRecord(s: ProbeStream): { profile?: number; compatibility?: number } | null {
  const d = s.side_data_list?.find((x) => /dovi|dolby vision/i.test(x.side_data_type ?? ''))
  if (!d) return null
  const n = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : undefined)
  return { profile: n(d.dv_profile), compatibility: n(d.dv_bl_signal_compatibility_id) }
}

/** The base layer's transfer when the stream carries no usable tag of its own. */
function dolbyVisionBase(compatibility: number | undefined): HdrTransfer | null {
  if (compatibility === 1 || compatibility === 6) return 'pq' // HDR10-compatible (8.1, 7)
  if (compatibility === 2) return null // SDR BT.709 base (8.2)
  return 'hlg' // 4 (8.4), or unknown: phones record HLG-based Dolby Vision
}

/** Attached cover art (mp3/m4a album art) is a "video" stream that is really a still image. */
function isRealVideo(s: ProbeStream): boolean {
  return s.codec_type === 'video' && !s.disposition?.attached_pic && (s.width ?? 0) > 0 && (s.height ?? 0) > 0
}

/** A VFR file has timestamps on a fine grid (r_frame_rate) but an uneven real rate (avg_frame_rate). */
function frameRates(s: ProbeStream): Pick<VideoStreamInfo, 'rFrameRate' | 'avgFrameRate' | 'frameRate' | 'variableFrameRate'> {
  const r = parseRational(s.r_frame_rate)
  const avg = parseRational(s.avg_frame_rate)
  const haveR = Number.isFinite(r) && r > 0
  const haveAvg = Number.isFinite(avg) && avg > 0
  // Matroska reports r_frame_rate 1000/1 (its timestamp clock) for anything; >240 fps is never a real rate.
  const rPlausible = haveR && r <= 240
  let variable = false
  if (haveR && haveAvg) variable = Math.abs(r - avg) / Math.max(r, avg) > 0.01
  const frameRate = haveAvg ? avg : rPlausible ? r : 30
  return { rFrameRate: haveR ? r : NaN, avgFrameRate: haveAvg ? avg : NaN, frameRate, variableFrameRate: variable }
}

export function parseProbe(json: ProbeJson): MediaInfo {
  const streams = json.streams ?? []
  const format = json.format ?? {}
  const v = streams.find(isRealVideo)
  // An audio track ffmpeg cannot decode (iPhone 16 spatial audio, APAC) has no codec_name; skip
  // it for a decodable one, preferring the track marked default.
  const audios = streams.filter((s) => s.codec_type === 'audio' && s.codec_name && (s.channels ?? 1) > 0)
  const a = audios.find((s) => s.disposition?.default) ?? audios[0]

  let video: VideoStreamInfo | null = null
  if (v) {
    const width = v.width ?? 0
    const height = v.height ?? 0
    const sarRaw = parseRational(v.sample_aspect_ratio)
    const sampleAspectRatio = Number.isFinite(sarRaw) && sarRaw > 0 ? sarRaw : 1
    const rotation = rotationOf(v)
    // Non-square pixels widen (or narrow) the stored picture before it is turned.
    const shownW = Math.round(width * sampleAspectRatio)
    const sideways = rotation === 90 || rotation === 270
    const hdr = hdrOf(v.color_transfer)
    const dolbyVision = isDolbyVision(v)
    const dv = dolbyVisionRecord(v)
    video = {
      index: v.index ?? 0,
      codec: v.codec_name ?? 'unknown',
      ...(v.profile ? { profile: v.profile } : {}),
      ...(v.pix_fmt ? { pixFmt: v.pix_fmt } : {}),
      bitDepth: bitDepthOf(v),
      width,
      height,
      sampleAspectRatio,
      rotation,
      displayWidth: sideways ? height : shownW,
      displayHeight: sideways ? shownW : height,
      ...(v.color_transfer ? { colorTransfer: v.color_transfer } : {}),
      ...(v.color_primaries ? { colorPrimaries: v.color_primaries } : {}),
      ...(v.color_space ? { colorSpace: v.color_space } : {}),
      ...(v.color_range ? { colorRange: v.color_range } : {}),
      // A tagged transfer is what the base layer really is. Untagged Dolby Vision goes by its
      // compatibility id; a bt709 tag with Dolby Vision is the SDR-compatible 8.2 and stays SDR.
      hdr: hdr ?? (dolbyVision && !isSdrTagged(v.color_transfer) ? dolbyVisionBase(dv?.compatibility) : null),
      dolbyVision,
      ...optional('dolbyVisionProfile', dv?.profile),
      ...optional('dolbyVisionCompatibility', dv?.compatibility),
      ...frameRates(v),
      ...optional('durationSeconds', num(v.duration)),
      ...optional('bitRate', num(v.bit_rate)),
      ...optional('frameCount', num(v.nb_frames)),
    }
  }

  let audio: AudioStreamInfo | null = null
  if (a) {
    audio = {
      index: a.index ?? 0,
      codec: a.codec_name ?? 'unknown',
      ...(a.profile ? { profile: a.profile } : {}),
      channels: a.channels ?? 0,
      ...(a.channel_layout ? { channelLayout: a.channel_layout } : {}),
      sampleRate: num(a.sample_rate) ?? 0,
      ...optional('bitRate', num(a.bit_rate)),
    }
  }

  const formatDuration = num(format.duration)
  const durationSeconds = formatDuration ?? video?.durationSeconds ?? NaN
  return {
    formatName: format.format_name ?? 'unknown',
    ...(format.format_long_name ? { formatLongName: format.format_long_name } : {}),
    durationSeconds,
    ...optional('sizeBytes', num(format.size)),
    ...optional('bitRate', num(format.bit_rate)),
    streamCount: format.nb_streams ?? streams.length,
    video,
    audio,
    hasAudio: audio !== null,
  }
}

function optional<K extends string>(key: K, value: number | undefined): { [P in K]?: number } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: number }
}

export class ProbeFailedError extends Error {
  constructor(
    message: string,
    readonly stderr: string,
  ) {
    super(message)
    this.name = 'ProbeFailedError'
  }
}

function run(bin: string, args: string[], timeoutMs: number): Promise<{ stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    execFile(bin, args, { maxBuffer: 32 * 1024 * 1024, timeout: timeoutMs, killSignal: 'SIGKILL' }, (err, stdout, stderr) => {
      if (err) reject(new ProbeFailedError(err.message, String(stderr)))
      else resolve({ stdout: String(stdout), stderr: String(stderr) })
    })
  })
}

/**
 * Runs ffprobe. Uses execFile rather than fluent-ffmpeg's ffprobe(): we want the raw JSON
 * (side data included) for parseProbe, and fluent's wrapper reshapes it.
 */
export async function ffprobeJson(input: string, extraArgs: string[] = []): Promise<ProbeJson> {
  const { stdout } = await run(
    ffprobePath(),
    ['-v', 'error', '-hide_banner', '-print_format', 'json', '-show_format', '-show_streams', ...extraArgs, input],
    60_000,
  )
  return JSON.parse(stdout) as ProbeJson
}

/**
 * Containers written by browsers' MediaRecorder carry no duration; reading every packet's
 * timestamp is cheap (no decoding) and gives the real length.
 */
async function durationFromPackets(input: string, streamIndex: number): Promise<number> {
  const { stdout } = await run(
    ffprobePath(),
    ['-v', 'error', '-select_streams', String(streamIndex), '-show_entries', 'packet=pts_time,duration_time', '-of', 'csv=p=0', input],
    120_000,
  )
  let end = 0
  for (const line of stdout.split('\n')) {
    const [pts, dur] = line.split(',').map(Number)
    if (pts !== undefined && Number.isFinite(pts)) end = Math.max(end, pts + (dur !== undefined && Number.isFinite(dur) ? dur : 0))
  }
  return end
}

/**
 * The light the frame's side data declares as its peak, relative to 100 nits, as ffmpeg 5.1's
 * tonemap reads it (ff_determine_signal_peak): the content light level's MaxCLL first, else the
 * mastering display's maximum luminance ("40000000/10000" cd/m²); undefined when neither is there.
 * Measured: a PQ clip with MaxCLL 4000 is tone-mapped exactly as with `peak=40`.
 */
export function signalPeakOf(sideData: ProbeSideData[] | undefined): number | undefined {
  const light = sideData?.find((d) => d.side_data_type === 'Content light level metadata')
  const maxCll = Number(light?.max_content)
  if (Number.isFinite(maxCll) && maxCll > 0) return maxCll / 100
  const mastering = sideData?.find((d) => d.side_data_type === 'Mastering display metadata')
  const maxLuminance = parseRational(typeof mastering?.max_luminance === 'string' ? mastering.max_luminance : undefined)
  return Number.isFinite(maxLuminance) && maxLuminance > 0 ? maxLuminance / 100 : undefined
}

/** The first frame's side data of stream `streamIndex` (decodes one frame). */
async function firstFrameSideData(input: string, streamIndex: number): Promise<ProbeSideData[] | undefined> {
  const { stdout } = await run(
    ffprobePath(),
    ['-v', 'error', '-select_streams', String(streamIndex), '-read_intervals', '%+#1', '-show_frames', '-show_entries', 'frame=side_data_list', '-of', 'json', input],
    60_000,
  )
  return (JSON.parse(stdout) as { frames?: { side_data_list?: ProbeSideData[] }[] }).frames?.[0]?.side_data_list
}

export async function probeFile(input: string): Promise<MediaInfo> {
  const info = parseProbe(await ffprobeJson(input))
  if (info.sizeBytes === undefined) info.sizeBytes = (await stat(input)).size
  if (!Number.isFinite(info.durationSeconds) && info.video) {
    info.durationSeconds = await durationFromPackets(input, info.video.index)
  }
  // HDR: the tone-map table is baked without the frames, so the peak they declare is read here.
  // A first frame that does not decode is the decode check's to report, with its own message.
  if (info.video?.hdr) {
    const peak = signalPeakOf(await firstFrameSideData(input, info.video.index).catch(() => undefined))
    if (peak !== undefined) info.video.signalPeak = peak
  }
  return info
}
