import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

import { readAttribution } from '../../../site/lib/entry/attribution'
import { formatMobile, handleLeadPost, readForm } from '../../../site/lib/entry/forms'
import { clearCmsCache } from '../../../site/lib/cms'

const formWith = (fields: Record<string, string>) => {
  const form = new FormData()
  for (const [k, v] of Object.entries(fields)) form.set(k, v)
  return form
}

describe('attribution (from the form, no cookie)', () => {
  it('reads the first touch the browser put in the hidden field', () => {
    const touch = { s: 'linkedin', m: 'social', c: 'herfst', r: 'https://www.linkedin.com/feed/', l: '/vacatures/x?utm_source=linkedin', at: '2026-12-03T10:00:00.000Z' }
    expect(readAttribution(formWith({ attribution: JSON.stringify(touch), watchedVideo: 'abc-123' }))).toMatchObject({
      utmSource: 'linkedin',
      utmMedium: 'social',
      utmCampaign: 'herfst',
      referrer: 'https://www.linkedin.com/feed/',
      landingPage: '/vacatures/x?utm_source=linkedin',
      firstSeenAt: '2026-12-03T10:00:00.000Z',
      watchedVideo: 'abc-123',
    })
  })

  it('survives a tampered field: no attribution, and no video id that is not an id', () => {
    expect(readAttribution(formWith({ attribution: 'not json', watchedVideo: '<script>' }))).toEqual(expect.objectContaining({ utmSource: undefined, watchedVideo: undefined }))
    expect(readAttribution(formWith({ attribution: JSON.stringify({ s: 'x'.repeat(300) }) })).utmSource).toBeUndefined()
    expect(readAttribution(formWith({ attribution: 'x'.repeat(5000) })).utmSource).toBeUndefined()
    expect(readAttribution().watchedVideo).toBeUndefined()
  })
})

describe('reading a form post', () => {
  it('refuses a body larger than the limit, declared or not', async () => {
    const big = new Request('https://werken.example/x', { method: 'POST', headers: { 'content-length': '999999' }, body: 'a=1' })
    expect(await readForm(big, 1000)).toEqual({ ok: false, reason: 'too-large' })
    const body = new ReadableStream({
      start(controller) {
        for (let i = 0; i < 10; i++) controller.enqueue(new TextEncoder().encode('x'.repeat(200)))
        controller.close()
      },
    })
    const streamed = new Request('https://werken.example/x', { method: 'POST', body, duplex: 'half', headers: { 'content-type': 'application/x-www-form-urlencoded' } } as RequestInit)
    expect(await readForm(streamed, 1000)).toEqual({ ok: false, reason: 'too-large' })
    const ok = new Request('https://werken.example/x', { method: 'POST', body: new URLSearchParams({ contact: 'a@b.nl' }) })
    const read = await readForm(ok, 1000)
    expect(read.ok && read.form.get('contact')).toBe('a@b.nl')
  })

  it('shows a mobile number the way people read it', () => {
    expect(formatMobile('+31612345678')).toBe('06 12345678')
    expect(formatMobile('+32470123456')).toBe('+32470123456')
  })
})

