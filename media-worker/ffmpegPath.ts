/**
 * Finds the ffmpeg and ffprobe binaries. Env vars win so a deployment can pin a static build
 * (e.g. one with newer filters) without touching PATH; otherwise we take whatever PATH offers.
 */
import { accessSync, constants } from 'node:fs'
import { delimiter, isAbsolute, join } from 'node:path'

export type Tool = 'ffmpeg' | 'ffprobe'
type Env = Record<string, string | undefined>

const INSTALL_HINT =
  'Install it with `apt-get install ffmpeg` (Debian/Ubuntu) or `brew install ffmpeg` (macOS), ' +
  'or point FFMPEG_PATH and FFPROBE_PATH at the binaries.'

export class FfmpegMissingError extends Error {
  readonly code = 'ffmpeg-missing'
  /** Not the uploader's fault: the job can succeed once the machine is fixed. */
  readonly retryable = true
  constructor(tool: Tool, detail: string) {
    super(`${tool} was not found (${detail}). ${INSTALL_HINT}`)
    this.name = 'FfmpegMissingError'
  }
}

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK)
    return true
  } catch {
    return false
  }
}

const cache = new Map<Tool, string>()

/** Absolute path of ffmpeg or ffprobe; throws FfmpegMissingError with install instructions. */
export function resolveTool(tool: Tool, env: Env = process.env): string {
  const envName = tool === 'ffmpeg' ? 'FFMPEG_PATH' : 'FFPROBE_PATH'
  const fromEnv = env[envName]
  if (fromEnv) {
    // An explicit setting that points nowhere is a configuration error; silently falling back
    // to PATH would hide it and run a different ffmpeg than the operator asked for.
    if (isExecutable(fromEnv)) return fromEnv
    throw new FfmpegMissingError(tool, `${envName}=${fromEnv} is not an executable file`)
  }
  const cached = env === process.env ? cache.get(tool) : undefined
  if (cached) return cached
  for (const dir of (env.PATH ?? '').split(delimiter)) {
    if (!dir || !isAbsolute(dir)) continue
    const candidate = join(dir, tool)
    if (isExecutable(candidate)) {
      if (env === process.env) cache.set(tool, candidate)
      return candidate
    }
  }
  throw new FfmpegMissingError(tool, `not on PATH and ${envName} is not set`)
}

export const ffmpegPath = (env?: Env) => resolveTool('ffmpeg', env)
export const ffprobePath = (env?: Env) => resolveTool('ffprobe', env)
