import type { CollectionConfig } from 'payload'

import { adminGroups } from '../../admin/groups'
import { nobody } from '../../access/nobody'

/**
 * Short leases on a video's document, taken through cms/database/videoWriteLock.ts only. Payload
 * reads a document and writes all of it back later, and SQLite runs here without transactions, so
 * a worker's write and a withdrawal made at the same moment could interleave: the withdrawal
 * failed on the colliding language rows, or the worker's write from its earlier read brought the
 * withdrawn title and status back. Both take this lease, so they happen one after the other.
 * Holds no content: a video id, a random holder id and when the lease runs out.
 */
export const VideoWriteLocks: CollectionConfig = {
  slug: 'video-write-locks',
  labels: { singular: { en: 'Video write lease', nl: 'Schrijfclaim op video' }, plural: { en: 'Video write leases', nl: 'Schrijfclaims op video’s' } },
  admin: { group: adminGroups.system, hidden: true },
  access: { read: nobody, create: nobody, update: nobody, delete: nobody },
  timestamps: false,
  fields: [
    { name: 'video', type: 'text', required: true, unique: true, index: true, label: { en: 'Video', nl: 'Video' } },
    { name: 'holder', type: 'text', required: true, label: { en: 'Holder', nl: 'Houder' } },
    { name: 'expiresAt', type: 'date', required: true, label: { en: 'Expires at', nl: 'Verloopt op' } },
  ],
}
