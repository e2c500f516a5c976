import type { CollectionAfterChangeHook } from 'payload'

/**
 * A new original, or a curator's trim/poster change, queues a transcode job. The worker owns
 * every later status change and writes with `context.fromWorker`, which must not queue again.
 */
export const enqueueTranscode: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req, context }) => {
  if (context.fromWorker) return doc
  const originalId = idOf(doc.original)
  const originalChanged = operation === 'create' || idOf(previousDoc?.original) !== originalId
  const editing = doc.editing ?? {}
  const before = previousDoc?.editing ?? {}
  const editingChanged = operation === 'update' && (['trimStart', 'trimEnd', 'posterTime'] as const).some((k) => (editing[k] ?? null) !== (before[k] ?? null))
  if (!originalId || (!originalChanged && !editingChanged)) return doc

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

function idOf(value: unknown): string | undefined {
  if (!value) return undefined
  if (typeof value === 'string' || typeof value === 'number') return String(value)
  if (typeof value === 'object' && 'id' in value) return String((value as { id: unknown }).id)
  return undefined
}
