/**
 * Turning bad input into one sentence an employee (and the comms team) can act on.
 * A rejection is final (`retryable: false`): running the same bytes again gives the same answer.
 * Everything that is the machine's fault instead (disk full, ffmpeg killed, timeout) is a
 * TranscodeError with `retryable: true`, so the queue knows what to try again.
 */
import { open } from 'node:fs/promises'
import type { MediaInfo } from './probe.js'

export type RejectionCode =
  | 'empty'
  | 'not-video-text'
  | 'not-video-image'
  | 'not-video'
  | 'audio-only'
  | 'corrupt'
  | 'too-long'
  | 'too-large'
  | 'resolution-too-high'
  | 'resolution-too-low'
  | 'invalid-trim'
  | 'dolby-vision-only'

export class MediaRejection extends Error {
  readonly retryable = false as const
  constructor(
    readonly code: RejectionCode,
    message: string,
    /** The same sentence in Dutch, for the employee's status page and mails in Dutch. */
    readonly nl: string,
    /** ffmpeg/ffprobe stderr tail or other evidence, for logs; never shown to the uploader. */
    readonly detail?: string,
  ) {
    super(message)
    this.name = 'MediaRejection'
  }
}

export type TranscodeFailureCode = 'ffmpeg-failed' | 'timeout' | 'aborted' | 'ffmpeg-missing' | 'io'

export class TranscodeError extends Error {
  constructor(
    readonly code: TranscodeFailureCode,
    message: string,
    readonly retryable: boolean,
    readonly detail?: string,
  ) {
    super(message)
    this.name = 'TranscodeError'
  }

  /** In Dutch, per kind: the uploader can do nothing about these, so one sentence each is enough. */
  get nl(): string {
    return TRANSCODE_FAILURE_NL[this.code]
  }
}

const TRANSCODE_FAILURE_NL: Record<TranscodeFailureCode, string> = {
  'ffmpeg-failed': 'De video kon niet worden verwerkt.',
  timeout: 'Het verwerken duurde te lang en is gestopt.',
  aborted: 'Het verwerken is afgebroken.',
  'ffmpeg-missing': 'De server kan op dit moment geen video’s verwerken.',
  io: 'De server kon de video niet verwerken (opslag of geheugen).',
}

/** The sentence for a failure in the uploader's language; errors that are not ours to explain get a general one. */
export function failureSentence(err: unknown, lang: 'en' | 'nl'): string {
  if (err instanceof MediaRejection || err instanceof TranscodeError) return lang === 'nl' ? err.nl : err.message
  return lang === 'nl' ? 'De video kon niet worden verwerkt.' : err instanceof Error ? err.message : String(err)
}

/** Bad input: tell the uploader `err.message`; do not retry. */
export function isRejection(err: unknown): err is MediaRejection {
  return err instanceof MediaRejection
}

/** True when trying the same job again later can succeed; false for bad input. Unknown errors count as transient. */
export function isRetryable(err: unknown): boolean {
  if (err instanceof MediaRejection) return false
  if (err && typeof err === 'object' && 'retryable' in err) return Boolean((err as { retryable: unknown }).retryable)
  return true
}

export interface Limits {
  /** Longest accepted clip after trimming, in seconds. Default 600 (10 minutes); the worker passes the campaign's own limit. */
  maxDurationSeconds: number
  /** Largest accepted file, in bytes. Default 2 GiB. */
  maxBytes: number
}

export const DEFAULT_LIMITS: Limits = { maxDurationSeconds: 600, maxBytes: 2 * 1024 ** 3 }

/** 8K UHD is 7680×4320; DCI 8K is 8192 wide. Anything beyond is not a phone video. */
const MAX_PIXELS = 8192 * 4320
const MAX_SIDE = 8192
const MIN_SHORT_SIDE = 64

/** "2 minutes", "150 seconds" → "2 minutes 30 seconds": the way a campaign states its limit. */
function humanDuration(seconds: number, lang: 'en' | 'nl' = 'en'): string {
  const total = Math.round(seconds)
  const m = Math.floor(total / 60)
  const s = total % 60
  const minutes = lang === 'nl' ? `${m} ${m === 1 ? 'minuut' : 'minuten'}` : `${m} minute${m === 1 ? '' : 's'}`
  const secs = lang === 'nl' ? `${s} ${s === 1 ? 'seconde' : 'seconden'}` : `${s} second${s === 1 ? '' : 's'}`
  if (m === 0) return secs
  if (s === 0) return minutes
  return lang === 'nl' ? `${minutes} en ${secs}` : `${minutes} ${secs}`
}

