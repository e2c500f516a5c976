import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

import { ATTRIBUTION_COOKIE, readAttribution, recordAttribution, WATCHED_VIDEO_COOKIE, type CookieJar } from '../../../site/lib/entry/attribution'
import { formatMobile, handleLeadPost, readForm } from '../../../site/lib/entry/forms'
import { clearCmsCache } from '../../../site/lib/cms'

/** A cookie jar that behaves like Astro's for what attribution needs. */
function jar(initial: Record<string, string> = {}) {
  const values = new Map(Object.entries(initial))
  const sets: { name: string; value: string; options: Record<string, unknown> | undefined }[] = []
  const cookies: CookieJar = {
    has: (name) => values.has(name),
    get: (name) => (values.has(name) ? { value: values.get(name)! } : undefined),
    set: (name, value, options) => {
      values.set(name, value)
      sets.push({ name, value, options })
    },
  }
  return { cookies, sets, values }
}

const page = (url: string, headers: Record<string, string> = {}, method = 'GET') => ({ request: new Request(url, { method, headers: { accept: 'text/html', ...headers } }), url: new URL(url) })

describe('attribution', () => {
  it('keeps UTM parameters, the external referrer and the landing page of the first page view', () => {
    const { cookies, sets } = jar()
    recordAttribution({ ...page('https://werken.example/vacatures/x?utm_source=linkedin&utm_medium=social&utm_campaign=herfst&gclid=1', { referer: 'https://www.linkedin.com/feed/?trk=abc' }), cookies })
    expect(sets).toHaveLength(1)
    expect(sets[0]!.options).toMatchObject({ httpOnly: true, sameSite: 'lax', secure: true, path: '/' })
    expect(readAttribution(cookies)).toMatchObject({
      utmSource: 'linkedin',
      utmMedium: 'social',
      utmCampaign: 'herfst',
      referrer: 'https://www.linkedin.com/feed/',
      landingPage: '/vacatures/x?utm_source=linkedin&utm_medium=social&utm_campaign=herfst&gclid=1',
      firstSeenAt: expect.stringMatching(/^\d{4}-/),
    })
  })

  it('does not overwrite it on later views, unless a new campaign link is followed', () => {
    const { cookies, sets } = jar()
    recordAttribution({ ...page('https://werken.example/?utm_source=indeed'), cookies })
    recordAttribution({ ...page('https://werken.example/vacatures/x', { referer: 'https://werken.example/' }), cookies })
    expect(sets).toHaveLength(1)
    recordAttribution({ ...page('https://werken.example/?utm_source=instagram'), cookies })
    expect(readAttribution(cookies).utmSource).toBe('instagram')
  })

  it('ignores our own pages as referrer, posts, assets and prefetches', () => {
    const { cookies, sets } = jar()
    recordAttribution({ ...page('https://werken.example/op-de-hoogte', {}, 'POST'), cookies })
    recordAttribution({ ...page('https://werken.example/_astro/app.js'), cookies })
    recordAttribution({ ...page('https://werken.example/favicon.svg'), cookies })
    recordAttribution({ ...page('https://werken.example/', { 'sec-purpose': 'prefetch' }), cookies })
    expect(sets).toEqual([])
    recordAttribution({ ...page('https://werken.example/', { referer: 'https://werken.example/vacatures' }), cookies })
    expect(readAttribution(cookies).referrer).toBeUndefined()
  })

  it('counts opening a video’s share page as watching it (no JavaScript needed)', () => {
    const id = '0b6f3c9e-5a4f-4a63-9b0e-1c2d3e4f5a6b'
    const { cookies, values } = jar()
    recordAttribution({ ...page(`https://werken.example/en/videos/${id}`), cookies })
    expect(values.get(WATCHED_VIDEO_COOKIE)).toBe(id)
    expect(readAttribution(cookies).watchedVideo).toBe(id)
    recordAttribution({ ...page('https://werken.example/video/not-a-uuid'), cookies })
    expect(values.get(WATCHED_VIDEO_COOKIE)).toBe(id)
  })

  it('prefers the video the form says was watched, and survives a tampered cookie', () => {
    const form = new FormData()
    form.set('watchedVideo', 'abc-123')
    const { cookies } = jar({ [ATTRIBUTION_COOKIE]: 'not base64 json', [WATCHED_VIDEO_COOKIE]: 'older' })
    expect(readAttribution(cookies, form)).toMatchObject({ watchedVideo: 'abc-123', utmSource: undefined })
    form.set('watchedVideo', '<script>')
    expect(readAttribution(cookies, form).watchedVideo).toBe('older')
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
    const { outcome } = await handleLeadPost({ request: post({ contact: '06-1234 5678', consent: 'yes', entry: 'lead-form' }), cookies: jar().cookies, clientAddress: '203.0.113.5', lang: 'nl' })
    expect(outcome).toMatchObject({ kind: 'thanks', status: 200, text: expect.stringContaining('06 12345678') })
    expect(sent).toEqual([
      expect.objectContaining({
        headers: expect.objectContaining({ 'x-werkvloer-site-key': 'k'.repeat(40), 'x-visitor-ip': '203.0.113.5' }),
        body: expect.objectContaining({ entryPoint: 'lead-form', contact: '06-1234 5678', consent: true, consentVersion: 'lead-2026-12', locale: 'nl' }),
      }),
    ])
  })

  it('refuses bad input without calling the CMS', async () => {
    const { outcome } = await handleLeadPost({ request: post({ contact: '020 123 4567' }), cookies: jar().cookies, clientAddress: '203.0.113.5', lang: 'en' })
    expect(outcome).toMatchObject({ kind: 'form', status: 422, errors: { contact: expect.stringMatching(/landline/), consent: expect.stringMatching(/Tick the box/) } })
    expect(sent).toEqual([])
  })

  it('thanks a bot that filled in the honeypot, and stores nothing', async () => {
    const { outcome } = await handleLeadPost({ request: post({ contact: 'bot@example.com', consent: 'yes', website: 'http://spam' }), cookies: jar().cookies, clientAddress: '203.0.113.5', lang: 'nl' })
    expect(outcome.kind).toBe('thanks')
    expect(sent).toEqual([])
  })

  it('answers a malformed post with a message about the form, not about a CV this form does not have', async () => {
    for (const lang of ['nl', 'en'] as const) {
      const request = new Request('https://werken.example/op-de-hoogte', { method: 'POST', headers: { 'content-type': 'multipart/form-data; boundary=----x' }, body: 'not multipart at all' })
      const { outcome } = await handleLeadPost({ request, cookies: jar().cookies, clientAddress: '203.0.113.5', lang })
      expect(outcome).toMatchObject({ kind: 'form', status: 400, errors: { form: lang === 'nl' ? expect.stringMatching(/formulier niet lezen/) : expect.stringMatching(/could not read your form/) } })
      expect(JSON.stringify(outcome)).not.toMatch(/\bcv\b/i)
    }
    expect(sent).toEqual([])
  })

  it('answers a too-large lead post without mentioning a CV', async () => {
    const { outcome } = await handleLeadPost({ request: post({ contact: 'x'.repeat(20_000), consent: 'yes' }), cookies: jar().cookies, clientAddress: '203.0.113.5', lang: 'en' })
    expect(outcome).toMatchObject({ kind: 'form', status: 413, errors: { form: expect.stringMatching(/too large for this form/) } })
    expect(JSON.stringify(outcome)).not.toMatch(/\bcv\b/i)
  })

  it('sends every submission with an idempotency key; a plain post gets a fresh one, carried back into the form', async () => {
    await handleLeadPost({ request: post({ contact: 'a@example.com', consent: 'yes' }), cookies: jar().cookies, clientAddress: '203.0.113.5', lang: 'nl' })
    const key = (sent[0] as { headers: Record<string, string> }).headers['Idempotency-Key']
    expect(key).toMatch(/^[A-Za-z0-9_-]{22,}$/)
    // The enhanced form's own key (made in the browser) is used as it is.
    await handleLeadPost({ request: post({ contact: 'a@example.com', consent: 'yes', submissionKey: 'browser-made-key-0123456789' }), cookies: jar().cookies, clientAddress: '203.0.113.5', lang: 'nl' })
    expect((sent[1] as { headers: Record<string, string> }).headers['Idempotency-Key']).toBe('browser-made-key-0123456789')
    // A refused post renders the form again with its key, so sending it once more stores nothing twice.
    const { outcome } = await handleLeadPost({ request: post({ contact: '020 123 4567', consent: 'yes', submissionKey: 'browser-made-key-0123456789' }), cookies: jar().cookies, clientAddress: '203.0.113.5', lang: 'nl' })
    expect(outcome).toMatchObject({ kind: 'form', values: { submissionKey: 'browser-made-key-0123456789' } })
  })

  it('says nothing was stored when the site has no key', async () => {
    delete process.env.SITE_API_KEY
    const { outcome } = await handleLeadPost({ request: post({ contact: 'a@example.com', consent: 'yes' }), cookies: jar().cookies, clientAddress: '203.0.113.5', lang: 'nl' })
    expect(outcome).toMatchObject({ kind: 'form', status: 503, errors: { form: expect.stringMatching(/niets opgeslagen/) } })
  })
})
