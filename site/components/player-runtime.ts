/**
 * The video player proper, loaded only when someone starts a video (see ./video-player.ts).
 * It swaps the poster for a <video controls playsinline> with the CMS's caption tracks and picks
 * a source:
 *   1. native HLS (Safari, iOS, recent Chromium),
 *   2. hls.js over Media Source Extensions, imported only now (its own chunk, never in initial JS),
 *   3. the progressive MP4.
 * Any fatal playback error on the HLS path falls back to the MP4.
 */
import type HlsType from 'hls.js'

type HlsConstructor = typeof HlsType

export interface CaptionTrack {
  src: string
  srclang: string
  label: string
}

let hlsModule: Promise<HlsConstructor> | null = null

export function loadHls(): Promise<HlsConstructor> {
  hlsModule ??= import('hls.js').then((m) => m.default)
  return hlsModule
}

export function hasMediaSource(): boolean {
  return typeof window !== 'undefined' && ('MediaSource' in window || 'ManagedMediaSource' in window)
}

export function canPlayNativeHls(video: HTMLVideoElement): boolean {
  return Boolean(video.canPlayType('application/vnd.apple.mpegurl'))
}

/** Warms the hls.js chunk when this browser will need it. */
export function warm(): void {
  if (!canPlayNativeHls(document.createElement('video')) && hasMediaSource()) void loadHls().catch(() => undefined)
}

const playing = new Set<HTMLVideoElement>()

/** Caption tracks from the figure's data attribute; anything malformed is ignored. */
export function captionTracksOf(figure: HTMLElement): CaptionTrack[] {
  try {
    const parsed: unknown = JSON.parse(figure.dataset.captions ?? '[]')
    if (!Array.isArray(parsed)) return []
    return parsed.filter(
      (t): t is CaptionTrack => typeof t === 'object' && t !== null && typeof t.src === 'string' && typeof t.srclang === 'string' && typeof t.label === 'string',
    )
  } catch {
    return []
  }
}

/**
 * The track switched on by default: the one in the page's language, and never another. On an
 * English page with only Dutch captions the Dutch track is offered in the menu, not forced on.
 */
export function defaultCaptionTrack<T extends { srclang: string }>(tracks: T[], lang: string | undefined): T | undefined {
  return lang ? tracks.find((t) => t.srclang === lang) : undefined
}

export async function start(figure: HTMLElement, button: HTMLButtonElement): Promise<void> {
  const { hls: hlsUrl, mp4: mp4Url, poster, width, height, label, lang } = figure.dataset
  if (!mp4Url || figure.dataset.state === 'playing') return
  figure.dataset.state = 'playing'
  const frame = button.parentElement ?? figure
  const video = document.createElement('video')
  video.controls = true
  video.playsInline = true
  video.setAttribute('playsinline', '')
  video.preload = 'auto'
  video.className = 'player__video'
  video.dataset.testid = 'employee-video'
  if (poster) video.poster = poster
  if (width) video.width = Number(width)
  if (height) video.height = Number(height)
  if (label) video.setAttribute('aria-label', label)

  // Captions in the page's language are on by default (many people watch without sound).
  const tracks = captionTracksOf(figure)
  const preferred = defaultCaptionTrack(tracks, lang)
  for (const track of tracks) {
    const element = document.createElement('track')
    element.kind = 'captions'
    element.src = track.src
    element.srclang = track.srclang
    element.label = track.label
    if (track === preferred) element.default = true
    video.append(element)
  }

  frame.replaceChildren(video)
  video.focus({ preventScroll: true })
  document.dispatchEvent(new CustomEvent('werkvloer:video-start', { detail: { figure } }))

  // Only one colleague talks at a time.
  video.addEventListener('play', () => {
    for (const other of playing) if (other !== video) other.pause()
    playing.add(video)
    document.dispatchEvent(new CustomEvent('werkvloer:video-start', { detail: { figure } }))
  })

  let hls: InstanceType<HlsConstructor> | null = null
  let usingFallback = false
  const play = () => void video.play().catch(() => undefined) // blocked autoplay: the controls are there
  const fallBackToMp4 = () => {
    if (usingFallback) return
    usingFallback = true
    hls?.destroy()
    hls = null
    video.removeAttribute('src')
    video.src = mp4Url
    play()
  }

  if (hlsUrl && canPlayNativeHls(video)) {
    video.addEventListener('error', fallBackToMp4, { once: true })
    video.src = hlsUrl
    play()
    return
  }
  if (hlsUrl && hasMediaSource()) {
    try {
      const Hls = await loadHls()
      if (!Hls.isSupported()) return fallBackToMp4()
      // The captions are the <track> elements above: hls.js need not look for subtitles in the stream.
      hls = new Hls({ capLevelToPlayerSize: true, startLevel: -1, enableCEA708Captions: false })
      hls.on(Hls.Events.ERROR, (_event, data) => {
        if (data.fatal) fallBackToMp4()
      })
      hls.on(Hls.Events.MANIFEST_PARSED, play)
      hls.loadSource(hlsUrl)
      hls.attachMedia(video)
      return
    } catch {
      return fallBackToMp4()
    }
  }
  fallBackToMp4()
}
