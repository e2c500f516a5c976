/**
 * One upload in, one complete rendition folder out (or a clear reason why not).
 *
 * Everything is written to a sibling temp folder and renamed into place at the end, so a reader
 * (CMS, site, CDN origin) sees either no folder or a complete one; any failure removes the temp
 * folder, so a failed run leaves nothing behind.
 */
import { randomBytes } from 'node:crypto'
import { mkdir, rename, rm, stat, writeFile } from 'node:fs/promises'
import { basename, dirname, join, resolve } from 'node:path'
import { decodeCheckCommands, earlyRemuxCommand, firstPlayableCommand, firstPlayableFile, ladderCommand, LAYOUT, outputDirectories, quickCopyCommand, remuxCommands, remuxIntermediates, soundCommand, toneMapTableCommand, type FfmpegCall } from './commands.js'
import { FfmpegMissingError } from './ffmpegPath.js'
import { masterPlaylist, measurePlaylist, type MeasuredRung } from './hls.js'
import { imagesFromFrame } from './images.js'
import type { RenditionManifest } from '../common/manifest.js'
import { PlanError, planRenditions, type PlanOptions, type RenditionPlan } from './plan.js'
import { ProbeFailedError, probeFile, type MediaInfo } from './probe.js'
import { classifyFfmpegFailure, DEFAULT_LIMITS, MediaRejection, readHead, reject, rejectByBytes, rejectByInfo, TranscodeError, type Limits } from './rejections.js'
import { FfmpegRunError, runFfmpeg } from './runner.js'
import { storyboardVtt } from './storyboard.js'
import { writeVariantImages } from './variantPosters.js'

export type TranscodeStage = 'probing' | 'first-playable' | 'ladder' | 'posters' | 'storyboard' | 'finishing'

export interface TranscodeProgress {
  stage: TranscodeStage
  /** Whole job, 0–100. */
  percent: number
}

export interface TranscodeOptions extends PlanOptions {
  limits?: Partial<Limits>
  signal?: AbortSignal
  /**
   * Called once the progressive MP4 is complete, with its path inside the temp folder, before the
   * ladder starts. Awaited: copy the file out during the call if you want to show it early; the
   * path is gone once the job finishes or fails.
   */
  onFirstPlayable?: (mp4Path: string, info: { width: number; height: number; durationSeconds: number }) => void | Promise<void>
  /**
   * Called (and awaited) with a stream copy of the upload when it is already browser-playable,
   * seconds after the start. The file is deleted afterwards; copy it during the call.
   */
  onQuickPreview?: (mp4Path: string, info: { width: number; height: number; durationSeconds: number }) => void | Promise<void>
  /** Same as the fourth argument; either may be used. */
  onProgress?: ProgressListener
}

export type ProgressListener = (p: TranscodeProgress) => void

const DECODE_CHECK_TIMEOUT_MS = 120_000

export async function transcodeFile(
  input: string,
  outDir: string,
  options: TranscodeOptions = {},
  onProgressArg?: ProgressListener,
): Promise<RenditionManifest> {
  const onProgress: ProgressListener = (p) => {
    options.onProgress?.(p)
    onProgressArg?.(p)
  }
  const limits: Limits = { ...DEFAULT_LIMITS, ...options.limits }
  const target = resolve(outDir)
  const source = resolve(input)
  let lastPercent = 0
  const report = (stage: TranscodeStage, percent: number) => {
    // Monotonic: a listener drawing a bar should never see it go back.
    lastPercent = Math.max(lastPercent, Math.min(100, Math.round(percent * 10) / 10))
    onProgress({ stage, percent: lastPercent })
  }

  report('probing', 0)
  const info = await inspect(source, limits, options)
  // Everything but length first (an image or audio file must not be called "damaged" by the
  // planner); length after planning, because a trim may bring a long upload under the limit.
  const early = rejectByInfo(info, { ...limits, maxDurationSeconds: Infinity }, 0)
  if (early) throw early
  const plan = planOrReject(info, options)
  const rejection = rejectByInfo(info, limits, plan.durationSeconds)
  if (rejection) throw rejection
  await decodeCheck(source, info.video!.index, options.signal)
  report('probing', 5)

  await mkdir(dirname(target), { recursive: true })
  const tmp = `${target}.tmp-${randomBytes(6).toString('hex')}`
  try {
    const manifest = await produce(source, tmp, basename(target), plan, options, report, info)
    report('finishing', 99)
    await publish(tmp, target)
    report('finishing', 100)
    return manifest
  } catch (err) {
    await rm(tmp, { recursive: true, force: true })
    throw toPublicError(err)
  }
}

