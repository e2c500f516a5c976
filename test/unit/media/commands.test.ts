import { describe, expect, it } from 'vitest'
import { decodeCheckCommands, earlyRemuxCommand, firstPlayableCommand, ladderCommand, quickCopyCommand, remuxCommands, remuxIntermediates, soundCommand, toneMapTableCommand } from '../../../media-worker/commands'
import { planRenditions } from '../../../media-worker/plan'
import { info } from './load'

const after = (args: string[], flag: string) => args.filter((_, i) => args[i - 1] === flag)
const pairs = (args: string[], flag: string, value: string) => args.some((a, i) => a === flag && args[i + 1] === value)

const hdr = planRenditions(info('iphone-hlg-hevc'))
const sdr = planRenditions(info('uhd-60'))
const silent = planRenditions(info('no-audio'))

describe('first playable picture (the smallest rung, encoded on its own)', () => {
  const { args } = firstPlayableCommand(sdr, '/in/clip.mov', '/tmp/out')

  it('encodes H.264 High 8-bit 4:2:0 with the planned level', () => {
    expect(pairs(args, '-c:v', 'libx264')).toBe(true)
    expect(pairs(args, '-profile:v', 'high')).toBe(true)
    expect(pairs(args, '-pix_fmt', 'yuv420p')).toBe(true)
    expect(pairs(args, '-level:v', '3.0')).toBe(true)
    expect(pairs(args, '-preset', 'superfast')).toBe(true)
  })

  it('pins keyframes to 2 s on every rung: fixed GOP, no scene-cut keyframes, forced by time', () => {
    expect(pairs(args, '-g', '60')).toBe(true)
    expect(pairs(args, '-keyint_min', '60')).toBe(true)
    expect(pairs(args, '-sc_threshold', '0')).toBe(true)
    expect(after(args, '-force_key_frames')).toEqual(['expr:gte(t,n_forced*2)'])
  })

  it('strips metadata and chapters, tags BT.709', () => {
    expect(pairs(args, '-map_metadata', '-1')).toBe(true)
    expect(pairs(args, '-map_chapters', '-1')).toBe(true)
    expect(pairs(args, '-colorspace', 'bt709')).toBe(true)
    expect(pairs(args, '-color_trc', 'bt709')).toBe(true)
  })

  it('encodes the picture only and decodes without the deblocking filter, which a 3× shrink hides', () => {
    expect(args).not.toContain('-c:a')
    expect(after(args, '-filter_complex')[0]).not.toContain('loudnorm')
    const i = args.indexOf('-i')
    expect(args.slice(0, i)).toEqual(expect.arrayContaining(['-skip_loop_filter', 'all']))
    expect(after(ladderCommand(sdr, '/in', '/o').args, '-skip_loop_filter')).toEqual([]) // the big rungs decode in full
  })

  it('caps the frame rate before scaling and scales to the smallest rung', () => {
    const graph = after(args, '-filter_complex')[0]!
    expect(graph).toMatch(/^\[0:0\]fps=30\/1,scale=w=640:h=360/)
    expect(graph).toContain('format=yuv420p')
  })

  it('reports progress on stderr and ends with the picture\'s path', () => {
    expect(pairs(args, '-progress', 'pipe:2')).toBe(true)
    expect(args.at(-1)).toBe('/tmp/out/picture-360p.mp4')
  })
})

