import type { CollectionBeforeChangeHook } from 'payload'

import { publicError } from '../../../lib/publicError'

import { isRenditionManifest } from '../../../../common/manifest'

/** A video goes public only once the worker has made web renditions; the phone original never is. */
export const guardPublishing: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  const becomingPublished = data.status === 'published' && originalDoc?.status !== 'published'
  if (!becomingPublished) return data
  const renditions = data.renditions ?? originalDoc?.renditions
  if (!isRenditionManifest(renditions)) {
    throw publicError('This video cannot be published yet: the media worker has not finished making the web version.')
  }
  return { ...data, publishedAt: data.publishedAt ?? new Date().toISOString() }
}
