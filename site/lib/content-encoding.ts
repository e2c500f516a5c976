/**
 * Compressed pages: which encoding a visitor's browser takes, and a cached page's body in each.
 *
 * The page cache (./page-cache.ts) compresses a page once, when it stores it, so a hit sends the
 * stored bytes (about a quarter of the HTML: 19.7 → 5.3 KB for a vacancy page) without compressing
 * per request; everything else the site serves goes through the `compression` middleware in
 * scripts/site-server.ts, which makes the same choice (Brotli before gzip, both from the same
 * negotiator, q=0 honoured). Nothing here imports Astro, so the front server uses it directly.
 */
import { promisify } from 'node:util'
import zlib from 'node:zlib'

import Negotiator from 'negotiator'

export type ContentEncoding = 'br' | 'gzip'

/** Smaller bodies are sent as they are: the headers would weigh more than the saving. */
export const MIN_COMPRESSED_BYTES = 1024

// What the compression middleware offers, in the order it prefers them.
const OFFERED = ['br', 'gzip', 'identity']
const PREFERRED = ['br', 'gzip']

// Browsers send a handful of different headers: each is negotiated once (1 µs), then looked up.
const chosenFor = new Map<string, ContentEncoding | null>()
const MAX_REMEMBERED = 256

/** The encoding to send for this Accept-Encoding header, or null for the body as it is. */
export function negotiateEncoding(acceptEncoding: string | string[] | undefined): ContentEncoding | null {
  if (!acceptEncoding) return null
  const header = Array.isArray(acceptEncoding) ? acceptEncoding.join(', ') : acceptEncoding
  const remembered = chosenFor.get(header)
  if (remembered !== undefined) return remembered
  const chosen = negotiate(header)
  if (chosenFor.size >= MAX_REMEMBERED) chosenFor.clear()
  chosenFor.set(header, chosen)
  return chosen
}

function negotiate(header: string): ContentEncoding | null {
  // negotiator 0.6.4 takes the server's preference second (for equal q); its types predate that.
  const negotiator = new Negotiator({ headers: { 'accept-encoding': header } }) as unknown as { encoding(offered: string[], preferred: string[]): string | undefined }
  const chosen = negotiator.encoding(OFFERED, PREFERRED)
  return chosen === 'br' || chosen === 'gzip' ? chosen : null
}

const brotli = promisify(zlib.brotliCompress)
const gzip = promisify(zlib.gzip)

/**
 * The body in every encoding a browser may ask for, compressed on libuv's threads (the event loop
 * keeps serving). Brotli at quality 5: 0.45 ms for a 20 KB page, within 1 % of quality 9's size at a
 * twentieth of its time (measured on the vacancy page); gzip at zlib's default level.
 */
export async function encodeBody(body: Uint8Array): Promise<Partial<Record<ContentEncoding, Uint8Array>>> {
  if (body.byteLength < MIN_COMPRESSED_BYTES) return {}
  const [br, gz] = await Promise.all([
    brotli(body, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 5, [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.byteLength } }),
    gzip(body),
  ])
  return { br, gzip: gz }
}

/** `vary` with Accept-Encoding added once (a shared cache must keep one copy per encoding). */
export function varyOnEncoding(vary: string | undefined): string {
  if (!vary) return 'Accept-Encoding'
  return vary.split(',').some((name) => name.trim().toLowerCase() === 'accept-encoding' || name.trim() === '*') ? vary : `${vary}, Accept-Encoding`
}
