/**
 * Browser code for VideoPlayer.astro. Before a click it only adds listeners (a few hundred bytes).
 * On click it swaps the poster for a <video controls playsinline> and picks a source:
 *   1. native HLS (Safari, iOS, recent Chromium),
 *   2. hls.js over Media Source Extensions, imported only now (its own chunk, never in initial JS),
 *   3. the progressive MP4.
 * Any fatal playback error on the HLS path falls back to the MP4.
 */
import type HlsType from 'hls.js'

type HlsConstructor = typeof HlsType

let hlsModule: Promise<HlsConstructor> | null = null

function loadHls(): Promise<HlsConstructor> {
  hlsModule ??= import('hls.js').then((m) => m.default)
  return hlsModule
}

function hasMediaSource(): boolean {
  return typeof window !== 'undefined' && ('MediaSource' in window || 'ManagedMediaSource' in window)
}

function canPlayNativeHls(video: HTMLVideoElement): boolean {
  return Boolean(video.canPlayType('application/vnd.apple.mpegurl'))
}

const playing = new Set<HTMLVideoElement>()

export function initVideoPlayers(root: ParentNode): void {
  for (const figure of root.querySelectorAll<HTMLElement>('[data-video-player]')) {
    if (figure.dataset.ready) continue
    figure.dataset.ready = 'true'
    const button = figure.querySelector<HTMLButtonElement>('[data-play]')
    if (!button) continue
    // Warm the hls.js chunk while the pointer is on its way, where it will be needed.
    const warm = () => {
      if (!canPlayNativeHls(document.createElement('video')) && hasMediaSource()) void loadHls().catch(() => undefined)
    }
    button.addEventListener('pointerenter', warm, { once: true })
    button.addEventListener('click', () => void start(figure, button), { once: true })
  }
}

async function start(figure: HTMLElement, button: HTMLButtonElement): Promise<void> {
  const { hls: hlsUrl, mp4: mp4Url, poster, width, height, label } = figure.dataset
  if (!mp4Url) return
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
  frame.replaceChildren(video)
  video.focus({ preventScroll: true })

  // Only one colleague talks at a time.
  video.addEventListener('play', () => {
    for (const other of playing) if (other !== video) other.pause()
    playing.add(video)
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
      hls = new Hls({ capLevelToPlayerSize: true, startLevel: -1 })
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
