/**
 * Who the site is calling the CMS for. The site server calls the CMS's employee endpoints on
 * behalf of visitors, so without this every employee would share the site server's rate-limit
 * bucket; with the site key the CMS believes the address we name (cms/lib/rateLimit.ts).
 * The middleware runs each request inside `withVisitor`; the site's CMS client (./cms.ts) names
 * that visitor, with the site key, on every call.
 */
import { AsyncLocalStorage } from 'node:async_hooks'

const visitor = new AsyncLocalStorage<string>()

export function withVisitor<T>(address: string | undefined, run: () => T): T {
  return address ? visitor.run(address, run) : run()
}

/** The visitor the current page request is for (set by the middleware), if any. */
export function currentVisitor(): string | undefined {
  return visitor.getStore()
}
