import { describe, expect, it } from 'vitest'

import { clientAddress, createRateLimiter, parseTrustedProxies } from '../../../cms/lib/rateLimit'

/** Which address a request counts against, for every header a client or proxy could send. */
const SECRET = 'peer-secret'
const KEY = 'k'.repeat(40)
const env = (trusted?: string) => ({ WERKVLOER_PEER_TOKEN: SECRET, ...(trusted ? { TRUSTED_PROXIES: trusted } : {}) })
const from = (peer: string | null, extra: Record<string, string> = {}) => ({ headers: new Headers({ ...(peer ? { 'x-werkvloer-peer': `${SECRET} ${peer}` } : {}), ...extra }) })
const address = (req: { headers: Headers }, trusted?: string) => clientAddress(req, { env: env(trusted), siteKey: () => KEY })

describe('clientAddress', () => {
  it('is the TCP peer, whatever X-Forwarded-For or X-Real-IP say', () => {
    expect(address(from('198.51.100.1', { 'x-forwarded-for': '127.0.0.1', 'x-real-ip': '10.0.0.1' }))).toBe('198.51.100.1')
    expect(address(from('::ffff:198.51.100.1'))).toBe('198.51.100.1')
  })

  it('ignores a peer header without the server secret, and is one shared bucket without any', () => {
    expect(address({ headers: new Headers({ 'x-werkvloer-peer': 'guess 10.9.9.9' }) })).toBe('unknown')
    expect(address(from(null, { 'x-forwarded-for': '10.9.9.9' }))).toBe('unknown')
  })

  it('takes the visitor the site names only with the right site key', () => {
    expect(address(from('127.0.0.1', { 'x-werkvloer-site-key': KEY, 'x-visitor-ip': '192.0.2.5' }))).toBe('192.0.2.5')
    expect(address(from('127.0.0.1', { 'x-werkvloer-site-key': 'x'.repeat(40), 'x-visitor-ip': '192.0.2.5' }))).toBe('127.0.0.1')
    expect(address(from('127.0.0.1', { 'x-visitor-ip': '192.0.2.5' }))).toBe('127.0.0.1')
    expect(address(from('127.0.0.1', { 'x-werkvloer-site-key': KEY, 'x-visitor-ip': 'not an address' }))).toBe('127.0.0.1')
  })

  it('believes X-Forwarded-For only from a trusted proxy, and then the nearest hop that is not one', () => {
    const trusted = '203.0.113.0/24,2001:db8::/32'
    expect(address(from('203.0.113.9', { 'x-forwarded-for': '10.1.1.1, 198.18.0.7' }), trusted)).toBe('198.18.0.7')
    expect(address(from('203.0.113.9', { 'x-forwarded-for': '198.18.0.7, 203.0.113.4' }), trusted)).toBe('198.18.0.7')
    expect(address(from('2001:db8::1', { 'x-forwarded-for': '2001:db8:1::9, 198.18.0.8' }), trusted)).toBe('198.18.0.8')
    expect(address(from('198.51.100.1', { 'x-forwarded-for': '198.18.0.7' }), trusted)).toBe('198.51.100.1')
    expect(address(from('203.0.113.9'), trusted)).toBe('203.0.113.9')
  })

  it('refuses a TRUSTED_PROXIES entry that is not an address, instead of trusting nothing silently', () => {
    expect(() => address(from('203.0.113.9'), 'proxy.internal')).toThrow(/TRUSTED_PROXIES/)
  })

  it('checks the whole list up front (what the CMS server does before it listens), in both languages', () => {
    for (const bad of ['10.0.0.0/33', '10.0.0.0/8/1', '10.0.0.0/x', '2001:db8::/129', '10.0.0.1, nope']) {
      expect(() => parseTrustedProxies(bad), bad).toThrow(/is geen IP-adres of CIDR \/ is not an IP address or CIDR/)
    }
    const list = parseTrustedProxies(' 10.0.0.0/8 , 2001:db8::1 ')
    expect(list.check('10.2.3.4', 'ipv4')).toBe(true)
    expect(list.check('11.0.0.1', 'ipv4')).toBe(false)
    expect(list.check('2001:db8::1', 'ipv6')).toBe(true)
  })
})

describe('the failure-only count', () => {
  it('lets a key through until it has failed the limit, and counts nothing for open()', () => {
    const limiter = createRateLimiter({ limit: 2, windowMs: 60_000 })
    expect(limiter.open('a', 0)).toBe(true)
    limiter.fail('a', 0)
    expect(limiter.open('a', 0)).toBe(true)
    limiter.fail('a', 0)
    expect(limiter.open('a', 0)).toBe(false)
    expect(limiter.open('a', 60_000)).toBe(true)
  })
})
