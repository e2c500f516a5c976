import type { CollectionConfig } from 'payload'

import { adminGroups } from '../../admin/groups'
import { canSeeCandidates } from '../../access/canSeeCandidates'
import { nobody } from '../../access/nobody'
import { nobodyField } from '../../access/nobodyField'

/**
 * One job-alert mail to one lead on one Dutch calendar day. Creating it is the claim: `slot`
 * (lead × day) is unique, so a lead gets at most one alert mail a day however many workers run the
 * job. It also carries the mail's personal link: only its SHA-256 is stored, and it stops working
 * after `linkExpiresAt` (cms/entry/personalLink.ts). Deleted with the lead; written by the system only.
 */
export const JobAlertMails: CollectionConfig = {
  slug: 'job-alert-mails',
  labels: { singular: { en: 'Job alert mail', nl: 'Mail met vacaturemeldingen' }, plural: { en: 'Job alert mails', nl: 'Mails met vacaturemeldingen' } },
  admin: { group: adminGroups.candidates, defaultColumns: ['lead', 'day', 'status', 'sentAt'] },
  access: { read: canSeeCandidates, create: nobody, update: nobody, delete: nobody },
  defaultSort: '-createdAt',
  fields: [
    { name: 'slot', type: 'text', required: true, unique: true, index: true, admin: { hidden: true } },
    { name: 'lead', type: 'relationship', relationTo: 'leads', index: true, label: { en: 'Lead', nl: 'Lead' } },
    { name: 'day', type: 'text', required: true, label: { en: 'Day (Amsterdam)', nl: 'Dag (Amsterdam)' } },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'sending',
      label: { en: 'Status', nl: 'Status' },
      options: [
        { value: 'sending', label: { en: 'Being sent', nl: 'Wordt verstuurd' } },
        { value: 'sent', label: { en: 'Sent', nl: 'Verstuurd' } },
      ],
    },
    { name: 'vacancies', type: 'relationship', relationTo: 'vacancies', hasMany: true, label: { en: 'Vacancies in the mail', nl: 'Vacatures in de mail' } },
    { name: 'sentAt', type: 'date', label: { en: 'Sent', nl: 'Verstuurd' }, admin: { date: { pickerAppearance: 'dayAndTime' } } },
    {
      name: 'linkTokenHash',
      type: 'text',
      index: true,
      access: { read: nobodyField, create: nobodyField, update: nobodyField },
      admin: { hidden: true },
    },
    { name: 'linkExpiresAt', type: 'date', index: true, label: { en: 'Links in the mail work until', nl: 'Links in de mail werken tot' }, admin: { date: { pickerAppearance: 'dayAndTime' } } },
  ],
}
