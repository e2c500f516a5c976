import type { CollectionConfig } from 'payload'

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
  admin: { group: 'Kandidaten', useAsTitle: 'summary', defaultColumns: ['at', 'action', 'subjectCollection', 'reason', 'by'] },
  access: { read: canSeeCandidates, create: nobody, update: nobody, delete: nobody },
  defaultSort: '-at',
  fields: [
    { name: 'at', type: 'date', required: true, index: true, admin: { date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'action', type: 'select', required: true, options: ['deleted'] },
    {
      name: 'reason',
      type: 'select',
      required: true,
      options: [
        { value: 'retention', label: { en: 'Retention period ended', nl: 'Bewaartermijn verstreken' } },
        { value: 'manual', label: { en: 'Deleted by a person', nl: 'Handmatig verwijderd' } },
        { value: 'candidate', label: { en: 'At the candidate’s request (their own link)', nl: 'Op verzoek van de kandidaat (eigen link)' } },
      ],
    },
    { name: 'subjectCollection', type: 'select', required: true, options: ['applications', 'leads'] },
    { name: 'subjectId', type: 'text', required: true, index: true },
    { name: 'entryPoint', type: 'text' },
    { name: 'submittedAt', type: 'date' },
    { name: 'deleteAfter', type: 'date' },
    { name: 'by', type: 'relationship', relationTo: 'users', admin: { description: 'Empty: the system (retention purge).' } },
    { name: 'summary', type: 'text', admin: { hidden: true } },
  ],
}
