/** Employee videos as the player needs them: absolute media URLs, or nothing when not playable yet. */
import { publicName } from '../../common/contribute/names'
import { publicMediaUrl, type Video } from './cms'
import { runningHookTest, type HookVariant } from './hook-variants'
import { LANGS, paths, type Lang } from './i18n'
import { mp4RenditionSchema, playbackSchema } from './validation'

export interface PlayableVideo {
  id: string
  title: string
  hook: string | null
  contributorName: string
  contributorRole: string | null
  hls: string
  mp4: string
  poster: string
  /** 1200×630 image for link previews (og:image), when the worker made one. */
  shareImage: string | null
  /** Short muted loop for the video wall, when the worker made one. */
  preview: string | null
  /** Caption tracks the CMS has for this video, served by the site as text/vtt. */
  captions: { lang: Lang; src: string }[]
  /** Id of the video's department (depth 0) or null. */
  departmentId: string | null
  posterSources: { type: string; srcset: string }[]
  width: number
  height: number
  /** Frame size of the MP4 file itself (the worker caps it at 720p), for og:video:width/height. */
  mp4Width: number
  mp4Height: number
  durationSeconds: number
  /** A running hook test's variants (the first is shown until the visitor's own is known), or null. */
  hookVariants: HookVariant[] | null
}

const mimeTypes = { avif: 'image/avif', webp: 'image/webp', jpeg: 'image/jpeg' } as const

/** Null when the video has no (valid) renditions yet: such a video is not shown. */
export function toPlayableVideo(video: Video): PlayableVideo | null {
  const parsed = playbackSchema.safeParse(video.playback)
  if (!parsed.success) return null
  const p = parsed.data
  const srcset = (value: string) =>
    value
      .split(',')
      .map((part) => part.trim())
      .filter(Boolean)
      .map((part) => {
        const [url = '', ...descriptor] = part.split(/\s+/)
        return [publicMediaUrl(url), ...descriptor].join(' ')
      })
      .join(', ')
  const picture = (poster: string, sources: { format: keyof typeof mimeTypes; srcset: string }[]) => ({
    src: poster ? publicMediaUrl(poster) : '',
    sources: sources.filter((s) => s.srcset).map((s) => ({ type: mimeTypes[s.format], srcset: srcset(s.srcset) })),
  })
  const videoPicture = picture(p.poster, p.posterSources)
  const hookVariants = runningHookTest(video, videoPicture, (key) => {
    const own = p.variantPosters?.[key]
    return own ? picture(own.poster, own.posterSources) : null
  })
  // The cached page shows the first variant: its wording and its picture.
  const shown = hookVariants?.[0]?.poster ?? videoPicture
  return {
    id: video.id,
    title: hookVariants?.[0]?.title ?? video.title,
    hook: hookVariants ? hookVariants[0]!.hook : (video.hook ?? null),
    // The CMS already hides the surname from anonymous readers; the site never relies on that alone.
    contributorName: publicName(video.contributorName, video.firstNameOnly),
    contributorRole: video.contributorRole ?? null,
    hls: publicMediaUrl(p.hls),
    mp4: publicMediaUrl(p.mp4),
    poster: shown.src,
    shareImage: p.shareImage ? publicMediaUrl(p.shareImage) : null,
    preview: p.preview ? publicMediaUrl(p.preview) : null,
    captions: captionLanguages(video).map((lang) => ({ lang, src: paths.captions(video.id, lang) })),
    departmentId: typeof video.department === 'string' ? video.department : (video.department?.id ?? null),
    posterSources: shown.sources,
    width: Math.round(p.width),
    height: Math.round(p.height),
    ...mp4Size(video, p),
    durationSeconds: p.durationSeconds,
    hookVariants,
  }
}

/**
 * The MP4's own size from the rendition manifest: link previews size their player from
 * og:video:width/height, and the MP4 is smaller than the source (4K in, 720p out). An older
 * manifest without it falls back to the source's size.
 */
function mp4Size(video: Video, playback: { width: number; height: number }): { mp4Width: number; mp4Height: number } {
  const manifest = mp4RenditionSchema.safeParse((video as { renditions?: unknown }).renditions)
  const size = manifest.success ? manifest.data.mp4 : playback
  return { mp4Width: Math.round(size.width), mp4Height: Math.round(size.height) }
}

/** Languages with a non-empty caption track, each once, Dutch first. */
export function captionLanguages(video: Pick<Video, 'captions'>): Lang[] {
  const present = new Set((video.captions ?? []).filter((c) => typeof c?.vtt === 'string' && c.vtt.trim()).map((c) => c.language))
  return LANGS.filter((lang) => present.has(lang))
}

/** The WebVTT text of one caption track, or null when the video has none in that language. */
export function captionTrack(video: Pick<Video, 'captions'>, lang: Lang): string | null {
  const track = (video.captions ?? []).find((c) => c?.language === lang && typeof c.vtt === 'string' && c.vtt.trim())
  return track ? track.vtt : null
}

export function playableVideos(videos: Video[]): PlayableVideo[] {
  return videos.map(toPlayableVideo).filter((v): v is PlayableVideo => v !== null)
}

/** "1:05" */
export function formatDuration(seconds: number): string {
  const total = Math.max(0, Math.round(seconds))
  return `${Math.floor(total / 60)}:${String(total % 60).padStart(2, '0')}`
}
