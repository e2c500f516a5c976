import type { CollectionConfig } from 'payload'

import { adminGroups } from '../../admin/groups'
import { canEditEntryPoints } from '../../access/canEditEntryPoints'
import { publishedOrStaff } from '../../access/publishedOrStaff'
import { slugField } from '../../fields/slug'
import { validateQuestions, validateSkillKey } from './validation'
import { DRAFT, PUBLISHED, statusField } from '../../fields/status'

/**
 * "Which job suits you?" — 3 to 7 questions; every answer weighs toward departments and skills.
 * The site shows the best-matching vacancies and colleagues' videos, and offers the lead form
 * with the answers carried over. Public only when published.
 */
export const Quizzes: CollectionConfig = {
  slug: 'quizzes',
  labels: { singular: { en: 'Quiz', nl: 'Quiz' }, plural: { en: 'Quizzes', nl: 'Quizzen' } },
  admin: { useAsTitle: 'title', group: adminGroups.vacancies, defaultColumns: ['title', 'status', 'vacancies', 'updatedAt'] },
  access: { read: publishedOrStaff(['published']), create: canEditEntryPoints, update: canEditEntryPoints, delete: canEditEntryPoints },
  fields: [
    { name: 'title', type: 'text', required: true, localized: true, label: { en: 'Title', nl: 'Titel' } },
    slugField('title'),
    statusField([DRAFT, PUBLISHED]),
    { name: 'vacancies', type: 'relationship', relationTo: 'vacancies', hasMany: true, label: { en: 'Vacancies', nl: 'Vacatures' }, admin: { position: 'sidebar', description: { en: 'Offered on these vacancy pages.', nl: 'Aangeboden op deze vacaturepagina’s.' } } },
    { name: 'minutes', type: 'number', min: 1, max: 10, defaultValue: 3, label: { en: 'Minutes', nl: 'Minuten' }, admin: { position: 'sidebar', description: { en: 'How long it takes, shown to the candidate.', nl: 'Hoe lang het duurt, getoond aan de kandidaat.' } } },
    { name: 'intro', type: 'textarea', localized: true, maxLength: 400, label: { en: 'Introduction', nl: 'Inleiding' } },
    {
      name: 'skills',
      type: 'array',
      maxRows: 12,
      label: { en: 'Skills', nl: 'Vaardigheden' },
      labels: { singular: { en: 'Skill', nl: 'Vaardigheid' }, plural: { en: 'Skills', nl: 'Vaardigheden' } },
      admin: { description: { en: 'Strengths the answers point to, and the vacancies that need each one.', nl: 'Sterke punten waar de antwoorden naar wijzen, en de vacatures die elk ervan vragen.' } },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'key', type: 'text', required: true, validate: validateSkillKey, label: { en: 'Key', nl: 'Sleutel' } },
            { name: 'label', type: 'text', required: true, localized: true, label: { en: 'Name', nl: 'Naam' } },
          ],
        },
        { name: 'vacancies', type: 'relationship', relationTo: 'vacancies', hasMany: true, label: { en: 'Vacancies that need it', nl: 'Vacatures die erom vragen' } },
      ],
    },
    {
      name: 'questions',
      type: 'array',
      required: true,
      minRows: 3,
      maxRows: 7,
      validate: validateQuestions as never,
      label: { en: 'Questions', nl: 'Vragen' },
      labels: { singular: { en: 'Question', nl: 'Vraag' }, plural: { en: 'Questions', nl: 'Vragen' } },
      fields: [
        { name: 'question', type: 'text', required: true, localized: true, label: { en: 'Question', nl: 'Vraag' } },
        {
          name: 'options',
          type: 'array',
          required: true,
          minRows: 2,
          maxRows: 5,
          label: { en: 'Answers', nl: 'Antwoorden' },
          labels: { singular: { en: 'Answer', nl: 'Antwoord' }, plural: { en: 'Answers', nl: 'Antwoorden' } },
          fields: [
            { name: 'label', type: 'text', required: true, localized: true, label: { en: 'Answer', nl: 'Antwoord' } },
            {
              name: 'departments',
              type: 'array',
              label: { en: 'Points to departments', nl: 'Wijst naar afdelingen' },
              labels: { singular: { en: 'Department weight', nl: 'Gewicht afdeling' }, plural: { en: 'Department weights', nl: 'Gewichten afdelingen' } },
              fields: [
                {
                  type: 'row',
                  fields: [
                    { name: 'department', type: 'relationship', relationTo: 'departments', required: true, label: { en: 'Department', nl: 'Afdeling' } },
                    { name: 'weight', type: 'number', required: true, min: 1, max: 5, defaultValue: 1, label: { en: 'Weight', nl: 'Gewicht' } },
                  ],
                },
              ],
            },
            {
              name: 'skills',
              type: 'array',
              label: { en: 'Points to skills', nl: 'Wijst naar vaardigheden' },
              labels: { singular: { en: 'Skill weight', nl: 'Gewicht vaardigheid' }, plural: { en: 'Skill weights', nl: 'Gewichten vaardigheden' } },
              fields: [
                {
                  type: 'row',
                  fields: [
                    { name: 'skill', type: 'text', required: true, label: { en: 'Skill', nl: 'Vaardigheid' }, admin: { description: { en: 'A key from Skills above.', nl: 'Een sleutel uit Vaardigheden hierboven.' } } },
                    { name: 'weight', type: 'number', required: true, min: 1, max: 5, defaultValue: 1, label: { en: 'Weight', nl: 'Gewicht' } },
                  ],
                },
              ],
            },
          ],
        },
      ],
    },
  ],
}