describe('sound pass and the early MP4', () => {
  const sound = soundCommand(sdr, '/in/clip.mov', '/tmp/out')!.args

  it('normalises loudness and makes AAC 48 kHz stereo, once per job, with no picture', () => {
    const graph = after(sound, '-filter_complex')[0]!
    expect(graph).toMatch(/^\[0:1\]aformat=channel_layouts=stereo,loudnorm=I=-16:TP=-1\.5/)
    expect(pairs(sound, '-c:a', 'aac')).toBe(true)
    expect(pairs(sound, '-ar', '48000')).toBe(true)
    expect(pairs(sound, '-ac', '2')).toBe(true)
    expect(sound).not.toContain('-c:v')
    expect(pairs(sound, '-map_metadata', '-1')).toBe(true)
    expect(sound.at(-1)).toBe('/tmp/out/sound.m4a')
  })

  it('has nothing to do for a silent source', () => {
    expect(soundCommand(silent, '/in/a.mp4', '/o')).toBeNull()
  })

  it('stream-copies the early picture and the sound into a faststart MP4', () => {
    const early = earlyRemuxCommand(sdr, '/tmp/out').args
    expect(after(early, '-i')).toEqual(['/tmp/out/picture-360p.mp4', '/tmp/out/sound.m4a'])
    expect(after(early, '-map')).toEqual(['0:v:0', '1:a:0'])
    expect(pairs(early, '-c', 'copy')).toBe(true)
    expect(pairs(early, '-movflags', '+faststart')).toBe(true)
    expect(early.at(-1)).toBe('/tmp/out/first-playable.mp4')
    expect(after(earlyRemuxCommand(silent, '/o').args, '-map')).toEqual(['0:v:0'])
  })

  it('writes the shared MP4 itself when the smallest rung is also the MP4 rung', () => {
    const small = planRenditions(info('odd-dimensions'))
    expect(small.rungs).toHaveLength(1)
    expect(earlyRemuxCommand(small, '/o').args.at(-1)).toBe('/o/video.mp4')
  })

  it('seeks and cuts at the input for a trim', () => {
    const trimmed = planRenditions(info('android-vfr'), { trimStart: 2, trimEnd: 5.5 })
    for (const t of [firstPlayableCommand(trimmed, '/in/a.mp4', '/o').args, soundCommand(trimmed, '/in/a.mp4', '/o')!.args, ladderCommand(trimmed, '/in/a.mp4', '/o').args]) {
      const i = t.indexOf('-i')
      expect(t.slice(i - 4, i)).toEqual(['-ss', '2', '-t', '3.5'])
    }
  })
})

describe('HDR', () => {
  const graph = after(firstPlayableCommand(hdr, '/in/IMG.MOV', '/o').args, '-filter_complex')[0]!
  it('tone-maps HLG through zscale and tonemap to BT.709 8-bit', () => {
    expect(graph).toMatch(/zscale=w=360:h=640:.*tin=arib-std-b67.*t=linear/)
    expect(graph).toContain('tonemap=tonemap=hable')
    expect(graph).toContain('zscale=t=bt709:m=bt709')
    expect(graph.indexOf('tonemap')).toBeLessThan(graph.indexOf('format=yuv420p'))
  })
  it('clamps out-of-range R\'G\'B\' and out-of-BT.709 colours in 16-bit integers before any float transfer', () => {
    // zimg's AVX-512 and AVX2 paths disagree on out-of-range values; integer hops are the hard clip both agree on.
    const steps = graph.split(',')
    const linear = steps.findIndex((s) => s.startsWith('zscale=t=linear'))
    expect(steps.slice(0, linear).filter((s) => s === 'format=gbrp16le')).toHaveLength(2)
    expect(steps.findIndex((s) => s.startsWith('zscale=p=bt709'))).toBeLessThan(steps.lastIndexOf('format=gbrp16le'))
  })
  it('tone-maps once in the ladder, at the largest size, through the tone-map table, and shrinks the tone-mapped picture from there', () => {
    const { args } = ladderCommand(hdr, '/in/IMG.MOV', '/o')
    const ladder = after(args, '-filter_complex')[0]!
    expect(ladder).not.toContain('tonemap=')
    expect(ladder.match(/haldclut=interp=tetrahedral/g)).toHaveLength(1)
    expect(ladder).toMatch(/^\[0:0\]fps=30\/1,zscale=w=1080:h=1920:/)
    // The table is the second input; float R'G'B' goes in (haldclut swaps planar 16-bit channels).
    expect(after(args, '-i')).toEqual(['/in/IMG.MOV', '/o/tone-map-table.png'])
    expect(ladder).toContain('format=gbrpf32le[tmrgb];[tmrgb][1:v]haldclut')
    expect(ladder.indexOf('[n1]scale=w=720:h=1280')).toBeGreaterThan(ladder.indexOf('haldclut'))
    // SDR has no table and no second input.
    expect(after(ladderCommand(sdr, '/in/clip.mp4', '/o').args, '-i')).toEqual(['/in/clip.mp4'])
  })
  it('bakes the exact chain into the table: identity Hald CLUT taken as the source R\'G\'B\', the same clamps and tone curve, BT.709 R\'G\'B\' out', () => {
    const call = toneMapTableCommand(hdr, '/o')!
    expect(call.name).toBe('tone-map-table')
    expect(after(call.args, '-i')).toEqual(['haldclutsrc=level=8,format=rgb48le'])
    const chain = after(call.args, '-vf')[0]!.split(',')
    expect(chain[0]).toBe('setparams=color_primaries=bt2020:color_trc=arib-std-b67:colorspace=gbr:range=pc')
    const exact = after(firstPlayableCommand(hdr, '/in', '/o').args, '-filter_complex')[0]!
    // Every step after the exact chain's first 16-bit clamp, up to the tone curve, is in the table.
    const steps = chain.slice(1, chain.indexOf('zscale=t=bt709'))
    expect(exact).toContain(steps.join(','))
    expect(steps.filter((s) => s === 'format=gbrp16le')).toHaveLength(2)
    expect(call.args.at(-1)).toBe('/o/tone-map-table.png')
    expect(toneMapTableCommand(sdr, '/o')).toBeNull()
  })
  it('pins the tone curve\'s peak to the one the source declares (1000 nits when none), in the table and the exact chain alike', () => {
    expect(hdr.colour.peak).toBe(10)
    const declared = planRenditions({ ...info('iphone-hlg-hevc'), video: { ...info('iphone-hlg-hevc').video!, signalPeak: 40 } })
    expect(after(toneMapTableCommand(declared, '/o')!.args, '-vf')[0]).toContain('tonemap=tonemap=hable:desat=0:peak=40')
    expect(after(firstPlayableCommand(declared, '/in', '/o').args, '-filter_complex')[0]).toContain('tonemap=tonemap=hable:desat=0:peak=40')
  })
  it('uses the PQ transfer for PQ sources', () => {
    const pq = { ...hdr, colour: { ...hdr.colour, hdr: 'pq' as const } }
    expect(after(firstPlayableCommand(pq, '/in', '/o').args, '-filter_complex')[0]).toContain('tin=smpte2084')
  })
})

