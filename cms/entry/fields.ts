/**
 * Fields applications and leads share: the consent proof, attribution and the retention date.
 * Only server code writes them (the entry endpoints and hooks, with overrideAccess); in the admin
 * they are read-only, so nobody can rewrite what a candidate agreed to or where they came from.
 */
import type { Field, FieldAccess } from 'payload'

import { nobodyField } from '../access/nobodyField'

const serverOnly: { create: FieldAccess; update: FieldAccess } = { create: () => false, update: () => false }

export const entryPointField: Field = {
  name: 'entryPoint',
  type: 'select',
  required: true,
  index: true,
  access: serverOnly,
  label: { en: 'Entry point', nl: 'Ingang' },
  options: [
    { value: 'apply', label: { en: 'Apply form', nl: 'Sollicitatieformulier' } },
    { value: 'lead-form', label: { en: 'Keep me posted', nl: 'Hou me op de hoogte' } },
    { value: 'quiz', label: { en: 'Quiz', nl: 'Quiz' } },
    { value: 'business-case', label: { en: 'Business case', nl: 'Praktijkcase' } },
  ],
  admin: { position: 'sidebar', readOnly: true },
}

export function consentGroup(name: string, label: { en: string; nl: string }, required: boolean): Field {
  return {
    name,
    type: 'group',
    label,
    access: serverOnly,
    admin: { readOnly: true },
    fields: [
      { name: 'version', type: 'text', required, label: { en: 'Text version', nl: 'Versie van de tekst' } },
      { name: 'text', type: 'textarea', required, label: { en: 'Text agreed to', nl: 'Tekst waarmee akkoord' }, admin: { description: { en: 'The exact words the candidate agreed to.', nl: 'De precieze woorden waarmee de kandidaat akkoord ging.' } } },
      { name: 'at', type: 'date', required, label: { en: 'When', nl: 'Wanneer' }, admin: { date: { pickerAppearance: 'dayAndTime' } } },
    ],
  }
}

/**
 * A lead's opt-in for job alerts (cms/alerts/): the version and exact words agreed to, when, and
 * when they stopped. Set by the candidate only: on the lead form or through their own personal link;
 * read-only in the admin.
 */
export const jobAlertsGroup: Field = {
  name: 'jobAlerts',
  type: 'group',
  label: { en: 'Job alerts', nl: 'Vacaturemeldingen' },
  access: serverOnly,
  admin: { readOnly: true, description: { en: 'The candidate turns these on (on the form or from their own link) and off (from their own link or any alert mail).', nl: 'De kandidaat zet deze zelf aan (op het formulier of via de eigen link) en uit (via de eigen link of een meldingsmail).' } },
  fields: [
    { name: 'on', type: 'checkbox', defaultValue: false, index: true, label: { en: 'Wants job alerts', nl: 'Wil vacaturemeldingen' } },
    { name: 'version', type: 'text', label: { en: 'Text version', nl: 'Versie van de tekst' } },
    { name: 'text', type: 'textarea', label: { en: 'Text agreed to', nl: 'Tekst waarmee akkoord' } },
    { name: 'at', type: 'date', label: { en: 'Turned on', nl: 'Aangezet' }, admin: { date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'stoppedAt', type: 'date', label: { en: 'Stopped', nl: 'Gestopt' }, admin: { date: { pickerAppearance: 'dayAndTime' } } },
  ],
}

export const attributionGroup: Field = {
  name: 'attribution',
  type: 'group',
  label: { en: 'Where they came from', nl: 'Herkomst' },
  access: serverOnly,
  admin: { readOnly: true },
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'utmSource', type: 'text', label: { en: 'utm_source', nl: 'utm_source' } },
        { name: 'utmMedium', type: 'text', label: { en: 'utm_medium', nl: 'utm_medium' } },
        { name: 'utmCampaign', type: 'text', label: { en: 'utm_campaign', nl: 'utm_campaign' } },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'utmTerm', type: 'text', label: { en: 'utm_term', nl: 'utm_term' } },
        { name: 'utmContent', type: 'text', label: { en: 'utm_content', nl: 'utm_content' } },
      ],
    },
    { name: 'referrer', type: 'text', label: { en: 'Referrer', nl: 'Verwijzer' } },
    { name: 'landingPage', type: 'text', label: { en: 'Landing page', nl: 'Landingspagina' } },
    { name: 'firstSeenAt', type: 'date', label: { en: 'First visit', nl: 'Eerste bezoek' }, admin: { date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'watchedVideo', type: 'relationship', relationTo: 'videos', label: { en: 'Video watched before converting', nl: 'Bekeken video vóór de aanmelding' } },
    { name: 'shareLink', type: 'relationship', relationTo: 'share-links', label: { en: 'Came through a colleague’s share link', nl: 'Gekomen via de deellink van een collega' } },
  ],
}

