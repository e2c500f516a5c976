import { describe, expect, it } from 'vitest'

import { entryPointOf, isBotUserAgent, isPrefetch, MAX_EVENTS_PER_BATCH, optsOut, parseBatch, rollupMetric } from '../../../common/insights/events'

const now = Date.parse('2026-12-03T10:00:00Z')
const at = now - 1000
const headersOf = (h: Record<string, string>) => (name: string) => h[name.toLowerCase()] ?? null

describe('event batch contract', () => {
  it('accepts each event type of the funnel and defaults the source to direct', () => {
    const events = [
      { type: 'page_view', at, language: 'nl', pageType: 'vacancy', vacancy: 'v1', department: 'd1' },
      { type: 'video_impression', at, language: 'nl', video: 'vid1', variant: 'b' },
      { type: 'video_play', at, language: 'en', video: 'vid1', variant: 'b', source: 'utm:linkedin' },
      { type: 'video_progress', at, language: 'nl', video: 'vid1', percent: 50 },
      { type: 'caption_on', at, language: 'nl', video: 'vid1' },
      { type: 'entry_view', at, language: 'nl', entryPoint: 'quiz' },
      { type: 'entry_start', at, language: 'nl', entryPoint: 'business_case', video: 'vid1' },
      { type: 'submission', at, language: 'nl', kind: 'lead', source: 'ref:www.google.com' },
      { type: 'apply_click', at, language: 'nl', vacancy: 'v1' },
      { type: 'share_visit', at, language: 'nl', shareLink: 'sl1', source: 'share:sl1' },
    ]
    const r = parseBatch({ events }, now)
    expect(r.ok).toBe(true)
    if (!r.ok) return
    expect(r.events.map(rollupMetric)).toEqual(['page_view', 'video_impression', 'video_play', 'video_progress_50', 'caption_on', 'entry_view', 'entry_start', 'submission_lead', 'apply_click', 'share_visit'])
    expect(r.events[0]!.source).toBe('direct')
    expect(r.events.map(entryPointOf)).toEqual(['', '', '', '', '', 'quiz', 'business_case', 'lead', 'apply', ''])
  })

  it('drops unknown fields, so nothing beyond the contract is stored', () => {
    const r = parseBatch({ events: [{ type: 'video_play', at, language: 'nl', video: 'vid1', email: 'a@b.nl', ip: '1.2.3.4' }], extra: 1 }, now)
    expect(r.ok && r.events[0]).toEqual({ type: 'video_play', at, language: 'nl', video: 'vid1', source: 'direct' })
  })

  it.each([
    ['an unknown type', { type: 'mouse_move', at, language: 'nl' }],
    ['a progress mark that is not 25/50/75/100', { type: 'video_progress', at, language: 'nl', video: 'v', percent: 33 }],
    ['an id with characters outside the id set', { type: 'video_play', at, language: 'nl', video: "x' OR 1=1" }],
    ['a too long id', { type: 'video_play', at, language: 'nl', video: 'x'.repeat(65) }],
    ['a referrer URL instead of a host label', { type: 'page_view', at, language: 'nl', pageType: 'home', source: 'ref:https://x.example/?email=a@b.nl' }],
    ['a language other than nl/en', { type: 'page_view', at, language: 'de', pageType: 'home' }],
    ['a missing required field', { type: 'apply_click', at, language: 'nl' }],
  ])('refuses the whole batch for %s, naming where', (_, bad) => {
    const r = parseBatch({ events: [{ type: 'caption_on', at, language: 'nl', video: 'ok' }, bad] }, now)
    expect(r.ok).toBe(false)
    if (r.ok) return
    expect(r.problem.code).toBe('invalid-batch')
    expect(r.problem.code === 'invalid-batch' && r.problem.issues[0]!.path.startsWith('events.1')).toBe(true)
  })

  it('refuses an empty batch and one over the size limit', () => {
    expect(parseBatch({ events: [] }, now).ok).toBe(false)
    const many = Array.from({ length: MAX_EVENTS_PER_BATCH + 1 }, () => ({ type: 'caption_on', at, language: 'nl', video: 'v' }))
    expect(parseBatch({ events: many }, now).ok).toBe(false)
    expect(parseBatch({ events: many.slice(1) }, now).ok).toBe(true)
  })

  it('refuses stale and future events with their positions', () => {
    const ev = (t: number) => ({ type: 'caption_on', at: t, language: 'nl', video: 'v' })
    expect(parseBatch({ events: [ev(at), ev(now - 16 * 60_000)] }, now)).toEqual({ ok: false, problem: { code: 'stale-events', indexes: [1] } })
    expect(parseBatch({ events: [ev(now + 5 * 60_000), ev(at)] }, now)).toEqual({ ok: false, problem: { code: 'future-events', indexes: [0] } })
  })
})

describe('bots, prefetches and opt-outs', () => {
  it.each([
    'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)',
    'Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)',
    'facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)',
    'WhatsApp/2.23.20.0 A',
    'LinkedInBot/1.0 (compatible; Mozilla/5.0; Apache-HttpClient +http://www.linkedin.com)',
    'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/120.0.0.0 Safari/537.36',
    'curl/8.5.0',
    'python-requests/2.31.0',
    'Mozilla/5.0 (compatible; UptimeRobot/2.0; http://www.uptimerobot.com/)',
    '',
  ])('does not count %s', (ua) => {
    expect(isBotUserAgent(ua)).toBe(true)
  })

  it.each([
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.1 Mobile/15E148 Safari/604.1',
    'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Mobile Safari/537.36',
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:121.0) Gecko/20100101 Firefox/121.0',
  ])('counts a browser: %s', (ua) => {
    expect(isBotUserAgent(ua)).toBe(false)
  })

  it('recognises speculative loads by their purpose headers', () => {
    expect(isPrefetch(headersOf({ 'sec-purpose': 'prefetch' }))).toBe(true)
    expect(isPrefetch(headersOf({ 'sec-purpose': 'prefetch;prerender' }))).toBe(true)
    expect(isPrefetch(headersOf({ purpose: 'prefetch' }))).toBe(true)
    expect(isPrefetch(headersOf({ 'x-moz': 'prefetch' }))).toBe(true)
    expect(isPrefetch(headersOf({}))).toBe(false)
  })

  it('honours Sec-GPC: 1 and DNT: 1, and nothing else', () => {
    expect(optsOut(headersOf({ 'sec-gpc': '1' }))).toBe(true)
    expect(optsOut(headersOf({ dnt: '1' }))).toBe(true)
    expect(optsOut(headersOf({ dnt: '0' }))).toBe(false)
    expect(optsOut(headersOf({}))).toBe(false)
  })
})
