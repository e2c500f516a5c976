/**
 * Media pipeline benchmark (never asserts: it measures and prints).
 *
 *   npm run bench:media              60 s clips, as the issue specifies
 *   npm run bench:media -- --quick   10 s clips, a sanity run
 *
 * For each phone-like clip (H.264 SDR ~15 Mb/s, HEVC 10-bit HLG) it measures, one after the other
 * so they never compete for the 2 cores: the naive single-MP4 transcode (the baseline), a
 * decode-only pass (the floor), transcodeFile (first playable + complete set, worker RSS), and
 * the SSIM of the 720 rung. Next to wall clock it prints CPU seconds, which a shared machine
 * distorts far less. Results go to stdout and test-results/bench-media.json (--quick:
 * bench-media-quick.json, so a sanity run never overwrites the real numbers).
 * Clips are cached in os.tmpdir()/werkvloer-bench, keyed by their generation parameters.
 * Exit 0 whatever the numbers; exit 1 only when something broke (ffmpeg or the pipeline failed).
 */
import { execFile, execFileSync, spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import { mkdir, mkdtemp, rename, rm, stat, writeFile } from 'node:fs/promises'
import { cpus, loadavg, tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs, promisify } from 'node:util'
import { scaleAndColour } from '../../media-worker/commands.js'
import { ffmpegPath, planRenditions, probeFile, transcodeFile, type RenditionManifest, type TranscodeStage } from '../../media-worker/index.js'

const { values: flags } = parseArgs({ options: { quick: { type: 'boolean', default: false } } })
const QUICK = flags.quick === true
const CLIP_SECONDS = QUICK ? 10 : 60
const WIDTH = 1080
const HEIGHT = 1920
const FPS = 30
const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../..')
const CACHE = join(tmpdir(), 'werkvloer-bench')

class BenchError extends Error {}

// ---------------------------------------------------------------------------------------------
// CPU time. On a shared machine wall clock mostly measures the neighbours; CPU seconds of ffmpeg
// (reaped children) plus this process (sharp) do not, and CPU ÷ 2 cores is a lower bound for the
// wall time on an idle machine. Linux only (/proc); null elsewhere.

const CLK_TCK = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100
  } catch {
    return 100
  }
})()

function cpuSeconds(): number | null {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8')
    // Fields after "(comm) ": state is field 3, so utime, stime, cutime, cstime (14–17) are 11–14.
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    return f.slice(11, 15).reduce((sum, v) => sum + Number(v), 0) / CLK_TCK
  } catch {
    return null
  }
}

/** Wall seconds and CPU seconds of `fn`. */
async function timed<T>(fn: () => Promise<T>): Promise<{ value: T; seconds: number; cpu: number | null }> {
  const cpu0 = cpuSeconds()
  const t0 = performance.now()
  const value = await fn()
  const seconds = (performance.now() - t0) / 1000
  const cpu1 = cpuSeconds()
  return { value, seconds, cpu: cpu0 === null || cpu1 === null ? null : cpu1 - cpu0 }
}

// ---------------------------------------------------------------------------------------------
// ffmpeg

interface FfmpegResult {
  seconds: number
  stderr: string
}

const tail = (s: string, lines = 15) => s.trim().split('\n').slice(-lines).join('\n')

/** Wall clock includes the spawn, as it does for transcodeFile's own ffmpeg calls. */
function ffmpeg(what: string, args: string[]): Promise<FfmpegResult> {
  const start = performance.now()
  return new Promise((resolvePromise, reject) => {
    const child = spawn(ffmpegPath(), ['-hide_banner', '-nostdin', '-y', ...args], { stdio: ['ignore', 'ignore', 'pipe'] })
    let stderr = ''
    child.stderr.setEncoding('utf8')
    // Only the tail matters (errors, the SSIM summary); x265 alone prints a line per setting.
    child.stderr.on('data', (d: string) => (stderr = (stderr + d).slice(-64_000)))
    child.on('error', (err) => reject(new BenchError(`${what}: could not start ffmpeg: ${err.message}`)))
    child.on('close', (code, signal) => {
      if (code === 0) resolvePromise({ seconds: (performance.now() - start) / 1000, stderr })
      else reject(new BenchError(`${what}: ffmpeg exited with ${code ?? signal}\n${tail(stderr)}`))
    })
  })
}

