/**
 * A small in-process cache with refresh-ahead, for the site's anonymous CMS reads.
 *
 * - An entry younger than `refreshAfterMs` is served as is.
 * - An entry between `refreshAfterMs` and `ttlMs` old is served as is, and one background
 *   reload replaces it (stale-while-revalidate, but only within the TTL).
 * - An entry `ttlMs` or older is never served: the caller waits for a fresh load.
 *
 * So nothing the cache hands out is ever older than `ttlMs` (a change in the CMS shows on the
 * site within the TTL), while a page that is asked for all the time never waits for the CMS.
 * Concurrent misses for one key share a single load; failed loads are not stored; the number of
 * entries is bounded (least recently used first out).
 */

export interface TtlCacheOptions {
  ttlMs: number
  /** Defaults to half the TTL. */
  refreshAfterMs?: number
  maxEntries?: number
  now?: () => number
  /** Called with errors of background reloads (the served entry stays until it expires). */
  onBackgroundError?: (key: string, error: unknown) => void
}

interface Entry<T> {
  value: T
  storedAt: number
}

export class TtlCache<T> {
  readonly ttlMs: number
  readonly refreshAfterMs: number
  readonly maxEntries: number
  private readonly now: () => number
  private readonly onBackgroundError: (key: string, error: unknown) => void
  private readonly entries = new Map<string, Entry<T>>()
  private readonly inFlight = new Map<string, Promise<T>>()

  constructor(options: TtlCacheOptions) {
    this.ttlMs = Math.max(0, options.ttlMs)
    this.refreshAfterMs = Math.min(this.ttlMs, Math.max(0, options.refreshAfterMs ?? this.ttlMs / 2))
    this.maxEntries = Math.max(1, options.maxEntries ?? 500)
    this.now = options.now ?? (() => Date.now())
    this.onBackgroundError = options.onBackgroundError ?? (() => undefined)
  }

  get size(): number {
    return this.entries.size
  }

  clear(): void {
    this.entries.clear()
    this.inFlight.clear()
  }

  /** The cached value for `key`, or the result of `load()` (shared with concurrent callers). */
  async get(key: string, load: () => Promise<T>): Promise<T> {
    if (this.ttlMs === 0) return this.loadOnce(key, load)
    const entry = this.entries.get(key)
    if (entry) {
      const age = this.now() - entry.storedAt
      if (age < this.ttlMs) {
        // Most recently used goes to the end of the Map (the eviction order).
        this.entries.delete(key)
        this.entries.set(key, entry)
        if (age >= this.refreshAfterMs && !this.inFlight.has(key)) {
          this.loadOnce(key, load).catch((error: unknown) => this.onBackgroundError(key, error))
        }
        return entry.value
      }
      this.entries.delete(key)
    }
    return this.loadOnce(key, load)
  }

  private loadOnce(key: string, load: () => Promise<T>): Promise<T> {
    const pending = this.inFlight.get(key)
    if (pending) return pending
    // The age of a value counts from when it was asked for, not from when the answer came in.
    const startedAt = this.now()
    const promise = (async () => {
      try {
        const value = await load()
        if (this.ttlMs > 0) this.store(key, value, startedAt)
        return value
      } finally {
        this.inFlight.delete(key)
      }
    })()
    this.inFlight.set(key, promise)
    return promise
  }

  private store(key: string, value: T, storedAt: number): void {
    this.entries.delete(key)
    this.entries.set(key, { value, storedAt })
    while (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next()
      if (oldest.done) break
      this.entries.delete(oldest.value)
    }
  }
}

/** Freezes a parsed JSON value all the way down, so a cached document cannot be changed by a page. */
export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value)
    for (const child of Object.values(value)) deepFreeze(child)
  }
  return value
}
