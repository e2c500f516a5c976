import type { CollectionConfig } from 'payload'

import { adminGroups } from '../../admin/groups'
import { canSeeCandidates } from '../../access/canSeeCandidates'
import { nobody } from '../../access/nobody'

/** A deletion entry says what was deleted and why; a search entry has its own fields. */
const requiredForDeletion = (value: unknown, { siblingData }: { siblingData: Partial<Record<string, unknown>> }) =>
  siblingData.action !== 'deleted' || (value !== undefined && value !== null && value !== '') || 'Verplicht bij verwijderen / required for a deletion'

/**
 * The audit trail of candidate data: every deletion of an application or lead (by the retention
 * purge or by a person), with when and why; and every Search & Match search (profiling under the
 * GDPR): who searched, for which vacancy, which profiles were shown. It holds no personal data — only ids, dates and the
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
    {
      name: 'action',
      type: 'select',
      required: true,
      label: { en: 'What', nl: 'Wat' },
      options: [
        { value: 'deleted', label: { en: 'Deleted', nl: 'Verwijderd' } },
        { value: 'searched', label: { en: 'Searched (Search & Match)', nl: 'Gezocht (Zoeken & matchen)' } },
      ],
    },
    {
      name: 'reason',
      type: 'select',
      validate: requiredForDeletion,
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
      validate: requiredForDeletion,
      label: { en: 'Kind', nl: 'Soort' },
      options: [
        { value: 'applications', label: { en: 'Application', nl: 'Sollicitatie' } },
        { value: 'leads', label: { en: 'Lead', nl: 'Lead' } },
      ],
    },
    { name: 'subjectId', type: 'text', validate: requiredForDeletion, index: true, label: { en: 'Id of what was deleted', nl: 'Id van het verwijderde' } },
    { name: 'vacancy', type: 'relationship', relationTo: 'vacancies', admin: { condition: (data) => data?.action === 'searched' }, label: { en: 'Vacancy searched for', nl: 'Gezocht voor vacature' } },
    {
      name: 'shown',
      type: 'json',
      admin: { condition: (data) => data?.action === 'searched', description: { en: 'The profiles the search showed, best first (collection and id, no personal data).', nl: 'De getoonde profielen, beste eerst (collectie en id, geen persoonsgegevens).' } },
      label: { en: 'Profiles shown', nl: 'Getoonde profielen' },
    },
    { name: 'shownCount', type: 'number', admin: { condition: (data) => data?.action === 'searched' }, label: { en: 'Number shown', nl: 'Aantal getoond' } },
    { name: 'query', type: 'json', admin: { condition: (data) => data?.action === 'searched', description: { en: 'The skills and filters searched with.', nl: 'De vaardigheden en filters waarmee is gezocht.' } }, label: { en: 'Search', nl: 'Zoekopdracht' } },
    { name: 'entryPoint', type: 'text', label: { en: 'Entry point', nl: 'Ingang' } },
    { name: 'submittedAt', type: 'date', label: { en: 'Sent at', nl: 'Verstuurd op' }, admin: { date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'deleteAfter', type: 'date', label: { en: 'Due for deletion after', nl: 'Te verwijderen na' }, admin: { date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'by', type: 'relationship', relationTo: 'users', label: { en: 'By', nl: 'Door' }, admin: { description: { en: 'Empty: the system (retention purge).', nl: 'Leeg: het systeem (bewaartermijn verstreken).' } } },
    { name: 'summary', type: 'text', label: { en: 'Summary', nl: 'Samenvatting' }, admin: { hidden: true } },
  ],
}