// ---------------------------------------------------------------------------------------------
// Clips

type ClipId = 'sdr' | 'hdr'

interface ClipSpec {
  id: ClipId
  label: string
  ext: 'mp4' | 'mov'
  /** Encoder arguments after the two lavfi inputs. */
  encode: string[]
  targets: { firstPlayableX: number; completeX: number; speedUp?: number; ssim?: number; rssMb: number }
}

/**
 * Phone-like content: testsrc2 (moving, coloured, sharp edges) cropped out of a larger frame along
 * a slow wobble — global motion like a hand-held phone, so motion search has real work — plus
 * temporal noise standing in for sensor grain (a flat or static frame would flatter every encoder).
 * Calibrated so the 720 rung lands near 2.3 Mb/s with SSIM ~0.96 on a 3 s sample.
 */
function videoSource(tenBit: boolean): string {
  const pad = { w: 120, h: 180 }
  return [
    `testsrc2=s=${WIDTH + pad.w}x${HEIGHT + pad.h}:r=${FPS}:d=${CLIP_SECONDS}`,
    `crop=${WIDTH}:${HEIGHT}:x='${pad.w / 2}+${pad.w / 2}*sin(1.3*t)':y='${pad.h / 2}+${pad.h / 2}*cos(0.9*t)'`,
    'noise=alls=10:allf=t',
    ...(tenBit ? ['format=yuv420p10le'] : []),
  ].join(',')
}

/** Stereo 48 kHz with a slowly changing level per ear, so loudnorm has something to do. */
const audioSource = () =>
  `aevalsrc=exprs='0.25*sin(2*PI*220*t)*(0.6+0.4*sin(2*PI*0.5*t))|0.25*sin(2*PI*330*t)*(0.6+0.4*cos(2*PI*0.3*t))':c=stereo:s=48000:d=${CLIP_SECONDS}`

const phoneAudio = ['-c:a', 'aac', '-b:a', '192k', '-ar', '48000', '-ac', '2']

const CLIPS: ClipSpec[] = [
  {
    id: 'sdr',
    label: `SDR  H.264 ${WIDTH}×${HEIGHT} ${FPS} fps ~15 Mb/s + AAC stereo 48 kHz (.mp4)`,
    ext: 'mp4',
    encode: [
      '-c:v', 'libx264', '-preset', 'veryfast', '-profile:v', 'high', '-pix_fmt', 'yuv420p',
      '-b:v', '15M', '-maxrate', '15M', '-bufsize', '30M', '-g', String(FPS),
      '-color_primaries', 'bt709', '-color_trc', 'bt709', '-colorspace', 'bt709',
      ...phoneAudio, '-movflags', '+faststart',
    ],
    targets: { firstPlayableX: 0.2, completeX: 0.8, speedUp: 1.5, ssim: 0.95, rssMb: 500 },
  },
  {
    id: 'hdr',
    label: `HDR  HEVC Main10 HLG ${WIDTH}×${HEIGHT} ${FPS} fps + AAC stereo 48 kHz (.mov; source made with x265 -preset ultrafast)`,
    ext: 'mov',
    encode: [
      // ultrafast: a slower x265 preset would take many minutes on 2 cores just to make the input.
      '-c:v', 'libx265', '-preset', 'ultrafast', '-profile:v', 'main10', '-pix_fmt', 'yuv420p10le',
      '-b:v', '12M', '-g', String(FPS), '-tag:v', 'hvc1', '-x265-params', 'log-level=error', // 1 s GOP like the SDR clip
      '-color_primaries', 'bt2020', '-color_trc', 'arib-std-b67', '-colorspace', 'bt2020nc',
      ...phoneAudio,
    ],
    targets: { firstPlayableX: 0.5, completeX: 1.5, rssMb: 500 },
  },
]

