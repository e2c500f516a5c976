import type { CollectionConfig } from 'payload'

import { adminGroups } from '../../admin/groups'
import { canCurate } from '../../access/canCurate'
import { isStaff } from '../../access/isStaff'
import { nobody } from '../../access/nobody'
import { originalsDir } from '../../lib/paths'

/**
 * The untouched files employees sent. Never public: they carry location and device metadata and
 * are not web-ready. The site only ever sees the worker's renditions.
 */
export const VideoOriginals: CollectionConfig = {
  slug: 'video-originals',
  labels: { singular: { en: 'Original video file', nl: 'Origineel videobestand' }, plural: { en: 'Original video files', nl: 'Originele videobestanden' } },
  admin: { group: adminGroups.system, defaultColumns: ['filename', 'filesize', 'createdAt'] },
  // Footage is never replaced or removed by hand: a new file would change a published video behind
  // comms' back, and a removed one would strand its renditions. Deleting or withdrawing the video
  // deletes its original (server code, through the video lifecycle).
  access: { read: isStaff, create: canCurate, update: nobody, delete: nobody },
  upload: {
    staticDir: originalsDir,
    mimeTypes: ['video/*'],
    // No image sizes, no crop, no focal point: these are videos; sharp has nothing to do here.
    crop: false,
    focalPoint: false,
  },
  fields: [],
}