describe('ladder', () => {
  const { args } = ladderCommand(sdr, '/in/clip.mp4', '/tmp/out')
  const graph = after(args, '-filter_complex')[0]!

  it('decodes once and feeds the other rungs, the preview, the storyboard and the poster from it', () => {
    expect(args.filter((a) => a === '-i')).toHaveLength(1)
    expect(graph.match(/\[0:0\]/g)).toHaveLength(1)
    // 360 comes from the first pass; the ladder writes the pictures of 720 and 1080, which the
    // remux turns into HLS rungs and the shared MP4.
    expect(args).toContain('/tmp/out/picture-720p.mp4')
    expect(args).toContain('/tmp/out/picture-1080p.mp4')
    expect(args).not.toContain('-hls_segment_filename')
    expect(args.filter((a) => a.includes('360p'))).toEqual([])
  })

  it('scales and colour-converts once, at the largest size, then shrinks in a cascade (1080 → 720 → preview/storyboard)', () => {
    expect(graph).toMatch(/^\[0:0\]fps=30\/1,scale=w=1920:h=1080[^;]*,split=3\[t0_0\]\[t0_1\]\[t0_2\];/)
    // The 720 stage reads the 1080 picture, not the 4K source; the preview and storyboard read the 720.
    expect(graph).toContain('[n1]scale=w=1280:h=720:flags=bicubic,split=3')
    expect(graph).toMatch(/\[t1_\d\]trim=start=0:duration=6,setpts=PTS-STARTPTS,scale=w=640:h=360:flags=bilinear\[pv\]/)
    expect(graph).toMatch(/\[t1_\d\]fps=1\/1,scale=w=160:h=90:flags=bilinear,tile=9x1\[sb\]/) // 8.02 s at one per second
    // Exactly one scaler per stage plus the two small branches: nothing scales the same picture twice.
    expect(graph.match(/(^|[,\]])z?scale=/g)).toHaveLength(4)
  })

  it('converts the colour matrix only when the source is not BT.709 already', () => {
    expect(graph).not.toContain('out_color_matrix')
    const sd = planRenditions(info('uhd-60'))
    const untagged = { ...sd, colour: { ...sd.colour, convertMatrix: true } }
    expect(after(ladderCommand(untagged, '/in', '/o').args, '-filter_complex')[0]).toMatch(/^\[0:0\]fps=30\/1,scale=w=1920:h=1080:flags=bicubic:out_color_matrix=bt709:out_range=tv/)
  })

  it('gives the big rungs ultrafast with CABAC, deblock and AQ back, the small ones superfast', () => {
    expect(after(args, '-preset')).toEqual(['ultrafast', 'ultrafast', 'superfast']) // 720 MP4, 1080 HLS, preview
    expect(after(args, '-x264-params')).toEqual(['cabac=1:deblock=1:aq-mode=1:8x8dct=1:bframes=3:b-adapt=0', 'cabac=1:deblock=1:aq-mode=1:8x8dct=1:bframes=3:b-adapt=0'])
    expect(after(firstPlayableCommand(sdr, '/in', '/o').args, '-preset')).toEqual(['superfast'])
  })


  it('gives every output the same keyframe settings and strips metadata from each', () => {
    expect(after(args, '-g')).toEqual(['60', '60', '60'])
    expect(after(args, '-sc_threshold')).toEqual(['0', '0', '0'])
    expect(after(args, '-map_metadata').filter((v) => v === '-1').length).toBe(5)
  })

  it('makes a muted preview and a storyboard tile', () => {
    expect(args).toContain('-an')
    expect(args).toContain('/tmp/out/preview.mp4')
    expect(args.at(-1)).toBe('/tmp/out/storyboard/sprite.jpg')
  })

  it('encodes no sound: the sound pass encodes it once for every rung', () => {
    expect(graph).not.toContain('loudnorm')
    expect(args).not.toContain('aac')
  })
})

