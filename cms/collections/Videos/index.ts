import type { CollectionConfig } from 'payload'

import { canCurate } from '../../access/canCurate'
import { isStaffField } from '../../access/isStaff'
import { publishedOrStaff } from '../../access/publishedOrStaff'
import { VIDEO_STATUSES } from './statuses'
import { addPlaybackUrls } from './hooks/addPlaybackUrls'
import { enqueueTranscode } from './hooks/enqueueTranscode'
import { guardPublishing } from './hooks/guardPublishing'
import { removeMediaFiles, removeTranscodeJobs } from './hooks/removeMediaFiles'

export const Videos: CollectionConfig = {
  slug: 'videos',
  labels: { singular: { en: 'Employee video', nl: 'Medewerkersvideo' }, plural: { en: 'Employee videos', nl: 'Medewerkersvideo’s' } },
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'contributorName', 'status', 'updatedAt'], group: 'Content' },
  access: { read: publishedOrStaff(['published']), create: canCurate, update: canCurate, delete: canCurate },
  hooks: {
    beforeChange: [guardPublishing],
    afterChange: [enqueueTranscode],
    beforeDelete: [removeTranscodeJobs],
    afterDelete: [removeMediaFiles],
  },
  fields: [
    { name: 'title', type: 'text', required: true, localized: true },
    { name: 'hook', type: 'textarea', localized: true, maxLength: 200, admin: { description: 'One line that makes a candidate press play.' } },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'uploaded',
      index: true,
      options: VIDEO_STATUSES.map((value) => ({ value, label: value })),
      admin: { position: 'sidebar', description: 'uploaded → processing → ready (or failed) → published' },
    },
    { name: 'publishedAt', type: 'date', admin: { position: 'sidebar', readOnly: true } },
    {
      name: 'publishWhenReady',
      type: 'checkbox',
      defaultValue: false,
      admin: { position: 'sidebar', description: 'Publish automatically as soon as the media worker has finished.' },
    },
    {
      // Staff-only: the untouched phone file still carries location and device metadata.
      name: 'original',
      type: 'upload',
      relationTo: 'video-originals',
      required: true,
      access: { read: isStaffField },
    },
    {
      type: 'row',
      fields: [
        { name: 'contributorName', type: 'text', required: true, label: { en: 'Colleague', nl: 'Collega' } },
        { name: 'contributorRole', type: 'text', label: { en: 'Job title', nl: 'Functie' } },
        { name: 'department', type: 'relationship', relationTo: 'departments' },
      ],
    },
    { name: 'vacancies', type: 'relationship', relationTo: 'vacancies', hasMany: true, admin: { description: 'Shown on these vacancy pages.' } },
    {
      name: 'editing',
      type: 'group',
      admin: { description: 'Changing these re-runs the media worker.' },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'trimStart', type: 'number', min: 0, admin: { description: 'seconds' } },
            { name: 'trimEnd', type: 'number', min: 0, admin: { description: 'seconds' } },
            { name: 'posterTime', type: 'number', min: 0, admin: { description: 'seconds; empty picks a representative frame' } },
          ],
        },
      ],
    },
    {
      name: 'processing',
      type: 'group',
      admin: { readOnly: true, position: 'sidebar' },
      fields: [
        { name: 'stage', type: 'text' },
        { name: 'progress', type: 'number', min: 0, max: 100 },
        { name: 'failureReason', type: 'text' },
      ],
    },
    // The worker's manifest: rendition paths relative to the video's media folder, sizes, codecs.
    { name: 'renditions', type: 'json', admin: { readOnly: true } },
    // Not stored: ready-to-use URLs for readers (the site, the admin preview), derived from the manifest.
    { name: 'playback', type: 'json', virtual: true, admin: { hidden: true }, hooks: { afterRead: [addPlaybackUrls] } },
  ],
}