async function inspect(source: string, limits: Limits, options: TranscodeOptions): Promise<MediaInfo> {
  let head: { head: Uint8Array; size: number }
  try {
    head = await readHead(source)
  } catch (err) {
    throw new TranscodeError('io', 'The uploaded file could not be read from storage.', true, String(err))
  }
  const byBytes = rejectByBytes(head.head, head.size, limits)
  if (byBytes) throw byBytes
  throwIfAborted(options.signal)
  try {
    return await probeFile(source)
  } catch (err) {
    if (err instanceof FfmpegMissingError) throw err
    if (err instanceof ProbeFailedError) throw reject.corrupt(tail(err.stderr))
    throw toPublicError(err)
  }
}

function planOrReject(info: MediaInfo, options: TranscodeOptions): RenditionPlan {
  try {
    return planRenditions(info, options)
  } catch (err) {
    if (!(err instanceof PlanError)) throw err
    if (err.message === 'unknown duration') throw reject.corrupt('no duration')
    if (options.trimStart !== undefined || options.trimEnd !== undefined) throw reject.badTrim(err.message)
    throw reject.corrupt(err.message)
  }
}

/** Both ends at once: each is a short, mostly serial ffmpeg run, so together they take the time of one. */
async function decodeCheck(source: string, videoIndex: number, signal?: AbortSignal): Promise<void> {
  await allOrFirstError(decodeCheckCommands(source, videoIndex).map((call) => decodeCheckOne(call, signal)))
}

async function decodeCheckOne(call: FfmpegCall, signal?: AbortSignal): Promise<void> {
  let frames = 0
  let stderr = ''
  try {
    const r = await runFfmpeg(call.args, { timeoutMs: DECODE_CHECK_TIMEOUT_MS, ...(signal ? { signal } : {}) })
    frames = r.frames
    stderr = r.stderrTail
  } catch (err) {
    if (err instanceof FfmpegRunError && err.kind === 'exit') throw reject.corrupt(err.stderrTail)
    throw toPublicError(err)
  }
  // Exit 0 with no picture decoded means the data stops before where the index says it goes.
  if (frames === 0) throw reject.corrupt(stderr || `${call.name}: no frame decoded`)
  if (/partial file|Invalid data found|moov atom not found/i.test(stderr)) throw reject.corrupt(stderr)
}

/**
 * Waits for every one (so no ffmpeg of a failed job is still running when the caller cleans up),
 * then throws the first real failure (a run that was only stopped because another failed is not
 * it), or returns every result.
 */
async function allOrFirstError<T extends readonly unknown[]>(work: readonly [...{ [K in keyof T]: Promise<T[K]> }]): Promise<T> {
  const settled = await Promise.allSettled(work)
  const rejected = settled.filter((r): r is PromiseRejectedResult => r.status === 'rejected')
  const failed = rejected.find((r) => !isCancelled(r.reason)) ?? rejected[0]
  if (failed) throw failed.reason
  return settled.map((r) => (r as PromiseFulfilledResult<unknown>).value) as unknown as T
}

/** Lowest CPU priority, for the pass that must not slow down the first playable rendition. */
const BACKGROUND_NICENESS = 19

async function run(call: FfmpegCall, plan: RenditionPlan, signal: AbortSignal | undefined, onFraction: (f: number) => void, niceness = 0): Promise<void> {
  throwIfAborted(signal)
  try {
    await runFfmpeg(call.args, {
      expectedSeconds: call.expectedSeconds,
      timeoutMs: plan.timeoutSeconds * 1000,
      ...(signal ? { signal } : {}),
      ...(niceness ? { niceness } : {}),
      onProgress: (p) => onFraction(p.fraction),
    })
  } catch (err) {
    if (err instanceof FfmpegRunError) {
      const mapped = classifyFfmpegFailure(err.stderrTail, err.kind)
      // Keep the stage in the log detail; the sentence stays human.
      throw Object.assign(mapped, { detail: `${call.name}: ${err.stderrTail}` })
    }
    throw err
  }
  onFraction(1)
}