describe('the lead form on the server', () => {
  const sent: unknown[] = []
  beforeEach(() => {
    clearCmsCache()
    sent.length = 0
    process.env.CMS_URL = 'http://cms.test'
    process.env.SITE_API_KEY = 'k'.repeat(40)
    vi.spyOn(console, 'error').mockImplementation(() => undefined)
    vi.stubGlobal('fetch', async (url: string, init?: RequestInit) => {
      if (String(url).includes('/api/entry/leads')) {
        sent.push({ url, headers: init?.headers, body: JSON.parse(String(init?.body)) })
        return Response.json({ ok: true, id: 'lead-1' }, { status: 201 })
      }
      return Response.json({ docs: [], totalDocs: 0 })
    })
  })
  afterEach(() => {
    vi.unstubAllGlobals()
    vi.restoreAllMocks()
    delete process.env.SITE_API_KEY
  })

  const post = (fields: Record<string, string>) => new Request('https://werken.example/op-de-hoogte', { method: 'POST', body: new URLSearchParams(fields) })

  it('sends a valid lead to the CMS with the site key and the visitor’s address', async () => {
    const { outcome } = await handleLeadPost({ request: post({ contact: '06-1234 5678', consent: 'yes', entry: 'lead-form' }), clientAddress: '203.0.113.5', lang: 'nl' })
    expect(outcome).toMatchObject({ kind: 'thanks', status: 200, text: expect.stringContaining('06 12345678') })
    expect(sent).toEqual([
      expect.objectContaining({
        headers: expect.objectContaining({ 'x-werkvloer-site-key': 'k'.repeat(40), 'x-visitor-ip': '203.0.113.5' }),
        body: expect.objectContaining({ entryPoint: 'lead-form', contact: '06-1234 5678', consent: true, consentVersion: 'lead-2026-12', locale: 'nl' }),
      }),
    ])
  })

  it('refuses bad input without calling the CMS', async () => {
    const { outcome } = await handleLeadPost({ request: post({ contact: '020 123 4567' }), clientAddress: '203.0.113.5', lang: 'en' })
    expect(outcome).toMatchObject({ kind: 'form', status: 422, errors: { contact: expect.stringMatching(/landline/), consent: expect.stringMatching(/Tick the box/) } })
    expect(sent).toEqual([])
  })

  it('thanks a bot that filled in the honeypot, and stores nothing', async () => {
    const { outcome } = await handleLeadPost({ request: post({ contact: 'bot@example.com', consent: 'yes', website: 'http://spam' }), clientAddress: '203.0.113.5', lang: 'nl' })
    expect(outcome.kind).toBe('thanks')
    expect(sent).toEqual([])
  })

  it('answers a malformed post with a message about the form, not about a CV this form does not have', async () => {
    for (const lang of ['nl', 'en'] as const) {
      const request = new Request('https://werken.example/op-de-hoogte', { method: 'POST', headers: { 'content-type': 'multipart/form-data; boundary=----x' }, body: 'not multipart at all' })
      const { outcome } = await handleLeadPost({ request, clientAddress: '203.0.113.5', lang })
      expect(outcome).toMatchObject({ kind: 'form', status: 400, errors: { form: lang === 'nl' ? expect.stringMatching(/formulier niet lezen/) : expect.stringMatching(/could not read your form/) } })
      expect(JSON.stringify(outcome)).not.toMatch(/\bcv\b/i)
    }
    expect(sent).toEqual([])
  })

  it('answers a too-large lead post without mentioning a CV', async () => {
    const { outcome } = await handleLeadPost({ request: post({ contact: 'x'.repeat(20_000), consent: 'yes' }), clientAddress: '203.0.113.5', lang: 'en' })
    expect(outcome).toMatchObject({ kind: 'form', status: 413, errors: { form: expect.stringMatching(/too large for this form/) } })
    expect(JSON.stringify(outcome)).not.toMatch(/\bcv\b/i)
  })

  it('sends every submission with an idempotency key; a plain post gets a fresh one, carried back into the form', async () => {
    await handleLeadPost({ request: post({ contact: 'a@example.com', consent: 'yes' }), clientAddress: '203.0.113.5', lang: 'nl' })
    const key = (sent[0] as { headers: Record<string, string> }).headers['Idempotency-Key']
    expect(key).toMatch(/^[A-Za-z0-9_-]{22,}$/)
    // The enhanced form's own key (made in the browser) is used as it is.
    await handleLeadPost({ request: post({ contact: 'a@example.com', consent: 'yes', submissionKey: 'browser-made-key-0123456789' }), clientAddress: '203.0.113.5', lang: 'nl' })
    expect((sent[1] as { headers: Record<string, string> }).headers['Idempotency-Key']).toBe('browser-made-key-0123456789')
    // A refused post renders the form again with its key, so sending it once more stores nothing twice.
    const { outcome } = await handleLeadPost({ request: post({ contact: '020 123 4567', consent: 'yes', submissionKey: 'browser-made-key-0123456789' }), clientAddress: '203.0.113.5', lang: 'nl' })
    expect(outcome).toMatchObject({ kind: 'form', values: { submissionKey: 'browser-made-key-0123456789' } })
  })

  it('says nothing was stored when the site has no key', async () => {
    delete process.env.SITE_API_KEY
    const { outcome } = await handleLeadPost({ request: post({ contact: 'a@example.com', consent: 'yes' }), clientAddress: '203.0.113.5', lang: 'nl' })
    expect(outcome).toMatchObject({ kind: 'form', status: 503, errors: { form: expect.stringMatching(/niets opgeslagen/) } })
  })
})

describe('what the delete page says it deletes', () => {
  it('names the application by vacancy and day, the Dutch way in Amsterdam time', async () => {
    const { describeWithdrawal } = await import('../../../site/lib/entry/withdraw')
    // 23:30 UTC on 1 December is 00:30 on 2 December in Amsterdam.
    const summary = { createdAt: '2026-12-01T23:30:00.000Z', entryPoint: 'apply' as const, vacancyTitle: 'Klantenservicemedewerker zakelijk', maskedContact: 's•••@example.nl' }
    expect(describeWithdrawal('application', summary, 'nl')).toBe('Je sollicitatie op Klantenservicemedewerker zakelijk van 2 december 2026')
    expect(describeWithdrawal('application', { ...summary, vacancyTitle: 'Business customer service agent' }, 'en')).toBe('Your application for Business customer service agent of 2 December 2026')
  })

  it('names a lead by day and entry point', async () => {
    const { describeWithdrawal } = await import('../../../site/lib/entry/withdraw')
    const summary = { createdAt: '2026-12-02T10:00:00.000Z', entryPoint: 'quiz' as const, vacancyTitle: null, maskedContact: null }
    expect(describeWithdrawal('lead', summary, 'en')).toBe('Your details left on 2 December 2026 via the quiz')
    expect(describeWithdrawal('lead', summary, 'nl')).toBe('Je gegevens van 2 december 2026, achtergelaten via de quiz')
    expect(describeWithdrawal('lead', { ...summary, entryPoint: 'lead-form', vacancyTitle: 'Sales manager Benelux' }, 'nl')).toBe('Je gegevens van 2 december 2026, achtergelaten via “Hou me op de hoogte” bij Sales manager Benelux')
  })
})
