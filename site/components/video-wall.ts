/**
 * Muted preview loops on the video wall (VideoWall.astro).
 *
 * - A preview plays only while at least half of its card is in view, and only after the page has
 *   loaded (the posters and text come first).
 * - One button pauses and resumes every preview (WCAG 2.2.2); the choice is remembered.
 * - Nothing plays under `prefers-reduced-motion: reduce` or with Save-Data, while the tab is hidden,
 *   or while a colleague's video is playing with sound.
 * - The preview is decorative (aria-hidden, no controls, not focusable): the poster's play button
 *   is the way to watch.
 */
const STORAGE_KEY = 'werkvloer:previews'

function storedPaused(): boolean {
  try {
    return window.localStorage.getItem(STORAGE_KEY) === 'paused'
  } catch {
    return false
  }
}

function storePaused(paused: boolean): void {
  try {
    if (paused) window.localStorage.setItem(STORAGE_KEY, 'paused')
    else window.localStorage.removeItem(STORAGE_KEY)
  } catch {
    // Private mode without storage: the choice lasts for this page.
  }
}

function saveData(): boolean {
  const connection = (navigator as Navigator & { connection?: { saveData?: boolean } }).connection
  return Boolean(connection?.saveData)
}

function afterLoad(run: () => void): void {
  const idle = () => {
    if (typeof window.requestIdleCallback === 'function') window.requestIdleCallback(run, { timeout: 2000 })
    else setTimeout(run, 200)
  }
  if (document.readyState === 'complete') idle()
  else window.addEventListener('load', idle, { once: true })
}

function previewOf(figure: HTMLElement): HTMLVideoElement | null {
  return figure.querySelector<HTMLVideoElement>('video.player__preview')
}

function playPreview(figure: HTMLElement): void {
  const src = figure.dataset.preview
  const button = figure.querySelector<HTMLButtonElement>('[data-play]')
  if (!src || !button || figure.dataset.state === 'playing') return
  let video = previewOf(figure)
  if (!video) {
    video = document.createElement('video')
    video.className = 'player__preview'
    video.muted = true
    video.defaultMuted = true
    video.loop = true
    video.playsInline = true
    video.setAttribute('muted', '')
    video.setAttribute('playsinline', '')
    video.setAttribute('aria-hidden', 'true')
    video.setAttribute('disablepictureinpicture', '')
    video.tabIndex = -1
    video.preload = 'auto'
    video.addEventListener('playing', () => video?.classList.add('is-playing'))
    video.src = src
    button.before(video)
  }
  void video.play().catch(() => undefined)
}

function pausePreview(figure: HTMLElement): void {
  previewOf(figure)?.pause()
}

export function initVideoWalls(root: ParentNode): void {
  const walls = [...root.querySelectorAll<HTMLElement>('[data-video-wall]')].filter((wall) => !wall.dataset.ready)
  if (walls.length === 0 || !('IntersectionObserver' in window)) return
  const reduceMotion = window.matchMedia('(prefers-reduced-motion: reduce)')
  let userPaused = storedPaused()
  let soundPlaying = false
  const updates: (() => void)[] = []
  const updateAll = () => {
    for (const update of updates) update()
  }

  for (const wall of walls) {
    wall.dataset.ready = 'true'
    const figures = [...wall.querySelectorAll<HTMLElement>('[data-video-player][data-preview]')]
    const toggle = wall.querySelector<HTMLButtonElement>('[data-wall-toggle]')
    if (figures.length === 0) continue
    const visible = new Set<HTMLElement>()
    let started = false

    const update = () => {
      const motionAllowed = !reduceMotion.matches && !saveData()
      const allowed = started && motionAllowed && !userPaused && !soundPlaying && !document.hidden
      for (const figure of figures) {
        if (allowed && visible.has(figure)) playPreview(figure)
        else pausePreview(figure)
      }
      if (toggle) {
        // No control for something that never moves.
        toggle.hidden = !motionAllowed
        const label = toggle.querySelector('[data-wall-toggle-label]')
        if (label) label.textContent = (userPaused ? toggle.dataset.labelPlay : toggle.dataset.labelPause) ?? ''
        toggle.dataset.paused = String(userPaused)
      }
    }
    updates.push(update)

    const observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          const figure = entry.target as HTMLElement
          if (entry.isIntersecting && entry.intersectionRatio >= 0.5) visible.add(figure)
          else visible.delete(figure)
        }
        update()
      },
      { threshold: [0, 0.5, 1] },
    )
    toggle?.addEventListener('click', () => {
      userPaused = !userPaused
      storePaused(userPaused)
      updateAll()
    })
    update()
    afterLoad(() => {
      started = true
      for (const figure of figures) observer.observe(figure)
      update()
    })
  }

  reduceMotion.addEventListener('change', updateAll)
  document.addEventListener('visibilitychange', updateAll)
  // A colleague's video with sound: previews hold still until it pauses or ends.
  document.addEventListener('werkvloer:video-start', () => {
    soundPlaying = true
    updateAll()
  })
  const onStop = (event: Event) => {
    if (!(event.target instanceof HTMLVideoElement) || !event.target.classList.contains('player__video')) return
    soundPlaying = [...document.querySelectorAll<HTMLVideoElement>('video.player__video')].some((v) => !v.paused && !v.ended)
    updateAll()
  }
  document.addEventListener('pause', onStop, true)
  document.addEventListener('ended', onStop, true)
}
