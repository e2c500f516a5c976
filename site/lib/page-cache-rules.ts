import type { ContentEncoding } from './content-encoding'

/**
 * What the page cache may keep and serve (./page-cache.ts), without side effects, so the front
 * server (scripts/site-server.ts) can use the same rules without a second cache.
 */

/** Where the site's bundle leaves the page cache for the front server. */
export const PAGE_CACHE_GLOBAL_KEY = Symbol.for('werkvloer.page-cache')

const CACHEABLE: RegExp[] = [
  /^\/(?:en\/)?$/,
  /^\/vacatures$/,
  /^\/en\/vacancies$/,
  /^\/vacatures\/[a-z0-9-]+$/,
  /^\/en\/vacancies\/[a-z0-9-]+$/,
  /^\/afdelingen\/[a-z0-9-]+$/,
  /^\/en\/departments\/[a-z0-9-]+$/,
  /^\/verhalen\/[a-z0-9-]+$/,
  /^\/en\/stories\/[a-z0-9-]+$/,
]

export function isCacheablePath(pathname: string): boolean {
  return CACHEABLE.some((pattern) => pattern.test(pathname))
}

/** GET, no cookies, no credentials, a public page. `target` is the request's path and query. */
export function isCacheableRequest(method: string | undefined, target: string, has: (header: string) => boolean): boolean {
  if (method !== 'GET') return false
  if (has('cookie') || has('authorization')) return false
  const q = target.indexOf('?')
  return isCacheablePath(q === -1 ? target : target.slice(0, q))
}

/** A response worth keeping: a plain, public 200 HTML page without cookies. */
export function isCacheableResponse(response: Response): boolean {
  if (response.status !== 200) return false
  const type = response.headers.get('content-type') ?? ''
  if (!type.startsWith('text/html')) return false
  if (response.headers.has('set-cookie')) return false
  const cacheControl = (response.headers.get('cache-control') ?? '').toLowerCase()
  return !/no-store|no-cache|private/.test(cacheControl)
}

export interface CachedPage {
  status: number
  /** Header names in lowercase, as Node's writeHead takes them. */
  headers: Record<string, string>
  body: Uint8Array<ArrayBuffer>
  /** The body compressed once when stored (./content-encoding.ts), per encoding; empty for a small page. */
  encoded: Partial<Record<ContentEncoding, Uint8Array>>
  storedAt: number
}

/**
 * The bytes to send for a stored page: in `encoding` when it was stored in it (content-encoding is
 * then that encoding), else the body as it is. One choice for the front server's hits and the
 * middleware's, so both answer alike.
 */
export function storedBody(page: CachedPage, encoding: ContentEncoding | null): { body: Uint8Array; contentEncoding: ContentEncoding | null } {
  const encoded = encoding ? page.encoded[encoding] : undefined
  return encoded ? { body: encoded, contentEncoding: encoding } : { body: page.body, contentEncoding: null }
}

/**
 * What the front server (scripts/site-server.ts) uses: it loads the site's bundle and asks this
 * cache before it hands a request to Astro; on a hit it sends the stored page as it is.
 */
export interface PageCacheBridge {
  peek(target: string): CachedPage | null
}
