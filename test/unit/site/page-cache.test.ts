import zlib from 'node:zlib'

import { describe, expect, it, vi } from 'vitest'

import { negotiateEncoding, varyOnEncoding } from '../../../site/lib/content-encoding'
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

describe('compressed cached pages', () => {
  const page = `<main>${'<p>Werkvoorbereider elektrotechniek, Amersfoort</p>'.repeat(80)}</main>`

  it('stores the page once in Brotli and gzip, and answers in the encoding asked for', async () => {
    const cache = new PageCache({ ttlMs: 5000 })
    const render = vi.fn(async () => html(page))
    await cache.get('/vacatures/planner', render)
    const br = (await cache.get('/vacatures/planner', render, 'br')).response
    const gz = (await cache.get('/vacatures/planner', render, 'gzip')).response
    const plain = (await cache.get('/vacatures/planner', render)).response
    expect(render).toHaveBeenCalledTimes(1)
    expect(br.headers.get('content-encoding')).toBe('br')
    expect(gz.headers.get('content-encoding')).toBe('gzip')
    expect(plain.headers.get('content-encoding')).toBeNull()
    const brBytes = Buffer.from(await br.arrayBuffer())
    expect(Number(br.headers.get('content-length'))).toBe(brBytes.byteLength)
    expect(brBytes.byteLength).toBeLessThan(Buffer.byteLength(page) / 4)
    expect(zlib.brotliDecompressSync(brBytes).toString()).toBe(page)
    expect(zlib.gunzipSync(Buffer.from(await gz.arrayBuffer())).toString()).toBe(page)
    expect(await plain.text()).toBe(page)
    for (const response of [br, gz, plain]) expect(response.headers.get('vary')).toBe('Accept-Encoding')
  })

  it('the request that renders gets its own encoding too; a small page stays as it is', async () => {
    const cache = new PageCache({ ttlMs: 5000 })
    const first = (await cache.get('/', async () => html(page, { Vary: 'Origin' }), 'gzip')).response
    expect(first.headers.get('content-encoding')).toBe('gzip')
    expect(first.headers.get('vary')).toBe('Origin, Accept-Encoding')
    expect(zlib.gunzipSync(Buffer.from(await first.arrayBuffer())).toString()).toBe(page)
    const small = (await cache.get('/en/', async () => html('<h1>Hi</h1>'), 'br')).response
    expect(small.headers.get('content-encoding')).toBeNull()
    expect(await small.text()).toBe('<h1>Hi</h1>')
  })
})

describe('negotiateEncoding', () => {
  it('takes Brotli before gzip whatever the order, honours q=0 and * and sends nothing unasked', () => {
    expect(negotiateEncoding('gzip, deflate, br, zstd')).toBe('br') // Chrome's header
    expect(negotiateEncoding('gzip, deflate')).toBe('gzip')
    expect(negotiateEncoding('br;q=0, gzip')).toBe('gzip')
    expect(negotiateEncoding('gzip;q=0.5, br;q=1')).toBe('br')
    expect(negotiateEncoding('br;q=0.2, gzip;q=0.8')).toBe('gzip')
    expect(negotiateEncoding('*')).toBe('br')
    expect(negotiateEncoding('identity')).toBeNull()
    expect(negotiateEncoding('deflate')).toBeNull()
    expect(negotiateEncoding('gzip;q=0, br;q=0')).toBeNull()
    expect(negotiateEncoding('')).toBeNull()
    expect(negotiateEncoding(undefined)).toBeNull()
  })

  it('adds Accept-Encoding to Vary once', () => {
    expect(varyOnEncoding(undefined)).toBe('Accept-Encoding')
    expect(varyOnEncoding('Origin')).toBe('Origin, Accept-Encoding')
    expect(varyOnEncoding('origin, accept-encoding')).toBe('origin, accept-encoding')
    expect(varyOnEncoding('*')).toBe('*')
  })
})
