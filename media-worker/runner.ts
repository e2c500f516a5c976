/**
 * Runs one ffmpeg invocation from a ready-made argument array. The only module that touches
 * fluent-ffmpeg: everything else builds plain string[] (pure, testable) and hands it here.
 *
 * fluent-ffmpeg has no "raw argv" entry point, so the array is cut at each `-i`: whatever precedes
 * an `-i` becomes that input's options, everything after the last input becomes the options of
 * one output whose target is the final element. fluent emits them in the same order (plus `-y`),
 * so ffmpeg sees the array as built; its format checks see input `-f` as input formats.
 * Options go in as separate arguments so fluent never splits one on a space.
 * Progress comes from `-progress pipe:2` key=value lines that commands.ts adds to every call.
 */
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

/** Cuts an ffmpeg argv into inputs (with the options before each `-i`), output options and target. */
export function splitArgs(args: readonly string[]): { inputs: { source: string; options: string[] }[]; outputOptions: string[]; target: string } {
  const inputs: { source: string; options: string[] }[] = []
  let pending: string[] = []
  for (let i = 0; i < args.length - 1; i++) {
    if (args[i] === '-i') {
      inputs.push({ source: args[i + 1]!, options: pending })
      pending = []
      i++
    } else pending.push(args[i]!)
  }
  return { inputs, outputOptions: pending, target: args[args.length - 1]! }
}

/**
 * fluent splits a lone option string on its space; with two or more arguments it takes each as
 * is. A harmless duplicate -hide_banner keeps a single option from being split.
 */
function verbatim(options: string[]): [string, ...string[]] {
  return (options.length === 1 ? [options[0]!, '-hide_banner'] : options) as [string, ...string[]]
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
    const cmd = ffmpeg({ stdoutLines: 20, ...(options.cwd ? { cwd: options.cwd } : {}), ...(options.niceness ? { niceness: options.niceness } : {}) }).setFfmpegPath(bin)
    const { inputs, outputOptions, target } = splitArgs(args)
    for (const input of inputs) {
      cmd.input(input.source)
      if (input.options.length) cmd.inputOptions(...verbatim(input.options))
    }
    cmd.output(target)
    if (outputOptions.length) cmd.outputOptions(...verbatim(outputOptions))

    let settled = false
    let failure: { kind: RunFailureKind; message: string } | null = null
    const timer = options.timeoutMs
      ? setTimeout(() => {
          failure = { kind: 'timeout', message: `ffmpeg did not finish within ${Math.round(options.timeoutMs! / 1000)} s` }
          cmd.kill('SIGKILL')
        }, options.timeoutMs)
      : null
    const onAbort = () => {
      failure = { kind: 'aborted', message: 'ffmpeg was cancelled' }
      cmd.kill('SIGKILL')
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

    cmd.on('stderr', (line: string) => {
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
    })
    cmd.on('error', (err: Error) => {
      if (settled) return
      done()
      const f = failure as { kind: RunFailureKind; message: string } | null
      const spawnFailed = /ENOENT|EACCES|Cannot find ffmpeg/.test(err.message)
      reject(
        new FfmpegRunError(
          f?.message ?? err.message,
          f?.kind ?? (spawnFailed ? 'spawn' : 'exit'),
          tail.join('\n'),
          args,
        ),
      )
    })
    cmd.on('end', () => {
      if (settled) return
      done()
      resolve({ stderrTail: tail.join('\n'), frames, outTimeSeconds: outTime })
    })
    cmd.run()
  })
}
