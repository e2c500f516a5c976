import { parseVtt } from './cues'

/** One tile of the worker's storyboard sprite (media-worker/storyboard.ts writes the WebVTT). */
export interface StoryboardTile {
  start: number
  end: number
  sprite: string
  x: number
  y: number
  width: number
  height: number
}

/** The tiles of a storyboard WebVTT; sprite addresses are resolved against the VTT's own URL. */
export function storyboardTiles(vtt: string, vttUrl: string): StoryboardTile[] {
  const tiles: StoryboardTile[] = []
  for (const cue of parseVtt(vtt)) {
    const m = /^(.+)#xywh=(\d+),(\d+),(\d+),(\d+)$/.exec(cue.text.trim())
    if (!m) continue
    tiles.push({ start: cue.start, end: cue.end, sprite: new URL(m[1]!, new URL(vttUrl, 'http://x.invalid')).pathname, x: Number(m[2]), y: Number(m[3]), width: Number(m[4]), height: Number(m[5]) })
  }
  return tiles
}

/** Whether a tile lies (partly) inside the kept part of a trimmed video. */
export function tileKept(tile: Pick<StoryboardTile, 'start' | 'end'>, trimStart: number | null | undefined, trimEnd: number | null | undefined): boolean {
  return tile.end > (trimStart ?? 0) && (trimEnd == null || tile.start < trimEnd)
}
