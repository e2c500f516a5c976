/**
 * Runs one ffmpeg invocation from a ready-made argument array. The only module that touches
 * fluent-ffmpeg: everything else builds plain string[] (pure, testable) and hands it here.
 *
 * The array goes to ffmpeg exactly as built. fluent-ffmpeg's builder API (input/output/options)
 * would make us cut the array into inputs and outputs only for fluent to join it again, and its
 * run() adds `-y` and spawns `ffmpeg -encoders` / `-formats` to check codecs we already chose.
 * Its spawner (`_spawnFfmpeg`, the step run() ends in) takes an argv as it is and still does what
 * we use fluent for: finding the binary we set, `nice -n N`, and line-split stderr. fluent-ffmpeg
 * 2.1.3 is the last release (the project is archived), so that entry point does not move.
 * Progress comes from `-progress pipe:2` key=value lines that commands.ts adds to every call.
 */
import type { ChildProcess } from 'node:child_process'
import ffmpeg from 'fluent-ffmpeg'
import { ffmpegPath } from './ffmpegPath.js'

export interface RunProgress {
  /** Seconds of output written so far. */
  outTimeSeconds: number
  /** 0..1 when the expected duration is known. */
  fraction: number
  frame?: number
}

export interface RunOptions {
  /** Seconds of output the call should produce; turns out_time into a fraction. */
  expectedSeconds?: number
  /** Hard limit; on expiry ffmpeg is SIGKILLed (a hung decoder ignores SIGTERM). */
  timeoutMs?: number
  signal?: AbortSignal
  onProgress?: (p: RunProgress) => void
  cwd?: string
  /** Lines of stderr kept for error reports. */
  tailLines?: number
  /** CPU priority (0 normal … 19 lowest); a background pass yields the cores to a foreground one. Ignored on Windows. */
  niceness?: number
}

export interface RunResult {
  /** Last non-progress stderr lines (warnings/errors at the chosen log level). */
  stderrTail: string
  /** Last `frame=` value reported: how many video frames the first output received. */
  frames: number
  outTimeSeconds: number
}

export type RunFailureKind = 'exit' | 'timeout' | 'aborted' | 'spawn'

export class FfmpegRunError extends Error {
  constructor(
    message: string,
    readonly kind: RunFailureKind,
    readonly stderrTail: string,
    readonly args: readonly string[],
  ) {
    super(message)
    this.name = 'FfmpegRunError'
  }
}

const PROGRESS_LINE = /^([a-z_0-9]+)=(.*)$/

/** The part of fluent-ffmpeg's spawner we use; its typings leave the underscore methods out. */
interface LineRing {
  callback(cb: (line: string) => void): void
}
interface FluentSpawner {
  _spawnFfmpeg(
    args: string[],
    options: { niceness?: number; cwd?: string; stdoutLines?: number; windowsHide?: boolean },
    processCB: (proc: ChildProcess, stdout: LineRing, stderr: LineRing) => void,
    endCB: (err: Error | null) => void,
  ): void
}

export function runFfmpeg(args: readonly string[], options: RunOptions = {}): Promise<RunResult> {
  if (args.length < 2) throw new Error('runFfmpeg needs at least an option and an output')
  const bin = ffmpegPath()
  const tailMax = options.tailLines ?? 30
  const tail: string[] = []
  let frames = 0
  let outTime = 0

  return new Promise<RunResult>((resolve, reject) => {
    // fluent starts a niced ffmpeg as `nice -n N ffmpeg …`; nice execs, so the pid (and a kill) stays ffmpeg's.
    const cmd = ffmpeg().setFfmpegPath(bin) as unknown as FluentSpawner
    let proc: ChildProcess | null = null
    let killRequested = false
    const kill = () => {
      killRequested = true
      proc?.kill('SIGKILL')
    }

    let settled = false
    let failure: { kind: RunFailureKind; message: string } | null = null
    const timer = options.timeoutMs
      ? setTimeout(() => {
          failure = { kind: 'timeout', message: `ffmpeg did not finish within ${Math.round(options.timeoutMs! / 1000)} s` }
          kill()
        }, options.timeoutMs)
      : null
    const onAbort = () => {
      failure = { kind: 'aborted', message: 'ffmpeg was cancelled' }
      kill()
    }
    if (options.signal?.aborted) {
      reject(new FfmpegRunError('ffmpeg was cancelled', 'aborted', '', args))
      return
    }
    options.signal?.addEventListener('abort', onAbort, { once: true })
    const done = () => {
      settled = true
      if (timer) clearTimeout(timer)
      options.signal?.removeEventListener('abort', onAbort)
    }

    const onLine = (line: string) => {
      const m = PROGRESS_LINE.exec(line.trim())
      if (m) {
        const [, key, value] = m
        if (key === 'frame') frames = Number(value) || frames
        else if (key === 'out_time_us' || key === 'out_time_ms') {
          // Both keys are microseconds (out_time_ms is misnamed in ffmpeg); N/A before the first packet.
          const us = Number(value)
          if (Number.isFinite(us) && us >= 0) {
            outTime = us / 1e6
            const exp = options.expectedSeconds
            options.onProgress?.({
              outTimeSeconds: outTime,
              fraction: exp && exp > 0 ? Math.min(1, outTime / exp) : 0,
              frame: frames,
            })
          }
        }
        return
      }
      if (!line.trim()) return
      tail.push(line)
      if (tail.length > tailMax) tail.shift()
    }
    const onEnd = (err: Error | null) => {
      if (settled) return
      done()
      if (!err) {
        resolve({ stderrTail: tail.join('\n'), frames, outTimeSeconds: outTime })
        return
      }
      const f = failure as { kind: RunFailureKind; message: string } | null
      const spawnFailed = /ENOENT|EACCES|Cannot find ffmpeg/.test(err.message)
      reject(new FfmpegRunError(f?.message ?? err.message, f?.kind ?? (spawnFailed ? 'spawn' : 'exit'), tail.join('\n'), args))
    }
    // A copy: fluent unshifts `-n N ffmpeg` into the array it is given when niced.
    cmd._spawnFfmpeg(
      [...args],
      { stdoutLines: 20, windowsHide: true, ...(options.cwd ? { cwd: options.cwd } : {}), ...(options.niceness ? { niceness: options.niceness } : {}) },
      (child, _stdout, stderr) => {
        proc = child
        // Aborted or timed out between the call and the spawn: kill what just started.
        if (killRequested) child.kill('SIGKILL')
        stderr.callback(onLine)
      },
      onEnd,
    )
  })
}
