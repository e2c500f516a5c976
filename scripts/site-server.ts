/**
 * The career site's server: Astro's own Node handler (@astrojs/node, the standalone build in
 * dist/server/entry.mjs) with one fast path in front of it.
 *
 * A GET for a public page without cookies (home, vacancy list, vacancy, department and story
 * pages) whose finished HTML is in the site's page cache (site/lib/page-cache.ts, at most 5 s old)
 * is answered here, straight from memory. A cached page is the same for every visitor (the site
 * sets no cookie; measurement is the beacon's), so nothing per request runs on a hit. Everything
 * else (a miss, a page due for its refresh, cookies, forms, assets, share pages) goes to Astro
 * unchanged, which renders, fills the cache and applies its middleware as always.
 *
 * Why: Astro's request pipeline costs several times what sending a cached page costs; with the
 * fast path a busy vacancy page is served about as fast as a static file (see test/bench/site.ts).
 *
 * Environment: HOST (localhost), PORT (4321), SITE_ENTRY (the Astro server entry to load).
 */
import http from 'node:http'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

import { isCacheableRequest, PAGE_CACHE_GLOBAL_KEY, type PageCacheBridge } from '../site/lib/page-cache-rules'
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

/** Serves a cached page without Astro, or returns false. Only requests without cookies get here. */
function fastPath(req: http.IncomingMessage, res: http.ServerResponse): boolean {
  const target = req.url
  if (!target || !isCacheableRequest(req.method, target, (name) => req.headers[name] !== undefined)) return false
  const page = bridge()?.peek(target)
  if (!page) return false
  res.statusCode = page.status
  for (const name in page.headers) res.setHeader(name, page.headers[name]!)
  res.setHeader('x-page-cache', 'hit')
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
