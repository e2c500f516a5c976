import type { Payload } from 'payload'

import { asSystem } from '../collections/Videos/lifecycle'
import { withVideoWriteLease } from '../database/videoWriteLock'

/**
 * Scheduled publishing: approved videos whose publish time has come go live, as the lifecycle's
 * `publishScheduled` step (the scheduler may make no other). The conditional status in the
 * update keeps two workers that trigger this at once from publishing twice.
 */
export async function publishDueVideos(payload: Payload, now = new Date()): Promise<number> {
  const { docs } = await payload.find({
    collection: 'videos',
    where: { and: [{ status: { equals: 'approved' } }, { publishAt: { less_than_equal: now.toISOString() } }] },
    depth: 0,
    limit: 20,
    overrideAccess: true,
  })
  let published = 0
  for (const video of docs) {
    // Under the video's write lease: a withdrawal at the same moment is not written over.
    const result = await withVideoWriteLease(payload, String(video.id), () =>
      payload.update({
        collection: 'videos',
        where: { and: [{ id: { equals: video.id } }, { status: { equals: 'approved' } }] },
        data: { status: 'published' },
        overrideAccess: true,
        context: asSystem('scheduler'),
      }),
    )
    published += result.docs.length
  }
  return published
}