/** The planner's reasons for refusing a trim, in Dutch (unknown ones stay as they are). */
const TRIM_REASON_NL: Record<string, string> = {
  'the start is before the beginning of the video': 'het begin ligt vóór het begin van de video',
  'the start is after the end of the video': 'het begin ligt na het einde van de video',
  'the end is not after the start': 'het einde ligt niet na het begin',
}

function humanBytes(bytes: number): string {
  const gb = bytes / 1024 ** 3
  if (gb >= 1) return `${Number.isInteger(gb) ? gb : gb.toFixed(1)} GB`
  const mb = bytes / 1024 ** 2
  return `${Number.isInteger(mb) ? mb : mb.toFixed(1)} MB`
}

export const reject = {
  empty: () => new MediaRejection('empty', 'The file is empty.', 'Het bestand is leeg.'),
  text: () => new MediaRejection('not-video-text', 'This is not a video file (it looks like a text document).', 'Dit is geen videobestand (het lijkt op een tekstdocument).'),
  image: (kind: string) =>
    new MediaRejection('not-video-image', `This is not a video file (it looks like an image${kind ? `, ${kind}` : ''}).`, `Dit is geen videobestand (het lijkt op een afbeelding${kind ? `, ${kind}` : ''}).`),
  notVideo: (detail?: string) => new MediaRejection('not-video', 'This is not a video file we can read.', 'Dit is geen videobestand dat we kunnen lezen.', detail),
  audioOnly: () => new MediaRejection('audio-only', 'The file has no video track (audio only).', 'Het bestand bevat geen beeld (alleen geluid).'),
  corrupt: (detail?: string) => new MediaRejection('corrupt', 'The file is damaged or incomplete and could not be read.', 'Het bestand is beschadigd of onvolledig en kon niet worden gelezen.', detail),
  tooLong: (max: number, actual?: number) =>
    new MediaRejection(
      'too-long',
      `The video is longer than the maximum of ${humanDuration(max)}${actual ? ` (it is ${humanDuration(actual)})` : ''}.`,
      `De video is langer dan het maximum van ${humanDuration(max, 'nl')}${actual ? ` (hij duurt ${humanDuration(actual, 'nl')})` : ''}.`,
    ),
  tooLarge: (max: number) => new MediaRejection('too-large', `The file is larger than the maximum of ${humanBytes(max)}.`, `Het bestand is groter dan het maximum van ${humanBytes(max)}.`),
  tooHigh: () => new MediaRejection('resolution-too-high', 'The resolution is above 8K.', 'De resolutie is hoger dan 8K.'),
  tooLow: () =>
    new MediaRejection('resolution-too-low', `The resolution is too low (less than ${MIN_SHORT_SIDE} pixels on a side).`, `De resolutie is te laag (minder dan ${MIN_SHORT_SIDE} pixels aan een kant).`),
  dolbyVisionOnly: (profile: number | undefined) =>
    new MediaRejection(
      'dolby-vision-only',
      `The video is in a Dolby Vision format${profile !== undefined ? ` (profile ${profile})` : ''} without a standard picture inside, which only Dolby Vision players can show. Please export it as HDR10 or SDR.`,
      `De video staat in een Dolby Vision-formaat${profile !== undefined ? ` (profiel ${profile})` : ''} zonder gewoon beeld erin, dat alleen Dolby Vision-spelers kunnen tonen. Exporteer hem als HDR10 of SDR.`,
    ),
  badTrim: (why: string) => new MediaRejection('invalid-trim', `The trim points are not valid: ${why}.`, `De knippunten kloppen niet: ${TRIM_REASON_NL[why] ?? why}.`),
}

