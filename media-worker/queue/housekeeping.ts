import type { Payload } from 'payload'

import { cleanUpAbandonedContributions } from '../../cms/contribute/cleanup'
import { publishDueVideos } from './publishDue'

/**
 * Periodic work that needs no extra process: workers poll anyway, so between jobs one of them
 * publishes scheduled videos and clears abandoned uploads. At most once a minute per worker,
 * except publishing, which is cheap and should not lag.
 */
let lastCleanup = 0
export async function runHousekeeping(payload: Payload, log: (m: string) => void, now = Date.now()): Promise<void> {
  const published = await publishDueVideos(payload).catch(() => 0)
  if (published) log(`published ${published} scheduled video(s)`)
  if (now - lastCleanup < 60_000) return
  lastCleanup = now
  const cleaned = await cleanUpAbandonedContributions(payload).catch(() => ({ contributions: 0, files: 0 }))
  if (cleaned.contributions || cleaned.files) log(`removed ${cleaned.contributions} abandoned contribution(s) and ${cleaned.files} stale upload file(s)`)
}
