/**
 * A fixed-window limiter per key (client address + route), in memory. Enough for one CMS
 * process; several CMS instances behind a load balancer each keep their own count.
 */
export function createRateLimiter(opts: { limit: number; windowMs: number }) {
  const hits = new Map<string, { count: number; resetAt: number }>()
  return {
    /** True when the request may go ahead. */
    allow(key: string, now = Date.now()): boolean {
      if (hits.size > 10_000) for (const [k, v] of hits) if (v.resetAt <= now) hits.delete(k)
      const entry = hits.get(key)
      if (!entry || entry.resetAt <= now) {
        hits.set(key, { count: 1, resetAt: now + opts.windowMs })
        return true
      }
      entry.count++
      return entry.count <= opts.limit
    },
  }
}

/** The client's address as the proxy in front of us (or Next itself) reports it. */
export function clientAddress(headers: Headers): string {
  return headers.get('x-forwarded-for')?.split(',')[0]?.trim() || headers.get('x-real-ip') || 'unknown'
}