/** Image signatures. Checked on bytes, never on the file name: phones and people rename freely. */
export function sniffImage(head: Uint8Array): string | null {
  const b = head
  const ascii = (from: number, to: number) => String.fromCharCode(...b.subarray(from, to))
  if (b.length >= 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return 'JPEG'
  if (b.length >= 8 && b[0] === 0x89 && ascii(1, 4) === 'PNG') return 'PNG'
  if (b.length >= 6 && (ascii(0, 6) === 'GIF87a' || ascii(0, 6) === 'GIF89a')) return 'GIF'
  if (b.length >= 12 && ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') return 'WebP'
  if (b.length >= 12 && ascii(4, 8) === 'ftyp') {
    const brand = ascii(8, 12)
    if (['heic', 'heix', 'heim', 'heis', 'hevc', 'hevx', 'mif1', 'msf1'].includes(brand)) return 'HEIC'
    if (brand === 'avif') return 'AVIF'
  }
  if (b.length >= 2 && ascii(0, 2) === 'BM') return 'BMP'
  if (b.length >= 4 && ((b[0] === 0x49 && b[1] === 0x49 && b[2] === 0x2a) || (b[0] === 0x4d && b[1] === 0x4d && b[3] === 0x2a))) return 'TIFF'
  return null
}

/**
 * Text: no NUL bytes and (almost) only printable UTF-8 in the first block. Every video
 * container has binary headers within its first bytes, so this does not misfire on video.
 */
export function looksLikeText(head: Uint8Array): boolean {
  if (head.length === 0) return false
  let printable = 0
  for (const byte of head) {
    if (byte === 0) return false
    if (byte === 9 || byte === 10 || byte === 13 || (byte >= 32 && byte !== 127)) printable++
  }
  if (printable / head.length < 0.98) return false
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(head.subarray(0, trimPartialUtf8(head)))
    return true
  } catch {
    return false
  }
}

/** Length without a UTF-8 sequence cut off by the read window. */
function trimPartialUtf8(b: Uint8Array): number {
  let end = b.length
  for (let i = 1; i <= 3 && end - i >= 0; i++) {
    const byte = b[end - i]!
    if ((byte & 0xc0) === 0x80) continue
    if ((byte & 0xc0) === 0xc0) end -= i
    break
  }
  return end
}

export async function readHead(path: string, bytes = 4096): Promise<{ head: Uint8Array; size: number }> {
  const fh = await open(path, 'r')
  try {
    const { size } = await fh.stat()
    const buf = new Uint8Array(Math.min(bytes, size))
    if (buf.length) await fh.read(buf, 0, buf.length, 0)
    return { head: buf, size }
  } finally {
    await fh.close()
  }
}

/** Checks that need nothing but the bytes: runs before ffprobe ever sees the file. */
export function rejectByBytes(head: Uint8Array, size: number, limits: Limits): MediaRejection | null {
  if (size === 0) return reject.empty()
  if (size > limits.maxBytes) return reject.tooLarge(limits.maxBytes)
  const image = sniffImage(head)
  if (image) return reject.image(image)
  if (looksLikeText(head)) return reject.text()
  return null
}

const IMAGE_DEMUXERS = /(^|,)(image2|[a-z0-9]+_pipe|gif|apng|webp)($|,)/

/** Checks on what ffprobe found. `clipSeconds` is the length after trimming. */
export function rejectByInfo(info: MediaInfo, limits: Limits, clipSeconds: number): MediaRejection | null {
  if (IMAGE_DEMUXERS.test(info.formatName)) return reject.image('')
  if (!info.video) return info.audio ? reject.audioOnly() : reject.notVideo(`streams: ${info.streamCount}, format: ${info.formatName}`)
  const { displayWidth: w, displayHeight: h } = info.video
  if (w * h > MAX_PIXELS || Math.max(w, h) > MAX_SIDE) return reject.tooHigh()
  if (Math.min(w, h) < MIN_SHORT_SIDE) return reject.tooLow()
  // Compatibility 0 (profile 5): the pixels are IPTPQc2, which any other decoder turns green and purple.
  if (info.video.dolbyVisionCompatibility === 0) return reject.dolbyVisionOnly(info.video.dolbyVisionProfile)
  if (!Number.isFinite(info.durationSeconds) || info.durationSeconds <= 0) return reject.corrupt('no duration')
  if (clipSeconds > limits.maxDurationSeconds + 0.5) return reject.tooLong(limits.maxDurationSeconds, clipSeconds)
  return null
}

/**
 * ffmpeg's stderr, mapped to a sentence. Patterns that mean "the bytes are bad" become a
 * MediaRejection; anything else is a retryable TranscodeError. The stderr tail always rides along.
 */
export function classifyFfmpegFailure(stderrTail: string, kind: 'exit' | 'timeout' | 'aborted' | 'spawn'): MediaRejection | TranscodeError {
  if (kind === 'aborted') return new TranscodeError('aborted', 'Processing was cancelled.', true, stderrTail)
  if (kind === 'timeout') return new TranscodeError('timeout', 'Processing took too long and was stopped.', true, stderrTail)
  if (kind === 'spawn') return new TranscodeError('ffmpeg-missing', 'ffmpeg could not be started.', true, stderrTail)
  if (/No space left on device|Cannot allocate memory|Too many open files|Resource temporarily unavailable/i.test(stderrTail)) {
    return new TranscodeError('io', 'The server ran out of resources while processing the video.', true, stderrTail)
  }
  if (
    /moov atom not found|Invalid data found when processing input|partial file|error reading header|Invalid NAL unit|corrupt|truncat|End of file|EBML header parsing failed|Error while decoding/i.test(
      stderrTail,
    )
  ) {
    return reject.corrupt(stderrTail)
  }
  return new TranscodeError('ffmpeg-failed', 'The video could not be processed.', true, stderrTail)
}
