/**
 * Housekeeping for Insights, run by the CMS's periodic jobs: raw events are kept 13 months
 * (rollups for good), yesterday's salt is deleted once today has begun, and the record of which
 * hashes were already counted is dropped once its day can no longer receive events.
 */
import type { Payload } from 'payload'

import { amsterdamDay } from '../../common/insights/day'
import { createEventStore } from '../database/eventStore'

export const RAW_RETENTION_MONTHS = 13

export function rawCutoff(now: Date): Date {
  const cutoff = new Date(now)
  cutoff.setUTCMonth(cutoff.getUTCMonth() - RAW_RETENTION_MONTHS)
  return cutoff
}

export async function purgeInsights(payload: Payload, now = new Date()) {
  const store = createEventStore(payload)
  const today = amsterdamDay(now.getTime())
  // Events may arrive up to 15 minutes late, so yesterday's "already counted" list stays a day.
  const yesterday = amsterdamDay(now.getTime() - 24 * 3600_000)
  return {
    rawEvents: await store.deleteRawOlderThan(rawCutoff(now)),
    salts: await store.deleteSaltsBefore(today),
    visitorDays: await store.deleteVisitorDaysBefore(yesterday),
  }
}
