/**
 * Remembers which colleague's video a visitor watched, for the attribution of a lead or
 * application (see lib/entry/attribution.ts). Loaded on every page (a few hundred bytes): a real
 * play (a <video> with controls, not a muted preview loop) stores the video's id in this tab's
 * sessionStorage (no cookie); on submit a form's `watchedVideo` and `attribution` fields get the
 * video and the visit's first touch (../insights/touch.ts).
 */
import { ROW_ID } from '../../../common/ids'
import { currentTouch } from '../insights/touch'

const KEY = 'werkvloer:watched-video'

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
    // storage blocked: the form goes without it
  }
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
    const form = event.target instanceof HTMLFormElement ? event.target : null
    const field = form?.elements.namedItem('watchedVideo')
    if (field instanceof HTMLInputElement && !field.value) field.value = watched()
    const touch = form?.elements.namedItem('attribution')
    if (touch instanceof HTMLInputElement && !touch.value) {
      const { src: _src, ...first } = currentTouch()
      touch.value = JSON.stringify(first)
    }
  },
  true,
)
