import type { CollectionConfig } from 'payload'

import { canCurate } from '../../access/canCurate'
import { isStaff } from '../../access/isStaff'
import { originalsDir } from '../../lib/paths'

/**
 * The untouched files employees sent. Never public: they carry location and device metadata and
 * are not web-ready. The site only ever sees the worker's renditions.
 */
export const VideoOriginals: CollectionConfig = {
  slug: 'video-originals',
  labels: { singular: { en: 'Original video file', nl: 'Origineel videobestand' }, plural: { en: 'Original video files', nl: 'Originele videobestanden' } },
  admin: { group: 'Systeem', defaultColumns: ['filename', 'filesize', 'createdAt'] },
  access: { read: isStaff, create: canCurate, update: canCurate, delete: canCurate },
  upload: {
    staticDir: originalsDir,
    mimeTypes: ['video/*'],
    // No image sizes, no crop, no focal point: these are videos; sharp has nothing to do here.
    crop: false,
    focalPoint: false,
  },
  fields: [],
}
