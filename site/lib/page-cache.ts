/**
 * A few seconds of in-process caching for the finished HTML of public, anonymous pages (home,
 * vacancy list, vacancy, department and story pages), so a busy vacancy page is rendered once
 * every couple of seconds instead of on every request.
 *
 * Freshness: a page is served from the cache for at most PAGE_CACHE_TTL_MS (default: the CMS
 * cache's TTL, 5 s). Pages rendered for this cache read the CMS directly (`freshCmsReads`), not
 * through the CMS answer cache, so the two never add up: a vacancy that closes or a video that is
 * withdrawn disappears from every page within 5 s. From half the TTL on, the next request renders
 * the page anew while every other request still gets the cached copy.
 *
 * Never cached: anything but GET; requests with cookies or credentials; addresses outside the list
 * below (forms, contribution pages, and video share pages, which show a withdrawal at once); and
 * responses that are not a plain 200 HTML page (errors, redirects, Set-Cookie, `Cache-Control:
 * no-store/no-cache/private`).
 *
 * Two ways in: `pageCacheMiddleware` (the outermost middleware in site/middleware.ts, so what is
 * stored is the finished response with its security headers), and `lookupCachedPage`, which
 * scripts/site-server.ts asks before handing a request to Astro at all: a hit then costs what a
 * static file costs.
 */
import { AsyncLocalStorage } from 'node:async_hooks'

import { encodeBody, negotiateEncoding, varyOnEncoding, type ContentEncoding } from './content-encoding'
import { isCacheableRequest, isCacheableResponse, PAGE_CACHE_GLOBAL_KEY, storedBody, type CachedPage, type PageCacheBridge } from './page-cache-rules'

export { isCacheablePath, isCacheableRequest, isCacheableResponse } from './page-cache-rules'
export type { CachedPage, PageCacheBridge } from './page-cache-rules'

export const PAGE_CACHE_TTL_MS = Math.max(0, Number(process.env.PAGE_CACHE_TTL_MS ?? process.env.CMS_CACHE_TTL_MS ?? 5000) || 0)
const MAX_ENTRIES = 200
const MAX_BODY_BYTES = 512 * 1024

/** True while a page is being rendered for the page cache: CMS reads then skip their own cache. */
export const freshCmsReads = new AsyncLocalStorage<boolean>()

export interface PageCacheOptions {
  ttlMs?: number
  maxEntries?: number
  now?: () => number
}

export class PageCache {
  readonly ttlMs: number
  readonly refreshAfterMs: number
  private readonly maxEntries: number
  private readonly now: () => number
  private readonly entries = new Map<string, CachedPage>()
  private readonly inFlight = new Map<string, Promise<CachedPage | null>>()

  constructor(options: PageCacheOptions = {}) {
    this.ttlMs = options.ttlMs ?? PAGE_CACHE_TTL_MS
    this.refreshAfterMs = this.ttlMs / 2
    this.maxEntries = options.maxEntries ?? MAX_ENTRIES
    this.now = options.now ?? (() => Date.now())
  }

  get size(): number {
    return this.entries.size
  }

  clear(): void {
    this.entries.clear()
    this.inFlight.clear()
  }

  /**
   * A cached page that may be served as is right now, or null (not cached, expired, or due for
   * its refresh, which the caller leaves to `get`).
   */
  peek(key: string): CachedPage | null {
    const entry = this.entries.get(key)
    if (!entry) return null
    const age = this.now() - entry.storedAt
    if (age >= this.ttlMs) return null
    if (age >= this.refreshAfterMs && !this.inFlight.has(key)) return null
    return entry
  }

  /**
   * The page for `key`: from the cache when fresh enough, else from `render()` (one render per key
   * at a time; concurrent requests for the same page wait for it and share its result). A stored
   * page is answered in `encoding` (the visitor's, see ./content-encoding.ts) when it has one.
   */
  async get(key: string, render: () => Promise<Response>, encoding: ContentEncoding | null = null): Promise<{ response: Response; hit: boolean }> {
    if (this.ttlMs === 0) return { response: await render(), hit: false }
    const ready = this.peek(key)
    if (ready) return { response: toResponse(ready, encoding), hit: true }
    const pending = this.inFlight.get(key)
    if (pending) {
      const page = await pending.catch(() => null)
      // The first request's render was not cacheable (an error page, say): render this one too.
      return page ? { response: toResponse(page, encoding), hit: true } : { response: await render(), hit: false }
    }
    return { response: await this.renderAndStore(key, render, encoding), hit: false }
  }

  private async renderAndStore(key: string, render: () => Promise<Response>, encoding: ContentEncoding | null): Promise<Response> {
    const startedAt = this.now()
    let settle!: (page: CachedPage | null) => void
    const pending = new Promise<CachedPage | null>((resolve) => (settle = resolve))
    this.inFlight.set(key, pending)
    try {
      // Render and read the whole body inside the fresh-reads context: Astro renders while streaming.
      const { response, body } = await freshCmsReads.run(true, async () => {
        const response = await render()
        return { response, body: isCacheableResponse(response) ? new Uint8Array(await response.arrayBuffer()) : null }
      })
      if (body === null || body.byteLength > MAX_BODY_BYTES) {
        settle(null)
        return body === null ? response : new Response(body, { status: response.status, headers: response.headers })
      }
      const headers: Record<string, string> = {}
      response.headers.forEach((value, name) => (headers[name] = value))
      headers.vary = varyOnEncoding(headers.vary)
      const page: CachedPage = { status: response.status, headers, body, encoded: await encodeBody(body), storedAt: startedAt }
      this.store(key, page)
      settle(page)
      return toResponse(page, encoding)
    } catch (error) {
      settle(null)
      throw error
    } finally {
      this.inFlight.delete(key)
    }
  }

  private store(key: string, page: CachedPage): void {
    this.entries.delete(key)
    this.entries.set(key, page)
    while (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next()
      if (oldest.done) break
      this.entries.delete(oldest.value)
    }
  }
}

/** The stored page as a Response, in `encoding` when it was stored in it (see storedBody). */
function toResponse(page: CachedPage, encoding: ContentEncoding | null): Response {
  const { body, contentEncoding } = storedBody(page, encoding)
  if (!contentEncoding) return new Response(page.body, { status: page.status, headers: page.headers })
  return new Response(body as Uint8Array<ArrayBuffer>, { status: page.status, headers: { ...page.headers, 'content-encoding': contentEncoding, 'content-length': String(body.byteLength) } })
}

const pageCache = new PageCache()

const bridge: PageCacheBridge = { peek: (target) => (PAGE_CACHE_TTL_MS === 0 ? null : pageCache.peek(target)) }
;(globalThis as Record<symbol, unknown>)[PAGE_CACHE_GLOBAL_KEY] = bridge

/**
 * The outermost middleware (site/middleware.ts): serves and stores finished pages. Adds
 * `X-Page-Cache: hit|miss` to the pages it handles.
 */
export async function pageCacheMiddleware(context: { request: Request; url: URL }, next: () => Promise<Response>): Promise<Response> {
  const target = context.url.pathname + context.url.search
  if (PAGE_CACHE_TTL_MS === 0 || !isCacheableRequest(context.request.method, target, (h) => context.request.headers.has(h))) return next()
  const { response, hit } = await pageCache.get(target, next, negotiateEncoding(context.request.headers.get('accept-encoding') ?? undefined))
  try {
    response.headers.set('X-Page-Cache', hit ? 'hit' : 'miss')
  } catch {
    // Immutable headers (a redirect): leave them.
  }
  return response
}
