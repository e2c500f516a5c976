import type { CollectionConfig } from 'payload'

import { canCurate } from '../../access/canCurate'
import { hasRole } from '../../access/roles'
import { isStaffField } from '../../access/isStaff'
import { publishedOrStaff } from '../../access/publishedOrStaff'
import { VIDEO_STATUSES, videoStatusLabels } from './statuses'
import { addPlaybackUrls } from './hooks/addPlaybackUrls'
import { enqueueTranscode } from './hooks/enqueueTranscode'
import { guardPublishing } from './hooks/guardPublishing'
import { notifyContributor } from './hooks/notifyContributor'
import { recordModeration } from './hooks/recordModeration'
import { removeMediaFiles, removeTranscodeJobs } from './hooks/removeMediaFiles'
import { validateWebVtt } from './validateWebVtt'

export const Videos: CollectionConfig = {
  slug: 'videos',
  labels: { singular: { en: 'Employee video', nl: 'Medewerkersvideo' }, plural: { en: 'Employee videos', nl: 'Medewerkersvideo’s' } },
  admin: {
    useAsTitle: 'title',
    // The review queue: newest first, with a thumbnail, status, campaign and contributor.
    defaultColumns: ['thumbnail', 'title', 'status', 'campaign', 'contributorName', 'updatedAt'],
    group: 'Content',
    listSearchableFields: ['title', 'contributorName'],
  },
  defaultSort: '-updatedAt',
  // Withdrawn videos stay readable as tombstones (content blanked) so the site can answer 410 Gone.
  access: {
    read: publishedOrStaff(['published', 'withdrawn']),
    create: canCurate,
    // Hiring managers may suggest edits; recordModeration stops them from publishing or rejecting.
    update: ({ req: { user } }) => hasRole(user, 'admin', 'comms', 'hiring-manager'),
    delete: canCurate,
  },
  hooks: {
    beforeChange: [recordModeration, guardPublishing],
    afterChange: [enqueueTranscode, notifyContributor],
    beforeDelete: [removeTranscodeJobs],
    afterDelete: [removeMediaFiles],
  },
  fields: [
    { name: 'thumbnail', type: 'ui', admin: { components: { Cell: '/components/VideoThumbnailCell#VideoThumbnailCell', Field: '/components/VideoPreviewField#VideoPreviewField' } } },
    // The thumbnail takes Payload's linked first column; the title links too, as in every other list.
    { name: 'title', type: 'text', required: true, localized: true, admin: { components: { Cell: '/components/DocumentTitleCell#DocumentTitleCell' } } },
    { name: 'hook', type: 'textarea', localized: true, maxLength: 200, admin: { description: 'One line that makes a candidate press play.' } },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'uploaded',
      index: true,
      options: VIDEO_STATUSES.map((value) => ({ value, label: videoStatusLabels[value] })),
      admin: { position: 'sidebar' },
    },
    {
      name: 'feedback',
      type: 'textarea',
      admin: { position: 'sidebar', description: 'Required when rejecting: mailed to the colleague and shown on their status page.' },
      access: { read: isStaffField },
    },
    { name: 'publishAt', type: 'date', admin: { position: 'sidebar', date: { pickerAppearance: 'dayAndTime' }, description: 'Approved videos are published automatically at this time.' } },
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
      access: { read: isStaffField },
      validate: (value: unknown, { siblingData }: { siblingData: Record<string, unknown> }) =>
        value || siblingData.status === 'withdrawn' ? true : 'Upload the original video file.',
    },
    {
      type: 'row',
      fields: [
        { name: 'contributorName', type: 'text', required: true, label: { en: 'Colleague', nl: 'Collega' } },
        { name: 'contributorRole', type: 'text', label: { en: 'Job title', nl: 'Functie' } },
        { name: 'department', type: 'relationship', relationTo: 'departments' },
      ],
    },
    { name: 'campaign', type: 'relationship', relationTo: 'campaigns', admin: { position: 'sidebar' }, access: { read: isStaffField } },
    { name: 'contribution', type: 'relationship', relationTo: 'contributions', admin: { position: 'sidebar', readOnly: true }, access: { read: isStaffField } },
    { name: 'vacancies', type: 'relationship', relationTo: 'vacancies', hasMany: true, admin: { description: 'Shown on these vacancy pages.' } },
    {
      type: 'row',
      fields: [
        { name: 'location', type: 'text' },
        { name: 'skills', type: 'text', hasMany: true },
      ],
    },
    {
      name: 'captions',
      type: 'array',
      labels: { singular: { en: 'Caption track', nl: 'Ondertiteling' }, plural: { en: 'Caption tracks', nl: 'Ondertitels' } },
      fields: [
        { name: 'language', type: 'select', required: true, options: [{ value: 'nl', label: 'Nederlands' }, { value: 'en', label: 'English' }] },
        { name: 'vtt', type: 'textarea', required: true, validate: validateWebVtt, admin: { description: 'WebVTT: starts with WEBVTT, then cues like 00:00:01.000 --> 00:00:03.000' } },
      ],
    },
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
        { name: 'failureReason', type: 'text', label: { en: 'Failure reason', nl: 'Reden (Engels)' } },
        // The employee's status page speaks their language; the worker writes both.
        { name: 'failureReasonNl', type: 'text', label: { en: 'Failure reason (Dutch)', nl: 'Reden' } },
      ],
    },
    {
      // Who published, unpublished or rejected, and when. Appended by a hook, never edited.
      name: 'moderationLog',
      type: 'array',
      admin: { readOnly: true, initCollapsed: true },
      access: { read: isStaffField, create: () => false, update: () => false },
      fields: [
        { name: 'action', type: 'text', required: true },
        { name: 'by', type: 'relationship', relationTo: 'users' },
        { name: 'at', type: 'date', required: true },
        { name: 'note', type: 'text' },
      ],
    },
    // The worker's manifest: rendition paths relative to the video's media folder, sizes, codecs.
    { name: 'renditions', type: 'json', admin: { readOnly: true } },
    // Not stored: ready-to-use URLs for readers (the site, the admin preview), derived from the manifest.
    { name: 'playback', type: 'json', virtual: true, admin: { hidden: true }, hooks: { afterRead: [addPlaybackUrls] } },
  ],
}
