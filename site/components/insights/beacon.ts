/**
 * The career site's measurement beacon (issue 11): no library, no cookie, no identifier. It reads
 * what the page says about itself (data-* on <body>, set by BaseLayout: page type, vacancy,
 * department), watches the colleague videos and entry points, and sends small batches to the
 * site's own /api/m (site/pages/api/m.ts), which passes them on to the CMS with the site key. The
 * CMS makes the daily visitor hash and drops bots and prefetches; a prerendered page sends
 * nothing until it is shown. Events carry their age, not the browser's clock.
 */
import { currentTouch } from './touch'

type Fields = Record<string, string | number | undefined>

const page = document.body.dataset
const language = document.documentElement.lang.startsWith('en') ? 'en' : 'nl'
const source = currentTouch().src
const vacancy = page.vacancy
const queue: (Fields & { t: number })[] = []
let timer: ReturnType<typeof setTimeout> | undefined
const sent = new Set<string>()

function send(): void {
  clearTimeout(timer)
  timer = undefined
  if (!queue.length) return
  const now = performance.now()
  const body = JSON.stringify({ events: queue.splice(0).map(({ t, ...e }) => ({ ...e, age: Math.round(now - t) })) })
  const blob = new Blob([body], { type: 'application/json' })
  if (!navigator.sendBeacon?.('/api/m', blob)) void fetch('/api/m', { method: 'POST', body, keepalive: true, headers: { 'content-type': 'application/json' } }).catch(() => undefined)
}

/**
 * Queues an event; `once` keeps a figure from counting twice on one page (a replay, a second
 * scroll). A start of an entry point or a click to the ATS is what the funnel is about and happens
 * once or twice a visit: it leaves at once with whatever else is waiting, instead of trusting the
 * beacon on pagehide, which phones drop when a visitor switches apps or goes back.
 */
function track(type: string, fields: Fields = {}, once?: string): void {
  if (once) {
    if (sent.has(once)) return
    sent.add(once)
  }
  queue.push({ type, language, source, t: performance.now(), ...fields })
  if (type === 'entry_start' || type === 'apply_click') send()
  else timer ??= setTimeout(send, 1000)
}

const videoOf = (el: Element | null) => el?.closest<HTMLElement>('[data-video-player]')?.dataset.videoId
/** The hook-test variant this visitor was shown for the player around `el` (./hook-variants.ts), if any. */
const variantOf = (el: Element | null) => el?.closest<HTMLElement>('[data-video-player]')?.dataset.variant
/** Until its variant is known, a hook-test player's impression would count for no variant: wait for it. */
const whenVariantKnown = (el: HTMLElement, then: () => void) => {
  if (!el.hasAttribute('data-hook-variants') || el.hasAttribute('data-hook-ready')) return then()
  document.addEventListener('werkvloer:hook-variants-ready', then, { once: true })
}
/** The page's own colleague video (a vacancy page's), so its hook test can count entry-point starts. */
const pageVideo = () => document.querySelector<HTMLElement>('[data-video-player][data-video-id]')

function start(): void {
  track('page_view', { pageType: page.pageType ?? 'other', vacancy, department: page.department })
  if (page.submission) track('submission', { kind: page.submission, vacancy })
  // Opened through an employee's share link (pages/gedeeld): the visit counts for the link.
  if (page.shareLink) track('share_visit', { shareLink: page.shareLink, video: pageVideo()?.dataset.videoId })

  const seen = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue
        const el = entry.target as HTMLElement
        seen.unobserve(el)
        const video = el.dataset.videoId
        if (video) whenVariantKnown(el, () => track('video_impression', { video, variant: el.dataset.variant, vacancy }, `i${video}`))
        else if (el.dataset.entryPoint) track('entry_view', { entryPoint: el.dataset.entryPoint, vacancy }, `v${el.dataset.entryPoint}`)
      }
    },
    { threshold: 0.5 },
  )
  document.querySelectorAll('[data-video-player][data-video-id],[data-entry-point]').forEach((el) => seen.observe(el))

  // Media events do not bubble; the capture phase sees every <video> the players create.
  document.addEventListener(
    'play',
    (event) => {
      const el = event.target
      if (!(el instanceof HTMLVideoElement) || !el.controls) return
      const video = videoOf(el)
      if (!video) return
      track('video_play', { video, variant: variantOf(el), vacancy }, `p${video}`)
      el.textTracks.addEventListener('change', () => {
        if ([...el.textTracks].some((tt) => tt.mode === 'showing')) track('caption_on', { video }, `c${video}`)
      })
    },
    true,
  )
  document.addEventListener(
    'timeupdate',
    (event) => {
      const el = event.target
      if (!(el instanceof HTMLVideoElement) || !el.controls || !(el.duration > 0)) return
      const video = videoOf(el)
      if (!video) return
      const share = (el.currentTime / el.duration) * 100
      for (const percent of [25, 50, 75, 100]) if (share >= (percent === 100 ? 99 : percent)) track('video_progress', { video, percent }, `${percent}${video}`)
    },
    true,
  )

  // Starting an entry point: following its link, or the first field touched in its form.
  const begin = (event: Event) => {
    const target = event.target instanceof Element ? event.target : null
    const external = target?.closest<HTMLAnchorElement>('a[data-apply-external]')
    if (external && event.type === 'click' && vacancy) track('apply_click', { vacancy }, 'apply')
    const point = target?.closest<HTMLElement>('[data-entry-point]')?.dataset.entryPoint
    if (point && (event.type === 'focusin' ? target?.matches('input,select,textarea') : target?.closest('a,button'))) track('entry_start', { entryPoint: point, vacancy, ...(vacancy && pageVideo() ? { video: pageVideo()!.dataset.videoId, variant: pageVideo()!.dataset.variant } : {}) }, `s${point}`)
    // A followed link ends the page: send now, while it is alive (a beacon from pagehide can be lost).
    if (event.type === 'click' && target?.closest('a[href]')) send()
  }
  document.addEventListener('click', begin, true)
  document.addEventListener('focusin', begin, true)

  addEventListener('pagehide', send)
  document.addEventListener('visibilitychange', () => document.visibilityState === 'hidden' && send())
}

// A prerendered or prefetched page is not a visit until the visitor actually opens it.
if ((document as Document & { prerendering?: boolean }).prerendering) document.addEventListener('prerenderingchange', start, { once: true })
else start()
