/** ffprobe/ffmpeg helpers for the media tests: they look at outputs the way a player would, not via the manifest. */
import { execFile } from 'node:child_process'
import { readFile } from 'node:fs/promises'
import { promisify } from 'node:util'
import { ffmpegPath, ffprobePath } from '../../media-worker/ffmpegPath'

const exec = promisify(execFile)

export interface Stream {
  codec_type: string
  codec_name: string
  profile?: string
  pix_fmt?: string
  width?: number
  height?: number
  level?: number
  r_frame_rate?: string
  avg_frame_rate?: string
  sample_rate?: string
  channels?: number
  color_space?: string
  color_transfer?: string
  color_primaries?: string
  side_data_list?: { side_data_type?: string; rotation?: number; dv_profile?: number; dv_bl_signal_compatibility_id?: number }[]
  tags?: Record<string, string>
}
export interface Probe {
  streams: Stream[]
  format: { duration?: string; format_name?: string; tags?: Record<string, string> }
}

export async function probe(file: string): Promise<Probe> {
  const { stdout } = await exec(ffprobePath(), ['-v', 'error', '-print_format', 'json', '-show_streams', '-show_format', file])
  return JSON.parse(stdout) as Probe
}

export const videoOf = (p: Probe) => p.streams.find((s) => s.codec_type === 'video')
export const audioOf = (p: Probe) => p.streams.find((s) => s.codec_type === 'audio')

/** Presentation times of keyframes only (the decoder skips the rest). */
export async function keyframeTimes(file: string): Promise<number[]> {
  const { stdout } = await exec(ffprobePath(), [
    '-v', 'error', '-select_streams', 'v:0', '-skip_frame', 'nokey', '-show_entries', 'frame=pts_time', '-of', 'csv=p=0', file,
  ])
  return stdout.split('\n').map((l) => Number.parseFloat(l)).filter(Number.isFinite)
}

export async function videoPacketTimes(file: string): Promise<number[]> {
  const { stdout } = await exec(ffprobePath(), ['-v', 'error', '-select_streams', 'v:0', '-show_entries', 'packet=pts_time', '-of', 'csv=p=0', file])
  return stdout.split('\n').map((l) => Number.parseFloat(l)).filter(Number.isFinite).sort((a, b) => a - b)
}

/** EBU R128 integrated loudness of the first audio stream, in LUFS. */
export async function integratedLoudness(file: string): Promise<number> {
  const { stderr } = await exec(ffmpegPath(), ['-hide_banner', '-nostats', '-i', file, '-map', '0:a:0', '-af', 'ebur128', '-f', 'null', '-'], {
    maxBuffer: 64 * 1024 * 1024,
  })
  const summary = stderr.slice(stderr.lastIndexOf('Summary:'))
  const m = /I:\s+(-?[\d.]+) LUFS/.exec(summary)
  if (!m?.[1]) throw new Error(`no loudness in ffmpeg output: ${summary.slice(0, 300)}`)
  return Number(m[1])
}

/** Top-level MP4 box types in file order. */
export async function topLevelBoxes(file: string): Promise<string[]> {
  const buf = await readFile(file)
  const types: string[] = []
  let pos = 0
  while (pos + 8 <= buf.length) {
    let size = buf.readUInt32BE(pos)
    types.push(buf.toString('latin1', pos + 4, pos + 8))
    if (size === 1) size = Number(buf.readBigUInt64BE(pos + 8))
    if (size === 0) break
    pos += size
  }
  return types
}

export const rate = (r?: string) => {
  const [n, d] = (r ?? '0/1').split('/').map(Number)
  return (n ?? 0) / (d || 1)
}

/** Tags a phone leaves that must never be published. */
export const PRIVATE_TAG = /location|iso6709|gps|make|model|software|creation_time|com\.apple|com\.android|xyz/i

/**
 * Mean Y, Cb, Cr (8-bit codes) of a 6×6 block of the first frame, `at` short sides right of the
 * centre. `filters` run first (e.g. format=yuv420p to read a 10-bit source as its raw codes).
 */
export async function patchValues(file: string, at: number, filters: string[] = []): Promise<[number, number, number]> {
  const crop = `crop=w=6:h=6:x=iw/2+${at}*min(iw\\,ih)-3:y=ih/2-3`
  const { stdout } = await exec(ffmpegPath(), [
    '-hide_banner', '-loglevel', 'error', '-i', file, '-frames:v', '1',
    '-vf', [...filters, crop, 'signalstats', 'metadata=print:file=-'].join(','), '-f', 'null', '-',
  ])
  const read = (key: string) => {
    const m = new RegExp(`signalstats\\.${key}=([\\d.]+)`).exec(stdout)
    if (!m?.[1]) throw new Error(`no ${key} for ${file}`)
    return Number(m[1])
  }
  return [read('YAVG'), read('UAVG'), read('VAVG')]
}

/**
 * What a player and a privacy review would note about one output file, as plain data, so a test
 * can compare it whole against what it expects and print every difference at once.
 */
export interface OutputSummary {
  video: string
  size: [number, number]
  colour: string
  rotated: boolean
  privateTags: string[]
  audio: string | null
}

export async function summariseOutput(file: string): Promise<OutputSummary> {
  const p = await probe(file)
  const v = videoOf(p)
  const a = audioOf(p)
  const tags = [p.format.tags ?? {}, ...p.streams.map((s) => s.tags ?? {})]
  return {
    video: v ? `${v.codec_name} ${v.profile} ${v.pix_fmt}` : 'none',
    size: [v?.width ?? 0, v?.height ?? 0],
    colour: `${v?.color_primaries}/${v?.color_transfer}/${v?.color_space}`,
    rotated: Boolean(v?.side_data_list?.some((d) => d.side_data_type === 'Display Matrix') || v?.tags?.rotate),
    privateTags: tags.flatMap((t) => Object.entries(t).filter(([k, val]) => PRIVATE_TAG.test(k) || /\+\d{2}\.\d+[+-]\d{3}\.\d+/.test(val)).map(([k]) => k)),
    audio: a ? `${a.codec_name} ${a.profile} ${a.sample_rate} Hz ${a.channels} ch` : null,
  }
}
