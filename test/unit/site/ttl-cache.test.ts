import { describe, expect, it, vi } from 'vitest'

import { deepFreeze, TtlCache } from '../../../site/lib/ttl-cache'

function clock(start = 1_000_000) {
  let t = start
  return { now: () => t, advance: (ms: number) => (t += ms) }
}

const deferred = <T,>() => {
  let resolve!: (v: T) => void
  let reject!: (e: unknown) => void
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)))
  return { promise, resolve, reject }
}

describe('TtlCache', () => {
  it('serves a fresh value without loading again', async () => {
    const c = clock()
    const cache = new TtlCache<string>({ ttlMs: 5000, now: c.now })
    const load = vi.fn(async () => 'a')
    expect(await cache.get('k', load)).toBe('a')
    c.advance(2000)
    expect(await cache.get('k', load)).toBe('a')
    expect(load).toHaveBeenCalledTimes(1)
  })

  it('after half the TTL serves the cached value and reloads it in the background', async () => {
    const c = clock()
    const cache = new TtlCache<string>({ ttlMs: 5000, now: c.now })
    await cache.get('k', async () => 'old')
    c.advance(3000)
    const reload = deferred<string>()
    const load = vi.fn(() => reload.promise)
    expect(await cache.get('k', load)).toBe('old')
    expect(await cache.get('k', load)).toBe('old')
    expect(load).toHaveBeenCalledTimes(1) // one background reload, not one per request
    reload.resolve('new')
    await reload.promise
    await Promise.resolve()
    expect(await cache.get('k', async () => 'unused')).toBe('new')
  })

  it('never serves a value as old as the TTL: the caller waits for a fresh one', async () => {
    const c = clock()
    const cache = new TtlCache<string>({ ttlMs: 5000, now: c.now })
    await cache.get('k', async () => 'old')
    c.advance(5000)
    expect(await cache.get('k', async () => 'new')).toBe('new')
  })

  it('counts a value’s age from when it was asked for', async () => {
    const c = clock()
    const cache = new TtlCache<string>({ ttlMs: 5000, now: c.now })
    await cache.get('k', async () => {
      c.advance(4000) // a slow CMS
      return 'slow'
    })
    c.advance(1000)
    expect(await cache.get('k', async () => 'next')).toBe('next')
  })

  it('shares one load between concurrent misses', async () => {
    const cache = new TtlCache<string>({ ttlMs: 5000 })
    const d = deferred<string>()
    const load = vi.fn(() => d.promise)
    const all = Promise.all([cache.get('k', load), cache.get('k', load), cache.get('k', load)])
    d.resolve('v')
    expect(await all).toEqual(['v', 'v', 'v'])
    expect(load).toHaveBeenCalledTimes(1)
  })

  it('does not keep failures, and a failed background reload keeps the entry until it expires', async () => {
    const c = clock()
    const errors: unknown[] = []
    const cache = new TtlCache<string>({ ttlMs: 5000, now: c.now, onBackgroundError: (_k, e) => errors.push(e) })
    await expect(cache.get('k', async () => Promise.reject(new Error('down')))).rejects.toThrow('down')
    expect(cache.size).toBe(0)
    await cache.get('k', async () => 'v')
    c.advance(3000)
    expect(await cache.get('k', async () => Promise.reject(new Error('flaky')))).toBe('v')
    await new Promise((r) => setTimeout(r, 0))
    expect(errors).toHaveLength(1)
    expect(await cache.get('k', async () => 'unused')).toBe('v')
  })

  it('is bounded: the least recently used entry goes first', async () => {
    const cache = new TtlCache<string>({ ttlMs: 5000, maxEntries: 2 })
    await cache.get('a', async () => 'a')
    await cache.get('b', async () => 'b')
    await cache.get('a', async () => 'unused') // a is now the most recent
    await cache.get('c', async () => 'c')
    expect(cache.size).toBe(2)
    expect(await cache.get('a', async () => 'reloaded')).toBe('a')
    expect(await cache.get('b', async () => 'reloaded')).toBe('reloaded')
  })

  it('with a TTL of 0 always loads', async () => {
    const cache = new TtlCache<string>({ ttlMs: 0 })
    const load = vi.fn(async () => 'v')
    await cache.get('k', load)
    await cache.get('k', load)
    expect(load).toHaveBeenCalledTimes(2)
  })
})

describe('deepFreeze', () => {
  it('freezes nested objects and arrays', () => {
    const value = deepFreeze({ docs: [{ title: 'a', department: { name: 'x' } }] })
    expect(Object.isFrozen(value.docs[0]!.department)).toBe(true)
    expect(() => value.docs.push({ title: 'b', department: { name: 'y' } })).toThrow()
  })
})
