/**
 * The master playlist, written by us rather than by ffmpeg: the rungs come from two different
 * ffmpeg calls (encode and remux), and BANDWIDTH must be the measured peak, CODECS must name
 * exactly what the segments hold (no audio codec when there is no audio track).
 */
import { readFile, stat } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import type { Rational, VideoRung } from './plan.js'

export interface MeasuredRung {
  rung: Pick<VideoRung, 'name' | 'width' | 'height' | 'codecs'>
  /** Playlist path relative to the master playlist. */
  uri: string
  peakBps: number
  averageBps: number
}

export interface MediaSegment {
  uri: string
  durationSeconds: number
}

/** Segments and the init section of a media playlist. */
export function parseMediaPlaylist(text: string): { init?: string; segments: MediaSegment[] } {
  const segments: MediaSegment[] = []
  let init: string | undefined
  let pending: number | null = null
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim()
    if (!line) continue
    if (line.startsWith('#EXT-X-MAP:')) init = /URI="([^"]+)"/.exec(line)?.[1]
    else if (line.startsWith('#EXTINF:')) pending = Number.parseFloat(line.slice(8))
    else if (!line.startsWith('#') && pending !== null) {
      segments.push({ uri: line, durationSeconds: pending })
      pending = null
    }
  }
  return { ...(init ? { init } : {}), segments }
}

/**
 * BANDWIDTH is the peak segment bit rate (RFC 8216 §4.3.4.2), AVERAGE-BANDWIDTH the whole
 * playlist's. Segments shorter than a second (the tail) are left out of the peak: a 0.3 s
 * keyframe-only remainder would otherwise claim a rate no real segment reaches.
 */
export async function measurePlaylist(playlistPath: string): Promise<{ peakBps: number; averageBps: number }> {
  const { segments, init } = parseMediaPlaylist(await readFile(playlistPath, 'utf8'))
  const dir = dirname(playlistPath)
  const initBytes = init ? (await stat(join(dir, init))).size : 0
  let totalBits = initBytes * 8
  let totalSeconds = 0
  let peak = 0
  for (const s of segments) {
    const bits = (await stat(join(dir, s.uri))).size * 8
    totalBits += bits
    totalSeconds += s.durationSeconds
    if (s.durationSeconds >= 1 || segments.length === 1) peak = Math.max(peak, bits / Math.max(s.durationSeconds, 0.001))
  }
  const averageBps = totalSeconds > 0 ? totalBits / totalSeconds : 0
  return { peakBps: Math.ceil(Math.max(peak, averageBps)), averageBps: Math.ceil(averageBps) }
}

export function formatFrameRate(fps: Rational): string {
  return (fps.num / fps.den).toFixed(3)
}

export function masterPlaylist(rungs: MeasuredRung[], fps: Rational): string {
  const lines = ['#EXTM3U', '#EXT-X-VERSION:7', '#EXT-X-INDEPENDENT-SEGMENTS']
  for (const r of [...rungs].sort((a, b) => a.peakBps - b.peakBps)) {
    lines.push(
      `#EXT-X-STREAM-INF:BANDWIDTH=${r.peakBps},AVERAGE-BANDWIDTH=${r.averageBps},RESOLUTION=${r.rung.width}x${r.rung.height},` +
        `CODECS="${r.rung.codecs}",FRAME-RATE=${formatFrameRate(fps)}`,
      r.uri,
    )
  }
  return lines.join('\n') + '\n'
}
