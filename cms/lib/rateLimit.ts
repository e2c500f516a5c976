import crypto from 'node:crypto'
import net from 'node:net'

import { SITE_KEY_HEADER, VISITOR_IP_HEADER as VISITOR_HEADER } from '../../common/api'
import { isSiteKey } from './siteKey'

/**
 * A fixed-window limiter per key (client address + route), in memory. Enough for one CMS
 * process; several CMS instances behind a load balancer each keep their own count.
 */
export function createRateLimiter(opts: { limit: number; windowMs: number }) {
  const hits = new Map<string, { count: number; resetAt: number }>()
  const entryFor = (key: string, now: number) => {
    if (hits.size > 10_000) for (const [k, v] of hits) if (v.resetAt <= now) hits.delete(k)
    let entry = hits.get(key)
    if (!entry || entry.resetAt <= now) {
      entry = { count: 0, resetAt: now + opts.windowMs }
      hits.set(key, entry)
    }
    return entry
  }
  return {
    /** Counts this request; true when it may go ahead. */
    allow(key: string, now = Date.now()): boolean {
      const entry = entryFor(key, now)
      entry.count++
      return entry.count <= opts.limit
    },
    /** True while `key` is still under its limit; counts nothing (pair with `fail`). */
    open(key: string, now = Date.now()): boolean {
      return entryFor(key, now).count < opts.limit
    },
    /** Counts one failed attempt (a token that matched nothing) against `key`. */
    fail(key: string, now = Date.now()): void {
      entryFor(key, now).count++
    },
  }
}

// ---------------------------------------------------------------------------------------------
// Who is asking
//
// Next's route handlers do not expose the TCP peer, and `next start` fills X-Forwarded-For only
// when the client left it out, so a header-based key is whatever the client writes. The CMS
// therefore runs behind scripts/cms-server.ts, which overwrites PEER_HEADER on every request with
// the socket's address and a per-process secret (WERKVLOER_PEER_TOKEN): a client cannot set it,
// and a CMS started some other way (plain `next start`) ignores the header instead of trusting it.

/** Set by scripts/cms-server.ts on every request: `<WERKVLOER_PEER_TOKEN> <socket address>`. */
export const PEER_HEADER = 'x-werkvloer-peer'
/** The career site's key; with it, VISITOR_HEADER names the visitor the site is calling for (common/api.ts). */
export { SITE_KEY_HEADER, VISITOR_IP_HEADER as VISITOR_HEADER } from '../../common/api'

const plain = (address: string) => {
  const a = address.trim().replace(/^\[|\]$/g, '')
  return a.startsWith('::ffff:') && net.isIPv4(a.slice(7)) ? a.slice(7) : a
}
/** The visitor's address as the site names it (in VISITOR_HEADER or in a relayed batch), or null when it is not an address. */
export function namedVisitorAddress(raw: string): string | null {
  const a = plain(raw)
  return net.isIP(a) ? a : null
}
const familyOf = (a: string) => (net.isIPv4(a) ? 'ipv4' : 'ipv6')

/**
 * TRUSTED_PROXIES: comma-separated addresses and CIDRs of proxies whose X-Forwarded-For we believe.
 * Throws on a malformed entry, in Dutch and English; scripts/cms-server.ts calls it before it listens,
 * so a typo stops the start instead of failing requests later.
 */
export function parseTrustedProxies(source: string): net.BlockList {
  const list = new net.BlockList()
  for (const raw of source.split(',').map((s) => s.trim()).filter(Boolean)) {
    const [addr, bits, extra] = raw.split('/')
    const a = plain(addr ?? '')
    const prefix = bits === undefined ? null : Number(bits)
    const maxBits = net.isIPv4(a) ? 32 : 128
    if (!net.isIP(a) || extra !== undefined || (prefix !== null && (!/^\d+$/.test(bits!) || prefix > maxBits))) {
      throw new Error(`TRUSTED_PROXIES: "${raw}" is geen IP-adres of CIDR / is not an IP address or CIDR (e.g. 10.0.0.5 or 10.0.0.0/8)`)
    }
    if (prefix === null) list.addAddress(a, familyOf(a))
    else list.addSubnet(a, prefix, familyOf(a))
  }
  return list
}

let proxies: { source: string; list: net.BlockList } | null = null
function trustedProxies(env: Record<string, string | undefined>): net.BlockList {
  const source = env.TRUSTED_PROXIES ?? ''
  if (proxies?.source === source) return proxies.list
  proxies = { source, list: parseTrustedProxies(source) }
  return proxies.list
}
const isTrusted = (address: string, env: Record<string, string | undefined>) => net.isIP(address) !== 0 && trustedProxies(env).check(address, familyOf(address))

function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a)
  const y = Buffer.from(b)
  return x.length === y.length && crypto.timingSafeEqual(x, y)
}

/** The TCP peer as scripts/cms-server.ts saw it, or null when the CMS runs without it. */
export function peerAddress(headers: Headers, env: Record<string, string | undefined> = process.env): string | null {
  const secret = env.WERKVLOER_PEER_TOKEN
  const [token, address] = (headers.get(PEER_HEADER) ?? '').split(' ')
  if (!secret || !token || !address || !sameSecret(token, secret)) return null
  const a = plain(address)
  return net.isIP(a) ? a : null
}

/**
 * The address a rate limit should count a request against:
 *   1. the career site, proven by its site key, names the visitor it calls for (VISITOR_HEADER);
 *   2. a proxy listed in TRUSTED_PROXIES: the nearest X-Forwarded-For hop that is not itself one;
 *   3. otherwise the TCP peer. Client-written headers never count on their own.
 * 'unknown' (one shared bucket) only when the CMS runs without scripts/cms-server.ts.
 */
export function clientAddress(req: { headers: Headers }, opts: { siteKey: () => string | null; env?: Record<string, string | undefined> }): string {
  const env = opts.env ?? process.env
  const { headers } = req
  if (headers.has(SITE_KEY_HEADER) && isSiteKey(headers.get(SITE_KEY_HEADER), opts.siteKey())) {
    const visitor = namedVisitorAddress(headers.get(VISITOR_HEADER) ?? '')
    if (visitor) return visitor
  }
  const peer = peerAddress(headers, env)
  if (!peer) return 'unknown'
  if (!isTrusted(peer, env)) return peer
  const hops = (headers.get('x-forwarded-for') ?? '').split(',').map(plain).filter((h) => net.isIP(h))
  for (let i = hops.length - 1; i >= 0; i--) if (!isTrusted(hops[i]!, env)) return hops[i]!
  return hops[0] ?? peer
}
