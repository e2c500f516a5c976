/**
 * The real pipeline on phone-like clips, judged by what ffprobe (and sharp) see in the outputs.
 * Fixtures are generated per run (test/fixtures/generate.ts); nothing here trusts the manifest
 * for a property it can measure in the files themselves.
 */
import { execFile } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { readFile, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { basename, join, resolve } from 'node:path'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { isRetryable, MediaRejection, TranscodeError, transcodeFile, type TranscodeProgress } from '../../media-worker/index'
import type { RenditionManifest } from '../../common/manifest'
import { fixture, removeFixtures, type FixtureName } from '../fixtures/generate'
import { expectedSdr, HDR_PATCHES, type HdrTransfer } from '../fixtures/hdrPatches'
import { failingFixtures, readyFixtures } from '../fixtures/outcomes'
import { audioOf, integratedLoudness, keyframeTimes, patchValues, PRIVATE_TAG, probe, rate, topLevelBoxes, videoOf, videoPacketTimes, type Probe } from './probeOutput'

const root = mkdtempSync(join(tmpdir(), 'werkvloer-media-out-'))
afterAll(() => {
  rmSync(root, { recursive: true, force: true })
  removeFixtures()
})

async function allOutputs(dir: string, m: RenditionManifest): Promise<string[]> {
  return [join(dir, m.mp4.path), join(dir, m.preview!.path), ...m.hls.rungs.map((r) => join(dir, r.playlist))]
}

function expectNoPrivateTags(p: Probe, file: string) {
  const tags = [p.format.tags ?? {}, ...p.streams.map((s) => s.tags ?? {})]
  for (const t of tags) {
    const leaked = Object.entries(t).filter(([k, v]) => PRIVATE_TAG.test(k) || /\+\d{2}\.\d+[+-]\d{3}\.\d+/.test(v))
    expect(leaked, `${file} leaks ${JSON.stringify(leaked)}`).toEqual([])
  }
}

/** Output codes may drift this far from the exact value (x264 at the rungs' CRF on a flat patch). */
const PATCH_TOLERANCE = 5

/**
 * Tone-mapped, not relabelled: every known-light patch of the HDR fixture lands on its SDR value,
 * and the same patch read as if it were BT.709 already (what a pipeline that only rewrites the
 * colour tags would publish) is clearly elsewhere, so this check cannot pass without tone-mapping.
 */
async function expectToneMapped(source: string, output: string, transfer: HdrTransfer) {
  let relabelledOff = 0
  for (const patch of HDR_PATCHES) {
    const want = expectedSdr(patch, transfer)
    const ours = await patchValues(output, patch.at)
    const relabelled = await patchValues(source, patch.at, ['format=yuv420p'])
    const show = (v: number[]) => v.map((x) => x.toFixed(1)).join('/')
    for (let k = 0; k < 3; k++) {
      expect(Math.abs(ours[k]! - want[k]!), `${patch.name}: Y/Cb/Cr ${show(ours)}, want ${show(want)} (relabelled ${show(relabelled)})`).toBeLessThanOrEqual(PATCH_TOLERANCE)
      relabelledOff = Math.max(relabelledOff, Math.abs(relabelled[k]! - want[k]!))
    }
  }
  expect(relabelledOff, 'the relabelled source differs from the expected SDR values by').toBeGreaterThan(4 * PATCH_TOLERANCE)
}

describe('the fixtures are what they claim to be', () => {
  it('iPhone clip: HEVC 10-bit HLG with a -90° display matrix and GPS/device tags', async () => {
    const p = await probe(await fixture('iphone-hlg'))
    const v = videoOf(p)!
    expect([v.codec_name, v.pix_fmt, v.color_transfer]).toEqual(['hevc', 'yuv420p10le', 'arib-std-b67'])
    expect(v.side_data_list?.find((d) => d.side_data_type === 'Display Matrix')?.rotation).toBe(-90)
    expect(Object.keys(p.format.tags ?? {})).toEqual(expect.arrayContaining(['com.apple.quicktime.location.ISO6709', 'location', 'com.apple.quicktime.model']))
  })

  it('iPhone Dolby Vision clip: profile 8 with an HLG-compatible base layer (8.4), rotated', async () => {
    const v = videoOf(await probe(await fixture('iphone-dolby-vision')))!
    expect([v.codec_name, v.pix_fmt, v.color_transfer]).toEqual(['hevc', 'yuv420p10le', 'arib-std-b67'])
    expect(v.side_data_list?.find((d) => d.side_data_type === 'DOVI configuration record')).toMatchObject({ dv_profile: 8, dv_bl_signal_compatibility_id: 4 })
    expect(v.side_data_list?.find((d) => d.side_data_type === 'Display Matrix')?.rotation).toBe(-90)
  })

  it('Dolby Vision profile 5 clip carries the profile 5, compatibility 0 record', async () => {
    const v = videoOf(await probe(await fixture('dolby-vision-5')))!
    expect(v.side_data_list?.find((d) => d.side_data_type === 'DOVI configuration record')).toMatchObject({ dv_profile: 5, dv_bl_signal_compatibility_id: 0 })
  })

  it('PQ clip is tagged smpte2084', async () => {
    expect(videoOf(await probe(await fixture('pq-hevc')))!.color_transfer).toBe('smpte2084')
  })

  it('Android clip has a variable frame rate', async () => {
    const v = videoOf(await probe(await fixture('android-vfr')))!
    expect(rate(v.r_frame_rate)).toBe(60)
    expect(rate(v.avg_frame_rate)).toBeLessThan(40)
  })

  it('browser WebM has no duration in its header and mono 44.1 kHz is mono 44.1 kHz', async () => {
    expect((await probe(await fixture('browser-webm'))).format.duration).toBeUndefined()
    expect(audioOf(await probe(await fixture('mono-44k')))).toMatchObject({ channels: 1, sample_rate: '44100' })
  })

  it('4K clip is 3840×2160 at 60 fps', async () => {
    const v = videoOf(await probe(await fixture('uhd-60')))!
    expect([v.width, v.height, rate(v.avg_frame_rate)]).toEqual([3840, 2160, 60])
  })
})

describe.each(readyFixtures())('$title', (exp) => {
  let dir: string
  let manifest: RenditionManifest
  const progress: TranscodeProgress[] = []

  beforeAll(async () => {
    const input = await fixture(exp.fixture)
    dir = join(root, exp.fixture, 'r-1')
    manifest = await transcodeFile(input, dir, {}, (p) => progress.push(p))
  })

  it('writes a complete folder with the manifest, and leaves no temporary folder', async () => {
    expect(manifest.folder).toBe('r-1')
    expect(JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8'))).toEqual(manifest)
    expect(readdirSync(join(root, exp.fixture))).toEqual(['r-1'])
    // The early rung's own MP4 is remuxed into HLS and deleted: only the published layout remains.
    expect(readdirSync(dir).sort()).toEqual(['hls', 'manifest.json', 'poster', 'preview.mp4', 'share.jpg', 'storyboard', 'video.mp4'])
    expect(progress.map((p) => p.stage)).toEqual(expect.arrayContaining(['probing', 'first-playable', 'ladder', 'posters', 'storyboard', 'finishing']))
    expect(progress.at(-1)!.percent).toBe(100)
  })

  it('has the HLS rungs it should: H.264 High, 8-bit 4:2:0, even sizes, by short side, never upscaled', async () => {
    const sizes: [number, number][] = []
    for (const r of manifest.hls.rungs) {
      const v = videoOf(await probe(join(dir, r.playlist)))!
      expect(v.codec_name).toBe('h264')
      expect(v.profile).toBe('High')
      expect(v.pix_fmt).toBe('yuv420p')
      expect(v.width! % 2).toBe(0)
      expect(v.height! % 2).toBe(0)
      expect(Math.min(v.width!, v.height!)).toBeLessThanOrEqual(exp.sourceShort)
      sizes.push([v.width!, v.height!])
    }
    expect(sizes).toEqual(exp.rungs)
  })

  it('plays at a constant rate no higher than 30 fps', async () => {
    for (const file of await allOutputs(dir, manifest)) {
      const v = videoOf(await probe(file))!
      expect(rate(v.avg_frame_rate)).toBeCloseTo(exp.fps, 1)
      expect(rate(v.r_frame_rate)).toBeLessThanOrEqual(30.01)
    }
    const times = await videoPacketTimes(join(dir, manifest.mp4.path))
    const steps = times.slice(1).map((t, i) => t - times[i]!)
    for (const s of steps) expect(s).toBeCloseTo(1 / exp.fps, 3)
  })

  it('puts a keyframe every 2 seconds, on the same frames in every rung', async () => {
    // fMP4 segments carry no edit list, so with B-frames the first picture sits a frame or two
    // after zero; what matters is the spacing, and that every rung switches on the same frames.
    const expected = Array.from({ length: Math.ceil(exp.clipSeconds / 2) }, (_, i) => i * 2)
    const perRung: number[][] = []
    for (const r of manifest.hls.rungs) perRung.push(await keyframeTimes(join(dir, r.playlist)))
    for (const keys of perRung) {
      expect(keys[0]!).toBeLessThan(0.1)
      expect(keys.map((t) => Math.round((t - keys[0]!) * 100) / 100)).toEqual(expected)
      expect(keys).toEqual(perRung[0])
    }
    const mp4Keys = await keyframeTimes(join(dir, manifest.mp4.path))
    expect(mp4Keys.map((t) => Math.round((t - mp4Keys[0]!) * 100) / 100)).toEqual(expected)
  })

  it(exp.audio ? 'has AAC-LC 48 kHz stereo audio, normalised to about -16 LUFS' : 'has no audio track anywhere', async () => {
    for (const file of await allOutputs(dir, manifest)) {
      const a = audioOf(await probe(file))
      if (!exp.audio || file.endsWith('preview.mp4')) {
        expect(a, file).toBeUndefined()
        continue
      }
      expect(a).toMatchObject({ codec_name: 'aac', profile: 'LC', sample_rate: '48000', channels: 2 })
    }
    if (exp.audio && exp.clipSeconds >= 3) expect(Math.abs((await integratedLoudness(join(dir, manifest.mp4.path))) + 16)).toBeLessThan(1.5)
  })

  it('has no rotation matrix, no location or device tags, and BT.709 colour', async () => {
    for (const file of await allOutputs(dir, manifest)) {
      const p = await probe(file)
      const v = videoOf(p)!
      expect(v.side_data_list?.filter((d) => d.side_data_type === 'Display Matrix') ?? [], file).toEqual([])
      expect(v.tags?.rotate, file).toBeUndefined()
      expectNoPrivateTags(p, file)
      // Tagged BT.709 everywhere; for HLG/PQ sources that means tone-mapped, not just relabelled
      // (expectToneMapped reads known-light patches of the picture to tell which).
      expect(v.color_primaries, file).toBe('bt709')
      expect(v.color_transfer, file).toBe('bt709')
      expect(v.color_space, file).toBe('bt709')
    }
    if (exp.hdr) await expectToneMapped(await fixture(exp.fixture), join(dir, manifest.mp4.path), exp.hdr)
  })

  it('has a master playlist whose BANDWIDTH, RESOLUTION and CODECS match the segments', async () => {
    const master = await readFile(join(dir, manifest.hls.master), 'utf8')
    const entries = [...master.matchAll(/#EXT-X-STREAM-INF:([^\n]+)\n([^\n]+)/g)]
    expect(entries).toHaveLength(exp.rungs.length)
    for (const [, attrs, uri] of entries) {
      expect(attrs).toMatch(/BANDWIDTH=\d+/)
      const [, w, h] = /RESOLUTION=(\d+)x(\d+)/.exec(attrs!)!
      const codecs = /CODECS="([^"]+)"/.exec(attrs!)![1]!
      const p = await probe(join(dir, 'hls', uri!))
      const v = videoOf(p)!
      expect([v.width, v.height]).toEqual([Number(w), Number(h)])
      expect(codecs.startsWith(`avc1.6400${v.level!.toString(16)}`)).toBe(true)
      expect(codecs.includes('mp4a.40.2')).toBe(audioOf(p) !== undefined)
    }
  })

  it('has a faststart MP4 (moov before mdat) no bigger than 720 on the short side', async () => {
    const boxes = await topLevelBoxes(join(dir, manifest.mp4.path))
    expect(boxes.indexOf('moov')).toBeGreaterThanOrEqual(0)
    expect(boxes.indexOf('moov')).toBeLessThan(boxes.indexOf('mdat'))
    const v = videoOf(await probe(join(dir, manifest.mp4.path)))!
    expect(Math.min(v.width!, v.height!)).toBeLessThanOrEqual(720)
    expect(Number((await probe(join(dir, manifest.mp4.path))).format.duration)).toBeCloseTo(exp.clipSeconds, 1)
  })

  it('has a muted preview loop of 4–8 s (or the whole clip when shorter) at 360 short side or less', async () => {
    const p = await probe(join(dir, manifest.preview!.path))
    const d = Number(p.format.duration)
    if (exp.clipSeconds >= 4) {
      expect(d).toBeGreaterThanOrEqual(4)
      expect(d).toBeLessThanOrEqual(8.05)
    } else expect(d).toBeCloseTo(exp.clipSeconds, 1)
    expect(audioOf(p)).toBeUndefined()
    const v = videoOf(p)!
    expect(Math.min(v.width!, v.height!)).toBeLessThanOrEqual(360)
    expect((await topLevelBoxes(join(dir, manifest.preview!.path))).indexOf('moov')).toBeLessThan((await topLevelBoxes(join(dir, manifest.preview!.path))).indexOf('mdat'))
  })

  it('has posters in AVIF, WebP and JPEG at every width, none wider than the video', async () => {
    const top = exp.rungs.at(-1)!
    const widths = [...new Set(manifest.posters.map((p) => p.width))]
    expect(widths.length).toBeGreaterThanOrEqual(2)
    for (const width of widths) {
      const formats = manifest.posters.filter((p) => p.width === width).map((p) => p.format).sort()
      expect(formats).toEqual(['avif', 'jpeg', 'webp'])
    }
    for (const poster of manifest.posters) {
      const meta = await sharp(join(dir, poster.path)).metadata()
      expect(meta.width).toBe(poster.width)
      expect(meta.height).toBe(poster.height)
      expect(meta.width).toBeLessThanOrEqual(top[0])
      expect(meta.format === 'heif' ? 'avif' : meta.format).toBe(poster.format)
      expect(meta.exif).toBeUndefined()
      // Same shape as the video.
      expect(meta.width! / meta.height!).toBeCloseTo(top[0] / top[1], 1)
    }
  })

  it('has a 1200×630 share image', async () => {
    const meta = await sharp(join(dir, manifest.shareImage!.path)).metadata()
    expect([meta.width, meta.height, meta.format]).toEqual([1200, 630, 'jpeg'])
  })

  it('has a storyboard sprite and a WebVTT whose #xywh cues stay inside it', async () => {
    const vtt = await readFile(join(dir, manifest.storyboard!.vtt), 'utf8')
    expect(vtt.startsWith('WEBVTT')).toBe(true)
    const cues = [...vtt.matchAll(/sprite\.jpg#xywh=(\d+),(\d+),(\d+),(\d+)/g)].map((m) => m.slice(1).map(Number))
    expect(cues.length).toBeGreaterThanOrEqual(Math.floor(exp.clipSeconds))
    const sprite = await sharp(join(dir, manifest.storyboard!.sprite)).metadata()
    for (const [x, y, w, h] of cues) {
      expect(x! + w!).toBeLessThanOrEqual(sprite.width!)
      expect(y! + h!).toBeLessThanOrEqual(sprite.height!)
    }
  })
})

describe('trim and poster time', () => {
  it('publishes only the trimmed part, with the poster taken inside it', async () => {
    const input = await fixture('android-vfr')
    const dir = join(root, 'trimmed', 'r-1')
    const m = await transcodeFile(input, dir, { trimStart: 0.5, trimEnd: 2.5, posterTime: 1 })
    expect(Number((await probe(join(dir, m.mp4.path))).format.duration)).toBeCloseTo(2, 1)
    expect(m.durationSeconds).toBeCloseTo(2, 2)
    expect(existsSync(join(dir, m.posters[0]!.path))).toBe(true)
  })

  it('accepts an upload over the length limit when the trim brings it under', async () => {
    const input = await fixture('no-audio')
    const m = await transcodeFile(input, join(root, 'trimmed-under-limit', 'r-1'), { trimEnd: 1.5, limits: { maxDurationSeconds: 2 } })
    expect(m.durationSeconds).toBeCloseTo(1.5, 2)
  })

  it('rejects a trim that ends before it starts, and writes nothing', async () => {
    const input = await fixture('no-audio')
    const parent = join(root, 'bad-trim')
    const err = await transcodeFile(input, join(parent, 'r-1'), { trimStart: 2, trimEnd: 1 }).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(MediaRejection)
    expect((err as MediaRejection).code).toBe('invalid-trim')
    expect(existsSync(join(parent, 'r-1'))).toBe(false)
  })
})

describe('re-running and cancelling', () => {
  it('replaces an existing output folder in one piece', async () => {
    const input = await fixture('no-audio')
    const parent = join(root, 'rerun')
    const first = await transcodeFile(input, join(parent, 'r-1'))
    const second = await transcodeFile(input, join(parent, 'r-1'), { posterTime: 2 })
    expect(second.createdAt >= first.createdAt).toBe(true)
    expect(readdirSync(parent)).toEqual(['r-1'])
    expect(JSON.parse(await readFile(join(parent, 'r-1', 'manifest.json'), 'utf8')).createdAt).toBe(second.createdAt)
  })

  it('stops ffmpeg and removes everything when cancelled mid-way', async () => {
    const input = await fixture('iphone-hlg')
    const parent = join(root, 'cancel')
    const abort = new AbortController()
    let sawFirstPlayable = false
    const err = await transcodeFile(input, join(parent, 'r-1'), {
      signal: abort.signal,
      onFirstPlayable: async (mp4) => {
        sawFirstPlayable = (await stat(mp4)).size > 0
        abort.abort()
      },
    }).catch((e: unknown) => e)
    expect(sawFirstPlayable).toBe(true)
    expect(err).toBeInstanceOf(TranscodeError)
    expect((err as TranscodeError).code).toBe('aborted')
    expect(readdirSync(parent)).toEqual([])
    // Both passes run at once: the ladder ffmpeg must be gone too, not left writing into nothing.
    expect(processesMentioning(parent)).toEqual([])
  })
})

/** Command lines of live processes that contain `text` (Linux /proc; elsewhere nothing to check). */
function processesMentioning(text: string): string[] {
  if (!existsSync('/proc/self/cmdline')) return []
  return readdirSync('/proc')
    .filter((d) => /^\d+$/.test(d))
    .map((pid) => {
      try {
        return readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ')
      } catch {
        return '' // exited while we looked
      }
    })
    .filter((cmd) => cmd.includes(text))
}

const BAD: [string, FixtureName, string, string, string, { maxDurationSeconds?: number }?][] = [
  ...failingFixtures().map((f): [string, FixtureName, string, string, string] => [f.title, f.fixture, f.code, f.message, f.nl]),
  ['a clip over the configured maximum length', 'no-audio', 'too-long', 'The video is longer than the maximum of 2 seconds (it is 3 seconds).', 'De video is langer dan het maximum van 2 seconden (hij duurt 3 seconden).', { maxDurationSeconds: 2 }],
]

describe.each(BAD)('rejects %s', (_title, name, code, message, nl, limits) => {
  it(`with "${message}" and leaves nothing behind`, async () => {
    const input = await fixture(name)
    const parent = join(root, `bad-${name}-${code}`)
    const err = await transcodeFile(input, join(parent, 'r-1'), { ...(limits ? { limits } : {}) }).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(MediaRejection)
    expect((err as MediaRejection).code).toBe(code)
    expect((err as MediaRejection).message).toBe(message)
    expect((err as MediaRejection).nl).toBe(nl)
    expect((err as MediaRejection).retryable).toBe(false)
    expect(isRetryable(err)).toBe(false)
    expect(existsSync(join(parent, 'r-1'))).toBe(false)
    expect(existsSync(parent) ? readdirSync(parent) : []).toEqual([])
  })
})

describe('CLI', () => {
  const cwd = resolve(import.meta.dirname, '../..')
  const node = join(cwd, 'node_modules/.bin/node')
  const cli = (...args: string[]) =>
    new Promise<{ code: number | null; stdout: string; stderr: string }>((done) => {
      execFile(node, ['--import', 'tsx', 'media-worker/cli.ts', ...args], { cwd }, (err, stdout, stderr) =>
        done({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr }),
      )
    })

  it('exits 1 with exactly one line on stderr for a bad input', async () => {
    const out = join(root, 'cli-bad', 'r-1')
    const r = await cli('transcode', await fixture('jpeg'), out)
    expect(r.code).toBe(1)
    expect(r.stderr.trimEnd().split('\n')).toEqual(['This is not a video file (it looks like an image, JPEG).'])
    expect(r.stdout).toBe('')
    expect(existsSync(out)).toBe(false)
  })

  it('exits 0 and prints the manifest as JSON for a good input', async () => {
    const out = join(root, 'cli-good', 'r-7')
    const r = await cli('transcode', await fixture('no-audio'), out)
    expect(r.code).toBe(0)
    const m = JSON.parse(r.stdout) as RenditionManifest
    expect(m.folder).toBe(basename(out))
    expect(existsSync(join(out, m.hls.master))).toBe(true)
  })

  it('exits 2 with a usage line when arguments are missing', async () => {
    const r = await cli('transcode')
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/^usage: /m)
  })
})
