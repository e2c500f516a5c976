import type { CollectionConfig } from 'payload'

import { isAdmin } from '../../access/isAdmin'
import { nobody } from '../../access/nobody'

/**
 * The media worker's queue. Only server code writes it (the videos hook enqueues, workers claim
 * through the adapter-specific claim module); admins can look at it to see what is stuck.
 */
export const TranscodeJobs: CollectionConfig = {
  slug: 'transcode-jobs',
  admin: { group: 'Systeem', useAsTitle: 'id', defaultColumns: ['video', 'state', 'attempts', 'leaseOwner', 'updatedAt'] },
  access: { read: isAdmin, create: nobody, update: nobody, delete: isAdmin },
  fields: [
    { name: 'video', type: 'relationship', relationTo: 'videos', required: true, index: true },
    {
      name: 'state',
      type: 'select',
      required: true,
      defaultValue: 'queued',
      index: true,
      options: ['queued', 'running', 'done', 'failed'].map((value) => ({ value, label: value })),
    },
    { name: 'attempts', type: 'number', defaultValue: 0, required: true },
    { name: 'maxAttempts', type: 'number', defaultValue: 4, required: true },
    { name: 'runAt', type: 'date', required: true, index: true, admin: { description: 'Not claimed before this time (backoff after a transient failure).' } },
    { name: 'leaseOwner', type: 'text', admin: { description: 'Worker id holding the job.' } },
    { name: 'leaseExpiresAt', type: 'date', index: true, admin: { description: 'A worker that stops heartbeating loses the job after this.' } },
    { name: 'options', type: 'json' },
    { name: 'lastError', type: 'text' },
    { name: 'finishedAt', type: 'date' },
  ],
}
