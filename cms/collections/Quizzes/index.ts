import type { CollectionConfig } from 'payload'

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
  admin: { useAsTitle: 'title', group: 'Vacatures', defaultColumns: ['title', 'status', 'vacancies', 'updatedAt'] },
  access: { read: publishedOrStaff(['published']), create: canEditEntryPoints, update: canEditEntryPoints, delete: canEditEntryPoints },
  fields: [
    { name: 'title', type: 'text', required: true, localized: true },
    slugField('title'),
    statusField([DRAFT, PUBLISHED]),
    { name: 'vacancies', type: 'relationship', relationTo: 'vacancies', hasMany: true, admin: { position: 'sidebar', description: 'Offered on these vacancy pages.' } },
    { name: 'minutes', type: 'number', min: 1, max: 10, defaultValue: 3, admin: { position: 'sidebar', description: 'How long it takes, shown to the candidate.' } },
    { name: 'intro', type: 'textarea', localized: true, maxLength: 400 },
    {
      name: 'skills',
      type: 'array',
      maxRows: 12,
      labels: { singular: { en: 'Skill', nl: 'Vaardigheid' }, plural: { en: 'Skills', nl: 'Vaardigheden' } },
      admin: { description: 'Strengths the answers point to, and the vacancies that need each one.' },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'key', type: 'text', required: true, validate: validateSkillKey },
            { name: 'label', type: 'text', required: true, localized: true },
          ],
        },
        { name: 'vacancies', type: 'relationship', relationTo: 'vacancies', hasMany: true },
      ],
    },
    {
      name: 'questions',
      type: 'array',
      required: true,
      minRows: 3,
      maxRows: 7,
      validate: validateQuestions as never,
      labels: { singular: { en: 'Question', nl: 'Vraag' }, plural: { en: 'Questions', nl: 'Vragen' } },
      fields: [
        { name: 'question', type: 'text', required: true, localized: true },
        {
          name: 'options',
          type: 'array',
          required: true,
          minRows: 2,
          maxRows: 5,
          labels: { singular: { en: 'Answer', nl: 'Antwoord' }, plural: { en: 'Answers', nl: 'Antwoorden' } },
          fields: [
            { name: 'label', type: 'text', required: true, localized: true },
            {
              name: 'departments',
              type: 'array',
              labels: { singular: { en: 'Department weight', nl: 'Gewicht afdeling' }, plural: { en: 'Department weights', nl: 'Gewichten afdelingen' } },
              fields: [
                {
                  type: 'row',
                  fields: [
                    { name: 'department', type: 'relationship', relationTo: 'departments', required: true },
                    { name: 'weight', type: 'number', required: true, min: 1, max: 5, defaultValue: 1 },
                  ],
                },
              ],
            },
            {
              name: 'skills',
              type: 'array',
              labels: { singular: { en: 'Skill weight', nl: 'Gewicht vaardigheid' }, plural: { en: 'Skill weights', nl: 'Gewichten vaardigheden' } },
              fields: [
                {
                  type: 'row',
                  fields: [
                    { name: 'skill', type: 'text', required: true, admin: { description: 'A key from Skills above.' } },
                    { name: 'weight', type: 'number', required: true, min: 1, max: 5, defaultValue: 1 },
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
