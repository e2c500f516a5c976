import type { CollectionBeforeValidateHook, CollectionConfig } from 'payload'

import { canCurate } from '../../access/canCurate'
import { isStaff } from '../../access/isStaff'
import { slugField } from '../../fields/slug'
import { defaultDonts, defaultDos } from './defaults'

const localizedList = (name: string, label: { en: string; nl: string }) => ({
  name,
  type: 'array' as const,
  label,
  fields: [{ name: 'text', type: 'text' as const, required: true, localized: true }],
})

/** A new campaign starts with the standard brief, in the language it is created in. */
const fillDefaultBrief: CollectionBeforeValidateHook = ({ data, operation, req }) => {
  if (operation !== 'create' || !data) return data
  const locale = req.locale === 'en' ? 'en' : 'nl'
  return {
    ...data,
    dos: data.dos?.length ? data.dos : defaultDos.map((d) => ({ text: d.text[locale] })),
    donts: data.donts?.length ? data.donts : defaultDonts.map((d) => ({ text: d.text[locale] })),
  }
}

export const Campaigns: CollectionConfig = {
  slug: 'campaigns',
  labels: { singular: { en: 'Campaign', nl: 'Campagne' }, plural: { en: 'Campaigns', nl: 'Campagnes' } },
  admin: { useAsTitle: 'title', group: 'Bijdragen', defaultColumns: ['title', 'status', 'deadline'] },
  access: { read: isStaff, create: canCurate, update: canCurate, delete: canCurate },
  hooks: { beforeValidate: [fillDefaultBrief] },
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
    { name: 'intro', type: 'textarea', localized: true, admin: { description: 'A warm first sentence for your colleague. Write {duur} (or {duration}) where the length belongs: it is filled in from the maximum duration, so the intro and the limits name the same number.' } },
    {
      name: 'prompts',
      type: 'array',
      minRows: 1,
      label: { en: 'Questions to answer', nl: 'Vragen om te beantwoorden' },
      fields: [{ name: 'question', type: 'text', required: true, localized: true }],
    },
    localizedList('shotList', { en: 'Shot list', nl: 'Shotlist' }),
    localizedList('dos', { en: 'Do', nl: 'Wel doen' }),
    localizedList('donts', { en: 'Never film', nl: 'Nooit filmen' }),
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
