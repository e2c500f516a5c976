/**
 * Hook-test variants' poster frames with real ffmpeg: a clip whose every second is another flat
 * colour, so the colour of a variant's poster says which moment it shows. Both ways of making
 * them are checked: from the full run's ladder decode, and the posters-only seek-and-grab a
 * curator's change of a variant's time triggers, which leaves the rest of the folder untouched.
 */
import { execFile } from 'node:child_process'
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { RenditionManifest } from '../../common/manifest'
import { makeVariantPosters, transcodeFile } from '../../media-worker/index'

const run = promisify(execFile)
const root = mkdtempSync(join(tmpdir(), 'werkvloer-variant-posters-'))
afterAll(() => rmSync(root, { recursive: true, force: true }))

/** Second n of the clip is COLOURS[n]. */
const COLOURS = [
  [255, 0, 0],
  [0, 255, 0],
  [0, 0, 255],
  [255, 255, 0],
] as const

let clip: string
let dir: string
let manifest: RenditionManifest

beforeAll(async () => {
  clip = join(root, 'colours.mp4')
  const hex = (c: readonly number[]) => `0x${c.map((v) => v.toString(16).padStart(2, '0')).join('')}`
  const inputs = COLOURS.flatMap((c) => ['-f', 'lavfi', '-i', `color=c=${hex(c)}:s=180x320:r=25:d=1`])
  await run(process.env.FFMPEG_PATH ?? 'ffmpeg', [
    '-y', '-hide_banner', '-loglevel', 'error',
    ...inputs,
    '-filter_complex', `${COLOURS.map((_, i) => `[${i}:v]`).join('')}concat=n=${COLOURS.length}:v=1:a=0,format=yuv420p[v]`,
    '-map', '[v]', '-c:v', 'libx264', '-preset', 'ultrafast', '-g', '25', '-colorspace', 'bt709', '-color_primaries', 'bt709', '-color_trc', 'bt709', clip,
  ])
  dir = join(root, 'video', 'r-1')
  // a and e share a frame; c has none of its own (the video's poster).
  manifest = await transcodeFile(clip, dir, { posterTime: 0.5, variantPosterTimes: { a: 2.5, b: 1.3, e: 2.5 } })
})

/** The mean colour of an image, as 0–255 RGB. */
async function colourOf(file: string, region?: { left: number; top: number; width: number; height: number }): Promise<number[]> {
  const image = sharp(file)
  const { channels } = await (region ? image.extract(region) : image).stats()
  return channels.slice(0, 3).map((c) => c.mean)
}

/** The image's colour is nearest to second `second`'s colour, within half the distance between any two of them (≥ 255), so no other second can match; pure green comes out darker through the BT.709 round trip and AVIF, hence no tighter bound. */
function expectColour(actual: number[], second: number) {
  const distance = (c: readonly number[]) => Math.hypot(...c.map((v, k) => v - actual[k]!))
  const distances = COLOURS.map(distance)
  const nearest = distances.indexOf(Math.min(...distances))
  expect(nearest, `colour ${actual.map(Math.round)} should be second ${second}'s ${COLOURS[second]}`).toBe(second)
  expect(distances[second]!, `colour ${actual.map(Math.round)} vs ${COLOURS[second]}`).toBeLessThan(128)
}

describe('variant posters from the full run', () => {
  it('show the frame at each variant’s time, in every format and width of the main poster', async () => {
    const vp = manifest.variantPosters!
    expect(Object.keys(vp).sort()).toEqual(['a', 'b', 'e'])
    expect(vp.a!.posterTime).toBeCloseTo(2.48, 3)
    for (const [key, second] of [['a', 2], ['b', 1], ['e', 2]] as const) {
      const shapes = vp[key]!.posters.map((p) => `${p.format}@${p.width}x${p.height}`)
      expect(shapes).toEqual(manifest.posters.map((p) => `${p.format}@${p.width}x${p.height}`))
      for (const poster of vp[key]!.posters) {
        const meta = await sharp(join(dir, poster.path)).metadata()
        expect([meta.width, meta.height, meta.format === 'heif' ? 'avif' : meta.format]).toEqual([poster.width, poster.height, poster.format])
        expectColour(await colourOf(join(dir, poster.path)), second)
      }
      // The share image lays the portrait frame over a darkened blur of itself: its middle is the frame.
      expectColour(await colourOf(join(dir, vp[key]!.shareImage!.path), { left: 560, top: 250, width: 80, height: 130 }), second)
    }
    // The main poster keeps its own time.
    expectColour(await colourOf(join(dir, manifest.posters[0]!.path)), 0)
  })

  it('makes one set of images per distinct frame, and leaves no PNG behind', () => {
    expect(manifest.variantPosters!.a!.posters).toEqual(manifest.variantPosters!.e!.posters)
    // 1.3 s and 2.5 s fall in the 25 fps frames that start at 1.28 s and 2.48 s.
    expect(readdirSync(join(dir, 'variants')).sort()).toEqual(['t1280', 't2480'])
    for (const sub of readdirSync(join(dir, 'variants'))) expect(readdirSync(join(dir, 'variants', sub)).some((f) => f.endsWith('.png'))).toBe(false)
  })
})

describe('a posters-only job', () => {
  it('makes a changed variant’s poster in the existing folder without touching the renditions', async () => {
    const mp4Before = statSync(join(dir, manifest.mp4.path)).mtimeMs
    const started = performance.now()
    const made = await makeVariantPosters(clip, dir, { trimStart: manifest.trim?.start, variantPosterTimes: { a: 3.2, b: 1.3 } })
    console.log(`posters-only job for 2 frames: ${Math.round(performance.now() - started)} ms wall (load ${(await import('node:os')).loadavg().map((l) => l.toFixed(1)).join(' ')})`)
    expect(Object.keys(made).sort()).toEqual(['a', 'b'])
    expectColour(await colourOf(join(dir, made.a!.posters.at(-1)!.path)), 3)
    expectColour(await colourOf(join(dir, made.b!.posters[0]!.path)), 1)
    expect(made.a!.posters.map((p) => [p.format, p.width])).toEqual(manifest.posters.map((p) => [p.format, p.width]))
    expect(statSync(join(dir, manifest.mp4.path)).mtimeMs).toBe(mp4Before)
    expect(readdirSync(dir).filter((e) => e.includes('.tmp-'))).toEqual([])
  })

  it('takes the frame inside the trimmed clip: times count from the trim start', async () => {
    const trimmedDir = join(root, 'trimmed', 'r-1')
    const trimmed = await transcodeFile(clip, trimmedDir, { trimStart: 1, variantPosterTimes: { a: 0.5 } })
    expectColour(await colourOf(join(trimmedDir, trimmed.variantPosters!.a!.posters[0]!.path)), 1)
    const made = await makeVariantPosters(clip, trimmedDir, { trimStart: trimmed.trim!.start, variantPosterTimes: { a: 2.2 } })
    expectColour(await colourOf(join(trimmedDir, made.a!.posters[0]!.path)), 3)
  })
})