describe('remux', () => {
  const calls = remuxCommands(sdr, '/tmp/out')

  it('segments each rung\'s picture with the one sound', () => {
    expect(calls.map((c) => after(c.args, '-i'))).toEqual(['360p', '720p', '1080p'].map((r) => [`/tmp/out/picture-${r}.mp4`, '/tmp/out/sound.m4a']))
    expect(after(calls[2]!.args, '-map')).toEqual(['0:v:0', '1:a:0'])
    for (const c of calls) expect(after(c.args, '-c').every((v) => v === 'copy')).toBe(true)
  })

  it('writes the shared faststart MP4 and the 720 rung from one read of its picture', () => {
    const mp4 = calls[1]!.args
    expect(mp4.filter((a) => a.endsWith('.m3u8') || a.endsWith('video.mp4'))).toEqual(['/tmp/out/video.mp4', '/tmp/out/hls/720p/index.m3u8'])
    expect(pairs(mp4, '-movflags', '+faststart')).toBe(true)
    // Every output takes its own maps and codec options.
    expect(after(mp4, '-map')).toEqual(['0:v:0', '1:a:0', '0:v:0', '1:a:0'])
    expect(after(mp4, '-map_metadata').filter((v) => v === '-1')).toHaveLength(2)
  })

  it('writes 4-second fMP4 HLS segments as a VOD playlist', () => {
    for (const c of calls) {
      expect(after(c.args, '-hls_time')).toEqual(['4'])
      expect(after(c.args, '-hls_segment_type')).toEqual(['fmp4'])
      expect(after(c.args, '-hls_playlist_type')).toEqual(['vod'])
    }
    expect(calls.map((c) => c.args.at(-1))).toEqual(['/tmp/out/hls/360p/index.m3u8', '/tmp/out/hls/720p/index.m3u8', '/tmp/out/hls/1080p/index.m3u8'])
  })

  it('maps no sound when the clip has none', () => {
    const silent = planRenditions(info('no-audio'))
    for (const c of remuxCommands(silent, '/o')) {
      expect(after(c.args, '-map').every((m) => m === '0:v:0')).toBe(true)
      expect(after(c.args, '-i')).toHaveLength(1)
    }
  })

  it('leaves the MP4 to the early remux when one rung is both the early rung and the MP4 rung', () => {
    const small = planRenditions(info('odd-dimensions'))
    const calls = remuxCommands(small, '/o')
    expect(calls).toHaveLength(1)
    expect(calls[0]!.args.filter((a) => a.startsWith('/o/') && (a.endsWith('.mp4') || a.endsWith('.m3u8')))).toEqual(['/o/picture-358p.mp4', '/o/hls/358p/index.m3u8'])
    expect(remuxIntermediates(small)).toEqual(['sound.m4a', 'picture-358p.mp4'])
  })

  it('deletes every picture, the sound and the early MP4 afterwards, never a published file', () => {
    expect(remuxIntermediates(sdr)).toEqual(['first-playable.mp4', 'sound.m4a', 'picture-360p.mp4', 'picture-720p.mp4', 'picture-1080p.mp4'])
    expect(remuxIntermediates(silent)).not.toContain('sound.m4a')
  })
})

