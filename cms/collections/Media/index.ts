import type { CollectionConfig } from 'payload'

import { adminGroups } from '../../admin/groups'
import { canCurate } from '../../access/canCurate'
import { hasRole } from '../../access/roles'
import { imagesDir } from '../../lib/paths'

/** Images for stories and pages. Public unless marked private (an employee's photo awaiting review). */
export const Media: CollectionConfig = {
  slug: 'media',
  labels: { singular: { en: 'Image', nl: 'Afbeelding' }, plural: { en: 'Images', nl: 'Afbeeldingen' } },
  admin: { group: adminGroups.content },
  access: {
    read: ({ req: { user } }) => (hasRole(user, 'admin', 'comms', 'recruiter', 'hiring-manager') ? true : { public: { equals: true } }),
    create: canCurate,
    update: canCurate,
    delete: canCurate,
  },
  upload: {
    staticDir: imagesDir,
    mimeTypes: ['image/jpeg', 'image/png', 'image/webp', 'image/avif'],
    // sharp re-encodes every size, which also drops EXIF (GPS) from what the site serves.
    imageSizes: [
      { name: 'thumbnail', width: 400, formatOptions: { format: 'webp', options: { quality: 78 } } },
      { name: 'card', width: 800, formatOptions: { format: 'webp', options: { quality: 78 } } },
      { name: 'hero', width: 1600, formatOptions: { format: 'webp', options: { quality: 80 } } },
    ],
    adminThumbnail: 'thumbnail',
  },
  fields: [
    { name: 'alt', type: 'text', required: true, localized: true, label: { en: 'Description for screen readers', nl: 'Omschrijving voor schermlezers' } },
    { name: 'public', type: 'checkbox', defaultValue: true, label: { en: 'Public', nl: 'Openbaar' }, admin: { position: 'sidebar', description: { en: 'Off: only staff see it (e.g. an employee’s photo awaiting review).', nl: 'Uit: alleen medewerkers van het team zien het (bijvoorbeeld een foto die nog beoordeeld wordt).' } } },
  ],
}
