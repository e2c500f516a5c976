/**
 * The cookieless unique-visitor count (the Plausible model): a visitor is the hash of a random
 * salt of the day + their address + their user agent. The salt lives only in the database and
 * is deleted when its day is over (cms/insights/retention.ts), after which nobody — us included
 * — can link a hash to an address again or link today's hash to yesterday's. The address and
 * user agent are only read here, in memory, and never stored.
 */
import crypto from 'node:crypto'

import { amsterdamDay } from '../../common/insights/day'
import type { EventStore } from '../database/eventStore'

export interface VisitorSignals {
  address: string
  userAgent: string
  /** Sec-GPC: 1 or DNT: 1 — counted, but without a hash. */
  optedOut: boolean
}

export function createVisitorHasher(store: Pick<EventStore, 'saltFor'>) {
  let current: { day: string; salt: Promise<string> } | null = null

  function saltOf(day: string): Promise<string> {
    if (current?.day !== day) {
      const salt = store.saltFor(day, crypto.randomBytes(32).toString('hex'))
      current = { day, salt }
      // A failed read must not stick for the rest of the day.
      salt.catch(() => {
        if (current?.day === day) current = null
      })
    }
    return current.salt
  }

  return {
    /**
     * The visitor's hash under the salt of the day the request arrives (Europe/Amsterdam), or null
     * when they opted out. The arrival day, not the event's: an event stamped 23:59 and received
     * 00:01 must not bring yesterday's deleted salt back.
     */
    async hash(signals: VisitorSignals, now = Date.now()): Promise<string | null> {
      if (signals.optedOut) return null
      const salt = await saltOf(amsterdamDay(now))
      return crypto.createHash('sha256').update(`${salt}\n${signals.address}\n${signals.userAgent}`).digest('base64url').slice(0, 22)
    },
  }
}
