import type { CollectionConfig } from 'payload'

import { canCurate } from '../../access/canCurate'
import { hasRole } from '../../access/roles'
import { isStaffField } from '../../access/isStaff'
import { publishedOrStaff } from '../../access/publishedOrStaff'
import { VIDEO_STATUSES, videoStatusLabels } from './statuses'
import { addPlaybackUrls } from './hooks/addPlaybackUrls'
import { applyLifecycle } from './hooks/applyLifecycle'
import { enqueueTranscode } from './hooks/enqueueTranscode'
import { lifecycleEffects } from './hooks/lifecycleEffects'
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
    // Hiring managers may suggest edits: applyLifecycle turns their changes into suggestions and
    // refuses every step of the lifecycle (lifecycle.ts) to them.
    update: ({ req: { user } }) => hasRole(user, 'admin', 'comms', 'hiring-manager'),
    delete: canCurate,
  },
  hooks: {
    // One gate for every write (lifecycle.ts decides), then the steps' effects.
    beforeChange: [applyLifecycle],
    afterChange: [enqueueTranscode, lifecycleEffects],
    beforeDelete: [removeTranscodeJobs],
    afterDelete: [removeMediaFiles],
  },
  fields: [
    { name: 'thumbnail', type: 'ui', admin: { components: { Cell: '/components/VideoThumbnailCell#VideoThumbnailCell', Field: '/components/VideoPreviewField#VideoPreviewField' } } },
    { name: 'title', type: 'text', required: true, localized: true },
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
      // An admin may withdraw a video only on the employee's written request, and says which.
      name: 'withdrawalReference',
      type: 'text',
      label: { en: 'Withdrawal request', nl: 'Verzoek tot intrekking' },
      access: { read: isStaffField },
      admin: {
        position: 'sidebar',
        description: {
          en: 'Admins only, before setting “Consent withdrawn”: date and reference of the employee’s written request (not its content).',
          nl: 'Alleen beheerders, vóór ‘Toestemming ingetrokken’: datum en kenmerk van het schriftelijke verzoek van de medewerker (niet de inhoud).',
        },
      },
    },
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
      // Set once, at creation: a re-cut works on this file only (applyLifecycle refuses a swap).
      access: { read: isStaffField, update: () => false },
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
      // Every step of the lifecycle: which, from → to, who (a user or a named system actor), when.
      // Appended by applyLifecycle, never edited.
      name: 'moderationLog',
      type: 'array',
      label: { en: 'Moderation log', nl: 'Moderatielogboek' },
      admin: { readOnly: true, initCollapsed: true },
      access: { read: isStaffField, create: () => false, update: () => false },
      fields: [
        { name: 'action', type: 'text', required: true, label: { en: 'Step', nl: 'Stap' } },
        { name: 'from', type: 'text', label: { en: 'From', nl: 'Van' } },
        { name: 'to', type: 'text', label: { en: 'To', nl: 'Naar' } },
        { name: 'by', type: 'relationship', relationTo: 'users', label: { en: 'By', nl: 'Door' } },
        { name: 'actor', type: 'text', label: { en: 'Actor', nl: 'Actor' }, admin: { description: { en: 'user, or the system part that made the step (worker, scheduler, employee, upload, seed)', nl: 'gebruiker, of het systeemonderdeel dat de stap zette (worker, scheduler, employee, upload, seed)' } } },
        { name: 'at', type: 'date', required: true, label: { en: 'When', nl: 'Wanneer' } },
        { name: 'note', type: 'text', label: { en: 'Note', nl: 'Notitie' } },
      ],
    },
    {
      // A hiring manager's edits: kept here until comms accepts or discards them (applyLifecycle).
      name: 'suggestions',
      type: 'array',
      label: { en: 'Suggested edits', nl: 'Voorgestelde wijzigingen' },
      labels: { singular: { en: 'Suggestion', nl: 'Voorstel' }, plural: { en: 'Suggestions', nl: 'Voorstellen' } },
      admin: { description: { en: 'Edits by hiring managers. Set a suggestion to “Accept” and save to apply it.', nl: 'Wijzigingen van hiring managers. Zet een voorstel op ‘Overnemen’ en sla op om het toe te passen.' } },
      access: { read: isStaffField },
      fields: [
        { name: 'by', type: 'relationship', relationTo: 'users', admin: { readOnly: true }, label: { en: 'By', nl: 'Door' } },
        { name: 'at', type: 'date', admin: { readOnly: true }, label: { en: 'When', nl: 'Wanneer' } },
        { name: 'locale', type: 'text', admin: { readOnly: true }, label: { en: 'Content language', nl: 'Inhoudstaal' } },
        { name: 'summary', type: 'text', admin: { readOnly: true }, label: { en: 'Fields', nl: 'Velden' } },
        { name: 'changes', type: 'json', admin: { readOnly: true }, label: { en: 'Proposed values', nl: 'Voorgestelde waarden' } },
        {
          name: 'decision',
          type: 'select',
          defaultValue: 'open',
          label: { en: 'Decision', nl: 'Besluit' },
          options: [
            { value: 'open', label: { en: 'Open', nl: 'Open' } },
            { value: 'accepted', label: { en: 'Accept', nl: 'Overnemen' } },
            { value: 'discarded', label: { en: 'Discard', nl: 'Negeren' } },
          ],
        },
        { name: 'decidedBy', type: 'relationship', relationTo: 'users', admin: { readOnly: true }, label: { en: 'Decided by', nl: 'Besloten door' } },
        { name: 'decidedAt', type: 'date', admin: { readOnly: true }, label: { en: 'Decided at', nl: 'Besloten op' } },
      ],
    },
    // The worker's manifest: rendition paths relative to the video's media folder, sizes, codecs.
    { name: 'renditions', type: 'json', admin: { readOnly: true } },
    // Not stored: ready-to-use URLs for readers (the site, the admin preview), derived from the manifest.
    { name: 'playback', type: 'json', virtual: true, admin: { hidden: true }, hooks: { afterRead: [addPlaybackUrls] } },
  ],
}
