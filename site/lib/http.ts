import type { PageResult } from './pages'

/** Status code and caching for a page from its load result (404, 410 and 503 are never cached). */
export function applyPageStatus(response: { status: number; statusText?: string; headers: Headers }, result: PageResult<unknown>): void {
  if (result.kind === 'ok') {
    // Short: a withdrawn video or a closed vacancy must disappear quickly. 5 s, like the site's own
    // caches (lib/cms.ts, lib/page-cache.ts), so a browser or proxy adds at most that much.
    response.headers.set('Cache-Control', 'public, max-age=5')
    return
  }
  response.headers.set('Cache-Control', 'no-store')
  if (result.kind === 'not-found') {
    response.status = 404
    response.statusText = 'Not Found'
  } else if (result.kind === 'gone') {
    // Withdrawn content (consent taken back): search engines drop a 410 faster than a 404.
    response.status = 410
    response.statusText = 'Gone'
  } else {
    response.status = 503
    response.statusText = 'Service Unavailable'
    response.headers.set('Retry-After', '30')
  }
}
