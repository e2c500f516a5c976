import http from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Endpoint, Payload, Where } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { currentConsent } from '../../common/entry/consentTexts'
import { createRateLimiter } from '../../cms/lib/rateLimit'
import { createTestPayload, type TestPayload } from '../helpers/testPayload'
import { endpointRequest } from '../helpers/endpointRequest'

/**
 * Issue 9, §4: a lead or application is stored once per submission, however often it is sent.
 * The CMS endpoints run on a real HTTP server over a real SQLite database, and the site's own
 * submit code (site/lib/entry/submit.ts) talks to them. To reproduce "the CMS answered 201 after
 * the site stopped waiting", the server holds back the answer to some first tries for longer than
 * the site's timeout — after the lead was stored.
 */
const KEY = 's'.repeat(40)
// Short enough for a quick test, long enough that only the held-back answers miss it on a busy machine.
const SITE_TIMEOUT_MS = 8000
let t: TestPayload
let payload: Payload
let endpoints: Endpoint[]
let server: http.Server
let vacancyId: string
let submit: typeof import('../../site/lib/entry/submit')
/** Candidates (contact or email as sent) whose first answer is to arrive too late for the site. */
const answerLateOnce = new Set<string>()

/** Who a request is from, read from its body the way the endpoint reads it (JSON or multipart). */
async function candidateOf(headers: Headers, body: Buffer): Promise<string> {
  if ((headers.get('content-type') ?? '').includes('application/json')) return String((JSON.parse(body.toString('utf8')) as { contact?: unknown }).contact ?? '')
  const form = await new Response(new Uint8Array(body), { headers: { 'content-type': headers.get('content-type') ?? '' } }).formData()
  return String(form.get('email') ?? '')
}
let requestsSeen = 0

function leadBody(contact: string, overrides: Record<string, unknown> = {}) {
  return { locale: 'nl', entryPoint: 'lead-form', vacancy: vacancyId, contact, consent: true, consentVersion: currentConsent.lead, attribution: { utmSource: 'linkedin' }, ...overrides }
}

async function handle(incoming: http.IncomingMessage, outgoing: http.ServerResponse): Promise<void> {
  requestsSeen++
  const chunks: Buffer[] = []
  for await (const chunk of incoming) chunks.push(chunk as Buffer)
  const url = new URL(incoming.url ?? '/', 'http://cms.test')
  const headers = new Headers()
  for (const [name, value] of Object.entries(incoming.headers)) if (typeof value === 'string') headers.set(name, value)
  const path = url.pathname.replace(/^\/api/, '')
  const endpoint = endpoints.find((e) => e.path === path && e.method === incoming.method?.toLowerCase())
  if (!endpoint) {
    outgoing.writeHead(404).end()
    return
  }
  const req = endpointRequest(payload, url.href, { method: incoming.method, headers, body: Buffer.concat(chunks) })
  const response = await endpoint.handler(req)
  const body = Buffer.from(await response.arrayBuffer())
  if (answerLateOnce.delete(await candidateOf(headers, Buffer.concat(chunks)))) await new Promise((resolve) => setTimeout(resolve, SITE_TIMEOUT_MS + 500))
  if (outgoing.destroyed) return
  outgoing.writeHead(response.status, { 'content-type': 'application/json' }).end(body)
}

async function withdrawLinkWorks(token: string): Promise<boolean> {
  const handler = endpoints.find((e) => e.path === '/entry/withdraw/:token' && e.method === 'get')!.handler
  const req = endpointRequest(payload, `http://cms.test/api/entry/withdraw/${token}`, { headers: { 'x-werkvloer-site-key': KEY, 'x-visitor-ip': '203.0.113.50' }, routeParams: { token } })
  return (await handler(req)).status === 200
}

const leadsWith = async (where: Where) => (await payload.find({ collection: 'leads', where, limit: 200, overrideAccess: true, depth: 0 })).docs

