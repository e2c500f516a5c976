/**
 * The career site's server: Astro's own Node handler (@astrojs/node, the standalone build in
 * dist/server/entry.mjs) with one fast path in front of it.
 *
 * A GET for a public page without cookies (home, vacancy list, vacancy, department and story
 * pages) whose finished HTML is in the site's page cache (site/lib/page-cache.ts, at most 5 s old)
 * is answered here, straight from memory, after running the page-view effects that the site's
 * middleware would run (first-party attribution cookie). Everything else (a miss, a page due for
 * its refresh, cookies, forms, assets, share pages) goes to Astro unchanged, which renders, fills
 * the cache and applies its middleware as always.
 *
 * Why: Astro's request pipeline costs several times what sending a cached page costs; with the
 * fast path a busy vacancy page is served about as fast as a static file (see test/bench/site.ts).
 *
 * Environment: HOST (localhost), PORT (4321), SITE_ENTRY (the Astro server entry to load).
 */
import http from 'node:http'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

import { isCacheableRequest, PAGE_CACHE_GLOBAL_KEY, type PageCacheBridge, type PageViewCookies } from '../site/lib/page-cache-rules'
import { stopOnSignal } from './lib/stopOnSignal'

type NodeHandler = (req: http.IncomingMessage, res: http.ServerResponse) => void

const here = path.dirname(fileURLToPath(import.meta.url))
const entry = process.env.SITE_ENTRY ?? path.join(here, '..', 'dist', 'server', 'entry.mjs')
const host = process.env.HOST ?? 'localhost'
const port = Number(process.env.PORT ?? process.env.SITE_PORT ?? 4321)

// Load Astro's handler without letting it start its own server.
process.env.ASTRO_NODE_AUTOSTART = 'disabled'
const { handler } = (await import(pathToFileURL(entry).href)) as { handler: NodeHandler }

function bridge(): PageCacheBridge | undefined {
  return (globalThis as Record<symbol, PageCacheBridge | undefined>)[PAGE_CACHE_GLOBAL_KEY]
}

function headerValue(req: http.IncomingMessage, name: string): string | null {
  const value = req.headers[name.toLowerCase()]
  return value === undefined ? null : Array.isArray(value) ? value.join(', ') : value
}

/** Set-Cookie as Astro writes it (cookie's serialize with encodeURIComponent). */
function serializeCookie(name: string, value: string, options: Parameters<PageViewCookies['set']>[2] = {}): string {
  const parts = [`${name}=${encodeURIComponent(value)}`]
  if (options.maxAge !== undefined) parts.push(`Max-Age=${Math.floor(options.maxAge)}`)
  parts.push(`Path=${options.path ?? '/'}`)
  if (options.httpOnly) parts.push('HttpOnly')
  if (options.secure) parts.push('Secure')
  if (options.sameSite) parts.push(`SameSite=${options.sameSite[0]!.toUpperCase()}${options.sameSite.slice(1)}`)
  return parts.join('; ')
}

/** Serves a cached page without Astro, or returns false. Only requests without cookies get here. */
function fastPath(req: http.IncomingMessage, res: http.ServerResponse): boolean {
  const target = req.url
  if (!target || !isCacheableRequest(req.method, target, (name) => req.headers[name] !== undefined)) return false
  const cache = bridge()
  const page = cache?.peek(target)
  if (!cache || !page) return false
  const setCookies: string[] = []
  if (cache.effects) {
    const cookies: PageViewCookies = {
      // The request has no Cookie header (see isCacheableRequest).
      has: () => false,
      get: () => undefined,
      set: (name, value, options) => void setCookies.push(serializeCookie(name, value, options)),
    }
    const request = { method: 'GET', headers: { get: (name: string) => headerValue(req, name), has: (name: string) => headerValue(req, name) !== null } }
    cache.effects({ request: request as unknown as Request, url: new URL(target, `http://${req.headers.host ?? `localhost:${port}`}`), cookies })
  }
  res.statusCode = page.status
  for (const name in page.headers) res.setHeader(name, page.headers[name]!)
  res.setHeader('x-page-cache', 'hit')
  if (setCookies.length > 0) res.setHeader('set-cookie', setCookies)
  res.setHeader('content-length', page.body.byteLength)
  res.end(page.body)
  return true
}

const server = http.createServer((req, res) => {
  try {
    if (fastPath(req, res)) return
  } catch (error) {
    console.error(`[site] fast path for ${req.url}: ${error instanceof Error ? error.message : String(error)}`)
    if (res.headersSent) return void res.destroy()
  }
  handler(req, res)
})

server.listen(port, host, () => console.log(`Server listening on http://${host}:${port}`))

stopOnSignal(server)
