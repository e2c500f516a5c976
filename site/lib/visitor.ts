/**
 * Who the site is calling the CMS for. The site server calls the CMS's employee endpoints on
 * behalf of visitors, so without this every employee would share the site server's rate-limit
 * bucket; with the site key the CMS believes the address we name (cms/lib/rateLimit.ts).
 * The middleware runs each request inside `withVisitor`; CMS requests add `visitorHeaders()`.
 */
import { AsyncLocalStorage } from 'node:async_hooks'

const visitor = new AsyncLocalStorage<string>()

export function withVisitor<T>(address: string | undefined, run: () => T): T {
  return address ? visitor.run(address, run) : run()
}

export function visitorHeaders(): Record<string, string> {
  const key = process.env.SITE_API_KEY?.trim()
  const address = visitor.getStore()
  return key && address ? { 'x-werkvloer-site-key': key, 'x-visitor-ip': address } : {}
}
