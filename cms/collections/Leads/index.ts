import type { CollectionConfig } from 'payload'

import { canSeeCandidates } from '../../access/canSeeCandidates'
import { nobody } from '../../access/nobody'
import { attributionGroup, businessCaseResultGroup, consentGroup, deleteAfterField, entryPointField, localeField, submissionHashField, withdrawTokenHashField } from '../../entry/fields'
import { auditDeletion } from './hooks/afterDelete'
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
  admin: { useAsTitle: 'contact', group: 'Kandidaten', defaultColumns: ['contact', 'entryPoint', 'vacancy', 'status', 'createdAt', 'deleteAfter'] },
  access: { read: canSeeCandidates, update: canSeeCandidates, delete: canSeeCandidates, create: nobody },
  defaultSort: '-createdAt',
  hooks: { beforeChange: [setRetention], afterChange: [notifyOnCreate, rebuildTalentProfile], afterDelete: [auditDeletion] },
  fields: [
    { name: 'contact', type: 'text', access: readOnly, admin: { hidden: true }, hooks: { beforeChange: [({ siblingData }) => String(siblingData.email ?? siblingData.phone ?? '')] } },
    { name: 'vacancy', type: 'relationship', relationTo: 'vacancies', index: true, access: readOnly, admin: { readOnly: true } },
    entryPointField,
    withdrawTokenHashField,
    submissionHashField,
    {
      type: 'row',
      fields: [
        { name: 'email', type: 'email', access: readOnly, admin: { readOnly: true } },
        { name: 'phone', type: 'text', access: readOnly, admin: { readOnly: true, description: 'Dutch mobile number, +316…' } },
      ],
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'new',
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
        { name: 'quiz', type: 'relationship', relationTo: 'quizzes' },
        { name: 'summary', type: 'textarea', admin: { description: 'Best-matching departments and strengths.' } },
        { name: 'answers', type: 'json' },
        { name: 'result', type: 'json' },
      ],
    },
    businessCaseResultGroup({ en: 'Business case', nl: 'Praktijkcase' }),
    consentGroup('consent', { en: 'Consent to be contacted', nl: 'Toestemming voor contact' }, true),
    attributionGroup,
    localeField,
    deleteAfterField,
  ],
}
