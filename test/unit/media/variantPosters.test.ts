/**
 * What the worker decides to render for hook-test variants' posters, without ffmpeg: which frames
 * (one per distinct output frame, inside the clip), where they hang in the ladder's one decode,
 * and the posters-only pass (one seeked input per frame, the poster's own scale and colour).
 */
import { describe, expect, it } from 'vitest'

import { LAYOUT, ladderCommand, ladderGraph, outputDirectories, scaleAndColour, variantPostersCommand } from '../../../media-worker/commands'
import { planRenditions, planVariantPosters } from '../../../media-worker/plan'
import { unusedVariantFolders } from '../../../media-worker/variantPosters'
import { info } from './load'

const after = (args: string[], flag: string) => args.filter((_, i) => args[i - 1] === flag)

describe('planVariantPosters', () => {
  it('snaps each time to the output frame it falls in and shares a frame between variants that land on it', () => {
    expect(planVariantPosters({ a: 2.5, b: 1.3, c: 2.51 }, 4, 25)).toEqual([
      { name: 't1280', startSeconds: 1.28, keys: ['b'] },
      { name: 't2480', startSeconds: 2.48, keys: ['a', 'c'] },
    ])
  })

  it('keeps the frames inside the clip: past the end is the last frame, before the start the first', () => {
    expect(planVariantPosters({ a: 99, b: -1 }, 2, 30)).toEqual([
      { name: 't0', startSeconds: 0, keys: ['b'] },
      { name: 't1967', startSeconds: 1.966667, keys: ['a'] },
    ])
  })

  it('leaves out keys without a usable time (they show the video’s poster)', () => {
    expect(planVariantPosters({ a: Number.NaN, b: Number.POSITIVE_INFINITY }, 4, 30)).toEqual([])
  })

  it('counts from the trim start and uses the output rate (60 fps source → 30 fps frames)', () => {
    const plan = planRenditions(info('uhd-60'), { trimStart: 1, variantPosterTimes: { a: 0.51 } })
    expect(plan.fps).toEqual({ num: 30, den: 1 })
    expect(plan.variantPosters).toEqual([{ name: 't500', startSeconds: 0.5, keys: ['a'] }])
  })
})

describe('variant frames in the full run', () => {
  const plan = planRenditions(info('iphone-hlg-hevc'), { variantPosterTimes: { a: 1, b: 2 } })
  const none = planRenditions(info('iphone-hlg-hevc'))

  it('come from the ladder’s one decode: one trim per frame on the largest stage, at the poster’s size', () => {
    const { graph } = ladderGraph(plan)
    const branches = graph.split(';').filter((p) => /\[vp\d\]$/.test(p))
    expect(branches).toHaveLength(2)
    // A one-frame window centred on the frame, then the poster's resize (null: the base is poster-sized).
    expect(branches[0]).toMatch(/^\[t0_\d+\]trim=start=0\.98\d*:duration=0\.0\d+,setpts=PTS-STARTPTS,null\[vp0\]$/)
    expect(graph.match(/zscale=/g)?.length).toBe(ladderGraph(none).graph.match(/zscale=/g)?.length)
    expect(graph.split('[0:').length).toBe(ladderGraph(none).graph.split('[0:').length)
  })

  it('are each written as one PNG into their own folder, which exists before ffmpeg runs', () => {
    const { args } = ladderCommand(plan, '/in/clip.mov', '/tmp/out')
    expect(after(args, '-map').filter((m) => m.startsWith('[vp'))).toEqual(['[vp0]', '[vp1]'])
    expect(args).toContain(`/tmp/out/${LAYOUT.variantFrame('t1000')}`)
    expect(args).toContain(`/tmp/out/${LAYOUT.variantFrame('t2000')}`)
    expect(outputDirectories(plan)).toEqual(expect.arrayContaining(['variants', 'variants/t1000', 'variants/t2000']))
    expect(outputDirectories(none).some((d) => d.startsWith('variants'))).toBe(false)
  })
})

describe('the posters-only pass', () => {
  it('seeks one input per distinct frame (trim start + time) and takes it through the poster’s colour chain', () => {
    const plan = planRenditions(info('iphone-hlg-hevc'), { trimStart: 0.5, variantPosterTimes: { a: 1, b: 2, c: 2 } })
    const { args } = variantPostersCommand(plan, '/in/clip.mov', '/tmp/v')!
    expect(after(args, '-ss')).toEqual(['1.5', '2.5'])
    expect(after(args, '-i')).toEqual(['/in/clip.mov', '/in/clip.mov'])
    const graph = after(args, '-filter_complex')[0]!
    const chain = scaleAndColour(plan, plan.poster).join(',')
    expect(graph).toBe(`[0:${plan.source.videoIndex}]${chain}[vp0];[1:${plan.source.videoIndex}]${chain}[vp1]`)
    expect(graph).toContain('tonemap=tonemap=hable')
    expect(after(args, '-frames:v')).toEqual(['1', '1'])
    expect(args.filter((a) => a.endsWith('frame.png'))).toEqual(['/tmp/v/variants/t1000/frame.png', '/tmp/v/variants/t2000/frame.png'])
    // No encode of any kind.
    expect(args).not.toContain('libx264')
  })

  it('is not needed when no variant has a time of its own', () => {
    expect(variantPostersCommand(planRenditions(info('no-audio')), '/in/a.mp4', '/tmp/v')).toBeNull()
  })
})

describe('unusedVariantFolders', () => {
  it('keeps every frame folder the manifest still points into, the video’s own poster included', () => {
    expect(unusedVariantFolders(['t1000', 't2000', 't3000'], ['poster/poster-320.jpg', 'variants/t3000/poster-320.jpg', 'variants/t1000/share.jpg'])).toEqual(['t2000'])
  })
})
