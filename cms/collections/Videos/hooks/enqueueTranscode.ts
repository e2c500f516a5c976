import type { CollectionAfterChangeHook } from 'payload'

import { actorOf } from '../actor'
import { isCurator } from '../lifecycle'
import { idOf } from '../values'
import { samePosterTimes, variantPosterTimes } from '../variantPosterTime'

/**
 * A new video, or a curator's trim/poster change (the lifecycle's `reprocess`), queues a transcode
 * job on the video's own original. A hiring manager's trim is only a suggestion (applyLifecycle
 * leaves `editing` as it was), and the worker's own writes never queue again.
 *
 * A curator who changes only a hook-test variant's poster time gets a posters-only job: the
 * variants' frames are taken again into the current output folder, the ladder is not re-encoded.
 * A whole-set job that has not started yet already reads the variants' times when it starts.
 */
export const enqueueTranscode: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req, context }) => {
  const actor = actorOf(req, context)
  const originalId = idOf(doc.original)
  if (!originalId || doc.status === 'withdrawn') return doc
  const editing = doc.editing ?? {}
  const before = previousDoc?.editing ?? {}
  const editingChanged = (['trimStart', 'trimEnd', 'posterTime'] as const).some((k) => (editing[k] ?? null) !== (before[k] ?? null))
  const mayReprocess = isCurator(actor) || (actor.kind === 'system' && actor.name === 'seed')
  if (operation !== 'create' && !editingChanged && mayReprocess && !samePosterTimes(variantPosterTimes(doc.hookTest), variantPosterTimes(previousDoc?.hookTest))) {
    await enqueuePostersOnly(doc, req)
    return doc
  }
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

async function enqueuePostersOnly(doc: Parameters<CollectionAfterChangeHook>[0]['doc'], req: Parameters<CollectionAfterChangeHook>[0]['req']): Promise<void> {
  // Queued even while the first whole-set job runs (it read the times when it started): jobs of one
  // video run one after the other, so this one then adds to that job's folder. Without a complete
  // set by then it has nothing to add to and ends.
  const { docs: queued } = await req.payload.find({ collection: 'transcode-jobs', where: { and: [{ video: { equals: doc.id } }, { state: { equals: 'queued' } }] }, depth: 0, limit: 10, req, overrideAccess: true })
  // Any job that has not started yet (a whole set, or posters) reads the variants' times when it
  // starts, so it already makes these: no second job.
  if (queued.length) return
  const editing = doc.editing ?? {}
  await req.payload.create({
    collection: 'transcode-jobs',
    data: { video: doc.id, state: 'queued', attempts: 0, maxAttempts: 4, runAt: new Date().toISOString(), options: { kind: 'posters', trimStart: editing.trimStart ?? null, trimEnd: editing.trimEnd ?? null } },
    req,
    overrideAccess: true,
  })
}
