import type { CollectionConfig } from 'payload'

import { canCurate } from '../../access/canCurate'
import { isStaff } from '../../access/isStaff'
import { slugField } from '../../fields/slug'
import { defaultDonts, defaultDos } from './defaults'

const localizedList = (name: string, label: { en: string; nl: string }, defaults?: { text: { nl: string; en: string } }[]) => ({
  name,
  type: 'array' as const,
  label,
  // Defaults are the Dutch text; editors add the English in the English locale.
  defaultValue: defaults?.map((d) => ({ text: d.text.nl })),
  fields: [{ name: 'text', type: 'text' as const, required: true, localized: true }],
})

export const Campaigns: CollectionConfig = {
  slug: 'campaigns',
  labels: { singular: { en: 'Campaign', nl: 'Campagne' }, plural: { en: 'Campaigns', nl: 'Campagnes' } },
  admin: { useAsTitle: 'title', group: 'Bijdragen', defaultColumns: ['title', 'status', 'deadline'] },
  access: { read: isStaff, create: canCurate, update: canCurate, delete: canCurate },
  fields: [
    { name: 'title', type: 'text', required: true, localized: true },
    slugField('title'),
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'active',
      options: [
        { value: 'draft', label: { en: 'Draft', nl: 'Concept' } },
        { value: 'active', label: { en: 'Collecting', nl: 'Verzamelt' } },
        { value: 'closed', label: { en: 'Closed', nl: 'Gesloten' } },
      ],
      admin: { position: 'sidebar' },
    },
    { name: 'deadline', type: 'date', admin: { position: 'sidebar' } },
    { name: 'departments', type: 'relationship', relationTo: 'departments', hasMany: true, admin: { position: 'sidebar' } },
    { name: 'intro', type: 'textarea', localized: true, admin: { description: 'A warm first sentence for your colleague.' } },
    {
      name: 'prompts',
      type: 'array',
      minRows: 1,
      label: { en: 'Questions to answer', nl: 'Vragen om te beantwoorden' },
      fields: [{ name: 'question', type: 'text', required: true, localized: true }],
    },
    localizedList('shotList', { en: 'Shot list', nl: 'Shotlist' }),
    localizedList('dos', { en: 'Do', nl: 'Wel doen' }, defaultDos),
    localizedList('donts', { en: 'Never film', nl: 'Nooit filmen' }, defaultDonts),
    { name: 'release', type: 'relationship', relationTo: 'release-texts', required: true, label: { en: 'Release text', nl: 'Toestemmingstekst' } },
    {
      type: 'row',
      fields: [
        { name: 'maxDurationSeconds', type: 'number', required: true, defaultValue: 120, min: 10, max: 600 },
        { name: 'maxUploadMb', type: 'number', required: true, defaultValue: 1024, min: 10, max: 4096 },
        { name: 'allowStories', type: 'checkbox', defaultValue: true },
      ],
    },
  ],
}
