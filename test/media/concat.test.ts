/**
 * Joining clips with real ffmpeg: two generated clips of different sizes, one of them stored
 * sideways with a display matrix and without sound, become one upright video with sound
 * throughout. Judged by ffprobe and by the pixels of a frame, not by the plan.
 */
import { execFile } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, describe, expect, it } from 'vitest'

import { concatArgs, planConcat } from '../../media-worker/concat'
import { ffmpegPath } from '../../media-worker/ffmpegPath'
import { probeFile } from '../../media-worker/probe'
import { setDisplayMatrix } from '../fixtures/generate'
import { audioOf, probe, videoOf } from './probeOutput'

const run = promisify(execFile)
const dir = mkdtempSync(join(tmpdir(), 'werkvloer-concat-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const ffmpeg = (args: string[]) => run(ffmpegPath(), ['-hide_banner', '-loglevel', 'error', '-y', ...args], { maxBuffer: 64 * 1024 * 1024, encoding: 'buffer' })

/** The grey value (0–255) of one pixel of the frame at `seconds`. */
async function greyAt(file: string, seconds: number, x: number, y: number, width: number): Promise<number> {
  const { stdout } = await ffmpeg(['-ss', String(seconds), '-i', file, '-frames:v', '1', '-f', 'rawvideo', '-pix_fmt', 'gray', 'pipe:1'])
  return (stdout as Buffer)[y * width + x]!
}

describe('joining one clip per prompt', () => {
  it('makes one upright 9:16 video with sound from a portrait clip and a sideways, silent 4:3 clip', async () => {
    const first = join(dir, 'first.mp4')
    const second = join(dir, 'second.mp4')
    // Prompt 1: portrait 360×640 at 25 fps with sound, dark grey.
    await ffmpeg(['-f', 'lavfi', '-i', 'color=c=0x404040:size=360x640:rate=25:duration=2', '-f', 'lavfi', '-i', 'sine=frequency=440:duration=2', '-c:v', 'libx264', '-pix_fmt', 'yuv420p', '-c:a', 'aac', '-shortest', first])
    // Prompt 2: stored landscape 320×240 at 30 fps, no sound, white; a phone held upright marks it turned by 90°.
    await ffmpeg(['-f', 'lavfi', '-i', 'color=c=white:size=320x240:rate=30:duration=1.5', '-c:v', 'libx264', '-pix_fmt', 'yuv420p', second])
    await setDisplayMatrix(second, 90)

    const clips = [
      { path: first, info: await probeFile(first) },
      { path: second, info: await probeFile(second) },
    ]
    expect(clips[1]!.info.video!.displayHeight).toBe(320)
    const plan = planConcat(clips)
    const out = join(dir, 'joined.mp4')
    await ffmpeg(concatArgs(plan, out).slice(3))

    const p = await probe(out)
    const v = videoOf(p)!
    const a = audioOf(p)!
    expect([v.width, v.height]).toEqual([360, 640])
    expect(v.codec_name).toBe('h264')
    expect(Number(a.sample_rate)).toBe(48000)
    expect(a.channels).toBe(2)
    expect(Number(p.format.duration)).toBeGreaterThan(3.3)
    expect(Number(p.format.duration)).toBeLessThan(3.8)

    // In the first second: the first clip, edge to edge.
    expect(await greyAt(out, 1, 180, 20, 360)).toBeGreaterThan(40)
    expect(await greyAt(out, 1, 180, 20, 360)).toBeLessThan(90)
    // In the second clip: turned upright (240×320 fitted to 360×480), so bars of 80 px above and
    // below and white from y=80 on. Left sideways it would be 360×270 with bars down to y=185.
    expect(await greyAt(out, 2.8, 180, 40, 360)).toBeLessThan(30)
    expect(await greyAt(out, 2.8, 180, 120, 360)).toBeGreaterThan(220)
    expect(await greyAt(out, 2.8, 180, 600, 360)).toBeLessThan(30)
  }, 120_000)
})