/** Cached under tmpdir by a hash of everything that shapes the file, so a re-run skips encoding. */
async function ensureClip(spec: ClipSpec): Promise<{ path: string; generatedSeconds: number | null }> {
  const args = ['-f', 'lavfi', '-i', videoSource(spec.id === 'hdr'), '-f', 'lavfi', '-i', audioSource(), ...spec.encode]
  const key = createHash('sha256').update(JSON.stringify(args)).digest('hex').slice(0, 12)
  const path = join(CACHE, `${spec.id}-${WIDTH}x${HEIGHT}-${FPS}fps-${CLIP_SECONDS}s-${key}.${spec.ext}`)
  if (existsSync(path)) return { path, generatedSeconds: null }
  await mkdir(CACHE, { recursive: true })
  // Written under another name and renamed: an interrupted run never leaves a truncated "cached" clip.
  const partial = `${path}.partial-${process.pid}.${spec.ext}`
  log(`generating ${spec.id} clip (${CLIP_SECONDS} s) → ${path}`)
  try {
    const r = await ffmpeg(`generate ${spec.id}`, ['-loglevel', 'error', ...args, '-t', String(CLIP_SECONDS), partial])
    await rename(partial, path)
    return { path, generatedSeconds: r.seconds }
  } catch (err) {
    await rm(partial, { force: true })
    throw err
  }
}

// ---------------------------------------------------------------------------------------------
// Measurements

interface ClipResult {
  id: ClipId
  label: string
  file: string
  fileMb: number
  clipSeconds: number
  generatedSeconds: number | null
  baselineSeconds: number
  decodeOnlySeconds: number
  firstPlayableSeconds: number
  firstPlayableKind: string
  /** When the first *encoded* rendition was ready (the stream copy, when there is one, comes earlier). */
  firstEncodedSeconds: number
  completeSeconds: number
  /** CPU seconds (ffmpeg + worker) of the same four, null off Linux. */
  cpuSeconds: { baseline: number | null; decodeOnly: number | null; firstPlayable: number | null; complete: number | null }
  stages: { stage: TranscodeStage; atSeconds: number }[]
  ssim720: number | null
  ssimRung: string | null
  ssimSeconds: number
  peakRssMb: number
  startRssMb: number
  rungs: { width: number; height: number; bandwidthKbps: number }[]
  loadavgAtStart: number[]
  targets: ClipSpec['targets']
  checks: Record<string, boolean>
}

const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10
const r3 = (n: number) => Math.round(n * 1000) / 1000
const r1 = (n: number | null) => (n === null ? null : Math.round(n * 10) / 10)

