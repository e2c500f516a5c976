import { describe, expect, it, vi } from 'vitest'

import { freshCmsReads, isCacheablePath, isCacheableRequest, isCacheableResponse, PageCache } from '../../../site/lib/page-cache'

const html = (body: string, headers: Record<string, string> = {}) =>
  new Response(body, { status: 200, headers: { 'Content-Type': 'text/html', 'Cache-Control': 'public, max-age=60', 'Content-Security-Policy': "default-src 'self'", ...headers } })

function clock(start = 1_000_000) {
  let t = start
  return { now: () => t, advance: (ms: number) => (t += ms) }
}

describe('what the page cache keeps', () => {
  it('public pages only', () => {
    for (const path of ['/', '/en/', '/vacatures', '/en/vacancies', '/vacatures/planner', '/en/vacancies/planner', '/afdelingen/sales', '/en/departments/sales', '/verhalen/x', '/en/stories/x']) {
      expect(isCacheablePath(path), path).toBe(true)
    }
    for (const path of ['/vacatures/planner/solliciteren', '/en/vacancies/planner/apply', '/video/8c1c9a8e-1f7e-4d35-9a51-2d4f0c0f5b1a', '/en/videos/x', '/bijdragen/abc', '/sitemap.xml', '/_astro/x.js', '/vacatures/feed.json']) {
      expect(isCacheablePath(path), path).toBe(false)
    }
  })

  it('GET requests without cookies or credentials', () => {
    const none = () => false
    expect(isCacheableRequest('GET', '/vacatures?afdeling=sales', none)).toBe(true)
    expect(isCacheableRequest('POST', '/vacatures', none)).toBe(false)
    expect(isCacheableRequest('HEAD', '/vacatures', none)).toBe(false)
    expect(isCacheableRequest('GET', '/vacatures', (h) => h === 'cookie')).toBe(false)
    expect(isCacheableRequest('GET', '/vacatures', (h) => h === 'authorization')).toBe(false)
  })

  it('plain 200 HTML without cookies or no-store', () => {
    expect(isCacheableResponse(html('x'))).toBe(true)
    expect(isCacheableResponse(new Response('x', { status: 404, headers: { 'Content-Type': 'text/html' } }))).toBe(false)
    expect(isCacheableResponse(html('x', { 'Set-Cookie': 'a=b' }))).toBe(false)
    expect(isCacheableResponse(html('x', { 'Cache-Control': 'no-store' }))).toBe(false)
    expect(isCacheableResponse(html('x', { 'Cache-Control': 'no-cache' }))).toBe(false)
    expect(isCacheableResponse(new Response('{}', { headers: { 'Content-Type': 'application/json' } }))).toBe(false)
  })
})

describe('PageCache', () => {
  it('renders once, then serves the finished page with its headers', async () => {
    const cache = new PageCache({ ttlMs: 5000 })
    const render = vi.fn(async () => html('<h1>Planner</h1>'))
    const first = await cache.get('/vacatures/planner', render)
    const second = await cache.get('/vacatures/planner', render)
    expect(first.hit).toBe(false)
    expect(second.hit).toBe(true)
    expect(await second.response.text()).toBe('<h1>Planner</h1>')
    expect(second.response.headers.get('content-security-policy')).toBe("default-src 'self'")
    expect(render).toHaveBeenCalledTimes(1)
  })

  it('renders pages for the cache with fresh CMS reads', async () => {
    const cache = new PageCache({ ttlMs: 5000 })
    let fresh: boolean | undefined
    await cache.get('/', async () => {
      fresh = freshCmsReads.getStore()
      return html('x')
    })
    expect(fresh).toBe(true)
    expect(freshCmsReads.getStore()).toBeUndefined()
  })

  it('never serves a page as old as the TTL, and lets one request refresh it from half the TTL', async () => {
    const c = clock()
    const cache = new PageCache({ ttlMs: 5000, now: c.now })
    await cache.get('/', async () => html('v1'))
    c.advance(2000)
    expect(cache.peek('/')).not.toBeNull()
    c.advance(1000) // 3 s: due for a refresh
    expect(cache.peek('/')).toBeNull() // the front server hands this one to Astro…
    let finish!: () => void
    const refreshing = cache.get('/', () => new Promise<Response>((r) => (finish = () => r(html('v2')))))
    // …while every other request keeps getting the cached copy.
    expect(await (await cache.get('/', async () => html('unused'))).response.text()).toBe('v1')
    expect(cache.peek('/')).not.toBeNull()
    finish()
    expect(await (await refreshing).response.text()).toBe('v2')
    c.advance(5000)
    expect(cache.peek('/')).toBeNull()
    expect(await (await cache.get('/', async () => html('v3'))).response.text()).toBe('v3')
  })

  it('shares one render between concurrent requests for the same page', async () => {
    const cache = new PageCache({ ttlMs: 5000 })
    let finish!: () => void
    const render = vi.fn(() => new Promise<Response>((r) => (finish = () => r(html('once')))))
    const all = Promise.all([cache.get('/', render), cache.get('/', render), cache.get('/', render)])
    await Promise.resolve()
    finish()
    const results = await all
    expect(render).toHaveBeenCalledTimes(1)
    expect(await Promise.all(results.map((r) => r.response.text()))).toEqual(['once', 'once', 'once'])
  })

  it('keeps no error pages, redirects or pages that set cookies', async () => {
    const cache = new PageCache({ ttlMs: 5000 })
    const notFound = vi.fn(async () => new Response('nope', { status: 404, headers: { 'Content-Type': 'text/html' } }))
    expect((await cache.get('/vacatures/x', notFound)).response.status).toBe(404)
    await cache.get('/vacatures/x', notFound)
    expect(notFound).toHaveBeenCalledTimes(2)
    const cookie = vi.fn(async () => html('x', { 'Set-Cookie': 'a=b' }))
    await cache.get('/', cookie)
    await cache.get('/', cookie)
    expect(cookie).toHaveBeenCalledTimes(2)
    expect(cache.size).toBe(0)
  })

  it('is bounded', async () => {
    const cache = new PageCache({ ttlMs: 5000, maxEntries: 3 })
    for (const key of ['/a', '/b', '/c', '/d']) await cache.get(key, async () => html(key))
    expect(cache.size).toBe(3)
    expect(cache.peek('/a')).toBeNull()
  })

  it('with a TTL of 0 always renders', async () => {
    const cache = new PageCache({ ttlMs: 0 })
    const render = vi.fn(async () => html('x'))
    await cache.get('/', render)
    await cache.get('/', render)
    expect(render).toHaveBeenCalledTimes(2)
  })
})
