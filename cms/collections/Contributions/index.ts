import type { CollectionConfig } from 'payload'

import { adminGroups } from '../../admin/groups'
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
  admin: { useAsTitle: 'contributorName', group: adminGroups.contributions, defaultColumns: ['contributorName', 'campaign', 'kind', 'consentedAt', 'withdrawnAt'] },
  access: { read: canCurate, create: nobody, update: nobody, delete: isAdmin },
  fields: [
    { name: 'campaign', type: 'relationship', relationTo: 'campaigns', required: true, label: { en: 'Campaign', nl: 'Campagne' } },
    { name: 'invite', type: 'relationship', relationTo: 'invites', label: { en: 'Invite', nl: 'Uitnodiging' } },
    {
      name: 'kind',
      type: 'select',
      required: true,
      label: { en: 'Kind', nl: 'Soort' },
      options: [
        { value: 'video', label: { en: 'Video', nl: 'Video' } },
        { value: 'story', label: { en: 'Written story', nl: 'Geschreven verhaal' } },
      ],
    },
    { name: 'contributorName', type: 'text', required: true, label: { en: 'Colleague', nl: 'Collega' } },
    firstNameOnlyField,
    { name: 'contributorRole', type: 'text', label: { en: 'Job title', nl: 'Functie' } },
    { name: 'contributorDepartment', type: 'text', label: { en: 'Department', nl: 'Afdeling' } },
    { name: 'email', type: 'email', required: true, label: { en: 'Email', nl: 'E-mail' } },
    {
      name: 'locale',
      type: 'select',
      required: true,
      label: { en: 'Language', nl: 'Taal' },
      options: [
        { value: 'nl', label: { en: 'Dutch', nl: 'Nederlands' } },
        { value: 'en', label: { en: 'English', nl: 'Engels' } },
      ],
    },
    { name: 'release', type: 'relationship', relationTo: 'release-texts', required: true, label: { en: 'Release text', nl: 'Toestemmingstekst' } },
    { name: 'releaseVersion', type: 'text', required: true, label: { en: 'Release text version', nl: 'Versie van de toestemmingstekst' } },
    { name: 'releaseTextShown', type: 'textarea', required: true, label: { en: 'Text agreed to', nl: 'Tekst waarmee akkoord' }, admin: { description: { en: 'The exact words the employee agreed to.', nl: 'De precieze woorden waarmee de medewerker akkoord ging.' } } },
    { name: 'consentedAt', type: 'date', required: true, label: { en: 'Agreed at', nl: 'Akkoord op' }, admin: { date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'video', type: 'relationship', relationTo: 'videos', label: { en: 'Video', nl: 'Video' } },
    { name: 'story', type: 'relationship', relationTo: 'stories', label: { en: 'Story', nl: 'Verhaal' } },
    { name: 'withdrawnAt', type: 'date', label: { en: 'Withdrawn at', nl: 'Ingetrokken op' }, admin: { date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'statusTokenHash', type: 'text', index: true, label: { en: 'Status link (hash)', nl: 'Statuslink (hash)' }, access: { read: nobodyField, create: nobodyField, update: nobodyField }, admin: { hidden: true } },
    {
      // One more hash per mail that links to the status page, so every mail carries a working
      // personal link while only hashes are stored; the first link (confirmation page) stays valid.
      name: 'mailedStatusLinks',
      type: 'array',
      label: { en: 'Mailed status links (hashes)', nl: 'Gemailde statuslinks (hashes)' },
      access: { read: nobodyField, create: nobodyField, update: nobodyField },
      admin: { hidden: true },
      fields: [{ name: 'hash', type: 'text', index: true, label: { en: 'Hash', nl: 'Hash' } }],
    },
    { name: 'uploadTokenHash', type: 'text', index: true, label: { en: 'Upload link (hash)', nl: 'Uploadlink (hash)' }, access: { read: nobodyField, create: nobodyField, update: nobodyField }, admin: { hidden: true } },
    { name: 'uploadTokenExpiresAt', type: 'date', label: { en: 'Upload link expires at', nl: 'Uploadlink verloopt op' }, admin: { hidden: true } },
  ],
}
