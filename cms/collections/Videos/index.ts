import type { CollectionConfig } from 'payload'

import { adminGroups } from '../../admin/groups'
import { canCurate } from '../../access/canCurate'
import { hasRole } from '../../access/roles'
import { isStaffField } from '../../access/isStaff'
import { publishedOrStaff } from '../../access/publishedOrStaff'
import { firstNameOnlyField, publicNameOnRead } from '../../fields/firstNameOnly'
import { VIDEO_STATUSES, videoStatusLabels } from './statuses'
import { addPlaybackUrls } from './hooks/addPlaybackUrls'
import { applyLifecycle } from './hooks/applyLifecycle'
import { enqueueTranscode } from './hooks/enqueueTranscode'
import { lifecycleEffects } from './hooks/lifecycleEffects'
import { removeMediaFiles, removeTranscodeJobs } from './hooks/removeMediaFiles'
import { hookTestFields } from './hookTestFields'
import { openVacanciesOnly, validateVacancyLinks } from './vacancyLinks'
import { validateWebVtt } from './validateWebVtt'
import { say } from '../../lib/say'

export const Videos: CollectionConfig = {
  slug: 'videos',
  labels: { singular: { en: 'Employee video', nl: 'Medewerkersvideo' }, plural: { en: 'Employee videos', nl: 'Medewerkersvideo’s' } },
  admin: {
    useAsTitle: 'title',
    // The review queue: newest first, with a thumbnail, status, campaign and contributor.
    defaultColumns: ['thumbnail', 'title', 'languages', 'status', 'campaign', 'contributorName', 'updatedAt'],
    group: adminGroups.content,
    listSearchableFields: ['title', 'contributorName'],
    // Tabs of the review queue above the list; the bare list URL opens on "Te beoordelen".
    components: { beforeList: ['/components/ReviewQueueTabs#ReviewQueueTabs'] },
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
    // For hiring managers: their saves become suggestions (suggestions.ts), not the usual "saved".
    { name: 'suggestionNotice', type: 'ui', admin: { disableListColumn: true, components: { Field: '/components/SuggestionNotice#SuggestionNotice' } } },
    // The thumbnail takes Payload's linked first column; the title links too, as in every other list,
    // and falls back to the Dutch title (marked) when the English content language has none.
    { name: 'title', type: 'text', required: true, localized: true, label: { en: 'Title', nl: 'Titel' }, admin: { components: { Cell: '/components/VideoTitleCell#VideoTitleCell' } } },
    { name: 'hook', type: 'textarea', localized: true, maxLength: 200, label: { en: 'Hook', nl: 'Haakje' }, admin: { description: { en: 'One line that makes a candidate press play.', nl: 'Eén zin waardoor een kandidaat op afspelen drukt.' } } },
    // Review buttons: the steps of the lifecycle this user may make from the current status.
    { name: 'lifecycleActions', type: 'ui', admin: { position: 'sidebar', components: { Field: '/components/VideoLifecycleActions#VideoLifecycleActions' } } },
    // Which languages the video is complete in (title, hook, captions): a list column and, in the
    // edit view's sidebar, what is still missing.
    {
      name: 'languages',
      type: 'ui',
      label: { en: 'Languages', nl: 'Talen' },
      admin: { position: 'sidebar', components: { Cell: '/components/VideoLanguagesCell#VideoLanguagesCell', Field: '/components/VideoLanguagesField#VideoLanguagesField' } },
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'uploaded',
      index: true,
      label: { en: 'Status', nl: 'Status' },
      options: VIDEO_STATUSES.map((value) => ({ value, label: videoStatusLabels[value] })),
      // Changed with the review buttons above (or the API), each a step of lifecycle.ts.
      admin: { position: 'sidebar', readOnly: true },
    },
    {
      name: 'feedback',
      type: 'textarea',
      label: { en: 'Feedback for the colleague', nl: 'Feedback voor de collega' },
      admin: { position: 'sidebar', description: { en: 'Required when rejecting: mailed to the colleague and shown on their status page.', nl: 'Verplicht bij afwijzen: wordt naar de collega gemaild en op de statuspagina getoond.' } },
      access: { read: isStaffField },
    },
    { name: 'publishAt', type: 'date', timezone: true, label: { en: 'Publish at', nl: 'Publiceren op' }, admin: { position: 'sidebar', date: { pickerAppearance: 'dayAndTime' }, description: { en: 'Approved videos are published automatically at this time (Amsterdam time). Comms only.', nl: 'Goedgekeurde video’s gaan op dit moment (Amsterdamse tijd) vanzelf online. Alleen communicatie.' } } },
    { name: 'publishedAt', type: 'date', label: { en: 'Published at', nl: 'Gepubliceerd op' }, admin: { position: 'sidebar', readOnly: true } },
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
      label: { en: 'Publish when ready', nl: 'Publiceren zodra klaar' },
      admin: { position: 'sidebar', description: { en: 'Publish automatically as soon as the media worker has finished. Comms only.', nl: 'Vanzelf publiceren zodra de mediaverwerker klaar is. Alleen communicatie.' } },
    },
    {
      // Staff-only: the untouched phone file still carries location and device metadata.
      name: 'original',
      type: 'upload',
      relationTo: 'video-originals',
      label: { en: 'Original file', nl: 'Origineel bestand' },
      // Set once, at creation: a re-cut works on this file only (applyLifecycle refuses a swap).
      access: { read: isStaffField, update: () => false },
      validate: (value: unknown, { siblingData, req }: { siblingData: Record<string, unknown>; req?: { i18n?: { language?: string } } }) =>
        value || siblingData.status === 'withdrawn' ? true : say(req, { nl: 'Upload het originele videobestand.', en: 'Upload the original video file.' }),
    },
    {
      type: 'row',
      fields: [
        { name: 'contributorName', type: 'text', required: true, label: { en: 'Colleague', nl: 'Collega' }, hooks: { afterRead: [publicNameOnRead] } },
        { name: 'contributorRole', type: 'text', label: { en: 'Job title', nl: 'Functie' } },
        { name: 'department', type: 'relationship', relationTo: 'departments', label: { en: 'Department', nl: 'Afdeling' } },
      ],
    },
    firstNameOnlyField,
    { name: 'campaign', type: 'relationship', relationTo: 'campaigns', label: { en: 'Campaign', nl: 'Campagne' }, admin: { position: 'sidebar' }, access: { read: isStaffField } },
    { name: 'contribution', type: 'relationship', relationTo: 'contributions', label: { en: 'Consent record', nl: 'Toestemming' }, admin: { position: 'sidebar', readOnly: true }, access: { read: isStaffField } },
    {
      name: 'vacancies',
      type: 'relationship',
      relationTo: 'vacancies',
      hasMany: true,
      label: { en: 'Vacancies', nl: 'Vacatures' },
      // Only open vacancies show videos (vacancyLinks.ts): the picker offers those, saving checks.
      filterOptions: openVacanciesOnly,
      validate: validateVacancyLinks,
      admin: { description: { en: 'Shown on these vacancy pages. Only open vacancies can be linked.', nl: 'Getoond op deze vacaturepagina’s. Alleen open vacatures kunnen worden gekoppeld.' } },
    },
    {
      type: 'row',
      fields: [
        { name: 'location', type: 'text', label: { en: 'Location', nl: 'Locatie' } },
        { name: 'skills', type: 'text', hasMany: true, label: { en: 'Skills', nl: 'Vaardigheden' } },
      ],
    },
    {
      name: 'captions',
      type: 'array',
      label: { en: 'Captions', nl: 'Ondertiteling' },
      labels: { singular: { en: 'Caption track', nl: 'Ondertiteling' }, plural: { en: 'Caption tracks', nl: 'Ondertitels' } },
      fields: [
        { name: 'language', type: 'select', required: true, label: { en: 'Language', nl: 'Taal' }, options: [{ value: 'nl', label: { en: 'Dutch', nl: 'Nederlands' } }, { value: 'en', label: { en: 'English', nl: 'Engels' } }] },
        { name: 'vtt', type: 'textarea', required: true, validate: validateWebVtt, label: { en: 'Captions (WebVTT)', nl: 'Ondertitels (WebVTT)' }, admin: { components: { Field: '/components/CaptionCueEditor#CaptionCueEditor' }, description: { en: 'WebVTT: starts with WEBVTT, then cues like 00:00:01.000 --> 00:00:03.000', nl: 'WebVTT: begint met WEBVTT, dan regels als 00:00:01.000 --> 00:00:03.000' } } },
      ],
    },
    {
      name: 'editing',
      type: 'group',
      label: { en: 'Trim and poster frame', nl: 'Inkorten en stilstaand beeld' },
      admin: { description: { en: 'Changing these re-runs the media worker on the video’s own original. Hiring managers’ changes become suggestions.', nl: 'Een wijziging laat de mediaverwerker opnieuw draaien op het eigen origineel. Wijzigingen van hiring managers worden voorstellen.' } },
      fields: [
        // Pick the three values on the storyboard sprite or at the playhead; the numbers stay editable.
        { name: 'scrubber', type: 'ui', admin: { components: { Field: '/components/TrimPosterScrubber#TrimPosterScrubber' } } },
        {
          type: 'row',
          fields: [
            { name: 'trimStart', type: 'number', min: 0, label: { en: 'Start at', nl: 'Begin bij' }, admin: { description: { en: 'seconds', nl: 'seconden' } } },
            { name: 'trimEnd', type: 'number', min: 0, label: { en: 'End at', nl: 'Eindig bij' }, admin: { description: { en: 'seconds', nl: 'seconden' } } },
            { name: 'posterTime', type: 'number', min: 0, label: { en: 'Poster frame at', nl: 'Stilstaand beeld op' }, admin: { description: { en: 'seconds; empty picks a representative frame', nl: 'seconden; leeg kiest een representatief beeld' } } },
          ],
        },
      ],
    },
    {
      name: 'processing',
      type: 'group',
      label: { en: 'Processing', nl: 'Verwerking' },
      admin: { readOnly: true, position: 'sidebar' },
      fields: [
        { name: 'stage', type: 'text', label: { en: 'Stage', nl: 'Stap' } },
        { name: 'progress', type: 'number', min: 0, max: 100, label: { en: 'Progress (%)', nl: 'Voortgang (%)' } },
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
      labels: { singular: { en: 'Step', nl: 'Stap' }, plural: { en: 'Steps', nl: 'Stappen' } },
      // Each collapsed row says when, what and who (Payload's default is "Moderation Log 01").
      admin: { readOnly: true, initCollapsed: true, components: { RowLabel: '/components/ModerationLogRowLabel#ModerationLogRowLabel' } },
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
        { name: 'proposal', type: 'textarea', admin: { readOnly: true }, label: { en: 'Proposed values', nl: 'Voorgestelde waarden' } },
        // The values themselves, applied on accept; hidden because the JSON editor loads from a CDN.
        { name: 'changes', type: 'json', admin: { hidden: true } },
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
    ...hookTestFields,
    // The worker's manifest: rendition paths relative to the video's media folder, sizes, codecs.
    // Hidden in the admin (the preview player shows it): the JSON editor would fetch Monaco from a CDN.
    { name: 'renditions', type: 'json', label: { en: 'Renditions', nl: 'Webversies' }, admin: { readOnly: true, hidden: true } },
    // Not stored: ready-to-use URLs for readers (the site, the admin preview), derived from the manifest.
    { name: 'playback', type: 'json', virtual: true, admin: { hidden: true }, hooks: { afterRead: [addPlaybackUrls] } },
  ],
}
