import type { CollectionConfig } from 'payload'

import { adminGroups } from '../../admin/groups'
import { canSeeCandidates } from '../../access/canSeeCandidates'
import { nobody } from '../../access/nobody'

/**
 * One row per vacancy a lead is to hear about (cms/alerts/jobAlerts.ts): made once when the vacancy
 * opened and the lead's profile matched, then bundled into that lead's next alert mail. The unique
 * `pair` (lead × vacancy) is what makes "only once per vacancy per lead" hold even when two
 * workers run the job at the same moment. Deleted with the lead; written by the system only.
 */
export const JobAlerts: CollectionConfig = {
  slug: 'job-alerts',
  labels: { singular: { en: 'Job alert', nl: 'Vacaturemelding' }, plural: { en: 'Job alerts', nl: 'Vacaturemeldingen' } },
  admin: { group: adminGroups.candidates, defaultColumns: ['lead', 'vacancy', 'status', 'createdAt'], description: { en: 'Which lead is (or was) mailed about which new vacancy. Made by the system; deleted with the lead.', nl: 'Welke lead over welke nieuwe vacature gemaild wordt (of is). Gemaakt door het systeem; verdwijnt met de lead.' } },
  access: { read: canSeeCandidates, create: nobody, update: nobody, delete: nobody },
  defaultSort: '-createdAt',
  fields: [
    { name: 'pair', type: 'text', required: true, unique: true, index: true, admin: { hidden: true } },
    { name: 'lead', type: 'relationship', relationTo: 'leads', index: true, label: { en: 'Lead', nl: 'Lead' } },
    { name: 'vacancy', type: 'relationship', relationTo: 'vacancies', index: true, label: { en: 'Vacancy', nl: 'Vacature' } },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'pending',
      index: true,
      label: { en: 'Status', nl: 'Status' },
      options: [
        { value: 'pending', label: { en: 'Waiting for the next mail', nl: 'Wacht op de volgende mail' } },
        { value: 'sent', label: { en: 'Mailed', nl: 'Gemaild' } },
      ],
    },
    { name: 'score', type: 'number', label: { en: 'Match score', nl: 'Matchscore' }, admin: { description: { en: 'For recruiters only; the mail never shows it.', nl: 'Alleen voor recruiters; de mail laat hem nooit zien.' } } },
    { name: 'skills', type: 'json', label: { en: 'Matching skills (ESCO URIs)', nl: 'Passende vaardigheden (ESCO-URI’s)' } },
    { name: 'mail', type: 'relationship', relationTo: 'job-alert-mails', label: { en: 'Mail', nl: 'Mail' } },
  ],
}