async function measureClip(spec: ClipSpec, work: string): Promise<ClipResult> {
  const loadavgAtStart = loadavg().map((l) => Math.round(l * 100) / 100)
  const { path: input, generatedSeconds } = await ensureClip(spec)
  const info = await probeFile(input)
  const video = info.video
  if (!video) throw new BenchError(`${spec.id}: generated clip has no video stream`)
  // The HDR clip must really be seen as HLG, or the benchmark would time the SDR path twice.
  if (spec.id === 'hdr' && video.hdr !== 'hlg') throw new BenchError(`hdr: generated clip probes as ${video.hdr ?? 'SDR'}, not HLG`)
  const clipSeconds = info.durationSeconds

  log(`${spec.id}: decode-only floor`)
  const decode = await timed(() => ffmpeg(`${spec.id} decode-only`, ['-loglevel', 'error', '-i', input, '-map', '0:v', '-f', 'null', '-']))

  // Exactly the issue's naive command (libx264 medium at source size, default AAC), one MP4 out.
  log(`${spec.id}: naive baseline`)
  const baselineOut = join(work, `${spec.id}-baseline.mp4`)
  const baseline = await timed(() => ffmpeg(`${spec.id} baseline`, ['-loglevel', 'error', '-i', input, '-c:v', 'libx264', '-c:a', 'aac', baselineOut]))
  await rm(baselineOut, { force: true })

  log(`${spec.id}: transcodeFile`)
  const outDir = join(work, `${spec.id}-out`)
  const stages: ClipResult['stages'] = []
  // ffmpeg runs as a child, so this process's RSS is the worker's own (sharp included: it is in-process).
  const startRss = process.memoryUsage.rss()
  let peakRss = startRss
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage.rss())), 100)
  let firstPlayableAt = NaN
  let firstPlayableCpu: number | null = null
  let firstPlayableKind = ''
  let firstEncodedAt = NaN
  const t0 = performance.now()
  const cpu0 = cpuSeconds()
  const markFirstPlayable = (kind: string) => {
    if (!Number.isNaN(firstPlayableAt)) return
    firstPlayableAt = performance.now()
    firstPlayableKind = kind
    const cpu = cpuSeconds() // that ffmpeg has exited and been reaped by now
    firstPlayableCpu = cpu === null || cpu0 === null ? null : cpu - cpu0
  }
  let manifest: RenditionManifest
  try {
    manifest = await transcodeFile(input, outDir, {
      onProgress: ({ stage }) => {
        if (stages.at(-1)?.stage !== stage) stages.push({ stage, atSeconds: r3((performance.now() - t0) / 1000) })
      },
      // Timestamps only: a CMS would copy the file out here, which is not the pipeline's cost.
      // Whichever comes first counts: the stream copy (browser-playable uploads) or the first encode.
      onQuickPreview: () => markFirstPlayable('stream copy'),
      onFirstPlayable: () => {
        firstEncodedAt = performance.now()
        markFirstPlayable('first encode')
      },
    })
  } finally {
    clearInterval(sampler)
  }
  const completeSeconds = (performance.now() - t0) / 1000
  const cpu1 = cpuSeconds()
  const completeCpu = cpu0 === null || cpu1 === null ? null : cpu1 - cpu0
  peakRss = Math.max(peakRss, process.memoryUsage.rss())
  if (!Number.isFinite(firstPlayableAt)) throw new BenchError(`${spec.id}: onFirstPlayable was never called`)
  const firstPlayableSeconds = (firstPlayableAt - t0) / 1000
  const firstEncodedSeconds = (firstEncodedAt - t0) / 1000

  log(`${spec.id}: SSIM of the 720 rung`)
  const ssim = await ssim720(input, outDir, manifest)
  await rm(outDir, { recursive: true, force: true })

  const t = spec.targets
  const checks: Record<string, boolean> = {
    firstPlayable: firstPlayableSeconds <= t.firstPlayableX * clipSeconds,
    firstEncoded: firstEncodedSeconds <= t.firstPlayableX * clipSeconds,
    complete: completeSeconds <= t.completeX * clipSeconds,
    rss: mb(peakRss) < t.rssMb,
  }
  if (t.speedUp !== undefined) checks.speedUp = baseline.seconds / completeSeconds >= t.speedUp
  if (t.ssim !== undefined) checks.ssim = ssim.value !== null && ssim.value >= t.ssim

  return {
    id: spec.id,
    label: spec.label,
    file: input,
    fileMb: mb((await stat(input)).size),
    clipSeconds: r3(clipSeconds),
    generatedSeconds: generatedSeconds === null ? null : r3(generatedSeconds),
    baselineSeconds: r3(baseline.seconds),
    decodeOnlySeconds: r3(decode.seconds),
    firstPlayableSeconds: r3(firstPlayableSeconds),
    firstPlayableKind,
    firstEncodedSeconds: r3(firstEncodedSeconds),
    completeSeconds: r3(completeSeconds),
    cpuSeconds: { baseline: r1(baseline.cpu), decodeOnly: r1(decode.cpu), firstPlayable: r1(firstPlayableCpu), complete: r1(completeCpu) },
    stages,
    ssim720: ssim.value,
    ssimRung: ssim.rung,
    ssimSeconds: r3(ssim.seconds),
    peakRssMb: mb(peakRss),
    startRssMb: mb(startRss),
    rungs: manifest.hls.rungs.map((r) => ({ width: r.width, height: r.height, bandwidthKbps: Math.round(r.bandwidth / 1000) })),
    loadavgAtStart,
    targets: t,
    checks,
  }
}

/**
 * SSIM of the published 720-short-side rung against the source put through the very same
 * fps + scale (+ tone-map for HDR) chain the pipeline uses, so it measures the encode, not the
 * scaler or the tone-mapper. Timestamps are zeroed on both sides: the HLS rung may start at a
 * small offset, and ssim pairs frames by timestamp.
 */