async function produce(
  source: string,
  tmp: string,
  folder: string,
  plan: RenditionPlan,
  options: TranscodeOptions,
  report: (stage: TranscodeStage, percent: number) => void,
  info: MediaInfo,
): Promise<RenditionManifest> {
  await mkdir(tmp, { recursive: true })
  for (const d of outputDirectories(plan)) await mkdir(join(tmp, d), { recursive: true })
  const signal = options.signal

  const quick = options.onQuickPreview ? quickCopyCommand(info, source, join(tmp, 'quick-preview.mp4')) : null
  if (quick && options.onQuickPreview) {
    // A preview that fails to copy is not worth failing the job for: the encode follows anyway.
    const copied = await run(quick, plan, signal, () => undefined).then(
      () => true,
      () => false,
    )
    if (copied) {
      const shown = info.video!
      await options.onQuickPreview(join(tmp, 'quick-preview.mp4'), { width: shown.displayWidth, height: shown.displayHeight, durationSeconds: plan.durationSeconds })
    }
    await rm(join(tmp, 'quick-preview.mp4'), { force: true })
  }

  // 5–83 % is encoding, shared by the two passes in proportion to the pictures each encodes.
  const firstWork = 1
  const ladderWork = plan.rungs.length - 1 + 0.5
  const fractions = { first: 0, ladder: 0 }
  let firstDone = false
  const reportEncoding = () =>
    report(firstDone ? 'ladder' : 'first-playable', 5 + (78 * (fractions.first * firstWork + fractions.ladder * ladderWork)) / (firstWork + ladderWork))
  const early = plan.rungs[plan.firstPlayableRung]!

  report('first-playable', 5)
  // Both passes start now; the ladder runs niced. If either fails, the other is stopped, so a
  // failed job never leaves an ffmpeg running on.
  const passes = new AbortController()
  const stopPasses = () => passes.abort()
  signal?.addEventListener('abort', stopPasses, { once: true })
  // Any ffmpeg of either pass failing stops all the others at once.
  const stopOthersOnFailure = (pass: Promise<void>) =>
    pass.catch((err: unknown) => {
      passes.abort()
      throw err
    })
  const sound = soundCommand(plan, source, tmp)
  const firstPass = (async () => {
    // The sound beside the early picture (commands.ts explains why), then both into the early MP4.
    await allOrFirstError([
      stopOthersOnFailure(
        run(firstPlayableCommand(plan, source, tmp), plan, passes.signal, (f) => {
          fractions.first = f
          reportEncoding()
        }),
      ),
      ...(sound ? [stopOthersOnFailure(run(sound, plan, passes.signal, () => undefined))] : []),
    ])
    await run(earlyRemuxCommand(plan, tmp), plan, passes.signal, () => undefined)
    firstDone = true
    reportEncoding()
    if (options.onFirstPlayable) {
      await options.onFirstPlayable(join(tmp, firstPlayableFile(plan)), { width: early.width, height: early.height, durationSeconds: plan.durationSeconds })
    }
  })()
  const table = toneMapTableCommand(plan, tmp)
  const ladderPass = (async () => {
    // HDR: the tone-map table first (a fifth of a second), then the ladder that applies it. The
    // table is no output: it leaves the folder before anything else is written beside it.
    if (table) await run(table, plan, passes.signal, () => undefined, BACKGROUND_NICENESS)
    await run(
      ladderCommand(plan, source, tmp),
      plan,
      passes.signal,
      (f) => {
        fractions.ladder = f
        reportEncoding()
      },
      BACKGROUND_NICENESS,
    )
    if (table) await rm(join(tmp, LAYOUT.toneMapTable), { force: true })
  })()
  try {
    await allOrFirstError([stopOthersOnFailure(firstPass), stopOthersOnFailure(ladderPass)]).catch((err: unknown) => {
      // The caller's cancel wins over the "cancelled" the passes report; else the first real error.
      throwIfAborted(signal)
      throw err
    })
  } finally {
    signal?.removeEventListener('abort', stopPasses)
  }

  report('posters', 86)
  // The stream copies wait on the disk, sharp on the CPU: the two run side by side (the poster
  // frames are complete once the ladder has ended).
  const [measured, images] = await allOrFirstError([remuxAndMeasure(plan, tmp, signal), writeImages(plan, tmp)])
  const { posters, shareImage, variantPosters } = images

  report('storyboard', 95)
  await writeFile(join(tmp, LAYOUT.vtt), storyboardVtt(plan, 'sprite.jpg'))

  report('finishing', 97)
  const mp4Rung = plan.rungs[plan.mp4Rung]!
  const mp4Bytes = (await stat(join(tmp, LAYOUT.mp4))).size
  const top = plan.rungs[plan.rungs.length - 1]!
  const manifest: RenditionManifest = {
    version: 1,
    folder,
    durationSeconds: round3(plan.durationSeconds),
    width: top.width,
    height: top.height,
    hasAudio: plan.audio !== null,
    hls: {
      master: LAYOUT.master,
      rungs: measured.map((m) => ({
        width: m.rung.width,
        height: m.rung.height,
        bandwidth: m.peakBps,
        codecs: m.rung.codecs,
        playlist: `${LAYOUT.hlsDir}/${m.uri}`,
      })),
    },
    mp4: { path: LAYOUT.mp4, width: mp4Rung.width, height: mp4Rung.height, bytes: mp4Bytes },
    preview: { path: LAYOUT.preview, width: plan.preview.width, height: plan.preview.height, durationSeconds: round3(plan.preview.durationSeconds) },
    posters,
    shareImage,
    storyboard: { sprite: LAYOUT.sprite, vtt: LAYOUT.vtt },
    ...(Object.keys(variantPosters).length ? { variantPosters } : {}),
    trim: { start: plan.trimStart, end: options.trimEnd ?? null },
    createdAt: new Date().toISOString(),
  }
  await writeFile(join(tmp, LAYOUT.manifest), JSON.stringify(manifest, null, 2) + '\n')
  throwIfAborted(signal)
  return manifest
}

