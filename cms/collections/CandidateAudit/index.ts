import type { CollectionConfig } from 'payload'

import { adminGroups } from '../../admin/groups'
import { canSeeCandidates } from '../../access/canSeeCandidates'
import { nobody } from '../../access/nobody'

/**
 * The audit trail of candidate data: every deletion of an application or lead (by the retention
 * purge or by a person), with when and why. It holds no personal data — only ids, dates and the
 * entry point — so it can be kept after the candidate's data is gone. Append-only: nobody edits
 * or deletes entries through the API.
 */
export const CandidateAudit: CollectionConfig = {
  slug: 'candidate-audit',
  labels: { singular: { en: 'Candidate audit entry', nl: 'Auditregel kandidaatgegevens' }, plural: { en: 'Candidate audit trail', nl: 'Audittrail kandidaatgegevens' } },
  admin: { group: adminGroups.candidates, useAsTitle: 'summary', defaultColumns: ['at', 'action', 'subjectCollection', 'reason', 'by'] },
  access: { read: canSeeCandidates, create: nobody, update: nobody, delete: nobody },
  defaultSort: '-at',
  fields: [
    { name: 'at', type: 'date', required: true, index: true, label: { en: 'When', nl: 'Wanneer' }, admin: { date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'action', type: 'select', required: true, label: { en: 'What', nl: 'Wat' }, options: [{ value: 'deleted', label: { en: 'Deleted', nl: 'Verwijderd' } }] },
    {
      name: 'reason',
      type: 'select',
      required: true,
      label: { en: 'Why', nl: 'Waarom' },
      options: [
        { value: 'retention', label: { en: 'Retention period ended', nl: 'Bewaartermijn verstreken' } },
        { value: 'manual', label: { en: 'Deleted by a person', nl: 'Handmatig verwijderd' } },
        { value: 'candidate', label: { en: 'At the candidate’s request (their own link)', nl: 'Op verzoek van de kandidaat (eigen link)' } },
      ],
    },
    {
      name: 'subjectCollection',
      type: 'select',
      required: true,
      label: { en: 'Kind', nl: 'Soort' },
      options: [
        { value: 'applications', label: { en: 'Application', nl: 'Sollicitatie' } },
        { value: 'leads', label: { en: 'Lead', nl: 'Lead' } },
      ],
    },
    { name: 'subjectId', type: 'text', required: true, index: true, label: { en: 'Id of what was deleted', nl: 'Id van het verwijderde' } },
    { name: 'entryPoint', type: 'text', label: { en: 'Entry point', nl: 'Ingang' } },
    { name: 'submittedAt', type: 'date', label: { en: 'Sent at', nl: 'Verstuurd op' }, admin: { date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'deleteAfter', type: 'date', label: { en: 'Due for deletion after', nl: 'Te verwijderen na' }, admin: { date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'by', type: 'relationship', relationTo: 'users', label: { en: 'By', nl: 'Door' }, admin: { description: { en: 'Empty: the system (retention purge).', nl: 'Leeg: het systeem (bewaartermijn verstreken).' } } },
    { name: 'summary', type: 'text', label: { en: 'Summary', nl: 'Samenvatting' }, admin: { hidden: true } },
  ],
}
