import type { CollectionConfig } from 'payload'

import { canEditEntryPoints } from '../../access/canEditEntryPoints'
import { publishedOrStaff } from '../../access/publishedOrStaff'
import { slugField } from '../../fields/slug'
import { DRAFT, PUBLISHED, statusField } from '../../fields/status'

/**
 * An interactive scenario from the job ("a key account threatens to leave — what do you do
 * first?"): steps with choices, feedback per choice and points, and a closing score that ends in
 * an invitation to apply or leave contact details. Public only when published.
 */
export const BusinessCases: CollectionConfig = {
  slug: 'business-cases',
  labels: { singular: { en: 'Business case', nl: 'Praktijkcase' }, plural: { en: 'Business cases', nl: 'Praktijkcases' } },
  admin: { useAsTitle: 'title', group: 'Vacatures', defaultColumns: ['title', 'status', 'vacancies', 'updatedAt'] },
  access: { read: publishedOrStaff(['published']), create: canEditEntryPoints, update: canEditEntryPoints, delete: canEditEntryPoints },
  fields: [
    { name: 'title', type: 'text', required: true, localized: true },
    slugField('title'),
    statusField([DRAFT, PUBLISHED]),
    { name: 'vacancies', type: 'relationship', relationTo: 'vacancies', hasMany: true, admin: { position: 'sidebar', description: 'Offered on these vacancy pages.' } },
    { name: 'minutes', type: 'number', min: 1, max: 15, defaultValue: 4, admin: { position: 'sidebar' } },
    { name: 'role', type: 'text', localized: true, admin: { description: 'The role the candidate plays, e.g. “Key account manager”.' } },
    { name: 'intro', type: 'textarea', required: true, localized: true, maxLength: 600, admin: { description: 'The situation in a few sentences.' } },
    {
      name: 'steps',
      type: 'array',
      required: true,
      minRows: 1,
      maxRows: 6,
      labels: { singular: { en: 'Step', nl: 'Stap' }, plural: { en: 'Steps', nl: 'Stappen' } },
      fields: [
        { name: 'situation', type: 'textarea', required: true, localized: true, maxLength: 800 },
        { name: 'question', type: 'text', required: true, localized: true },
        {
          name: 'choices',
          type: 'array',
          required: true,
          minRows: 2,
          maxRows: 4,
          labels: { singular: { en: 'Choice', nl: 'Keuze' }, plural: { en: 'Choices', nl: 'Keuzes' } },
          fields: [
            { name: 'label', type: 'text', required: true, localized: true },
            { name: 'feedback', type: 'textarea', required: true, localized: true, maxLength: 600, admin: { description: 'What a colleague would say about this choice.' } },
            { name: 'points', type: 'number', required: true, min: 0, max: 3, defaultValue: 0, admin: { description: '0 (would not) to 3 (what we would do).' } },
          ],
        },
      ],
    },
    {
      name: 'outcomes',
      type: 'array',
      maxRows: 4,
      labels: { singular: { en: 'Closing message', nl: 'Slotboodschap' }, plural: { en: 'Closing messages', nl: 'Slotboodschappen' } },
      admin: { description: 'Shown with the score: the message with the highest minimum the score reaches.' },
      fields: [
        { name: 'minPercent', type: 'number', required: true, min: 0, max: 100 },
        { name: 'title', type: 'text', required: true, localized: true },
        { name: 'text', type: 'textarea', localized: true },
      ],
    },
  ],
}
