/**
 * Remembers which colleague's video a visitor watched, for the attribution of a lead or
 * application (see lib/entry/attribution.ts). Loaded on every page (a few hundred bytes): a real
 * play (a <video> with controls, not a muted preview loop) stores the video's id in sessionStorage
 * and a first-party cookie; a form with a `watchedVideo` field gets it filled in on submit.
 */
import { ROW_ID } from '../../../common/ids'

const KEY = 'werkvloer:watched-video'
const COOKIE = 'wv_video'

/** The id from the player's data attributes, or from a rendition URL (/renditions/<id>/…). */
function videoId(video: HTMLVideoElement): string | null {
  const figure = video.closest<HTMLElement>('[data-video-player]')
  const direct = figure?.dataset.videoId
  if (direct && ROW_ID.test(direct)) return direct
  for (const url of [figure?.dataset.mp4, figure?.dataset.hls, video.currentSrc]) {
    const match = url ? /\/renditions\/([^/]+)\//.exec(url) : null
    const id = match ? decodeURIComponent(match[1]!) : null
    if (id && ROW_ID.test(id)) return id
  }
  return null
}

function remember(id: string): void {
  try {
    sessionStorage.setItem(KEY, id)
  } catch {
    // storage blocked: the cookie still works
  }
  document.cookie = `${COOKIE}=${id}; Path=/; Max-Age=${30 * 24 * 3600}; SameSite=Lax${location.protocol === 'https:' ? '; Secure' : ''}`
}

function watched(): string {
  try {
    return sessionStorage.getItem(KEY) ?? ''
  } catch {
    return ''
  }
}

document.addEventListener(
  'play',
  (event) => {
    const video = event.target
    if (!(video instanceof HTMLVideoElement) || !video.controls) return
    const id = videoId(video)
    if (id) remember(id)
  },
  true,
)

// Capture phase: runs before the enhanced forms read their FormData.
document.addEventListener(
  'submit',
  (event) => {
    const field = event.target instanceof HTMLFormElement ? event.target.elements.namedItem('watchedVideo') : null
    if (field instanceof HTMLInputElement && !field.value) field.value = watched()
  },
  true,
)
