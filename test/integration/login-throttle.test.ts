import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { loginThrottleMessages } from '../../cms/lib/loginThrottle'
import { createTestPayload, createUser, type TestPayload } from '../helpers/testPayload'

/**
 * Issue 9, §4: failed staff logins against a real Payload and SQLite. An attacker failing from one
 * address must not lock the real person (at another address) out, and nothing in the answers —
 * message or status — may tell whether a staff address exists.
 */
let t: TestPayload
let payload: Payload
let staff: { email: string }
const PASSWORD = 'correct-horse-battery-staple'
const ATTACKER = '198.51.100.66'
const COLLEAGUE_AT_WORK = '203.0.113.20'

// The CMS learns each request's TCP peer from scripts/cms-server.ts (a header with a per-start
// secret, cms/lib/rateLimit.ts); the test plays that server.
process.env.WERKVLOER_PEER_TOKEN = 'login-throttle-test-peer-token'

/** A login as Payload's REST endpoint does it, from a client address (as the CMS's front server saw it). */
async function login(email: string, password: string, address: string): Promise<{ ok: true } | { ok: false; status: number | undefined; message: string }> {
  try {
    await payload.login({ collection: 'users', data: { email, password }, req: { headers: new Headers({ 'x-werkvloer-peer': `${process.env.WERKVLOER_PEER_TOKEN} ${address}` }) } as never })
    return { ok: true }
  } catch (error) {
    const e = error as { status?: number; message?: string }
    return { ok: false, status: e.status, message: e.message ?? '' }
  }
}

beforeAll(async () => {
  t = await createTestPayload()
  payload = t.payload
  await createUser(payload, ['admin'])
  staff = await createUser(payload, ['comms'], 'sanne@werkvloer.test')
})

afterAll(async () => {
  await t?.cleanup()
})

describe('failed staff logins', () => {
  it('from an attacker’s address do not stop the real person logging in from elsewhere', async () => {
    const answers = []
    for (let i = 0; i < 12; i++) answers.push(await login(staff.email, `guess-${i}`, ATTACKER))
    expect(answers.every((a) => !a.ok)).toBe(true)
    // The attacker is slowed down …
    expect(answers.at(-1)).toMatchObject({ ok: false, status: 429 })
    expect(await login(staff.email, PASSWORD, ATTACKER)).toMatchObject({ ok: false, status: 429 })
    // … the colleague at the office is not.
    expect(await login(staff.email, PASSWORD, COLLEAGUE_AT_WORK)).toEqual({ ok: true })
    // And a few typos of their own do not lock them out either.
    for (let i = 0; i < 3; i++) expect(await login(staff.email, 'typo', COLLEAGUE_AT_WORK)).toMatchObject({ ok: false, status: 401 })
    expect(await login(staff.email, PASSWORD, COLLEAGUE_AT_WORK)).toEqual({ ok: true })
  })

  it('read the same for an existing and a non-existing address, before and after the throttle', async () => {
    const tries = async (email: string, address: string) => {
      const answers = []
      for (let i = 0; i < 8; i++) answers.push(await login(email, `wrong-${i}`, address))
      return answers
    }
    const existing = await tries(staff.email, '192.0.2.10')
    const unknown = await tries('nobody-here@werkvloer.test', '192.0.2.11')
    expect(unknown).toEqual(existing)
    const throttled = existing.filter((a) => !a.ok && a.status === 429)
    expect(throttled.length, 'the throttle should have started').toBeGreaterThan(0)
    expect(Object.values(loginThrottleMessages)).toContain((throttled[0] as { message: string }).message)
    // Nothing says "locked" (which only an existing account can be).
    expect(existing.map((a) => (a.ok ? '' : a.message)).join(' ')).not.toMatch(/lock|vergrendeld|geblokkeerd/i)
  })

  it('from one address are limited across accounts too, so it cannot try many accounts', async () => {
    const answers = []
    for (let i = 0; i < 40; i++) answers.push(await login(`spray-${i}@werkvloer.test`, 'Welkom2026!', '192.0.2.99'))
    expect(answers.at(-1)).toMatchObject({ ok: false, status: 429 })
    // The real person elsewhere still gets in.
    expect(await login(staff.email, PASSWORD, COLLEAGUE_AT_WORK)).toEqual({ ok: true })
  })
})
