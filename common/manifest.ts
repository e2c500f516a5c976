/**
 * The contract between the media worker and everybody who reads its output (CMS, site, tests).
 * Paths are relative to the output folder; the CMS serves that folder under /renditions/<videoId>/<folder>/.
 */
export type ImageFormat = 'avif' | 'webp' | 'jpeg'

export interface HlsRung {
  width: number
  height: number
  /** Peak bits per second, as in the master playlist's BANDWIDTH. */
  bandwidth: number
  codecs: string
  playlist: string
}

export interface PosterImage {
  format: ImageFormat
  width: number
  height: number
  path: string
}

/**
 * A hook-test variant's own poster frame (its `posterTime`, seconds into the published clip),
 * made in the same formats and widths as the video's poster, plus its own share image.
 * Variants without a time of their own have no entry: they show the video's poster.
 */
export interface VariantPoster {
  posterTime: number
  posters: PosterImage[]
  shareImage?: { path: string; width: number; height: number }
}

export interface RenditionManifest {
  version: 1
  /** Sub-folder of the video's renditions folder; each successful run gets a new one. */
  folder: string
  durationSeconds: number
  width: number
  height: number
  hasAudio: boolean
  hls: { master: string; rungs: HlsRung[] }
  mp4: { path: string; width: number; height: number; bytes: number }
  preview?: { path: string; width: number; height: number; durationSeconds: number }
  posters: PosterImage[]
  shareImage?: { path: string; width: number; height: number }
  storyboard?: { sprite: string; vtt: string }
  /** By variant key; written by the full run and by a posters-only job into the same folder. */
  variantPosters?: Record<string, VariantPoster>
  /** The cut this folder was made with, so a posters-only job seeks in the same clip. */
  trim?: { start: number; end: number | null }
  createdAt: string
}

export function isRenditionManifest(value: unknown): value is RenditionManifest {
  if (!value || typeof value !== 'object') return false
  const m = value as Partial<RenditionManifest>
  return m.version === 1 && typeof m.folder === 'string' && typeof m.hls?.master === 'string' && typeof m.mp4?.path === 'string'
}

/**
 * Written while the ladder is still being encoded, so curators can watch the video early. Never
 * publishable: guardPublishing and the site accept only a complete RenditionManifest.
 */
export interface FirstPlayableManifest {
  version: 1
  partial: true
  folder: string
  durationSeconds: number
  width: number
  height: number
  mp4: { path: string; width: number; height: number; bytes: number }
}

export function isFirstPlayableManifest(value: unknown): value is FirstPlayableManifest {
  if (!value || typeof value !== 'object') return false
  const m = value as Partial<FirstPlayableManifest>
  return m.version === 1 && m.partial === true && typeof m.folder === 'string' && typeof m.mp4?.path === 'string'
}