describe('poster frame (a branch of the ladder pass)', () => {
  it('picks a representative frame with the thumbnail filter from tone-mapped frames', () => {
    const { args } = ladderCommand(hdr, '/in/IMG.MOV', '/o')
    const graph = after(args, '-filter_complex')[0]!
    expect(graph.indexOf('tonemap')).toBeLessThan(graph.indexOf('thumbnail'))
    expect(graph).toMatch(/\[t0_\d\]trim=start=1:duration=3,setpts=PTS-STARTPTS,fps=4,thumbnail=n=12,null\[poster\]/)
    const png = args.indexOf('/o/poster/frame.png')
    expect(args.slice(png - 20, png)).toEqual(expect.arrayContaining(['[poster]', '-frames:v', '1', 'png']))
  })

  it('takes the exact frame at an explicit poster time (relative to the trimmed clip)', () => {
    const plan = planRenditions(info('android-vfr'), { trimStart: 2, posterTime: 1.5 })
    const graph = after(ladderCommand(plan, '/in/a.mp4', '/o').args, '-filter_complex')[0]!
    expect(graph).toMatch(/trim=start=1\.5:duration=0\.033333,setpts=PTS-STARTPTS,[^;]*\[poster\]/)
    expect(graph).not.toContain('thumbnail')
  })
})

describe('stream selection', () => {
  it('maps the video and audio streams by the absolute index MediaInfo chose', () => {
    const i = info('iphone-hlg-hevc')
    i.video!.index = 2
    i.audio!.index = 4
    const plan = planRenditions(i)
    const graph = after(firstPlayableCommand(plan, '/in', '/o').args, '-filter_complex')[0]!
    expect(graph.startsWith('[0:2]fps=')).toBe(true)
    expect(after(soundCommand(plan, '/in', '/o')!.args, '-filter_complex')[0]).toMatch(/^\[0:4\]aformat=/)
    expect(after(decodeCheckCommands('/in', 2)[0]!.args, '-map')).toEqual(['0:2'])
  })
})

describe('decode check', () => {
  it('decodes a few frames at the start and the last seconds at the end', () => {
    const [start, end] = decodeCheckCommands('/in/x.mp4')
    expect(pairs(start!.args, '-frames:v', '3')).toBe(true)
    expect(pairs(end!.args, '-sseof', '-3')).toBe(true)
    expect(pairs(end!.args, '-skip_frame', 'nokey')).toBe(true) // reads every packet, decodes the keyframes
    expect(end!.args.slice(0, end!.args.indexOf('-i'))).toContain('-noaccurate_seek') // …including the one before the 3 s mark
    expect(end!.args.slice(-3)).toEqual(['-f', 'null', '-'])
  })
})

describe('quickCopyCommand', () => {
  const base = info('android-vfr')
  it('stream-copies a browser-playable upload into a faststart MP4 without metadata', () => {
    const call = quickCopyCommand(base, 'in.mp4', 'out.mp4')
    expect(call?.args).toEqual(expect.arrayContaining(['-c', 'copy', '-map_metadata', '-1', '-movflags', '+faststart']))
    expect(call?.args.at(-1)).toBe('out.mp4')
  })
  it('refuses what browsers cannot play as is: HEVC, 10-bit, HDR', () => {
    const hevc = { ...base, video: { ...base.video!, codec: 'hevc' } }
    const tenBit = { ...base, video: { ...base.video!, bitDepth: 10 } }
    const hdr = { ...base, video: { ...base.video!, hdr: 'hlg' as const } }
    for (const info of [hevc, tenBit, hdr]) expect(quickCopyCommand(info, 'in', 'out')).toBeNull()
  })
})
