import fs from 'node:fs'
import path from 'node:path'
import { Readable } from 'node:stream'

const CONTENT_TYPES: Record<string, string> = {
  '.m3u8': 'application/vnd.apple.mpegurl',
  '.m4s': 'video/iso.segment',
  '.ts': 'video/mp2t',
  '.mp4': 'video/mp4',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.png': 'image/png',
  '.vtt': 'text/vtt; charset=utf-8',
  '.json': 'application/json',
}

export function contentTypeFor(file: string): string {
  return CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream'
}

/** Parses a single-range `Range: bytes=…` header; multi-range requests get the whole file. */
export function parseRange(header: string | null, size: number): { start: number; end: number } | 'unsatisfiable' | null {
  if (!header) return null
  const match = /^bytes=(\d*)-(\d*)$/.exec(header.trim())
  if (!match) return null
  const [, startText = '', endText = ''] = match
  if (!startText && !endText) return null
  let start: number
  let end: number
  if (!startText) {
    const suffix = Number(endText)
    if (suffix === 0) return 'unsatisfiable'
    start = Math.max(0, size - suffix)
    end = size - 1
  } else {
    start = Number(startText)
    end = endText ? Math.min(Number(endText), size - 1) : size - 1
  }
  if (start >= size || start > end) return 'unsatisfiable'
  return { start, end }
}

/** Streams a file with Range support (Safari and iOS refuse MP4 playback without it). */
export async function serveFile(file: string, request: Request, headers: Record<string, string>): Promise<Response> {
  let stat: fs.Stats
  try {
    stat = await fs.promises.stat(file)
    if (!stat.isFile()) throw new Error('not a file')
  } catch {
    return new Response('Not found', { status: 404 })
  }
  const etag = `W/"${stat.size.toString(36)}-${Math.floor(stat.mtimeMs).toString(36)}"`
  const base = { ...headers, 'Content-Type': contentTypeFor(file), 'Accept-Ranges': 'bytes', 'Last-Modified': stat.mtime.toUTCString(), ETag: etag }
  // Revalidation is cheap: a cache that asks again gets 304 and keeps its bytes (renditions are
  // served with no-cache so that every reuse asks; see the renditions route).
  if (isNotModified(request, etag, stat.mtime)) return new Response(null, { status: 304, headers: base })
  const range = parseRange(request.headers.get('range'), stat.size)
  if (range === 'unsatisfiable') {
    return new Response(null, { status: 416, headers: { ...base, 'Content-Range': `bytes */${stat.size}` } })
  }
  if (request.method === 'HEAD') {
    return new Response(null, { status: 200, headers: { ...base, 'Content-Length': String(stat.size) } })
  }
  const { start, end } = range ?? { start: 0, end: stat.size - 1 }
  const body = Readable.toWeb(fs.createReadStream(file, { start, end })) as ReadableStream
  return new Response(body, {
    status: range ? 206 : 200,
    headers: { ...base, 'Content-Length': String(end - start + 1), ...(range ? { 'Content-Range': `bytes ${start}-${end}/${stat.size}` } : {}) },
  })
}

function isNotModified(request: Request, etag: string, mtime: Date): boolean {
  const match = request.headers.get('if-none-match')
  if (match) return match.split(',').some((tag) => tag.trim() === etag || tag.trim() === '*')
  const since = Date.parse(request.headers.get('if-modified-since') ?? '')
  return Number.isFinite(since) && Math.floor(mtime.getTime() / 1000) <= Math.floor(since / 1000)
}