async function ssim720(input: string, outDir: string, manifest: RenditionManifest): Promise<{ value: number | null; rung: string | null; seconds: number }> {
  const short = (s: { width: number; height: number }) => Math.min(s.width, s.height)
  const rung = manifest.hls.rungs.find((r) => short(r) === 720)
  const distorted = rung ? rung.playlist : short(manifest.mp4) === 720 ? manifest.mp4.path : null
  if (!rung || !distorted) return { value: null, rung: null, seconds: 0 }
  const plan = planRenditions(await probeFile(input))
  const size = { width: rung.width, height: rung.height }
  const reference = [`fps=${plan.fps.num}/${plan.fps.den}`, ...scaleAndColour(plan, size), 'setpts=PTS-STARTPTS'].join(',')
  const graph = [
    `[0:v:0]scale=w=${size.width}:h=${size.height},format=yuv420p,setpts=PTS-STARTPTS[d]`, // no-op scale: guarantees identical size
    `[1:${plan.source.videoIndex}]${reference}[r]`,
    '[d][r]ssim=shortest=1',
  ].join(';')
  const r = await ffmpeg('ssim', ['-loglevel', 'info', '-nostats', '-i', join(outDir, distorted), '-i', input, '-filter_complex', graph, '-f', 'null', '-'])
  const m = /SSIM .*All:([\d.]+)/.exec(r.stderr)
  if (!m) throw new BenchError(`ssim: no "All:" in ffmpeg output\n${tail(r.stderr)}`)
  return { value: Number(m[1]), rung: `${rung.width}×${rung.height} ${distorted}`, seconds: r.seconds }
}

// ---------------------------------------------------------------------------------------------
// Report

const log = (msg: string) => process.stderr.write(`[bench] ${msg}\n`)
const x = (n: number) => `${n.toFixed(2)}×`
const mark = (ok: boolean | undefined) => (ok === undefined ? '' : ok ? '✓' : '✗')

function table(r: ClipResult): string {
  const t = r.targets
  const c = r.cpuSeconds
  const cpu = (n: number | null) => (n === null ? '' : n.toFixed(1))
  type Row = [string, string, string, string, string, string, string]
  const rows: Row[] = [
    ['', 'value', '× clip', '× baseline', 'CPU s', 'target', ''],
    ['clip length', `${r.clipSeconds.toFixed(1)} s`, '', '', '', '', ''],
    ['naive baseline', `${r.baselineSeconds.toFixed(1)} s`, x(r.baselineSeconds / r.clipSeconds), x(1), cpu(c.baseline), '', ''],
    ['decode only (floor)', `${r.decodeOnlySeconds.toFixed(1)} s`, x(r.decodeOnlySeconds / r.clipSeconds), x(r.decodeOnlySeconds / r.baselineSeconds), cpu(c.decodeOnly), '', ''],
    [`first playable (${r.firstPlayableKind})`, `${r.firstPlayableSeconds.toFixed(1)} s`, x(r.firstPlayableSeconds / r.clipSeconds), x(r.firstPlayableSeconds / r.baselineSeconds), cpu(c.firstPlayable), `≤ ${x(t.firstPlayableX)} clip`, mark(r.checks.firstPlayable)],
    ...(r.firstPlayableKind === 'first encode'
      ? []
      : [['  first encoded rendition', `${r.firstEncodedSeconds.toFixed(1)} s`, x(r.firstEncodedSeconds / r.clipSeconds), x(r.firstEncodedSeconds / r.baselineSeconds), '', `≤ ${x(t.firstPlayableX)} clip`, mark(r.checks.firstEncoded)] as Row]),
    ['complete set', `${r.completeSeconds.toFixed(1)} s`, x(r.completeSeconds / r.clipSeconds), x(r.completeSeconds / r.baselineSeconds), cpu(c.complete), `≤ ${x(t.completeX)} clip`, mark(r.checks.complete)],
    ['  speed-up vs baseline', x(r.baselineSeconds / r.completeSeconds), '', '', '', t.speedUp ? `≥ ${x(t.speedUp)}` : '', mark(r.checks.speedUp)],
    ['SSIM 720 rung', r.ssim720 === null ? 'n/a' : r.ssim720.toFixed(4), '', '', '', t.ssim ? `≥ ${t.ssim}` : '', mark(r.checks.ssim)],
    ['peak RSS (worker)', `${Math.round(r.peakRssMb)} MB`, '', '', '', `< ${t.rssMb} MB`, mark(r.checks.rss)],
  ]
  const widths = [30, 10, 9, 11, 8, 14, 2]
  const lines = rows.map((row) => '  ' + row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join(' ').trimEnd())
  const stages = r.stages.map((s) => `${s.stage} ${s.atSeconds.toFixed(1)}`).join(' → ')
  // CPU ÷ 2 cores: what the wall clock could be with both cores to ourselves (a lower bound).
  const idle = c.firstPlayable !== null && c.complete !== null && c.baseline !== null
    ? `  CPU ÷ 2 cores (idle-machine lower bound): first playable ${x(c.firstPlayable / 2 / r.clipSeconds)} clip, complete ${x(c.complete / 2 / r.clipSeconds)} clip, speed-up vs baseline by CPU ${x(c.baseline / c.complete)}`
    : null
  return [
    `${r.label}`,
    `  file ${r.fileMb} MB, load avg at start ${r.loadavgAtStart.join(' ')}`,
    ...lines,
    ...(idle ? [idle] : []),
    `  stages (s from start): ${stages} → done ${r.completeSeconds.toFixed(1)}`,
    `  rungs: ${r.rungs.map((g) => `${g.width}×${g.height} ${g.bandwidthKbps} kb/s`).join(', ')}; RSS before transcode ${Math.round(r.startRssMb)} MB`,
  ].join('\n')
}

