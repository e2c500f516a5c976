import type { CollectionConfig } from 'payload'

import { adminGroups } from '../../admin/groups'
import { canSeeCandidates } from '../../access/canSeeCandidates'
import { nobody } from '../../access/nobody'
import { attributionGroup, businessCaseResultGroup, consentGroup, deleteAfterField, entryPointField, localeField, submissionHashField, withdrawTokenHashField } from '../../entry/fields'
import { APPLICATION_STATUSES } from '../../entry/retention'
import { removeCvAndAudit } from './hooks/afterDelete'
import { notifyOnCreate } from './hooks/notify'
import { setRetention } from './hooks/setRetention'
import { rebuildTalentProfile } from './hooks/talentProfile'

const readOnly = { create: () => false, update: () => false }

const statusLabels: Record<(typeof APPLICATION_STATUSES)[number], { en: string; nl: string }> = {
  new: { en: 'New', nl: 'Nieuw' },
  'in-progress': { en: 'In progress', nl: 'In behandeling' },
  hired: { en: 'Hired', nl: 'Aangenomen' },
  rejected: { en: 'Rejected', nl: 'Afgewezen' },
  withdrawn: { en: 'Withdrawn by candidate', nl: 'Ingetrokken door kandidaat' },
}

/**
 * Applications from the career site. Only the site's entry endpoint creates them (with the site
 * key); only recruiters and admins read them. What the candidate sent is read-only in the admin;
 * recruiters move the status and keep notes. Closing the procedure starts the retention clock.
 */
export const Applications: CollectionConfig = {
  slug: 'applications',
  labels: { singular: { en: 'Application', nl: 'Sollicitatie' }, plural: { en: 'Applications', nl: 'Sollicitaties' } },
  admin: { useAsTitle: 'name', group: adminGroups.candidates, defaultColumns: ['name', 'vacancy', 'status', 'entryPoint', 'createdAt', 'deleteAfter'] },
  access: { read: canSeeCandidates, update: canSeeCandidates, delete: canSeeCandidates, create: nobody },
  defaultSort: '-createdAt',
  hooks: { beforeChange: [setRetention], afterChange: [notifyOnCreate, rebuildTalentProfile], afterDelete: [removeCvAndAudit] },
  fields: [
    { name: 'vacancy', type: 'relationship', relationTo: 'vacancies', index: true, access: readOnly, label: { en: 'Vacancy', nl: 'Vacature' }, admin: { readOnly: true } },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'new',
      index: true,
      label: { en: 'Status', nl: 'Status' },
      options: APPLICATION_STATUSES.map((value) => ({ value, label: statusLabels[value] })),
      admin: {
        position: 'sidebar',
        description: {
          en: 'Hired, rejected or withdrawn ends the procedure: the data is deleted four weeks later (unless talent pool).',
          nl: 'Aangenomen, afgewezen of ingetrokken sluit de procedure af: de gegevens worden vier weken later verwijderd (behalve bij talentpool).',
        },
      },
    },
    entryPointField,
    withdrawTokenHashField,
    submissionHashField,
    { name: 'name', type: 'text', required: true, access: readOnly, label: { en: 'Name', nl: 'Naam' }, admin: { readOnly: true } },
    {
      type: 'row',
      fields: [
        { name: 'email', type: 'email', required: true, access: readOnly, label: { en: 'Email', nl: 'E-mail' }, admin: { readOnly: true } },
        { name: 'phone', type: 'text', access: readOnly, label: { en: 'Phone', nl: 'Telefoon' }, admin: { readOnly: true } },
      ],
    },
    { name: 'motivation', type: 'textarea', access: readOnly, label: { en: 'Motivation', nl: 'Motivatie' }, admin: { readOnly: true } },
    { name: 'cv', type: 'upload', relationTo: 'cvs', access: readOnly, label: { en: 'CV', nl: 'Cv' }, admin: { readOnly: true } },
    { name: 'notes', type: 'textarea', label: { en: 'Recruiter notes', nl: 'Notities recruiter' } },
    businessCaseResultGroup({ en: 'Business case before applying', nl: 'Praktijkcase vóór de sollicitatie' }),
    consentGroup('consent', { en: 'Privacy notice agreed to', nl: 'Akkoord met privacyverklaring' }, true),
    {
      name: 'talentPool',
      type: 'group',
      label: { en: 'Talent pool consent', nl: 'Toestemming talentpool' },
      access: readOnly,
      admin: { readOnly: true },
      fields: [
        { name: 'consented', type: 'checkbox', defaultValue: false, label: { en: 'Agreed', nl: 'Akkoord' } },
        { name: 'version', type: 'text', label: { en: 'Text version', nl: 'Versie van de tekst' } },
        { name: 'text', type: 'textarea', label: { en: 'Text agreed to', nl: 'Tekst waarmee akkoord' } },
        { name: 'at', type: 'date', label: { en: 'When', nl: 'Wanneer' }, admin: { date: { pickerAppearance: 'dayAndTime' } } },
      ],
    },
    attributionGroup,
    localeField,
    { name: 'submittedAt', type: 'date', access: readOnly, label: { en: 'Sent at', nl: 'Verstuurd op' }, admin: { position: 'sidebar', readOnly: true, date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'procedureEndedAt', type: 'date', access: readOnly, label: { en: 'Procedure ended at', nl: 'Procedure afgesloten op' }, admin: { position: 'sidebar', readOnly: true, date: { pickerAppearance: 'dayAndTime' } } },
    deleteAfterField,
  ],
}
