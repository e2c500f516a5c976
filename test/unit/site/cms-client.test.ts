/**
 * The site's one CMS client against a real HTTP server on a loopback port: what it sends (headers
 * in one place), and how every answer the CMS can give turns into what the visitor sees.
 */
import http from 'node:http'
import type { AddressInfo } from 'node:net'

import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'

import { apiPath, endpoints, SITE_KEY_HEADER, VISITOR_IP_HEADER } from '../../../common/api'
import { cmsCall, isCmsUnavailable, unlessCmsDown } from '../../../site/lib/cms'
import { loadStatus } from '../../../site/lib/contribute'
import { candidateWithdraw, submitLead } from '../../../site/lib/entry/submit'

type Seen = { method: string; url: string; headers: http.IncomingHttpHeaders; body: string }
let seen: Seen[] = []
let reply: (req: Seen) => { status: number; body?: unknown } | 'hang' = () => ({ status: 200, body: {} })
let server: http.Server
const KEY = 'k'.repeat(40)
const TOKEN = 'A'.repeat(43)

beforeAll(async () => {
  server = http.createServer((req, res) => {
    let body = ''
    req.on('data', (c: Buffer) => (body += c.toString()))
    req.on('end', () => {
      const entry = { method: req.method ?? '', url: req.url ?? '', headers: req.headers, body }
      seen.push(entry)
      const answer = reply(entry)
      if (answer === 'hang') return
      res.writeHead(answer.status, { 'Content-Type': 'application/json' }).end(answer.body === undefined ? '' : JSON.stringify(answer.body))
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
})
afterAll(async () => {
  server.closeAllConnections()
  await new Promise((resolve) => server.close(resolve))
})
beforeEach(() => {
  seen = []
  process.env.CMS_URL = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  process.env.SITE_API_KEY = KEY
  vi.spyOn(console, 'error').mockImplementation(() => undefined)
})
afterEach(() => {
  vi.restoreAllMocks()
  delete process.env.SITE_API_KEY
  delete process.env.CMS_URL
})

describe('the CMS client', () => {
  it('sets every header in one place: JSON, site key, visitor address and extra headers', async () => {
    reply = () => ({ status: 201, body: { ok: true } })
    const answer = await cmsCall('/api/entry/leads?locale=en', { label: 'lead', method: 'POST', json: { a: 1 }, siteKey: true, visitorIp: '203.0.113.5', headers: { 'Idempotency-Key': 'abc' } })
    expect(answer).toEqual({ status: 201, body: { ok: true } })
    expect(seen).toHaveLength(1)
    expect(seen[0]).toMatchObject({ method: 'POST', url: '/api/entry/leads?locale=en', body: '{"a":1}' })
    expect(seen[0]!.headers).toMatchObject({ accept: 'application/json', 'content-type': 'application/json', [SITE_KEY_HEADER]: KEY, [VISITOR_IP_HEADER]: '203.0.113.5', 'idempotency-key': 'abc' })
  })

  it('sends no site key unless asked, and refuses to call without one when asked', async () => {
    await cmsCall('/api/x', { label: 'x' })
    expect(seen[0]!.headers[SITE_KEY_HEADER]).toBeUndefined()
    delete process.env.SITE_API_KEY
    const error = await cmsCall('/api/x', { label: 'x', siteKey: true }).catch((e: unknown) => e)
    expect(isCmsUnavailable(error)).toBe(true)
    expect(seen).toHaveLength(1)
  })

  it('calls a 5xx and a timeout "unavailable", naming the call by its label, never by its path', async () => {
    reply = () => ({ status: 502 })
    const down = await cmsCall(apiPath(endpoints.status, { token: TOKEN }), { label: 'contribute status' }).catch((e: unknown) => e)
    expect(isCmsUnavailable(down)).toBe(true)
    expect((down as Error).message).toBe('CMS GET contribute status answered 502')
    reply = () => 'hang'
    const slow = await cmsCall(apiPath(endpoints.status, { token: TOKEN }), { label: 'contribute status', timeoutMs: 200 }).catch((e: unknown) => e)
    expect(isCmsUnavailable(slow)).toBe(true)
    expect((slow as Error).message).toMatch(/timed out after 200 ms/)
    expect((slow as Error).message).not.toContain(TOKEN)
  })

  it('hands a 4xx and its message to the caller', async () => {
    reply = () => ({ status: 429, body: { error: 'Te veel pogingen.' } })
    expect(await cmsCall('/api/x', { label: 'x' })).toEqual({ status: 429, body: { error: 'Te veel pogingen.' } })
  })

  it('turns only "CMS down" into the fallback; a bug stays a bug', async () => {
    reply = () => ({ status: 503 })
    expect(await unlessCmsDown('page', () => cmsCall('/api/x', { label: 'x' }))).toEqual({ kind: 'unavailable' })
    expect(await unlessCmsDown('page', () => cmsCall('/api/x', { label: 'x' }), () => 'fallback')).toBe('fallback')
    await expect(unlessCmsDown('page', async () => Promise.reject(new TypeError('bug')))).rejects.toThrow('bug')
  })
})

describe('what the forms and flows make of the answers', () => {
  it('a stored lead, a refused field, a rate limit and an outage', async () => {
    const key = 'k'.repeat(24)
    reply = () => ({ status: 201, body: { ok: true, id: 7, withdrawToken: TOKEN } })
    expect(await submitLead('nl', { contact: 'a@example.com' }, '203.0.113.9', key)).toEqual({ kind: 'ok', id: '7', withdrawToken: TOKEN })
    expect(seen[0]!.headers).toMatchObject({ [SITE_KEY_HEADER]: KEY, [VISITOR_IP_HEADER]: '203.0.113.9', 'idempotency-key': key })
    expect(seen[0]!.url).toBe('/api/entry/leads?locale=nl')
    reply = () => ({ status: 400, body: { error: 'Controleer dit veld.', fields: { contact: 'Vul je e-mailadres in.' } } })
    expect(await submitLead('nl', {}, '203.0.113.9', key)).toEqual({ kind: 'invalid', message: 'Controleer dit veld.', fields: { contact: 'Vul je e-mailadres in.' } })
    reply = () => ({ status: 429, body: { error: 'Te veel pogingen.' } })
    expect(await submitLead('nl', {}, '203.0.113.9', key)).toEqual({ kind: 'rate-limited', message: 'Te veel pogingen.' })
    // A 5xx may have stored it: sent again with the same key, then reported as "maybe stored".
    const before = seen.length
    reply = () => ({ status: 500 })
    expect(await submitLead('nl', {}, '203.0.113.9', key)).toEqual({ kind: 'unavailable', maybeStored: true })
    expect(seen.length - before).toBe(3)
    process.env.CMS_URL = 'http://127.0.0.1:9' // nothing listens on the discard port
    expect(await submitLead('nl', {}, '203.0.113.9', key)).toEqual({ kind: 'unavailable', maybeStored: false })
  })

  it("a candidate's delete link: what it is about, gone, and an outage", async () => {
    const summary = { createdAt: '2026-12-02T09:00:00.000Z', entryPoint: 'apply', vacancyTitle: 'Business customer service agent', maskedContact: 's•••@example.nl' }
    reply = () => ({ status: 200, body: { ok: true, kind: 'application', summary } })
    // An application's link has no personal choices (job alerts, a CV): those are a lead's.
    expect(await candidateWithdraw('en', TOKEN, '203.0.113.9', 'GET')).toEqual({ kind: 'application', summary, personal: null })
    expect(seen[0]).toMatchObject({ method: 'GET', url: `/api/entry/withdraw/${TOKEN}?locale=en` })
    // An answer without a readable summary is no answer the page can show.
    reply = () => ({ status: 200, body: { ok: true, kind: 'lead', summary: { createdAt: 'not a date', entryPoint: 'quiz' } } })
    expect(await candidateWithdraw('en', TOKEN, '203.0.113.9', 'GET')).toBe('unavailable')
    reply = () => ({ status: 404, body: { error: 'gone' } })
    expect(await candidateWithdraw('en', TOKEN, '203.0.113.9', 'POST')).toBe('gone')
    reply = () => ({ status: 503 })
    expect(await candidateWithdraw('en', TOKEN, '203.0.113.9', 'POST')).toBe('unavailable')
  })

  it("an employee's status page: the view, an unknown link, and an outage", async () => {
    const view = { kind: 'video', status: 'in-review', title: 'Mijn dag', feedback: null, failureReason: null, publicUrl: null, consentedAt: '2027-01-01T00:00:00.000Z', withdrawnAt: null, releaseVersion: 'r1', releaseTextShown: 't', canUpload: false }
    reply = () => ({ status: 200, body: view })
    expect(await loadStatus('en', TOKEN)).toEqual({ kind: 'ok', view })
    expect(seen[0]!.url).toBe(`/api/contribute/status/${TOKEN}?locale=en`)
    reply = () => ({ status: 404, body: { error: 'This status link is not valid.' } })
    expect(await loadStatus('en', TOKEN)).toEqual({ kind: 'not-found' })
    reply = () => ({ status: 502 })
    expect(await loadStatus('en', TOKEN)).toEqual({ kind: 'unavailable' })
    expect(await loadStatus('en', 'not-a-token')).toEqual({ kind: 'not-found' })
    expect(seen).toHaveLength(3)
  })
})
