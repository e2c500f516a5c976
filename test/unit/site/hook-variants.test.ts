import { describe, expect, it } from 'vitest'

import { runningHookTest } from '../../../site/lib/hook-variants'
import { visitorHeaders } from '../../../site/lib/visitor'
import type { Video } from '../../../site/lib/cms'

const video = (hookTest: unknown, hookTestResult: unknown) => ({ id: 'v1', title: 'T', hookTest, hookTestResult }) as unknown as Video
const variants = [
  { key: 'a', title: 'Eerste', hook: 'Haakje a' },
  { key: 'b', title: 'Tweede', hook: null },
]

describe('runningHookTest', () => {
  it('gives the variants of a switched-on, started, unended test, first one first', () => {
    expect(runningHookTest(video({ enabled: true, variants }, { startedAt: '2026-12-01T10:00:00Z' }))).toEqual([
      { id: 'a', title: 'Eerste', hook: 'Haakje a' },
      { id: 'b', title: 'Tweede', hook: null },
    ])
  })

  it('gives nothing for a test that is off, not started, ended, or has one usable variant', () => {
    expect(runningHookTest(video({ enabled: false, variants }, { startedAt: '2026-12-01T10:00:00Z' }))).toBeNull()
    expect(runningHookTest(video({ enabled: true, variants }, {}))).toBeNull()
    expect(runningHookTest(video({ enabled: true, variants }, { startedAt: '2026-12-01T10:00:00Z', endedAt: '2026-12-02T10:00:00Z' }))).toBeNull()
    // A variant without wording in this language (not yet translated) cannot be shown.
    expect(runningHookTest(video({ enabled: true, variants: [variants[0], { key: 'b', title: null }] }, { startedAt: '2026-12-01T10:00:00Z' }))).toBeNull()
    expect(runningHookTest(video(undefined, undefined))).toBeNull()
  })
})

describe('visitorHeaders (what /api/hook-variants forwards)', () => {
  it('passes on only the headers the CMS uses for its hash and its bot and opt-out rules, prefixed', () => {
    const request = new Request('http://site.test/api/hook-variants', { headers: { 'user-agent': 'Phone', 'sec-gpc': '1', cookie: 'x=1', 'x-forwarded-for': '1.2.3.4' } })
    expect(visitorHeaders(request)).toEqual({ 'x-visitor-user-agent': 'Phone', 'x-visitor-sec-gpc': '1' })
  })
})
