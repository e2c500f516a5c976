import type { CollectionConfig } from 'payload'

import { adminGroups } from '../../admin/groups'
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
  admin: { useAsTitle: 'title', group: adminGroups.vacancies, defaultColumns: ['title', 'status', 'vacancies', 'updatedAt'] },
  access: { read: publishedOrStaff(['published']), create: canEditEntryPoints, update: canEditEntryPoints, delete: canEditEntryPoints },
  fields: [
    { name: 'title', type: 'text', required: true, localized: true, label: { en: 'Title', nl: 'Titel' } },
    slugField('title'),
    statusField([DRAFT, PUBLISHED]),
    { name: 'vacancies', type: 'relationship', relationTo: 'vacancies', hasMany: true, label: { en: 'Vacancies', nl: 'Vacatures' }, admin: { position: 'sidebar', description: { en: 'Offered on these vacancy pages.', nl: 'Aangeboden op deze vacaturepagina’s.' } } },
    { name: 'minutes', type: 'number', min: 1, max: 15, defaultValue: 4, label: { en: 'Minutes', nl: 'Minuten' }, admin: { position: 'sidebar', description: { en: 'How long it takes, shown to the candidate.', nl: 'Hoe lang het duurt, getoond aan de kandidaat.' } } },
    { name: 'role', type: 'text', localized: true, label: { en: 'Role', nl: 'Rol' }, admin: { description: { en: 'The role the candidate plays, e.g. “Key account manager”.', nl: 'De rol die de kandidaat speelt, bijvoorbeeld ‘Key accountmanager’.' } } },
    { name: 'intro', type: 'textarea', required: true, localized: true, maxLength: 600, label: { en: 'Introduction', nl: 'Inleiding' }, admin: { description: { en: 'The situation in a few sentences.', nl: 'De situatie in een paar zinnen.' } } },
    {
      name: 'steps',
      type: 'array',
      required: true,
      minRows: 1,
      maxRows: 6,
      label: { en: 'Steps', nl: 'Stappen' },
      labels: { singular: { en: 'Step', nl: 'Stap' }, plural: { en: 'Steps', nl: 'Stappen' } },
      fields: [
        { name: 'situation', type: 'textarea', required: true, localized: true, maxLength: 800, label: { en: 'Situation', nl: 'Situatie' } },
        { name: 'question', type: 'text', required: true, localized: true, label: { en: 'Question', nl: 'Vraag' } },
        {
          name: 'choices',
          type: 'array',
          required: true,
          minRows: 2,
          maxRows: 4,
          label: { en: 'Choices', nl: 'Keuzes' },
          labels: { singular: { en: 'Choice', nl: 'Keuze' }, plural: { en: 'Choices', nl: 'Keuzes' } },
          fields: [
            { name: 'label', type: 'text', required: true, localized: true, label: { en: 'Choice', nl: 'Keuze' } },
            { name: 'feedback', type: 'textarea', required: true, localized: true, maxLength: 600, label: { en: 'Feedback', nl: 'Feedback' }, admin: { description: { en: 'What a colleague would say about this choice.', nl: 'Wat een collega van deze keuze zou zeggen.' } } },
            { name: 'points', type: 'number', required: true, min: 0, max: 3, defaultValue: 0, label: { en: 'Points', nl: 'Punten' }, admin: { description: { en: '0 (would not) to 3 (what we would do).', nl: '0 (zouden we niet doen) tot 3 (wat wij zouden doen).' } } },
          ],
        },
      ],
    },
    {
      name: 'outcomes',
      type: 'array',
      maxRows: 4,
      label: { en: 'Closing messages', nl: 'Slotboodschappen' },
      labels: { singular: { en: 'Closing message', nl: 'Slotboodschap' }, plural: { en: 'Closing messages', nl: 'Slotboodschappen' } },
      admin: { description: { en: 'Shown with the score: the message with the highest minimum the score reaches.', nl: 'Getoond bij de score: de boodschap met het hoogste minimum dat de score haalt.' } },
      fields: [
        { name: 'minPercent', type: 'number', required: true, min: 0, max: 100, label: { en: 'From score (%)', nl: 'Vanaf score (%)' } },
        { name: 'title', type: 'text', required: true, localized: true, label: { en: 'Title', nl: 'Titel' } },
        { name: 'text', type: 'textarea', localized: true, label: { en: 'Text', nl: 'Tekst' } },
      ],
    },
  ],
}
