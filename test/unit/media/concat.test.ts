import { describe, expect, it } from 'vitest'

import { concatArgs, concatFilter, ConcatRefusal, planConcat, type ConcatClip } from '../../../media-worker/concat'
import type { MediaInfo, VideoStreamInfo } from '../../../media-worker/probe'

function clip(path: string, v: Partial<VideoStreamInfo> & { displayWidth: number; displayHeight: number }, opts: { duration?: number; audio?: boolean } = {}): ConcatClip {
  const video: VideoStreamInfo = {
    index: 0, codec: 'vp9', bitDepth: 8, width: v.displayWidth, height: v.displayHeight, sampleAspectRatio: 1, rotation: 0, hdr: null, dolbyVision: false,
    rFrameRate: 30, avgFrameRate: 30, frameRate: 30, variableFrameRate: false, ...v,
  }
  const info: MediaInfo = { formatName: 'matroska,webm', durationSeconds: opts.duration ?? 10, streamCount: 2, video, audio: null, hasAudio: opts.audio ?? true }
  return { path, info }
}

describe('joining one clip per prompt', () => {
  it('fits every clip onto the first clip’s upright canvas, at one frame rate', () => {
    const plan = planConcat([
      clip('a.webm', { displayWidth: 720, displayHeight: 1280 }, { duration: 12.5 }),
      // Stored landscape with a 90° display matrix: upright it is portrait too; 60 fps, variable.
      clip('b.mp4', { width: 1920, height: 1080, rotation: 90, displayWidth: 1080, displayHeight: 1920, frameRate: 59.94, variableFrameRate: true }, { duration: 8 }),
    ])
    expect(plan).toMatchObject({ width: 720, height: 1280, fps: 60, totalSeconds: 20.5 })
  })

  it('never makes the canvas larger than 1080 on the short side, and keeps it even', () => {
    expect(planConcat([clip('4k.mov', { displayWidth: 2160, displayHeight: 3840 })])).toMatchObject({ width: 1080, height: 1920 })
    expect(planConcat([clip('odd.mp4', { displayWidth: 359, displayHeight: 641 })])).toMatchObject({ width: 360, height: 642 })
  })

  it('letterboxes, never crops: scale to fit, then pad, per clip', () => {
    const graph = concatFilter(planConcat([clip('a', { displayWidth: 720, displayHeight: 1280 }), clip('b', { displayWidth: 1280, displayHeight: 720 })]))
    expect(graph).toContain('[1:v:0]scale=720:1280:force_original_aspect_ratio=decrease')
    expect(graph).toContain('pad=720:1280:(ow-iw)/2:(oh-ih)/2:color=black')
    expect(graph).not.toMatch(/crop=/)
    expect(graph.endsWith('[v0][a0][v1][a1]concat=n=2:v=1:a=1[v][a]')).toBe(true)
  })

  it('gives a clip without sound silence of its own length, so sound and picture stay in sync', () => {
    const plan = planConcat([clip('a', { displayWidth: 720, displayHeight: 1280 }, { duration: 5 }), clip('mute', { displayWidth: 720, displayHeight: 1280 }, { duration: 3.25, audio: false })])
    const args = concatArgs(plan, 'out.mp4')
    // Inputs: the two clips, then one lavfi silence for the mute clip (input 2).
    expect(args.filter((a) => a === '-i')).toHaveLength(3)
    expect(args.join(' ')).toContain('-f lavfi -t 3.25 -i anullsrc=r=48000:cl=stereo')
    expect(concatFilter(plan)).toContain('[2:a:0]aresample=48000')
    expect(concatFilter(plan)).toContain('[0:a:0]aresample=48000')
  })

  it('writes a clean mezzanine: no metadata of the clips, faststart, the output last', () => {
    const args = concatArgs(planConcat([clip('a', { displayWidth: 720, displayHeight: 1280 })]), '/tmp/joined.mp4')
    expect(args.join(' ')).toContain('-map_metadata -1')
    expect(args.join(' ')).toContain('-movflags +faststart')
    expect(args.at(-1)).toBe('/tmp/joined.mp4')
    expect(args.slice(0, 3)).toEqual(['-hide_banner', '-nostdin', '-y'])
  })

  it('refuses what it cannot join, saying which clip', () => {
    expect(() => planConcat([])).toThrow(ConcatRefusal)
    const noPicture = clip('x', { displayWidth: 720, displayHeight: 1280 })
    noPicture.info.video = null
    expect(() => planConcat([clip('a', { displayWidth: 720, displayHeight: 1280 }), noPicture])).toThrow(/clip 2 has no video track/)
    expect(() => planConcat([clip('hdr', { displayWidth: 1080, displayHeight: 1920, hdr: 'hlg' })])).toThrow(/clip 1 is HDR/)
    expect(() => planConcat([clip('a', { displayWidth: 720, displayHeight: 1280 }, { duration: Number.NaN })])).toThrow(/no known length/)
  })
})
