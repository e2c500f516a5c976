import type { CollectionConfig } from 'payload'

import { adminGroups } from '../../admin/groups'
import { canSeeCandidates } from '../../access/canSeeCandidates'
import { nobody } from '../../access/nobody'
import { attributionGroup, businessCaseResultGroup, consentGroup, deleteAfterField, entryPointField, jobAlertsGroup, localeField, submissionHashField, withdrawTokenHashField } from '../../entry/fields'
import { auditDeletion } from './hooks/afterDelete'
import { removeJobAlerts } from './hooks/beforeDelete'
import { notifyOnCreate } from './hooks/notify'
import { setRetention } from './hooks/setRetention'
import { rebuildTalentProfile } from './hooks/talentProfile'

const readOnly = { create: () => false, update: () => false }

/**
 * People who are not ready to apply but left an email address or 06 number: from the "keep me
 * posted" form, a quiz or a business case. Created only by the site's entry endpoint; readable
 * only by recruiters and admins; kept at most a year (their consent covers this and similar roles).
 */
export const Leads: CollectionConfig = {
  slug: 'leads',
  labels: { singular: { en: 'Lead', nl: 'Lead' }, plural: { en: 'Leads', nl: 'Leads' } },
  admin: { useAsTitle: 'contact', group: adminGroups.candidates, defaultColumns: ['contact', 'entryPoint', 'vacancy', 'status', 'createdAt', 'deleteAfter'] },
  access: { read: canSeeCandidates, update: canSeeCandidates, delete: canSeeCandidates, create: nobody },
  defaultSort: '-createdAt',
  hooks: { beforeChange: [setRetention], afterChange: [notifyOnCreate, rebuildTalentProfile], beforeDelete: [removeJobAlerts], afterDelete: [auditDeletion] },
  fields: [
    { name: 'contact', type: 'text', access: readOnly, label: { en: 'Contact', nl: 'Contact' }, admin: { hidden: true }, hooks: { beforeChange: [({ siblingData }) => String(siblingData.email ?? siblingData.phone ?? '')] } },
    { name: 'vacancy', type: 'relationship', relationTo: 'vacancies', index: true, access: readOnly, label: { en: 'Vacancy', nl: 'Vacature' }, admin: { readOnly: true } },
    entryPointField,
    withdrawTokenHashField,
    submissionHashField,
    {
      type: 'row',
      fields: [
        { name: 'email', type: 'email', access: readOnly, label: { en: 'Email', nl: 'E-mail' }, admin: { readOnly: true } },
        { name: 'phone', type: 'text', access: readOnly, label: { en: 'Mobile number', nl: 'Mobiel nummer' }, admin: { readOnly: true, description: { en: 'Dutch mobile number, +316…', nl: 'Nederlands mobiel nummer, +316…' } } },
      ],
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'new',
      label: { en: 'Status', nl: 'Status' },
      options: [
        { value: 'new', label: { en: 'New', nl: 'Nieuw' } },
        { value: 'contacted', label: { en: 'Contacted', nl: 'Benaderd' } },
        { value: 'applied', label: { en: 'Applied', nl: 'Gesolliciteerd' } },
        { value: 'not-interested', label: { en: 'Not interested', nl: 'Geen interesse' } },
      ],
      admin: { position: 'sidebar' },
    },
    { name: 'notes', type: 'textarea', label: { en: 'Recruiter notes', nl: 'Notities recruiter' } },
    {
      name: 'quiz',
      type: 'group',
      label: { en: 'Quiz answers', nl: 'Quizantwoorden' },
      access: readOnly,
      admin: { readOnly: true, condition: (data) => data?.entryPoint === 'quiz' },
      fields: [
        { name: 'quiz', type: 'relationship', relationTo: 'quizzes', label: { en: 'Quiz', nl: 'Quiz' } },
        { name: 'summary', type: 'textarea', label: { en: 'Summary', nl: 'Samenvatting' }, admin: { description: { en: 'Best-matching departments and strengths.', nl: 'Best passende afdelingen en sterke punten.' } } },
        { name: 'answers', type: 'json', label: { en: 'Answers', nl: 'Antwoorden' } },
        { name: 'result', type: 'json', label: { en: 'Result', nl: 'Uitkomst' } },
      ],
    },
    businessCaseResultGroup({ en: 'Business case', nl: 'Praktijkcase' }),
    consentGroup('consent', { en: 'Consent to be contacted', nl: 'Toestemming voor contact' }, true),
    jobAlertsGroup,
    // A CV the lead added later from their personal link (cms/entry/personal.ts), with its own consent.
    { name: 'cv', type: 'relationship', relationTo: 'cvs', access: readOnly, label: { en: 'CV (added by the candidate)', nl: 'Cv (zelf toegevoegd)' }, admin: { readOnly: true } },
    consentGroup('cvConsent', { en: 'Consent to match the CV', nl: 'Toestemming om het cv te matchen' }, false),
    attributionGroup,
    localeField,
    deleteAfterField,
  ],
}
