import type { CollectionAfterChangeHook } from 'payload'

import { actorOf } from '../actor'
import { isCurator } from '../lifecycle'
import { idOf } from '../values'

/**
 * A new video, or a curator's trim/poster change (the lifecycle's `reprocess`), queues a transcode
 * job on the video's own original. A hiring manager's trim is only a suggestion (applyLifecycle
 * leaves `editing` as it was), and the worker's own writes never queue again.
 */
export const enqueueTranscode: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req, context }) => {
  const actor = actorOf(req, context)
  const originalId = idOf(doc.original)
  if (!originalId || doc.status === 'withdrawn') return doc
  const editing = doc.editing ?? {}
  const before = previousDoc?.editing ?? {}
  const editingChanged = (['trimStart', 'trimEnd', 'posterTime'] as const).some((k) => (editing[k] ?? null) !== (before[k] ?? null))
  const mayReprocess = isCurator(actor) || (actor.kind === 'system' && actor.name === 'seed')
  if (operation !== 'create' && !(editingChanged && mayReprocess)) return doc

  // A newer request supersedes one that has not started yet; a running one finishes and is replaced.
  await req.payload.delete({
    collection: 'transcode-jobs',
    where: { and: [{ video: { equals: doc.id } }, { state: { equals: 'queued' } }] },
    req,
    overrideAccess: true,
  })
  await req.payload.create({
    collection: 'transcode-jobs',
    data: {
      video: doc.id,
      state: 'queued',
      attempts: 0,
      maxAttempts: 4,
      runAt: new Date().toISOString(),
      options: { trimStart: editing.trimStart ?? null, trimEnd: editing.trimEnd ?? null, posterTime: editing.posterTime ?? null },
    },
    req,
    overrideAccess: true,
  })
  return doc
}
