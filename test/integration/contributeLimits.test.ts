import type { Endpoint, Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { hashToken, newToken } from '../../cms/lib/tokens'
import { createTestPayload, type TestPayload } from '../helpers/testPayload'
import { endpointRequest } from '../helpers/endpointRequest'

/**
 * The employee endpoints' rate limits against a real SQLite database, with requests shaped as
 * scripts/cms-server.ts hands them to the CMS (PEER_HEADER = secret + TCP peer) and as the
 * career site sends them (site key + visitor address). The limit is the production one (30/min).
 */
const PEER_SECRET = 'peer-secret-for-this-test'
const SITE_KEY = 's'.repeat(40)
const SITE_SERVER = '127.0.0.1'

let t: TestPayload
let payload: Payload
let endpoints: Endpoint[]
let inviteToken: string
let campaignId: string | number
let releaseId: string | number

beforeAll(async () => {
  process.env.CONTRIBUTE_RATE_LIMIT = '30'
  process.env.SITE_API_KEY = SITE_KEY
  process.env.WERKVLOER_PEER_TOKEN = PEER_SECRET
  delete process.env.TRUSTED_PROXIES
  t = await createTestPayload({ mongodb: 'supported' })
  payload = t.payload
  // Imported after createTestPayload: paths and the limit are read at import time.
  endpoints = (await import('../../cms/contribute/endpoints')).contributeEndpoints
  const release = await payload.create({ collection: 'release-texts', data: { version: 'v-limits', title: 'R', body: 'B', publishedWhere: 'W', retention: 'T' }, overrideAccess: true })
  releaseId = release.id
  const campaign = await payload.create({ collection: 'campaigns', data: { title: 'C', status: 'active', release: release.id, prompts: [{ question: 'Q?' }], maxDurationSeconds: 60, maxUploadMb: 100 }, overrideAccess: true })
  campaignId = campaign.id
  const context: Record<string, unknown> = {}
  await payload.create({ collection: 'invites', data: { label: 'L', campaign: campaign.id, kind: 'link', locale: 'nl', expiresAt: new Date(Date.now() + 86400e3).toISOString() } as never, overrideAccess: true, context })
  inviteToken = String(context.inviteToken)
}, 120_000)
afterAll(async () => {
  delete process.env.WERKVLOER_PEER_TOKEN
  delete process.env.TRUSTED_PROXIES
  await t?.cleanup()
})

interface From {
  /** The TCP peer cms-server.ts saw. */
  peer: string
  forwardedFor?: string
  /** Sent as the site does: with the site key (or a wrong one) and the visitor's address. */
  site?: { visitor: string; key?: string }
  /** A forged peer header without the server's secret. */
  forgedPeer?: string
}

async function call(method: 'get' | 'post', path: string, params: Record<string, string>, from: From): Promise<number> {
  const headers = new Headers({ 'x-werkvloer-peer': `${PEER_SECRET} ${from.peer}` })
  if (from.forgedPeer) headers.set('x-werkvloer-peer', `not-the-secret ${from.forgedPeer}`)
  if (from.forwardedFor) headers.set('x-forwarded-for', from.forwardedFor)
  if (from.site) {
    headers.set('x-werkvloer-site-key', from.site.key ?? SITE_KEY)
    headers.set('x-visitor-ip', from.site.visitor)
  }
  const url = `http://cms.test/api${Object.entries(params).reduce((p, [k, v]) => p.replace(`:${k}`, v), path)}`
  const req = endpointRequest(payload, url, { method: method.toUpperCase(), headers, routeParams: params, locale: 'nl' })
  const response = await endpoints.find((e) => e.path === path && e.method === method)!.handler(req)
  return response.status
}

const loadInvite = (from: From, token = inviteToken) => call('get', '/contribute/invite/:token', { token }, from)
const withdraw = (token: string, from: From) => call('post', '/contribute/withdraw/:token', { token }, from)
const status = (token: string, from: From) => call('get', '/contribute/status/:token', { token }, from)
const times = async (n: number, run: (i: number) => Promise<number>) => {
  const out: number[] = []
  for (let i = 0; i < n; i++) out.push(await run(i))
  return out
}

async function contributionWithStatusToken(): Promise<string> {
  const token = newToken()
  await payload.create({
    collection: 'contributions',
    overrideAccess: true,
    data: { campaign: campaignId, kind: 'video', contributorName: 'E', email: 'e@example.com', locale: 'nl', release: releaseId, releaseVersion: 'v-limits', releaseTextShown: 'R', consentedAt: new Date().toISOString(), statusTokenHash: hashToken(token) } as never,
  })
  return token
}

describe('contribution endpoint limits count the real client', () => {
  it('limits one client however it rotates X-Forwarded-For', async () => {
    const answers = await times(31, (i) => loadInvite({ peer: '198.51.100.1', forwardedFor: `10.0.${i}.1` }))
    expect(answers.slice(0, 30).every((s) => s === 200)).toBe(true)
    expect(answers[30]).toBe(429)
  })

  it('ignores a forged peer header and a visitor address without the right site key', async () => {
    const forged = await times(31, (i) => loadInvite({ peer: '198.51.100.2', forgedPeer: `10.1.${i}.1` }))
    expect(forged[30]).toBe(429)
    const wrongKey = await times(31, (i) => loadInvite({ peer: '198.51.100.3', site: { visitor: `10.2.${i}.1`, key: 'x'.repeat(40) } }))
    expect(wrongKey[30]).toBe(429)
  })

  it('does not limit 40 employees loading their invite page through the site, but does limit one of them', async () => {
    const employees = await times(40, (i) => loadInvite({ peer: SITE_SERVER, site: { visitor: `192.0.2.${i + 1}` } }))
    expect(employees).toEqual(Array(40).fill(200))
    const one = await times(31, () => loadInvite({ peer: SITE_SERVER, site: { visitor: '192.0.2.200' } }))
    expect(one[30]).toBe(429)
  })

  it('believes X-Forwarded-For only from TRUSTED_PROXIES, and then only the hop the proxy added', async () => {
    process.env.TRUSTED_PROXIES = '203.0.113.0/24, 2001:db8::1'
    try {
      const behindProxy = await times(40, (i) => loadInvite({ peer: '203.0.113.10', forwardedFor: `198.18.0.${i + 1}` }))
      expect(behindProxy).toEqual(Array(40).fill(200))
      // A client behind the proxy writes its own X-Forwarded-For; the proxy appends the real address.
      const rotating = await times(31, (i) => loadInvite({ peer: '203.0.113.10', forwardedFor: `10.3.${i}.1, 198.18.1.1` }))
      expect(rotating[30]).toBe(429)
      const untrusted = await times(31, (i) => loadInvite({ peer: '198.51.100.4', forwardedFor: `198.18.2.${i + 1}` }))
      expect(untrusted[30]).toBe(429)
    } finally {
      delete process.env.TRUSTED_PROXIES
    }
  })
})

describe('a valid status link is never refused by a rate limit', () => {
  it('withdraws after 31 forged requests from the same address through the site', async () => {
    const token = await contributionWithStatusToken()
    // What used to block it: 31 junk requests claiming to be the site server's address.
    const junk = await times(31, () => withdraw(newToken(), { peer: '198.51.100.5', forwardedFor: SITE_SERVER }))
    expect(junk[30]).toBe(429)
    // Even 31 wrong tokens from the employee's own address do not stand in the way of the right one.
    const own = await times(31, () => withdraw(newToken(), { peer: SITE_SERVER, site: { visitor: '192.0.2.77' } }))
    expect(own.slice(0, 30)).toEqual(Array(30).fill(404))
    expect(own[30]).toBe(429)
    expect(await status(token, { peer: SITE_SERVER, site: { visitor: '192.0.2.77' } })).toBe(200)
    expect(await withdraw(token, { peer: SITE_SERVER, site: { visitor: '192.0.2.77' } })).toBe(200)
    const after = await payload.find({ collection: 'contributions', where: { statusTokenHash: { equals: hashToken(token) } }, overrideAccess: true })
    expect(after.docs[0]?.withdrawnAt, 'the withdrawal took effect').toBeTruthy()
  })
})
