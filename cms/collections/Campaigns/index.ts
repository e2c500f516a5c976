import type { CollectionBeforeValidateHook, CollectionConfig } from 'payload'

import { adminGroups } from '../../admin/groups'
import { canCurate } from '../../access/canCurate'
import { isStaff } from '../../access/isStaff'
import { slugField } from '../../fields/slug'
import { defaultDonts, defaultDos } from './defaults'

const localizedList = (name: string, label: { en: string; nl: string }) => ({
  name,
  type: 'array' as const,
  label,
  labels: { singular: { en: 'Line', nl: 'Regel' }, plural: { en: 'Lines', nl: 'Regels' } },
  fields: [{ name: 'text', type: 'text' as const, required: true, localized: true, label: { en: 'Text', nl: 'Tekst' } }],
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
  admin: { useAsTitle: 'title', group: adminGroups.contributions, defaultColumns: ['title', 'status', 'deadline'] },
  access: { read: isStaff, create: canCurate, update: canCurate, delete: canCurate },
  hooks: { beforeValidate: [fillDefaultBrief] },
  fields: [
    { name: 'title', type: 'text', required: true, localized: true, label: { en: 'Title', nl: 'Titel' } },
    slugField('title'),
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'active',
      label: { en: 'Status', nl: 'Status' },
      options: [
        { value: 'draft', label: { en: 'Draft', nl: 'Concept' } },
        { value: 'active', label: { en: 'Collecting', nl: 'Verzamelt' } },
        { value: 'closed', label: { en: 'Closed', nl: 'Gesloten' } },
      ],
      admin: { position: 'sidebar' },
    },
    { name: 'deadline', type: 'date', label: { en: 'Deadline', nl: 'Deadline' }, admin: { position: 'sidebar', date: { pickerAppearance: 'dayOnly' } } },
    { name: 'departments', type: 'relationship', relationTo: 'departments', hasMany: true, label: { en: 'Departments', nl: 'Afdelingen' }, admin: { position: 'sidebar' } },
    { name: 'intro', type: 'textarea', localized: true, label: { en: 'Introduction', nl: 'Inleiding' }, admin: { description: { en: 'A warm first sentence for your colleague. Write {duur} (or {duration}) where the length belongs: it is filled in from the maximum duration, so the intro and the limits name the same number.', nl: 'Een warme eerste zin voor je collega. Schrijf {duur} (of {duration}) waar de lengte hoort: die wordt ingevuld uit de maximale duur, zodat de intro en de limieten hetzelfde getal noemen.' } } },
    {
      name: 'prompts',
      type: 'array',
      minRows: 1,
      label: { en: 'Questions to answer', nl: 'Vragen om te beantwoorden' },
      labels: { singular: { en: 'Question', nl: 'Vraag' }, plural: { en: 'Questions', nl: 'Vragen' } },
      fields: [{ name: 'question', type: 'text', required: true, localized: true, label: { en: 'Question', nl: 'Vraag' } }],
    },
    localizedList('shotList', { en: 'Shot list', nl: 'Shotlist' }),
    localizedList('dos', { en: 'Do', nl: 'Wel doen' }),
    localizedList('donts', { en: 'Never film', nl: 'Nooit filmen' }),
    { name: 'release', type: 'relationship', relationTo: 'release-texts', required: true, label: { en: 'Release text', nl: 'Toestemmingstekst' } },
    {
      type: 'row',
      fields: [
        { name: 'maxDurationSeconds', type: 'number', required: true, defaultValue: 120, min: 10, max: 600, label: { en: 'Longest video (seconds)', nl: 'Langste video (seconden)' } },
        { name: 'maxUploadMb', type: 'number', required: true, defaultValue: 1024, min: 10, max: 4096, label: { en: 'Largest upload (MB)', nl: 'Grootste upload (MB)' } },
        { name: 'allowStories', type: 'checkbox', defaultValue: true, label: { en: 'Written stories allowed', nl: 'Geschreven verhalen toegestaan' } },
      ],
    },
  ],
}
