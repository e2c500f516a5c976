import type { FirstPlayable, Playback } from '../../../common/api'
import type { VariantPosterUrls } from '../../../common/api'
import { isFirstPlayableManifest, isRenditionManifest, type ImageFormat, type PosterImage } from '../../../common/manifest'

export type { FirstPlayable, Playback }

/** Turns the worker's manifest into URLs on the CMS origin, served by the renditions route. */
export function playbackFromManifest(videoId: string | number, manifest: unknown): Playback | FirstPlayable | null {
  const base = (folder: string) => `/renditions/${encodeURIComponent(String(videoId))}/${encodeURIComponent(folder)}/`
  if (isFirstPlayableManifest(manifest)) {
    return { partial: true, mp4: base(manifest.folder) + encodeURIComponent(manifest.mp4.path), width: manifest.width, height: manifest.height, durationSeconds: manifest.durationSeconds }
  }
  if (!isRenditionManifest(manifest)) return null
  const url = (p: string) => base(manifest.folder) + p.split('/').map(encodeURIComponent).join('/')
  const formats: ImageFormat[] = ['avif', 'webp', 'jpeg']
  const images = (posters: PosterImage[]) => {
    const jpegs = posters.filter((p) => p.format === 'jpeg').sort((a, b) => a.width - b.width)
    const fallback = jpegs.find((p) => p.width >= 640) ?? jpegs.at(-1)
    return {
      poster: fallback ? url(fallback.path) : '',
      posterSources: formats
        .map((format) => ({
          format,
          srcset: posters
            .filter((p) => p.format === format)
            .map((p) => `${url(p.path)} ${p.width}w`)
            .join(', '),
        }))
        .filter((s) => s.srcset),
    }
  }
  const variants = Object.entries(manifest.variantPosters ?? {}).filter(([, v]) => v.posters.length)
  return {
    hls: url(manifest.hls.master),
    mp4: url(manifest.mp4.path),
    preview: manifest.preview ? url(manifest.preview.path) : undefined,
    ...images(manifest.posters),
    shareImage: manifest.shareImage ? url(manifest.shareImage.path) : undefined,
    storyboardVtt: manifest.storyboard ? url(manifest.storyboard.vtt) : undefined,
    width: manifest.width,
    height: manifest.height,
    durationSeconds: manifest.durationSeconds,
    ...(variants.length
      ? { variantPosters: Object.fromEntries(variants.map(([key, v]): [string, VariantPosterUrls] => [key, { ...images(v.posters), ...(v.shareImage ? { shareImage: url(v.shareImage.path) } : {}) }])) }
      : {}),
  }
}
