/**
 * Who the site is calling the CMS for. The site server calls the CMS's employee endpoints on
 * behalf of visitors, so without this every employee would share the site server's rate-limit
 * bucket; with the site key the CMS believes the address we name (cms/lib/rateLimit.ts).
 * The middleware runs each request inside `withVisitor`; the site's CMS client (./cms.ts) names
 * that visitor, with the site key, on every call.
 */
import { AsyncLocalStorage } from 'node:async_hooks'

import { FORWARDED_VISITOR_HEADERS, VISITOR_HEADER_PREFIX } from '../../common/insights/events'

const visitor = new AsyncLocalStorage<string>()

export function withVisitor<T>(address: string | undefined, run: () => T): T {
  return address ? visitor.run(address, run) : run()
}

/** Runs `run` for no visitor: a call the site makes for many of them (the beacon relay). */
export function outsideVisitor<T>(run: () => T): T {
  return visitor.exit(run)
}

/** The visitor the current page request is for (set by the middleware), if any. */
export function currentVisitor(): string | undefined {
  return visitor.getStore()
}

/**
 * The few request headers of the visitor that the CMS's measurement needs (user agent, Sec-GPC,
 * DNT, prefetch hints), as `x-visitor-<name>`: for the beacon route and for submissions, whose
 * event the CMS records itself. The CMS only hashes them with the day's salt; nothing is stored.
 */
export function visitorHeaders(request: Request): Record<string, string> {
  const headers: Record<string, string> = {}
  for (const name of FORWARDED_VISITOR_HEADERS) {
    const value = request.headers.get(name)
    if (value) headers[`${VISITOR_HEADER_PREFIX}${name}`] = value.slice(0, 512)
  }
  return headers
}
