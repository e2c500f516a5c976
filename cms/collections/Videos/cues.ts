/**
 * Caption cues as the admin's cue editor handles them: parse WebVTT and SRT, serialise back to
 * WebVTT (the stored format, still checked by validateWebVtt.ts), and the small edits the editor
 * offers (add at the playhead, nudge, edit, remove). Pure: it runs in the browser and in tests.
 */
export interface Cue {
  start: number
  end: number
  text: string
}

/** Shortest cue the editor makes or allows after a nudge, in seconds. */
export const MIN_CUE_SECONDS = 0.1
/** Length of a cue added at the playhead, unless the next cue starts earlier. */
export const NEW_CUE_SECONDS = 2

const TIME = /(?:(\d+):)?(\d{1,2}):(\d{2})[.,](\d{1,3})/
const TIMING = new RegExp(`^\\s*${TIME.source}\\s*-->\\s*${TIME.source}`)

const ms = (seconds: number) => Math.round(seconds * 1000) / 1000

function seconds(h: string | undefined, m: string, s: string, frac: string): number {
  return Number(h ?? 0) * 3600 + Number(m) * 60 + Number(s) + Number(frac.padEnd(3, '0')) / 1000
}

/** 00:00:01.250 — the form validateWebVtt expects. */
export function formatTimestamp(value: number): string {
  const total = Math.max(0, Math.round(value * 1000))
  const h = Math.floor(total / 3_600_000)
  const m = Math.floor((total % 3_600_000) / 60_000)
  const s = Math.floor((total % 60_000) / 1000)
  const rest = total % 1000
  const two = (n: number) => String(n).padStart(2, '0')
  return `${two(h)}:${two(m)}:${two(s)}.${String(rest).padStart(3, '0')}`
}

/** Cues of a WebVTT or SRT text: blocks separated by blank lines, each with a timing line. */
function parseBlocks(text: string): Cue[] {
  const cues: Cue[] = []
  const blocks = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').split(/\n{2,}/)
  for (const block of blocks) {
    const lines = block.split('\n')
    const at = lines.findIndex((l) => l.includes('-->'))
    if (at < 0) continue
    const m = TIMING.exec(lines[at]!)
    if (!m) continue
    const start = seconds(m[1], m[2]!, m[3]!, m[4]!)
    const end = seconds(m[5], m[6]!, m[7]!, m[8]!)
    cues.push({ start: ms(start), end: ms(end), text: lines.slice(at + 1).join('\n').trim() })
  }
  return sortCues(cues)
}

export function parseVtt(text: string): Cue[] {
  // NOTE, STYLE and REGION blocks have no timing line and are skipped with the header.
  return parseBlocks(text)
}

export function parseSrt(text: string): Cue[] {
  return parseBlocks(text).map((cue) => ({ ...cue, text: cue.text.replace(/<\/?(?:font|b|i|u)[^>]*>/gi, (tag) => (/^<\/?[biu]>$/i.test(tag) ? tag.toLowerCase() : '')) }))
}

export type ImportResult = { ok: true; cues: Cue[]; vtt: string } | { ok: false; message: { nl: string; en: string } }

/** An uploaded .vtt or .srt file, read in the browser, as WebVTT text for the caption field. */
export function importCaptionFile(fileName: string, text: string): ImportResult {
  const isVtt = /^\uFEFF?WEBVTT/.test(text)
  const isSrt = /\.srt$/i.test(fileName) || (!isVtt && /^\s*\d+\s*\n\s*\d{1,2}:\d{2}:\d{2},\d{1,3}\s*-->/m.test(text.replace(/\r\n?/g, '\n')))
  if (!isVtt && !isSrt) {
    return { ok: false, message: { nl: 'Dit bestand is geen WebVTT (.vtt) of SubRip (.srt): kies een ondertitelbestand.', en: 'This file is not WebVTT (.vtt) or SubRip (.srt): choose a caption file.' } }
  }
  const cues = isVtt ? parseVtt(text) : parseSrt(text)
  if (!cues.length) return { ok: false, message: { nl: 'In dit bestand staan geen ondertitels met tijden.', en: 'This file has no timed captions.' } }
  const bad = cues.findIndex((c) => c.end <= c.start)
  if (bad >= 0) return { ok: false, message: { nl: `Ondertitel ${bad + 1} eindigt niet na het begin.`, en: `Caption ${bad + 1} does not end after it starts.` } }
  return { ok: true, cues, vtt: serialiseVtt(cues) }
}

export function serialiseVtt(cues: Cue[]): string {
  const body = sortCues(cues)
    // A blank line would end the cue; spaces are kept (the editor writes on every key press).
    .map((c) => `${formatTimestamp(c.start)} --> ${formatTimestamp(c.end)}\n${c.text.replace(/\n\s*\n/g, '\n').replace(/^\n+|\n+$/g, '')}`)
    .join('\n\n')
  return `WEBVTT\n\n${body}${body ? '\n' : ''}`
}

export function sortCues(cues: Cue[]): Cue[] {
  return [...cues].sort((a, b) => a.start - b.start || a.end - b.end)
}

/** A new empty cue at the playhead, up to 2 s long or until the next cue; returns its index. */
export function addCueAt(cues: Cue[], at: number, duration?: number): { cues: Cue[]; index: number } {
  const start = ms(Math.max(0, at))
  const nextStart = sortCues(cues).find((c) => c.start > start)?.start
  let end = start + NEW_CUE_SECONDS
  if (nextStart !== undefined && nextStart - start >= MIN_CUE_SECONDS) end = Math.min(end, nextStart)
  if (duration !== undefined && duration > start + MIN_CUE_SECONDS) end = Math.min(end, duration)
  const cue = { start, end: ms(Math.max(end, start + MIN_CUE_SECONDS)), text: '' }
  const next = sortCues([...cues, cue])
  return { cues: next, index: next.indexOf(cue) }
}

/** Moves a cue's start, end or both by `delta` seconds; never below 0, never shorter than 0.1 s. */
export function nudgeCue(cues: Cue[], index: number, edge: 'start' | 'end' | 'both', delta: number): Cue[] {
  const cue = cues[index]
  if (!cue) return cues
  let { start, end } = cue
  if (edge === 'both') {
    const shift = Math.max(delta, -start)
    start += shift
    end += shift
  } else if (edge === 'start') {
    start = Math.min(Math.max(0, start + delta), end - MIN_CUE_SECONDS)
  } else {
    end = Math.max(end + delta, start + MIN_CUE_SECONDS)
  }
  const copy = [...cues]
  copy[index] = { ...cue, start: ms(start), end: ms(end) }
  return copy
}

export function setCueText(cues: Cue[], index: number, text: string): Cue[] {
  return cues.map((c, i) => (i === index ? { ...c, text } : c))
}

export function removeCue(cues: Cue[], index: number): Cue[] {
  return cues.filter((_, i) => i !== index)
}
