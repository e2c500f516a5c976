import type { CollectionAfterDeleteHook, CollectionBeforeDeleteHook } from 'payload'
import fs from 'node:fs/promises'
import path from 'node:path'

import { renditionsDir } from '../../../lib/paths'

/** Deleting a video deletes its files: the renditions folder and the uploaded original. */
export const removeMediaFiles: CollectionAfterDeleteHook = async ({ doc, req }) => {
  await fs.rm(path.join(renditionsDir, String(doc.id)), { recursive: true, force: true })
  const originalId = typeof doc.original === 'object' && doc.original ? doc.original.id : doc.original
  if (originalId) {
    await req.payload.delete({ collection: 'video-originals', id: originalId, req, overrideAccess: true }).catch(() => undefined)
  }
}

/** Jobs go first: a job must not outlive its video (and the foreign key would refuse it). */
export const removeTranscodeJobs: CollectionBeforeDeleteHook = async ({ id, req }) => {
  await req.payload.delete({ collection: 'transcode-jobs', where: { video: { equals: id } }, req, overrideAccess: true })
}
