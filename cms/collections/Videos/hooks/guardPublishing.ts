import { APIError, type CollectionBeforeChangeHook } from 'payload'

import { isRenditionManifest } from '../../../../media-worker/manifest'

/** A video goes public only once the worker has made web renditions; the phone original never is. */
export const guardPublishing: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  const becomingPublished = data.status === 'published' && originalDoc?.status !== 'published'
  if (!becomingPublished) return data
  const renditions = data.renditions ?? originalDoc?.renditions
  if (!isRenditionManifest(renditions)) {
    throw new APIError('This video cannot be published yet: the media worker has not finished making the web version.', 400, undefined, true)
  }
  return { ...data, publishedAt: data.publishedAt ?? new Date().toISOString() }
}
