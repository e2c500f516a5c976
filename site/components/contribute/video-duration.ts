/**
 * A picked video's length, read in the browser from its metadata (the browser reads only the
 * container's index, not the whole file), so a clip over the campaign's limit is refused before
 * the upload starts. The worker checks the same limit again: this is for the employee's sake.
 */

/** Containers round their length; the same margin the worker allows (media-worker/rejections.ts). */
const MARGIN_SECONDS = 0.5

/** True when a clip of `seconds` is over the campaign's limit; an unknown length is left to the worker. */
export function isOverDurationLimit(seconds: number | null, maxSeconds: number): boolean {
  if (seconds === null || !Number.isFinite(seconds) || !maxSeconds) return false
  return seconds > maxSeconds + MARGIN_SECONDS
}

/**
 * The file's duration in seconds, or null when this browser cannot tell (a codec it does not
 * play, a recording without a duration in its header, or no answer within the timeout).
 */
export function readVideoDuration(file: Blob, timeoutMs = 10_000): Promise<number | null> {
  return new Promise((resolve) => {
    const video = document.createElement('video')
    const url = URL.createObjectURL(file)
    let settled = false
    const finish = (value: number | null) => {
      if (settled) return
      settled = true
      window.clearTimeout(timer)
      video.removeAttribute('src')
      video.load()
      URL.revokeObjectURL(url)
      resolve(value)
    }
    const timer = window.setTimeout(() => finish(null), timeoutMs)
    video.preload = 'metadata'
    video.muted = true
    video.addEventListener('loadedmetadata', () => finish(Number.isFinite(video.duration) && video.duration > 0 ? video.duration : null))
    video.addEventListener('error', () => finish(null))
    video.src = url
  })
}
