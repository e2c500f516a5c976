/**
 * npm run media -- transcode <input> <outDir> [--trim-start s] [--trim-end s] [--poster-time s]
 *                                            [--variant-poster key=s]… [--max-duration s] [--max-bytes n] [--verbose]
 * npm run media -- probe <input>
 *
 * stdout: JSON only (manifest or MediaInfo), so it can be piped. Failure: exit 1 and one line on
 * stderr, the same sentence the uploader sees. Usage errors: exit 2.
 */
import { parseArgs } from 'node:util'
import { probeFile } from './probe.js'
import { MediaRejection } from './rejections.js'
import { transcodeFile, type TranscodeOptions } from './transcode.js'

const USAGE =
  'usage: media transcode <input> <outDir> [--trim-start s] [--trim-end s] [--poster-time s] [--variant-poster key=s]… [--max-duration s] [--max-bytes n] [--verbose] | media probe <input>'

function usage(problem?: string): never {
  process.stderr.write(`${problem ? `${problem}\n` : ''}${USAGE}\n`)
  process.exit(2)
}

function seconds(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined
  const n = Number(value)
  if (!Number.isFinite(n) || n < 0) usage(`--${name} must be a number of seconds`)
  return n
}

async function main(): Promise<void> {
  let parsed
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
        'trim-start': { type: 'string' },
        'trim-end': { type: 'string' },
        'poster-time': { type: 'string' },
        'variant-poster': { type: 'string', multiple: true },
        'max-duration': { type: 'string' },
        'max-bytes': { type: 'string' },
        verbose: { type: 'boolean', short: 'v' },
      },
    })
  } catch (err) {
    usage((err as Error).message)
  }
  const { values, positionals } = parsed
  const [command, input, outDir, ...rest] = positionals

  if (command === 'probe') {
    if (!input || outDir) usage()
    process.stdout.write(JSON.stringify(await probeFile(input), null, 2) + '\n')
    return
  }
  if (command !== 'transcode' || !input || !outDir || rest.length) usage()

  const maxDuration = seconds('max-duration', values['max-duration'])
  const maxBytes = seconds('max-bytes', values['max-bytes'])
  const trimStart = seconds('trim-start', values['trim-start'])
  const trimEnd = seconds('trim-end', values['trim-end'])
  const posterTime = seconds('poster-time', values['poster-time'])
  const variantPosterTimes: Record<string, number> = {}
  for (const pair of values['variant-poster'] ?? []) {
    const [key, time] = pair.split('=')
    if (!key || time === undefined || !/^[a-z0-9-]{1,32}$/.test(key)) usage('--variant-poster takes key=seconds, the key in lower-case letters, digits and -')
    variantPosterTimes[key] = seconds('variant-poster', time)!
  }
  const options: TranscodeOptions = {
    ...(trimStart !== undefined ? { trimStart } : {}),
    ...(Object.keys(variantPosterTimes).length ? { variantPosterTimes } : {}),
    ...(trimEnd !== undefined ? { trimEnd } : {}),
    ...(posterTime !== undefined ? { posterTime } : {}),
    limits: {
      ...(maxDuration !== undefined ? { maxDurationSeconds: maxDuration } : {}),
      ...(maxBytes !== undefined ? { maxBytes } : {}),
    },
  }
  const abort = new AbortController()
  // Ctrl-C kills ffmpeg and removes the temp folder instead of leaving both behind.
  process.once('SIGINT', () => abort.abort())
  process.once('SIGTERM', () => abort.abort())
  options.signal = abort.signal

  let lastStage = ''
  const manifest = await transcodeFile(input, outDir, options, (p) => {
    if (!values.verbose) return
    if (p.stage !== lastStage) process.stderr.write(`\n${p.stage} `)
    lastStage = p.stage
    process.stderr.write(`${Math.round(p.percent)}% `)
  })
  if (values.verbose) process.stderr.write('\n')
  process.stdout.write(JSON.stringify(manifest, null, 2) + '\n')
}

main().catch((err: unknown) => {
  const message = err instanceof Error ? err.message : String(err)
  // One line, always: the sentence; details (stderr tails) belong in logs, not here.
  process.stderr.write(message.replace(/\s*\n\s*/g, ' ') + '\n')
  if (process.env.MEDIA_DEBUG && err instanceof MediaRejection && err.detail) process.stderr.write(err.detail + '\n')
  process.exitCode = 1
})
