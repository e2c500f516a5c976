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
 * Compression: a cached page was compressed once when stored (site/lib/content-encoding.ts) and a
 * hit sends those bytes in the visitor's encoding; everything Astro answers goes through the
 * `compression` middleware (Brotli or gzip, by the same negotiation; small bodies and media as they
 * are). A phone on a train gets a quarter of the HTML's bytes.
 *
 * The same for the measurement beacon: a JSON POST to /api/m goes straight to the beacon relay
 * (site/lib/insights/beacon-relay.ts) once Astro has loaded it (the first beacon goes through
 * Astro's route, site/pages/api/m.ts, which loads it). A busy site gets thousands of beacons a
 * second, each a few hundred bytes; through Astro's pipeline they would take the CPU the pages
 * need (test/bench/insightsIngest.ts). Anything else (another content type, which Astro's origin
 * check must see) goes to Astro.
 *
 * Environment: HOST (localhost), PORT (4321), SITE_ENTRY (the Astro server entry to load).
 */
import http from 'node:http'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

import compression from 'compression'

import { MIN_COMPRESSED_BYTES, negotiateEncoding } from '../site/lib/content-encoding'
import { BEACON_PATH, BEACON_RELAY_GLOBAL_KEY, type BeaconRelayBridge } from '../site/lib/insights/beacon-relay-bridge'
import { isCacheableRequest, PAGE_CACHE_GLOBAL_KEY, storedBody, type PageCacheBridge } from '../site/lib/page-cache-rules'
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

/** Serves a cached page without Astro, or returns false. Only requests without cookies get here. */
function fastPath(req: http.IncomingMessage, res: http.ServerResponse): boolean {
  const target = req.url
  if (!target || !isCacheableRequest(req.method, target, (name) => req.headers[name] !== undefined)) return false
  const page = bridge()?.peek(target)
  if (!page) return false
  const { body, contentEncoding } = storedBody(page, negotiateEncoding(req.headers['accept-encoding']))
  res.statusCode = page.status
  for (const name in page.headers) res.setHeader(name, page.headers[name]!)
  res.setHeader('x-page-cache', 'hit')
  if (contentEncoding) res.setHeader('content-encoding', contentEncoding)
  res.setHeader('content-length', body.byteLength)
  res.end(body)
  return true
}

/**
 * Answers a beacon without Astro, or returns false. The address is the TCP peer's, as Astro's
 * clientAddress is: this site configures no allowed domains, so Astro believes no X-Forwarded-For.
 */
function beaconPath(req: http.IncomingMessage, res: http.ServerResponse): boolean {
  if (req.method !== 'POST' || req.url?.split('?')[0] !== BEACON_PATH) return false
  if ((req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase() !== 'application/json') return false
  const relay = (globalThis as Record<symbol, BeaconRelayBridge | undefined>)[BEACON_RELAY_GLOBAL_KEY]
  if (!relay) return false
  const send = (status: number, body: Record<string, unknown>) => {
    const text = JSON.stringify(body)
    res.writeHead(status, { ...relay.responseHeaders(), 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(text) })
    res.end(text)
  }
  const length = Number(req.headers['content-length'] ?? NaN)
  if (Number.isFinite(length) && length > relay.maxBytes) {
    send(413, { error: 'too-large' })
    req.resume()
    return true
  }
  const chunks: Buffer[] = []
  let size = 0
  req.on('data', (chunk: Buffer) => {
    size += chunk.length
    if (size <= relay.maxBytes) chunks.push(chunk)
  })
  req.on('error', () => res.destroy())
  req.on('end', () => {
    if (size > relay.maxBytes) return send(413, { error: 'too-large' })
    relay.relay(Buffer.concat(chunks).toString('utf8'), req.socket.remoteAddress, (name) => headerValue(req, name)).then(
      (answer) => send(answer.status, answer.body),
      (error: unknown) => {
        console.error(`[site] beacon: ${error instanceof Error ? error.message : String(error)}`)
        send(503, { error: 'unavailable' })
      },
    )
  })
  return true
}

// For what Astro answers. Brotli at quality 4 (the middleware's default): it compresses per request.
// Never a request with ambient credentials (cookie, authorization): a compressed answer that holds a
// secret beside something the request reflects leaks the secret through its length (BREACH). The
// site sets no cookies and its tokens travel in the path, which a third party cannot make a browser
// send without knowing them; the rule keeps it so if that ever changes.
const compress = compression({
  threshold: MIN_COMPRESSED_BYTES,
  filter: (req, res) => !req.headers.cookie && !req.headers.authorization && compression.filter(req, res),
}) as unknown as (req: http.IncomingMessage, res: http.ServerResponse, next: () => void) => void

const server = http.createServer((req, res) => {
  try {
    if (beaconPath(req, res)) return
    if (fastPath(req, res)) return
  } catch (error) {
    console.error(`[site] fast path for ${req.url}: ${error instanceof Error ? error.message : String(error)}`)
    if (res.headersSent) return void res.destroy()
  }
  compress(req, res, () => handler(req, res))
})

server.listen(port, host, () => console.log(`Server listening on http://${host}:${port}`))

stopOnSignal(server)
