import type { CollectionConfig } from 'payload'

import { adminGroups } from '../../admin/groups'
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
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'authorName', 'status', 'publishedAt'], group: adminGroups.content },
  access: { read: publishedOrStaff(['published', 'withdrawn']), create: canCurate, update: canCurate, delete: canCurate },
  defaultSort: '-publishedAt',
  fields: [
    { name: 'title', type: 'text', required: true, localized: true, label: { en: 'Title', nl: 'Titel' } },
    slugField('title'),
    statusField([DRAFT, PUBLISHED, { value: 'withdrawn', label: { en: 'Consent withdrawn', nl: 'Toestemming ingetrokken' } }]),
    { name: 'publishedAt', type: 'date', timezone: true, label: { en: 'Published at', nl: 'Gepubliceerd op' }, admin: { position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'excerpt', type: 'textarea', localized: true, maxLength: 300, label: { en: 'Excerpt', nl: 'Samenvatting' }, admin: { description: { en: 'Shown in lists of stories.', nl: 'Getoond in overzichten van verhalen.' } } },
    { name: 'body', type: 'richText', localized: true, required: true, label: { en: 'Story', nl: 'Verhaal' } },
    { name: 'coverImage', type: 'upload', relationTo: 'media', label: { en: 'Cover image', nl: 'Omslagfoto' } },
    { name: 'contribution', type: 'relationship', relationTo: 'contributions', label: { en: 'Consent record', nl: 'Toestemming' }, admin: { position: 'sidebar', readOnly: true }, access: { read: isStaffField } },
    { name: 'images', type: 'upload', relationTo: 'media', hasMany: true, label: { en: 'Photos', nl: 'Foto’s' } },
    firstNameOnlyField,
    {
      type: 'row',
      fields: [
        { name: 'authorName', type: 'text', required: true, label: { en: 'Colleague', nl: 'Collega' }, hooks: { afterRead: [publicNameOnRead] } },
        { name: 'authorRole', type: 'text', label: { en: 'Job title', nl: 'Functie' } },
        { name: 'department', type: 'relationship', relationTo: 'departments', label: { en: 'Department', nl: 'Afdeling' } },
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