async function ffmpegVersion(): Promise<string> {
  const { stdout } = await promisify(execFile)(ffmpegPath(), ['-version'])
  return stdout.split('\n')[0]?.replace(/^ffmpeg version (\S+).*/, '$1') ?? 'unknown'
}

async function main(): Promise<void> {
  const load = loadavg()
  const shared = load[0]! > 1.5
  const header = [
    `Werkvloer media benchmark${QUICK ? ' (--quick: 10 s clips)' : ''} — ${new Date().toISOString()}`,
    `node ${process.version}, ffmpeg ${await ffmpegVersion()}, ${cpus().length} × ${cpus()[0]?.model.trim() ?? 'cpu'}`,
    `MALLOC_ARENA_MAX=${process.env.MALLOC_ARENA_MAX ?? 'unset'} (npm start runs workers with 2; the peak RSS below is this process's)`,
    `os.loadavg() at start: ${load.map((l) => l.toFixed(2)).join(' ')}` +
      (shared ? '  ⚠ shared machine (load > 1.5): other jobs compete for the cores, times are pessimistic' : ''),
  ]
  console.log(header.join('\n'))

  const work = await mkdtemp(join(tmpdir(), 'werkvloer-bench-run-'))
  const results: ClipResult[] = []
  try {
    for (const spec of CLIPS) {
      const r = await measureClip(spec, work)
      results.push(r)
      console.log('\n' + table(r))
    }
  } finally {
    await rm(work, { recursive: true, force: true })
  }
  const loadEnd = loadavg()
  console.log(`\nos.loadavg() at end: ${loadEnd.map((l) => l.toFixed(2)).join(' ')}. Targets are measured, never asserted.`)

  const name = QUICK ? 'bench-media-quick.json' : 'bench-media.json'
  const json = JSON.stringify({ date: new Date().toISOString(), quick: QUICK, node: process.version, cpus: cpus().length, loadavgStart: load, loadavgEnd: loadEnd, sharedMachine: shared, clips: results }, null, 2) + '\n'
  // Playwright empties test-results/ (its default outputDir) at the start of every e2e run, so a
  // copy also goes next to the cached clips.
  const outs = [join(REPO, 'test-results', name), join(CACHE, name)]
  for (const out of outs) {
    await mkdir(dirname(out), { recursive: true })
    await writeFile(out, json)
  }
  console.log(`results: ${outs.join(' (copy: ')})`)
}

main().catch((err: unknown) => {
  console.error(`bench:media failed: ${err instanceof Error ? (err instanceof BenchError ? err.message : (err.stack ?? err.message)) : String(err)}`)
  const detail = (err as { detail?: unknown }).detail
  if (typeof detail === 'string') console.error(tail(detail))
  process.exit(1)
})
