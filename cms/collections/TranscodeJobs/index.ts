import type { CollectionConfig } from 'payload'

import { adminGroups } from '../../admin/groups'
import { isAdmin } from '../../access/isAdmin'
import { nobody } from '../../access/nobody'

/**
 * The media worker's queue. Only server code writes it (the videos hook enqueues, workers claim
 * through the adapter-specific claim module); admins can look at it to see what is stuck.
 */
export const TranscodeJobs: CollectionConfig = {
  slug: 'transcode-jobs',
  labels: { singular: { en: 'Transcode job', nl: 'Verwerkingstaak' }, plural: { en: 'Transcode jobs', nl: 'Verwerkingstaken' } },
  admin: { group: adminGroups.system, useAsTitle: 'id', defaultColumns: ['video', 'state', 'attempts', 'leaseOwner', 'updatedAt'] },
  access: { read: isAdmin, create: nobody, update: nobody, delete: isAdmin },
  fields: [
    { name: 'video', type: 'relationship', relationTo: 'videos', required: true, index: true, label: { en: 'Video', nl: 'Video' } },
    {
      name: 'state',
      type: 'select',
      required: true,
      defaultValue: 'queued',
      index: true,
      label: { en: 'State', nl: 'Toestand' },
      options: [
        { value: 'queued', label: { en: 'Queued', nl: 'In de wachtrij' } },
        { value: 'running', label: { en: 'Running', nl: 'Bezig' } },
        { value: 'done', label: { en: 'Done', nl: 'Klaar' } },
        { value: 'failed', label: { en: 'Failed', nl: 'Mislukt' } },
      ],
    },
    { name: 'attempts', type: 'number', defaultValue: 0, required: true, label: { en: 'Attempts', nl: 'Pogingen' } },
    { name: 'maxAttempts', type: 'number', defaultValue: 4, required: true, label: { en: 'Maximum attempts', nl: 'Maximaal aantal pogingen' } },
    { name: 'runAt', type: 'date', required: true, index: true, label: { en: 'Run from', nl: 'Uitvoeren vanaf' }, admin: { date: { pickerAppearance: 'dayAndTime' }, description: { en: 'Not claimed before this time (backoff after a transient failure).', nl: 'Niet eerder opgepakt dan dit moment (wachttijd na een tijdelijke fout).' } } },
    { name: 'leaseOwner', type: 'text', label: { en: 'Worker', nl: 'Verwerker' }, admin: { description: { en: 'Worker id holding the job.', nl: 'Id van de verwerker die de taak heeft.' } } },
    { name: 'leaseExpiresAt', type: 'date', index: true, label: { en: 'Claim expires at', nl: 'Claim verloopt op' }, admin: { date: { pickerAppearance: 'dayAndTime' }, description: { en: 'A worker that stops heartbeating loses the job after this.', nl: 'Een verwerker die geen teken van leven meer geeft, verliest de taak na dit moment.' } } },
    { name: 'options', type: 'json', label: { en: 'Options', nl: 'Opties' } },
    { name: 'lastError', type: 'text', label: { en: 'Last error', nl: 'Laatste fout' } },
    { name: 'finishedAt', type: 'date', label: { en: 'Finished at', nl: 'Klaar op' }, admin: { date: { pickerAppearance: 'dayAndTime' } } },
  ],
}
