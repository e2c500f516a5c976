/**
 * Link previews for a video's share page: Open Graph (LinkedIn, WhatsApp, Facebook, Slack) and
 * Twitter/X card tags, plus schema.org VideoObject for search engines. Pure functions: the page
 * renders what these return.
 */
import type { PlayableVideo } from './videos'

export interface MetaTag {
  /** `property` for Open Graph, `name` for Twitter. */
  attribute: 'property' | 'name'
  key: string
  content: string
}

/** The worker's share image is exactly this size (media-worker: 1200×630, the size link previews use). */
export const SHARE_IMAGE = { width: 1200, height: 630 } as const

export function videoShareMeta(video: PlayableVideo, opts: { title: string; description: string; imageAlt: string }): MetaTag[] {
  const image = video.shareImage
    ? { url: video.shareImage, ...SHARE_IMAGE }
    : video.poster
      ? { url: video.poster, width: video.width, height: video.height }
      : null
  const og = (key: string, content: string | number): MetaTag => ({ attribute: 'property', key, content: String(content) })
  const tw = (key: string, content: string): MetaTag => ({ attribute: 'name', key, content })
  const tags: MetaTag[] = [og('og:type', 'video.other')]
  if (image) {
    tags.push(og('og:image', image.url))
    if (image.url.startsWith('https:')) tags.push(og('og:image:secure_url', image.url))
    tags.push(og('og:image:type', /\.png$/i.test(image.url) ? 'image/png' : 'image/jpeg'), og('og:image:width', image.width), og('og:image:height', image.height), og('og:image:alt', opts.imageAlt))
  }
  tags.push(og('og:video', video.mp4))
  if (video.mp4.startsWith('https:')) tags.push(og('og:video:secure_url', video.mp4))
  tags.push(og('og:video:type', 'video/mp4'), og('og:video:width', video.mp4Width), og('og:video:height', video.mp4Height))
  if (video.durationSeconds > 0) tags.push(og('video:duration', Math.round(video.durationSeconds)))
  // A player card needs an embeddable HTTPS player page; the site forbids framing, so: a large image.
  tags.push(tw('twitter:card', 'summary_large_image'), tw('twitter:title', opts.title), tw('twitter:description', opts.description))
  if (image) tags.push(tw('twitter:image', image.url), tw('twitter:image:alt', opts.imageAlt))
  return tags
}

/** ISO 8601 duration: 65 → "PT1M5S". */
export function isoDuration(seconds: number): string {
  const total = Math.max(0, Math.round(seconds))
  const m = Math.floor(total / 60)
  const s = total % 60
  return `PT${m ? `${m}M` : ''}${s || !m ? `${s}S` : ''}`
}

export function videoObjectJsonLd(video: PlayableVideo, opts: { url: string; description: string; uploadDate: string | null | undefined; lang: string }): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'VideoObject',
    name: video.title,
    description: opts.description,
    thumbnailUrl: [video.shareImage, video.poster].filter(Boolean),
    ...(opts.uploadDate ? { uploadDate: opts.uploadDate } : {}),
    ...(video.durationSeconds > 0 ? { duration: isoDuration(video.durationSeconds) } : {}),
    contentUrl: video.mp4,
    url: opts.url,
    inLanguage: opts.lang,
    width: video.width,
    height: video.height,
  }
}
