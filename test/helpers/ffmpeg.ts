import { execFile } from 'node:child_process'
import { promisify } from 'node:util'

const run = promisify(execFile)

/** A tiny real MP4 (portrait, with audio) for tests that need an upload but not a long transcode. */
export async function makeTinyClip(file: string, opts: { seconds?: number; size?: string } = {}): Promise<string> {
  const seconds = opts.seconds ?? 1
  await run(process.env.FFMPEG_PATH ?? 'ffmpeg', [
    '-y', '-hide_banner', '-loglevel', 'error',
    '-f', 'lavfi', '-i', `testsrc2=size=${opts.size ?? '180x320'}:rate=25:duration=${seconds}`,
    '-f', 'lavfi', '-i', `sine=frequency=440:sample_rate=48000:duration=${seconds}`,
    '-c:v', 'libx264', '-preset', 'ultrafast', '-pix_fmt', 'yuv420p', '-c:a', 'aac', '-shortest', file,
  ])
  return file
}

export async function ffprobeJson(file: string): Promise<{ streams: Record<string, unknown>[]; format: Record<string, unknown> }> {
  const { stdout } = await run(process.env.FFPROBE_PATH ?? 'ffprobe', ['-v', 'error', '-print_format', 'json', '-show_streams', '-show_format', file])
  return JSON.parse(stdout)
}

/** Second n of the clip is `colours[n]` (flat RGB), so a frame's colour tells which second it is from. */
export const SECOND_COLOURS = [
  [255, 0, 0],
  [0, 255, 0],
  [0, 0, 255],
  [255, 255, 0],
] as const

export async function makeColourClip(file: string, colours: readonly (readonly number[])[] = SECOND_COLOURS): Promise<string> {
  const hex = (c: readonly number[]) => `0x${c.map((v) => v.toString(16).padStart(2, '0')).join('')}`
  await run(process.env.FFMPEG_PATH ?? 'ffmpeg', [
    '-y', '-hide_banner', '-loglevel', 'error',
    ...colours.flatMap((c) => ['-f', 'lavfi', '-i', `color=c=${hex(c)}:s=180x320:r=25:d=1`]),
    '-filter_complex', `${colours.map((_, i) => `[${i}:v]`).join('')}concat=n=${colours.length}:v=1:a=0,format=yuv420p[v]`,
    '-map', '[v]', '-c:v', 'libx264', '-preset', 'ultrafast', '-g', '25', '-colorspace', 'bt709', '-color_primaries', 'bt709', '-color_trc', 'bt709', file,
  ])
  return file
}

/**
 * Which second of a colour clip an image shows: the nearest of the colours, and only when it is
 * within half the distance between any two of them (≥ 255), so no other second could match.
 * Pure green comes out darker through the BT.709 round trip and AVIF, hence no tighter bound.
 */
export async function secondShown(file: string, region?: { left: number; top: number; width: number; height: number }, colours: readonly (readonly number[])[] = SECOND_COLOURS): Promise<number | null> {
  const sharp = (await import('sharp')).default
  const image = sharp(file)
  const { channels } = await (region ? image.extract(region) : image).stats()
  const actual = channels.slice(0, 3).map((c) => c.mean)
  const distances = colours.map((c) => Math.hypot(...c.map((v, k) => v - actual[k]!)))
  const nearest = distances.indexOf(Math.min(...distances))
  return distances[nearest]! < 128 ? nearest : null
}