beforeAll(async () => {
  t = await createTestPayload()
  payload = t.payload
  const { createEntryEndpoints } = await import('../../cms/entry/endpoints')
  endpoints = createEntryEndpoints({ siteKey: () => KEY, limiter: createRateLimiter({ limit: 10_000, windowMs: 60_000 }) })
  const department = await payload.create({ collection: 'departments', data: { name: 'Sales' }, overrideAccess: true })
  vacancyId = String(
    (await payload.create({ collection: 'vacancies', data: { title: 'Inside sales', status: 'open', location: 'Rotterdam', employmentType: 'FULL_TIME', applyMode: 'built-in', department: department.id }, overrideAccess: true })).id,
  )
  server = http.createServer((incoming, outgoing) => {
    handle(incoming, outgoing).catch((error: unknown) => {
      console.error(error)
      if (!outgoing.headersSent) outgoing.writeHead(500).end()
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  process.env.CMS_URL = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  process.env.SITE_API_KEY = KEY
  process.env.CMS_SUBMIT_TIMEOUT_MS = String(SITE_TIMEOUT_MS)
  submit = await import('../../site/lib/entry/submit')
})

afterAll(async () => {
  await (await import('../../cms/entry/notify')).recruiterMailsSettled()
  await new Promise((resolve) => server?.close(resolve))
  await t?.cleanup()
})

describe('a repeated lead submission', () => {
  it('with the same key and content stores one lead; both answers carry its id and the same working delete link', async () => {
    const key = submit.newSubmissionKey()
    const first = await submit.submitLead('nl', leadBody('same-key@example.com'), '203.0.113.1', key)
    const second = await submit.submitLead('nl', leadBody('same-key@example.com'), '203.0.113.1', key)
    expect(first).toMatchObject({ kind: 'ok' })
    expect(second).toEqual(first)
    expect(await leadsWith({ email: { equals: 'same-key@example.com' } })).toHaveLength(1)
    const token = (first as { withdrawToken?: string }).withdrawToken
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/)
    expect(await withdrawLinkWorks(token!)).toBe(true)
  })

  it('with the same key but different content is a new lead, not merged', async () => {
    const key = submit.newSubmissionKey()
    const first = await submit.submitLead('nl', leadBody('first-try@example.com'), '203.0.113.2', key)
    const corrected = await submit.submitLead('nl', leadBody('corrected@example.com'), '203.0.113.2', key)
    expect(first.kind).toBe('ok')
    expect(corrected.kind).toBe('ok')
    expect((corrected as { id: string }).id).not.toBe((first as { id: string }).id)
    expect(await leadsWith({ email: { equals: 'first-try@example.com' } })).toHaveLength(1)
    expect(await leadsWith({ email: { equals: 'corrected@example.com' } })).toHaveLength(1)
  })

  it('whose answer arrives after the site stopped waiting is reported stored, once, with a working delete link', async () => {
    const key = submit.newSubmissionKey()
    answerLateOnce.add('slow-cms@example.com')
    const result = await submit.submitLead('nl', leadBody('slow-cms@example.com'), '203.0.113.3', key)
    expect(result.kind, 'the candidate must not be told to try again for a stored lead').toBe('ok')
    const leads = await leadsWith({ email: { equals: 'slow-cms@example.com' } })
    expect(leads).toHaveLength(1)
    expect(String(leads[0]!.id)).toBe((result as { id: string }).id)
    expect(await withdrawLinkWorks((result as { withdrawToken: string }).withdrawToken)).toBe(true)
  })

  it('ignores a guessable key (it would let a stranger find somebody’s submission): two posts, two leads', async () => {
    const result = await submit.submitLead('nl', leadBody('short-key@example.com'), '203.0.113.4', 'abc')
    // The site never sends such a key; the CMS treats it as no key at all and stores normally.
    expect(result.kind).toBe('ok')
    const again = await submit.submitLead('nl', leadBody('short-key@example.com'), '203.0.113.4', 'abc')
    expect((again as { id: string }).id).not.toBe((result as { id: string }).id)
  })
})

describe('50 candidates at once', () => {
  it('are 50 leads, none reported failed, also when some answers come too late for the site', async () => {
    const before = requestsSeen
    const submissions = Array.from({ length: 50 }, (_, i) => ({ email: `crowd-${i}@example.com`, key: submit.newSubmissionKey() }))
    // One in five first answers arrives after the site's timeout, as under real load.
    submissions.forEach((s, i) => i % 5 === 0 && answerLateOnce.add(s.email))
    const results = await Promise.all(submissions.map((s, i) => submit.submitLead('nl', leadBody(s.email), `198.51.100.${i}`, s.key)))
    expect(results.filter((r) => r.kind !== 'ok')).toEqual([])
    const stored = await leadsWith({ email: { like: 'crowd-' } })
    expect(stored).toHaveLength(50)
    expect(new Set(results.map((r) => (r as { id: string }).id)).size).toBe(50)
    // The late ones really were sent twice: the test did what it says.
    expect(requestsSeen - before).toBeGreaterThanOrEqual(60)
  })
})

describe('a repeated application', () => {
  it('with the same key, content and CV stores one application with one CV', async () => {
    const form = () => {
      const f = new FormData()
      for (const [k, v] of Object.entries({ locale: 'nl', entryPoint: 'apply', vacancy: vacancyId, name: 'Anna', email: 'apply-twice@example.com', phone: '06 12345678', motivation: '', consentVersion: currentConsent.apply, attribution: '{}' })) f.set(k, v)
      f.set('cv', new File([new TextEncoder().encode('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\nxref\n0 1\ntrailer << /Root 1 0 R >>\nstartxref\n9\n%%EOF\n')], 'cv.pdf', { type: 'application/pdf' }))
      return f
    }
    const key = submit.newSubmissionKey()
    const cvsBefore = (await payload.count({ collection: 'cvs', overrideAccess: true })).totalDocs
    answerLateOnce.add('apply-twice@example.com')
    const first = await submit.submitApplication('nl', form(), '203.0.113.5', key)
    const again = await submit.submitApplication('nl', form(), '203.0.113.5', key)
    expect(first.kind).toBe('ok')
    expect(again).toEqual(first)
    expect((await payload.find({ collection: 'applications', where: { email: { equals: 'apply-twice@example.com' } }, overrideAccess: true })).docs).toHaveLength(1)
    expect((await payload.count({ collection: 'cvs', overrideAccess: true })).totalDocs).toBe(cvsBefore + 1)
  })
})