export const deleteAfterField: Field = {
  name: 'deleteAfter',
  type: 'date',
  index: true,
  access: serverOnly,
  label: { en: 'Deleted after', nl: 'Verwijderd na' },
  admin: {
    position: 'sidebar',
    readOnly: true,
    description: {
      en: 'Computed: four weeks after the procedure, or one year after talent-pool consent. Deleted automatically after this date.',
      nl: 'Berekend: vier weken na de procedure, of een jaar na toestemming voor de talentpool. Na deze datum vanzelf verwijderd.',
    },
  },
}

export const localeField: Field = {
  name: 'locale',
  type: 'select',
  label: { en: 'Candidate’s language', nl: 'Taal van de kandidaat' },
  options: [
    { value: 'nl', label: { en: 'Dutch', nl: 'Nederlands' } },
    { value: 'en', label: { en: 'English', nl: 'Engels' } },
  ],
  defaultValue: 'nl',
  access: serverOnly,
  admin: { position: 'sidebar', readOnly: true },
}

/** Written by the entry endpoints only: what a candidate did in a business case before converting. */
export const businessCaseResultGroup = (label: { en: string; nl: string }): Field => ({
  name: 'businessCase',
  type: 'group',
  label,
  access: { create: () => false, update: () => false },
  admin: { readOnly: true, condition: (data) => data?.entryPoint === 'business-case' },
  fields: [
    { name: 'case', type: 'relationship', relationTo: 'business-cases', label: { en: 'Business case', nl: 'Praktijkcase' } },
    { name: 'score', type: 'number', label: { en: 'Score (%)', nl: 'Score (%)' }, admin: { description: { en: 'Percent of the best possible answers.', nl: 'Percentage van de best mogelijke antwoorden.' } } },
    { name: 'choices', type: 'json', label: { en: 'Choices', nl: 'Keuzes' } },
  ],
})

/**
 * SHA-256 of the candidate's personal "delete my details" link (shown after sending, and mailed
 * when there is an email address). Nobody reads it, not even admins: only the endpoint that
 * looks a link up by its hash.
 */
export const withdrawTokenHashField: Field = {
  name: 'withdrawTokenHash',
  type: 'text',
  index: true,
  label: { en: 'Delete link (hash)', nl: 'Verwijderlink (hash)' },
  access: { read: nobodyField, create: nobodyField, update: nobodyField },
  admin: { hidden: true },
}

/**
 * SHA-256 of the submission's idempotency key together with what was submitted (see
 * ./idempotency.ts). Unique: a retried post finds the lead or application it already made, also
 * when two copies race. Nobody reads it.
 */
export const submissionHashField: Field = {
  name: 'submissionHash',
  type: 'text',
  unique: true,
  index: true,
  label: { en: 'Submission (hash)', nl: 'Inzending (hash)' },
  access: { read: nobodyField, create: nobodyField, update: nobodyField },
  admin: { hidden: true },
}