/** Every rung's HLS (and the MP4) by stream copy, then the master playlist from what was written. */
async function remuxAndMeasure(plan: RenditionPlan, tmp: string, signal: AbortSignal | undefined): Promise<MeasuredRung[]> {
  // Copies of different files: side by side they wait on the disk, not on each other.
  await allOrFirstError(remuxCommands(plan, tmp).map((call) => run(call, plan, signal, () => undefined)))
  for (const file of remuxIntermediates(plan)) await rm(join(tmp, file))
  const measured: MeasuredRung[] = []
  for (const rung of plan.rungs) {
    const m = await measurePlaylist(join(tmp, LAYOUT.rungPlaylist(rung)))
    measured.push({ rung, uri: `${rung.name}/index.m3u8`, ...m })
  }
  await writeFile(join(tmp, LAYOUT.master), masterPlaylist(measured, plan.fps))
  return measured
}

/** Posters and the share image from the ladder's poster frame, then the hook-test variants' own. */
async function writeImages(plan: RenditionPlan, tmp: string) {
  const { posters, shareImage } = await imagesFromFrame(join(tmp, LAYOUT.posterFrame), tmp, plan.posterWidths)
  return { posters, shareImage, variantPosters: await writeVariantImages(tmp, plan) }
}

/**
 * Rename into place. A fresh folder is one atomic rename. Replacing an existing folder takes
 * two renames (Linux cannot rename onto a non-empty directory): between them the folder is
 * briefly absent, never half-written.
 */
async function publish(tmp: string, target: string): Promise<void> {
  try {
    await rename(tmp, target)
    return
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code
    if (code !== 'ENOTEMPTY' && code !== 'EEXIST') throw err
  }
  const old = `${target}.old-${randomBytes(6).toString('hex')}`
  await rename(target, old)
  try {
    await rename(tmp, target)
  } catch (err) {
    await rename(old, target).catch(() => {})
    throw err
  }
  await rm(old, { recursive: true, force: true })
}

/** A pass stopped because the other failed: not the error worth reporting. */
function isCancelled(err: unknown): boolean {
  return err instanceof TranscodeError && err.code === 'aborted'
}

function throwIfAborted(signal?: AbortSignal) {
  if (signal?.aborted) throw new TranscodeError('aborted', 'Processing was cancelled.', true)
}

function toPublicError(err: unknown): Error {
  if (err instanceof MediaRejection || err instanceof TranscodeError || err instanceof FfmpegMissingError) return err
  if (err instanceof FfmpegRunError) return classifyFfmpegFailure(err.stderrTail, err.kind)
  const e = err as NodeJS.ErrnoException
  if (e && typeof e === 'object' && typeof e.code === 'string' && /^E[A-Z]+$/.test(e.code)) {
    return new TranscodeError('io', 'The server could not write the processed video.', true, `${e.code}: ${e.message}`)
  }
  return new TranscodeError('ffmpeg-failed', 'The video could not be processed.', true, err instanceof Error ? (err.stack ?? err.message) : String(err))
}

const round3 = (n: number) => Math.round(n * 1000) / 1000
const tail = (s: string, lines = 20) => s.trim().split('\n').slice(-lines).join('\n')
