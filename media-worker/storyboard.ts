/** WebVTT for the storyboard sprite: one cue per tile, `sprite.jpg#xywh=x,y,w,h` (the convention players use for thumbnails). */
import type { RenditionPlan } from './plan.js'

function ts(seconds: number): string {
  const ms = Math.round(seconds * 1000)
  const h = Math.floor(ms / 3_600_000)
  const m = Math.floor((ms % 3_600_000) / 60_000)
  const s = Math.floor((ms % 60_000) / 1000)
  const pad = (n: number, w = 2) => String(n).padStart(w, '0')
  return `${pad(h)}:${pad(m)}:${pad(s)}.${pad(ms % 1000, 3)}`
}

/** `spriteUri` is relative to the VTT file. */
export function storyboardVtt(plan: Pick<RenditionPlan, 'storyboard' | 'durationSeconds'>, spriteUri: string): string {
  const sb = plan.storyboard
  const lines = ['WEBVTT', '']
  for (let i = 0; i < sb.count; i++) {
    const start = i * sb.intervalSeconds
    const end = Math.min((i + 1) * sb.intervalSeconds, plan.durationSeconds)
    if (end <= start) break
    const x = (i % sb.columns) * sb.tileWidth
    const y = Math.floor(i / sb.columns) * sb.tileHeight
    lines.push(`${ts(start)} --> ${ts(end)}`, `${spriteUri}#xywh=${x},${y},${sb.tileWidth},${sb.tileHeight}`, '')
  }
  return lines.join('\n')
}
