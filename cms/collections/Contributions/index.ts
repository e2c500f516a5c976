import type { CollectionConfig } from 'payload'

import { canCurate } from '../../access/canCurate'
import { isAdmin } from '../../access/isAdmin'
import { nobody } from '../../access/nobody'
import { nobodyField } from '../../access/nobodyField'
import { firstNameOnlyField } from '../../fields/firstNameOnly'

/**
 * The consent record of one contribution: who agreed to which exact release text, when, in which
 * language and for what scope, and when they withdrew. It outlives the media it covers: after a
 * withdrawal it is the proof that remains. Only server code writes it.
 */
export const Contributions: CollectionConfig = {
  slug: 'contributions',
  labels: { singular: { en: 'Consent record', nl: 'Toestemming' }, plural: { en: 'Consent records', nl: 'Toestemmingen' } },
  admin: { useAsTitle: 'contributorName', group: 'Bijdragen', defaultColumns: ['contributorName', 'campaign', 'kind', 'consentedAt', 'withdrawnAt'] },
  access: { read: canCurate, create: nobody, update: nobody, delete: isAdmin },
  fields: [
    { name: 'campaign', type: 'relationship', relationTo: 'campaigns', required: true },
    { name: 'invite', type: 'relationship', relationTo: 'invites' },
    { name: 'kind', type: 'select', required: true, options: ['video', 'story'] },
    { name: 'contributorName', type: 'text', required: true },
    firstNameOnlyField,
    { name: 'contributorRole', type: 'text' },
    { name: 'contributorDepartment', type: 'text' },
    { name: 'email', type: 'email', required: true },
    { name: 'locale', type: 'select', options: ['nl', 'en'], required: true },
    { name: 'release', type: 'relationship', relationTo: 'release-texts', required: true },
    { name: 'releaseVersion', type: 'text', required: true },
    { name: 'releaseTextShown', type: 'textarea', required: true, admin: { description: 'The exact words the employee agreed to.' } },
    { name: 'consentedAt', type: 'date', required: true, admin: { date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'video', type: 'relationship', relationTo: 'videos' },
    { name: 'story', type: 'relationship', relationTo: 'stories' },
    { name: 'withdrawnAt', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'statusTokenHash', type: 'text', index: true, access: { read: nobodyField, create: nobodyField, update: nobodyField }, admin: { hidden: true } },
    {
      // One more hash per mail that links to the status page, so every mail carries a working
      // personal link while only hashes are stored; the first link (confirmation page) stays valid.
      name: 'mailedStatusLinks',
      type: 'array',
      access: { read: nobodyField, create: nobodyField, update: nobodyField },
      admin: { hidden: true },
      fields: [{ name: 'hash', type: 'text', index: true }],
    },
    { name: 'uploadTokenHash', type: 'text', index: true, access: { read: nobodyField, create: nobodyField, update: nobodyField }, admin: { hidden: true } },
    { name: 'uploadTokenExpiresAt', type: 'date', admin: { hidden: true } },
  ],
}
