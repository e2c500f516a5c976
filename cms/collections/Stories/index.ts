import type { CollectionConfig } from 'payload'

import { canCurate } from '../../access/canCurate'
import { isStaffField } from '../../access/isStaff'
import { publishedOrStaff } from '../../access/publishedOrStaff'
import { firstNameOnlyField, publicNameOnRead } from '../../fields/firstNameOnly'
import { slugField } from '../../fields/slug'
import { DRAFT, PUBLISHED, statusField } from '../../fields/status'
import { guardStoryWithdrawal } from './hooks/guardWithdrawal'

export const Stories: CollectionConfig = {
  slug: 'stories',
  labels: { singular: { en: 'Story', nl: 'Verhaal' }, plural: { en: 'Stories', nl: 'Verhalen' } },
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'authorName', 'status', 'publishedAt'], group: 'Content' },
  access: { read: publishedOrStaff(['published', 'withdrawn']), create: canCurate, update: canCurate, delete: canCurate },
  defaultSort: '-publishedAt',
  fields: [
    { name: 'title', type: 'text', required: true, localized: true },
    slugField('title'),
    statusField([DRAFT, PUBLISHED, { value: 'withdrawn', label: { en: 'Consent withdrawn', nl: 'Toestemming ingetrokken' } }]),
    { name: 'publishedAt', type: 'date', admin: { position: 'sidebar' } },
    { name: 'excerpt', type: 'textarea', localized: true, maxLength: 300 },
    { name: 'body', type: 'richText', localized: true, required: true },
    { name: 'coverImage', type: 'upload', relationTo: 'media' },
    { name: 'contribution', type: 'relationship', relationTo: 'contributions', admin: { position: 'sidebar', readOnly: true }, access: { read: isStaffField } },
    { name: 'images', type: 'upload', relationTo: 'media', hasMany: true },
    firstNameOnlyField,
    {
      type: 'row',
      fields: [
        { name: 'authorName', type: 'text', required: true, hooks: { afterRead: [publicNameOnRead] } },
        { name: 'authorRole', type: 'text' },
        { name: 'department', type: 'relationship', relationTo: 'departments' },
      ],
    },
  ],
  hooks: {
    beforeChange: [
      guardStoryWithdrawal,
      ({ data }) => (data.status === 'published' && !data.publishedAt ? { ...data, publishedAt: new Date().toISOString() } : data),
    ],
  },
}
