/**
 * Hook-test variants' poster frames with real ffmpeg: a clip whose every second is another flat
 * colour, so the colour of a variant's poster says which moment it shows. Both ways of making
 * them are checked: from the full run's ladder decode, and the posters-only seek-and-grab a
 * curator's change of a variant's time triggers, which leaves the rest of the folder untouched.
 */
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { RenditionManifest } from '../../common/manifest'
import { makeVariantPosters, transcodeFile } from '../../media-worker/index'
import { makeColourClip, secondShown } from '../helpers/ffmpeg'

const root = mkdtempSync(join(tmpdir(), 'werkvloer-variant-posters-'))
afterAll(() => rmSync(root, { recursive: true, force: true }))

let clip: string
let dir: string
let manifest: RenditionManifest

beforeAll(async () => {
  clip = await makeColourClip(join(root, 'colours.mp4'))
  dir = join(root, 'video', 'r-1')
  // a and e share a frame; c has none of its own (the video's poster).
  manifest = await transcodeFile(clip, dir, { posterTime: 0.5, variantPosterTimes: { a: 2.5, b: 1.3, e: 2.5 } })
})

async function expectColour(file: string, second: number, region?: { left: number; top: number; width: number; height: number }) {
  expect(await secondShown(file, region), file).toBe(second)
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
        await expectColour(join(dir, poster.path), second)
      }
      // The share image lays the portrait frame over a darkened blur of itself: its middle is the frame.
      await expectColour(join(dir, vp[key]!.shareImage!.path), second, { left: 560, top: 250, width: 80, height: 130 })
    }
    // The main poster keeps its own time.
    await expectColour(join(dir, manifest.posters[0]!.path), 0)
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
    await expectColour(join(dir, made.a!.posters.at(-1)!.path), 3)
    await expectColour(join(dir, made.b!.posters[0]!.path), 1)
    expect(made.a!.posters.map((p) => [p.format, p.width])).toEqual(manifest.posters.map((p) => [p.format, p.width]))
    expect(statSync(join(dir, manifest.mp4.path)).mtimeMs).toBe(mp4Before)
    expect(readdirSync(dir).filter((e) => e.includes('.tmp-'))).toEqual([])
  })

  it('keeps the frames the folder already has: changing one variant’s time makes one frame', async () => {
    const first = await makeVariantPosters(clip, dir, { trimStart: 0, variantPosterTimes: { a: 3.2, b: 1.3 } })
    const aFile = join(dir, first.a!.posters[0]!.path)
    const aTime = statSync(aFile).mtimeMs
    const next = await makeVariantPosters(clip, dir, { trimStart: 0, variantPosterTimes: { a: 3.2, b: 0.2 }, existing: first })
    expect(next.a).toEqual(first.a)
    expect(statSync(aFile).mtimeMs).toBe(aTime)
    await expectColour(join(dir, next.b!.posters[0]!.path), 0)
  })

  it('takes the frame inside the trimmed clip: times count from the trim start', async () => {
    const trimmedDir = join(root, 'trimmed', 'r-1')
    const trimmed = await transcodeFile(clip, trimmedDir, { trimStart: 1, variantPosterTimes: { a: 0.5 } })
    await expectColour(join(trimmedDir, trimmed.variantPosters!.a!.posters[0]!.path), 1)
    const made = await makeVariantPosters(clip, trimmedDir, { trimStart: trimmed.trim!.start, variantPosterTimes: { a: 2.2 } })
    await expectColour(join(trimmedDir, made.a!.posters[0]!.path), 3)
  })
})
