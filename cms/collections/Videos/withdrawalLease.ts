import type { PayloadRequest, RequestContext } from 'payload'

import { acquireVideoWriteLease, type VideoWriteLease } from '../../database/videoWriteLock'

/**
 * A withdrawal holds the video's write lease from the moment the lifecycle accepts it until its
 * files, jobs and other language are gone (lifecycleEffects). The media worker writes only under
 * the same lease, so it can neither collide with the withdrawal's write nor write its earlier
 * read of the video back over the tombstone; its next write finds the video withdrawn and stops.
 */
const LEASES = 'withdrawalLeases'

type Held = Map<string, VideoWriteLease>

function held(context: RequestContext): Held {
  const current = context[LEASES]
  if (current instanceof Map) return current as Held
  const created: Held = new Map()
  context[LEASES] = created
  return created
}

export async function holdForWithdrawal(req: PayloadRequest, context: RequestContext, videoId: string): Promise<void> {
  const leases = held(context)
  if (leases.has(videoId)) return
  // A lease still held after its time by a stopped worker runs out: the withdrawal then goes on,
  // since a consent withdrawal must never fail for want of a lease.
  const lease = await acquireVideoWriteLease(req.payload, videoId)
  if (lease) leases.set(videoId, lease)
  else req.payload.logger.warn(`withdrawal of video ${videoId} went ahead without its write lease`)
}

export async function releaseAfterWithdrawal(context: RequestContext, videoId: string): Promise<void> {
  const leases = held(context)
  const lease = leases.get(videoId)
  if (!lease) return
  leases.delete(videoId)
  await lease.release()
}
